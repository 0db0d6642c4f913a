import groovy.json.JsonSlurper
import groovy.transform.Field

@Field static final List<String> TESTED = ['error-body-not-problem-details', 'no-content-with-body',
        'spec-unreadable', 'success-response-missing', 'unregistered-status-code']
@Field static final List<String> SEVERITIES = ['error', 'warning', 'note']

/** The plugin's finding lines, as "[LEVEL] path:line:col: severity [rule-id]" (message cut off); all rules or TESTED. */
List<String> findings(String log, boolean all = false) {
    log.readLines().findResults { line ->
        def m = line =~ /^(\[(?:ERROR|WARNING|INFO)\] \S+:\d+:\d+: (?:error|warning|note) \[([a-z0-9-]+)\]) /
        m.find() && (all || m.group(2) in TESTED) ? m.group(1) : null
    }
}

def report(String name) {
    new JsonSlurper().parse(new File(basedir, "target/apistatus/$name"))
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

def json = report('apistatus.json')
assert json.findings.every { it.file == spec }
def found = json.findings.collect { "${it.line}: ${it.rule}".toString() } as SortedSet
assert found == expected : """examples/petstore/$spec: the findings are not the lines marked (deliberate).
  not found:  ${expected - found}
  unexpected: ${found - expected}
Mark a new deliberate finding with '# apistatus: <rule-id> (deliberate)' on its line (and update the output in
examples/petstore/README.md), or change the spec so that it does not fire."""

// The lines examples/petstore/README.md shows, in order.
def log = new File(basedir, 'build.log').text
assert findings(log) == [
    "[ERROR] $spec:25:9: error [unregistered-status-code]",
    "[WARNING] $spec:46:13: warning [error-body-not-problem-details]",
    "[ERROR] $spec:72:13: error [no-content-with-body]",
    "[ERROR] $spec:79:5: error [success-response-missing]",
].collect { it.toString() }
assert log.contains("[INFO] ${total(json)}")
assert log.contains(failureMessage(json))
return true
