// findings, report, total, failureMessage: the checks the ITs share (src/it/lib/checks.groovy)
def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
def log = new File(basedir, 'build.log').text
assert checks.findings(log, true) == []
assert log.contains("[INFO] apistatus ${projectVersion}: linting src/main/resources/openapi.yaml")
assert log.contains('[INFO] No findings in 1 spec file.')
assert log.contains('BUILD SUCCESS')
['apistatus.txt', 'apistatus.json', 'apistatus.sarif'].each {
    assert new File(basedir, "target/apistatus/$it").isFile() : "target/apistatus/$it was not written"
    assert log.contains("[INFO] apistatus: wrote target/apistatus/$it")
}
assert new File(basedir, 'target/apistatus/apistatus.txt').text == 'No findings in 1 spec file.\n'

// The help goal describes lint and its parameters with their user properties.
assert log.contains('apistatus:lint')
['failOn', 'formats', 'outputDirectory', 'rules', 'skip', 'specs', 'sources', 'maxSpecBytes'].each {
    assert log =~ /(?m)^    $it\b/ : "help does not describe $it"
}
assert log.contains('User property: apistatus.failOn')
assert log.contains('User property: apistatus.rules')
return true
