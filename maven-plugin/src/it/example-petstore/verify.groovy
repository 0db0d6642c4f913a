// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
// The example's expectations are written in its spec: "# apistatus: <rule-id> (deliberate)" on each line a
// finding must land on. The run must report exactly those (line, rule) pairs, over every rule: no more, no fewer.
def spec = 'src/main/resources/openapi.yaml'
def expected = [] as SortedSet
new File(basedir, spec).readLines().eachWithIndex { line, i ->
    def m = line =~ /#\s*apistatus:\s*([a-z0-9-]+)\s+\(deliberate\)/
    if (m.find()) {
        expected << "${i + 1}: ${m.group(1)}".toString()
    }
}
assert expected.collect { it.substring(it.indexOf(' ') + 1) }.containsAll([
    'error-body-not-problem-details', 'no-content-with-body', 'success-response-missing', 'unregistered-status-code',
]) : "the example must show each of the four first rules: $expected"

def json = checks.report('apistatus.json')
assert json.findings.every { it.file == spec }
def found = json.findings.collect { "${it.line}: ${it.rule}".toString() } as SortedSet
assert found == expected : """examples/petstore/$spec: the findings are not the lines marked (deliberate).
  not found:  ${expected - found}
  unexpected: ${found - expected}
Mark a new deliberate finding with '# apistatus: <rule-id> (deliberate)' on its line (and update the output in
examples/petstore/README.md), or change the spec so that it does not fire."""

// The lines examples/petstore/README.md shows, in order.
def log = new File(basedir, 'build.log').text
assert checks.findings(log) == [
    "[ERROR] $spec:25:9: error [unregistered-status-code]",
    "[WARNING] $spec:46:13: warning [error-body-not-problem-details]",
    "[ERROR] $spec:72:13: error [no-content-with-body]",
    "[ERROR] $spec:79:5: error [success-response-missing]",
].collect { it.toString() }
assert log.contains("[INFO] ${checks.total(json)}")
assert log.contains(checks.failureMessage(json))
return true
