// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
// Maven 3.8 prints apistatus-maven-plugin:VERSION:lint, 3.9 apistatus:VERSION:lint.
assert log =~ /--- apistatus(-maven-plugin)?:[^:\s]+:lint \(default-cli\) @ prefix-form ---/
assert checks.findings(log) == ['[WARNING] src/main/resources/openapi.yml:11:13: warning [error-body-not-problem-details]']
assert log.contains('BUILD SUCCESS')
// <formats> asked for JSON only; the log still shows the findings.
assert log.contains("[INFO] ${checks.total(checks.report('apistatus.json'))}")
assert !new File(basedir, 'target/apistatus/apistatus.sarif').exists()
assert !new File(basedir, 'target/apistatus/apistatus.txt').exists()
return true
