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

def log = new File(basedir, 'build.log').text
def expected = [
    [rule: 'error-body-not-problem-details', severity: 'warning', file: 'api/orders.yaml', line: 15, column: 13],
    [rule: 'success-response-missing', severity: 'error', file: 'api/orders.yaml', line: 17, column: 5],
    [rule: 'unregistered-status-code', severity: 'error', file: 'api/orders.yaml', line: 19, column: 9],
    [rule: 'no-content-with-body', severity: 'error', file: 'api/v2/users.yaml', line: 14, column: 13],
]
assert log.contains("[INFO] apistatus ${projectVersion}: linting api/orders.yaml, api/v2/users.yaml")
assert findings(log) == expected.collect {
    "[${it.severity == 'error' ? 'ERROR' : 'WARNING'}] ${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}]".toString()
}

// JSON (docs/report-format.md): the findings in order, the counts, the rules that ran.
def json = report('apistatus.json')
assert json.tool.name == 'apistatus'
assert json.tool.version == projectVersion
assert json.summary.specs == 2
SEVERITIES.each { sev -> assert json.summary[sev] == json.findings.count { it.severity == sev } }
def tested = json.findings.findAll { it.rule in TESTED }
assert tested.collect { [rule: it.rule, severity: it.severity, file: it.file, line: it.line, column: it.column] } == expected
assert tested.every { it.message && it.pointer?.startsWith('/paths/') }
assert json.rules*.id.containsAll(TESTED)
assert log.contains(failureMessage(json))

// SARIF 2.1.0: one run, one result per finding, each pointing at its rule and its line.
def sarif = report('apistatus.sarif')
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'apistatus'
assert run.results.size() == json.findings.size()
def results = run.results.findAll { it.ruleId in TESTED }.collect {
    def region = it.locations[0].physicalLocation.region
    [rule: it.ruleId, severity: it.level, file: it.locations[0].physicalLocation.artifactLocation.uri,
     line: region.startLine, column: region.startColumn]
}
assert results == expected
run.results.each { assert run.tool.driver.rules[it.ruleIndex].id == it.ruleId }

// The text report holds the same lines as the log, without the log levels, then the summary.
def text = new File(basedir, 'target/apistatus/apistatus.txt').text
expected.each { assert text.contains("${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}] ") }
assert text.endsWith("${total(json)}\n")
return true
