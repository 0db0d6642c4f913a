// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'pom.xml').exists()
// Maven ran without a project: the current directory was linted, paths are relative to it.
assert log.contains("[INFO] apistatus ${projectVersion}: linting openapi.yaml")
assert checks.findings(log) == ['[ERROR] openapi.yaml:5:5: error [success-response-missing]']
assert new File(basedir, 'target/apistatus/apistatus.sarif').isFile()
assert log.contains(checks.failureMessage(checks.report('apistatus.json')))
return true
