import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def findings = log.readLines().findResults { line ->
    def m = line =~ /^\[(ERROR|WARNING|INFO)\] (\S+:\d+):\d+: (error|warning|note) \[([a-z0-9-]+)\] /
    m.find() ? "${m.group(1)} ${m.group(2)} ${m.group(3)} ${m.group(4)}".toString() : null
}

assert log.contains('[INFO] apistatus: configuration from apistatus.yaml')
assert log.contains('[INFO] apistatus: excluded src/main/resources/vendor/openapi-vendor.yaml (exclude in apistatus.yaml)')
assert log.contains('linting src/main/resources/openapi.yaml')
// success-response-missing: the file says note, the POM says error (the POM wins)
assert findings.contains('ERROR src/main/resources/openapi.yaml:16 error success-response-missing')
// expected-error-missing: severity and options from the file: only 404 is expected, at warning
def expected = findings.findAll { it.endsWith('expected-error-missing') }
assert expected == ['WARNING src/main/resources/openapi.yaml:7 warning expected-error-missing',
                    'WARNING src/main/resources/openapi.yaml:16 warning expected-error-missing'] : findings
// error-body-not-problem-details is off in the file
assert !log.contains('error-body-not-problem-details')
// the vendored spec is not linted: nothing of it anywhere
assert !log.contains('openapi-vendor.yaml:')

def json = new JsonSlurper().parse(new File(basedir, 'target/apistatus/apistatus.json'))
assert json.findings.find { it.rule == 'expected-error-missing' && it.line == 7 }.message.contains('404')
assert !json.findings.any { it.message.contains(' 401') && it.rule == 'expected-error-missing' }

// -Dapistatus.failOn=error beats the file's warning: the build fails on the one error only
assert log.contains('apistatus: 1 finding at or above error (worst: success-response-missing, 1 finding)')
assert log.contains('BUILD FAILURE')
return true
