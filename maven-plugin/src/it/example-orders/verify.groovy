import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path

// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))

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
assert checks.findings(log, true) == json.findings.collect {
    "[${levels[it.severity]}] ${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}]".toString()
}
// ...and exactly the lines examples/orders-service/README.md shows.
def web = "${java}web"
assert checks.findings(log, true) == [
    "[WARNING] $web/ApiErrors.java:24:16: warning [error-body-not-problem-details]",
    "[ERROR] $web/ApiErrors.java:38:16: error [problem-status-mismatch]",
    "[INFO] $web/ApiErrors.java:44:16: note [unavailable-without-retry-after]",
    "[WARNING] $web/OrderController.java:45:5: warning [created-without-location]",
    "[WARNING] $spec:124:9: warning [precondition-without-conditional-header]",
    "[WARNING] $spec:186:9: warning [error-body-not-problem-details]",
].collect { it.toString() }
assert log.contains("[INFO] ${checks.total(json)}")
assert log.contains(checks.failureMessage(json))
return true
