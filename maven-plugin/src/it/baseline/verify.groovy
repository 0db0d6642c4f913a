import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'apistatus-baseline.json'))
assert baseline.tool == 'apistatus'
def recorded = baseline.findings.collect { "${it.rule} ${it.element}".toString() }
assert recorded.containsAll(['unregistered-status-code /paths/~1pets/get/responses/420',
                             'no-content-with-body /paths/~1pets~1{id}/delete/responses/204/content/application~1json',
                             'error-body-not-problem-details /paths/~1pets/post/responses/400/content/application~1json'])
assert !new File(basedir, 'apistatus-baseline.json').text.contains('"line"')

// the last build is the lint of v2
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: (error|warning|note) \[/ }
assert findings.size() == 1 : findings
assert findings[0].startsWith('[ERROR] target/classes/openapi.yaml:31:9: error [unregistered-status-code] GET /owners declares 499')
assert log =~ /apistatus: the baseline apistatus-baseline.json hid \d+ findings/
assert log.contains('apistatus: 1 baseline entry matches no finding any more (fixed, or changed): rewrite the baseline to drop it')
assert log.contains('apistatus-baseline.json: [no-content-with-body] target/classes/openapi.yaml /paths/~1pets~1{id}/delete/responses/204/content/application~1json')

def json = new JsonSlurper().parse(new File(basedir, 'target/apistatus/apistatus.json'))
assert json.findings*.rule == ['unregistered-status-code']
return true
