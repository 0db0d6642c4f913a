import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Maven names plugins that are not thread-safe; this one is
assert !log.contains('not marked as @threadSafe') && !log.contains('not marked as thread safe')
assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 2/

// lint in each module, with its own files, and the configuration from the top
assert log.contains('[INFO] apistatus: configuration from ../apistatus.yaml')
assert log.contains('[ERROR] src/main/resources/openapi.yaml:10:13: error [no-content-with-body] DELETE /orders/{id}')
assert log.contains('[ERROR] src/main/resources/openapi.yaml:8:9: error [unregistered-status-code] GET /invoices declares 420')
assert log.contains('[WARNING] src/main/java/com/example/billing/InvoiceController.java:13:16: warning [created-without-location]')
assert log.contains('apistatus: reading Java sources in src/main/java')
['orders', 'billing', 'common'].each { m ->
    assert new File(basedir, "$m/target/apistatus/apistatus.json").isFile() : "$m was not linted"
}
assert !log.contains('error-response-missing') : 'the top configuration turns it off in every module'

// the aggregate: every module's findings, paths from the top
def json = new JsonSlurper().parse(new File(basedir, 'target/apistatus/apistatus.json'))
def where = json.findings.collect { "${it.file}:${it.line} ${it.rule}".toString() }
assert where == ['billing/src/main/java/com/example/billing/InvoiceController.java:13 created-without-location',
                 'billing/src/main/resources/openapi.yaml:8 unregistered-status-code',
                 'orders/src/main/resources/openapi.yaml:5 expected-error-missing',
                 'orders/src/main/resources/openapi.yaml:10 no-content-with-body'] : where
assert json.summary.specs == 2
assert log.contains('[INFO] apistatus: module billing (billing)')
assert log.contains('[INFO] apistatus: wrote target/apistatus/apistatus.html')
def html = new File(basedir, 'target/apistatus/apistatus.html').text
assert html.contains('data-file="orders/src/main/resources/openapi.yaml"')
assert html.contains('<span class="ln">13</span>        return ResponseEntity.status(HttpStatus.CREATED).body(invoice);')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/apistatus/apistatus-junit.xml'))
assert junit.testsuite.find { it.@name == 'billing/src/main/resources/openapi.yaml' }.size() == 1
return true
