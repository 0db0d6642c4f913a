import groovy.json.JsonSlurper
import groovy.transform.Field
import java.nio.file.Files
import java.nio.file.Path

@Field static final List<String> SEVERITIES = ['error', 'warning', 'note']

/** The plugin's finding lines, as "[LEVEL] path:line:col: severity [rule-id]" (message cut off). */
List<String> findings(String log) {
    log.readLines().findResults { line ->
        def m = line =~ /^(\[(?:ERROR|WARNING|INFO)\] \S+:\d+:\d+: (?:error|warning|note) \[[a-z0-9-]+\]) /
        m.find() ? m.group(1) : null
    }
}

String plural(long n, String noun) {
    "$n $noun${n == 1 ? '' : 's'}"
}

/** The summary's last line for the findings of a JSON report. */
String total(json) {
    def c = { sev -> json.findings.count { it.severity == sev } }
    "${plural(c('error'), 'error')}, ${plural(c('warning'), 'warning')}, ${plural(c('note'), 'note')}" +
            " in ${plural(json.summary.specs, 'spec file')}"
}

/** The failure message for the findings of a JSON report (the worst rule: most findings at the highest severity). */
String failureMessage(json, String threshold = 'error') {
    def failing = json.findings.findAll { SEVERITIES.indexOf(it.severity) <= SEVERITIES.indexOf(threshold) }
    assert failing : 'no finding fails the build'
    def highest = failing*.severity.min { SEVERITIES.indexOf(it) }
    def worst = failing.findAll { it.severity == highest }.countBy { it.rule }
            .max { a, b -> a.value <=> b.value ?: b.key <=> a.key }.key
    "apistatus: ${plural(failing.size(), 'finding')} at or above $threshold" +
            " (worst: $worst, ${plural(failing.count { it.rule == worst }, 'finding')});" +
            ' see target/apistatus/apistatus.sarif'
}

// The example's expectations are written in its files: "// apistatus: <rule-id> (deliberate)" in Java and
// "# apistatus: <rule-id> (deliberate)" in YAML, on each line a finding must land on. The run must report exactly
// those (file, line, rule) triples, over every rule and every file of the example: no more, no fewer.
Path root = basedir.toPath()
def expected = [] as SortedSet
Files.walk(root.resolve('src')).filter { Files.isRegularFile(it) }.sorted().each { Path file ->
    String rel = root.relativize(file).toString().replace('\\', '/')
    file.toFile().readLines('UTF-8').eachWithIndex { line, i ->
        def m = line =~ /(?:\/\/|#)\s*apistatus:\s*([a-z0-9-]+)\s+\(deliberate\)/
        if (m.find()) {
            expected << "$rel:${i + 1}: ${m.group(1)}".toString()
        }
    }
}
def java = 'src/main/java/com/example/orders/'
def spec = 'src/main/resources/openapi.yaml'
// Code findings of both families (status codes and headers; problem details) and spec findings next to them.
['created-without-location', 'error-body-not-problem-details', 'problem-status-mismatch'].each { rule ->
    assert expected.any { it.startsWith(java) && it.endsWith(": $rule") } : "the example's code must show $rule: $expected"
}
['error-body-not-problem-details', 'precondition-without-conditional-header'].each { rule ->
    assert expected.any { it.startsWith(spec) && it.endsWith(": $rule") } : "the example's spec must show $rule: $expected"
}

def json = new JsonSlurper().parse(new File(basedir, 'target/apistatus/apistatus.json'))
def found = json.findings.collect { "${it.file}:${it.line}: ${it.rule}".toString() } as SortedSet
assert found == expected : """examples/orders-service: the findings are not the lines marked (deliberate).
  not found:  ${expected - found}
  unexpected: ${found - expected}
Mark a new deliberate finding with '// apistatus: <rule-id> (deliberate)' (Java) or '# apistatus: <rule-id>
(deliberate)' (YAML) on its line (and update the output in examples/orders-service/README.md), or change the example
so that it does not fire."""

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] apistatus: reading Java sources in src/main/java')
// Every finding in the log as path:line:col: severity [rule-id], in the report's order...
def levels = [error: 'ERROR', warning: 'WARNING', note: 'INFO']
assert findings(log) == json.findings.collect {
    "[${levels[it.severity]}] ${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}]".toString()
}
// ...and exactly the lines examples/orders-service/README.md shows.
def web = "${java}web"
assert findings(log) == [
    "[WARNING] $web/ApiErrors.java:24:16: warning [error-body-not-problem-details]",
    "[ERROR] $web/ApiErrors.java:38:16: error [problem-status-mismatch]",
    "[INFO] $web/ApiErrors.java:44:16: note [unavailable-without-retry-after]",
    "[WARNING] $web/OrderController.java:45:5: warning [created-without-location]",
    "[WARNING] $spec:124:9: warning [precondition-without-conditional-header]",
    "[WARNING] $spec:186:9: warning [error-body-not-problem-details]",
].collect { it.toString() }
assert log.contains("[INFO] ${total(json)}")
assert log.contains(failureMessage(json))
return true
