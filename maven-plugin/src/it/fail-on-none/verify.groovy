// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
def spec = 'src/main/resources/openapi.yaml'
assert checks.findings(log) == [
    "[ERROR] $spec:10:13: error [no-content-with-body]",
    "[ERROR] $spec:11:5: error [success-response-missing]",
].collect { it.toString() }
assert log.contains("[INFO] ${checks.total(checks.report('apistatus.json'))}")
assert !log.contains('at or above')
assert log.contains('BUILD SUCCESS')
return true
