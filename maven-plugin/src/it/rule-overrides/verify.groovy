// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
def spec = 'src/main/resources/openapi.yaml'
// success-response-missing lowered to warning by <rules>, unregistered-status-code to note by -Dapistatus.rules,
// error-body-not-problem-details (the 400 on line 10) turned off.
assert checks.findings(log) == [
    "[WARNING] $spec:5:5: warning [success-response-missing]",
    "[INFO] $spec:15:9: note [unregistered-status-code]",
].collect { it.toString() }
assert !log.contains('error-body-not-problem-details')
assert log =~ /(?m)^\[INFO\]   success-response-missing +warning +1$/
assert log =~ /(?m)^\[INFO\]   unregistered-status-code +note +1$/
assert log.contains('BUILD SUCCESS')
return true
