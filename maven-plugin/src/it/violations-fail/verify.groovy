// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
def spec = 'src/main/resources/openapi.yaml'
assert checks.findings(log) == [
    "[ERROR] $spec:5:5: error [success-response-missing]",
    "[WARNING] $spec:10:13: warning [error-body-not-problem-details]",
    "[ERROR] $spec:14:9: error [unregistered-status-code]",
    "[ERROR] $spec:24:13: error [no-content-with-body]",
    "[ERROR] $spec:26:5: error [success-response-missing]",
].collect { it.toString() }
assert log.contains("[ERROR] $spec:5:5: error [success-response-missing] GET /orders ")
assert log.contains("[ERROR] $spec:14:9: error [unregistered-status-code] POST /orders ")
assert log.contains("[ERROR] $spec:24:13: error [no-content-with-body] DELETE /orders/{id} 204 ")

// The summary: a count per rule, then the total.
def json = checks.report('apistatus.json')
assert log =~ /(?m)^\[INFO\]   success-response-missing +error +2$/
assert log.contains("[INFO] ${checks.total(json)}")

// The failure names the count and the worst rule, and points at the SARIF report; with these four rules alone it
// reads: apistatus: 4 findings at or above error (worst: success-response-missing, 2 findings); see ...
assert log.contains(checks.failureMessage(json))
assert log.contains('BUILD FAILURE')
return true
