/** The plugin's finding lines ("[LEVEL] path:line:col: severity [rule-id] message") of one run of lint. */
List<String> findings(String run) {
    run.readLines().findAll { it =~ /^\[(?:ERROR|WARNING|INFO)\] \S+:\d+:\d+: (?:error|warning|note) \[[a-z0-9-]+\] / }
}

String cached = '[INFO] apistatus: nothing changed since the last run: findings from target/apistatus/lint-cache.json'
def log = new File(basedir, 'build.log').text
// Maven 3.8 prints "apistatus-maven-plugin:VERSION:lint", 3.9 "apistatus:VERSION:lint"
def runs = log.split(/(?m)^\[INFO\] --- .*:lint \(default-cli\)/)
assert runs.size() == 3 : "expected two executions of lint:\n$log"
assert !runs[1].contains(cached) : 'the first run has no cache to use'
assert runs[2].contains(cached) : 'the second run did not use the cache'
assert findings(runs[1]).size() >= 2 : runs[1]
assert findings(runs[1]).any { it.contains(' src/main/resources/responses.yaml:') } : 'no finding in the $ref\'d file'
assert findings(runs[2]) == findings(runs[1])
assert new File(basedir, 'target/apistatus/lint-cache.json').isFile()
assert log.contains('BUILD SUCCESS')
return true
