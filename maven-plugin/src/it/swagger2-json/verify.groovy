// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
def spec = 'src/main/resources/swagger.json'
assert log.contains("[INFO] apistatus ${projectVersion}: linting $spec")
// openapitools.json is named like a spec but is openapi-generator's configuration.
assert log.contains('[INFO] apistatus: skipped openapitools.json: it is named like an OpenAPI document')
assert checks.findings(log) == [
    "[WARNING] $spec:11:53: warning [error-body-not-problem-details]",
    "[ERROR] $spec:16:45: error [no-content-with-body]",
    "[ERROR] $spec:17:11: error [unregistered-status-code]",
    "[ERROR] $spec:20:7: error [success-response-missing]",
].collect { it.toString() }
assert log.contains(checks.failureMessage(checks.report('apistatus.json')))
return true
