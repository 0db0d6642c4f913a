// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
def expected = [
    [rule: 'error-body-not-problem-details', severity: 'warning', file: 'api/orders.yaml', line: 15, column: 13],
    [rule: 'success-response-missing', severity: 'error', file: 'api/orders.yaml', line: 17, column: 5],
    [rule: 'unregistered-status-code', severity: 'error', file: 'api/orders.yaml', line: 19, column: 9],
    [rule: 'no-content-with-body', severity: 'error', file: 'api/v2/users.yaml', line: 14, column: 13],
]
assert log.contains("[INFO] apistatus ${projectVersion}: linting api/orders.yaml, api/v2/users.yaml")
assert checks.findings(log) == expected.collect {
    "[${it.severity == 'error' ? 'ERROR' : 'WARNING'}] ${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}]".toString()
}

// JSON (docs/report-format.md): the findings in order, the counts, the rules that ran.
def json = checks.report('apistatus.json')
assert json.tool.name == 'apistatus'
assert json.tool.version == projectVersion
assert json.summary.specs == 2
checks.SEVERITIES.each { sev -> assert json.summary[sev] == json.findings.count { it.severity == sev } }
def tested = json.findings.findAll { it.rule in checks.TESTED }
assert tested.collect { [rule: it.rule, severity: it.severity, file: it.file, line: it.line, column: it.column] } == expected
assert tested.every { it.message && it.pointer?.startsWith('/paths/') }
assert json.rules*.id.containsAll(checks.TESTED)
assert log.contains(checks.failureMessage(json))

// SARIF 2.1.0: one run, one result per finding, each pointing at its rule and its line.
def sarif = checks.report('apistatus.sarif')
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'apistatus'
assert run.results.size() == json.findings.size()
def results = run.results.findAll { it.ruleId in checks.TESTED }.collect {
    def region = it.locations[0].physicalLocation.region
    [rule: it.ruleId, severity: it.level, file: it.locations[0].physicalLocation.artifactLocation.uri,
     line: region.startLine, column: region.startColumn]
}
assert results == expected
run.results.each { assert run.tool.driver.rules[it.ruleIndex].id == it.ruleId }

// The text report holds the same lines as the log, without the log levels, then the summary.
def text = new File(basedir, 'target/apistatus/apistatus.txt').text
expected.each { assert text.contains("${it.file}:${it.line}:${it.column}: ${it.severity} [${it.rule}] ") }
assert text.endsWith("${checks.total(json)}\n")
return true
