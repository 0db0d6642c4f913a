// The checks the invoker ITs share, loaded by each verify.groovy with
//     def checks = new GroovyShell(binding).parse(new File(itLib, 'checks.groovy'))
// (itLib is a script variable of the invoker configuration; basedir comes through the binding).
import groovy.json.JsonSlurper
import groovy.transform.Field

@Field static final List<String> TESTED = ['error-body-not-problem-details', 'no-content-with-body',
        'spec-unreadable', 'success-response-missing', 'unregistered-status-code']
@Field static final List<String> SEVERITIES = ['error', 'warning', 'note']

/** The plugin's finding lines, as "[LEVEL] path:line:col: severity [rule-id]" (message cut off); all rules or TESTED. */
List<String> findings(String log, boolean all = false) {
    log.readLines().findResults { line ->
        def m = line =~ /^(\[(?:ERROR|WARNING|INFO)\] \S+:\d+:\d+: (?:error|warning|note) \[([a-z0-9-]+)\]) /
        m.find() && (all || m.group(2) in TESTED) ? m.group(1) : null
    }
}

def report(String name) {
    new JsonSlurper().parse(new File(basedir, "target/apistatus/$name"))
}

String plural(long n, String noun) {
    "$n $noun${n == 1 ? '' : 's'}"
}

/** The summary's last line for the findings of a JSON report. */
String total(json) {
    def c = { sev -> json.findings.count { it.severity == sev } }
    "${plural(c('error'), 'error')}, ${plural(c('warning'), 'warning')}, ${plural(c('note'), 'note')}" +
            " in ${plural(json.summary.specs, 'spec file')}"
}

/** The failure message for the findings of a JSON report (the worst rule: most findings at the highest severity). */
String failureMessage(json, String threshold = 'error') {
    def failing = json.findings.findAll { SEVERITIES.indexOf(it.severity) <= SEVERITIES.indexOf(threshold) }
    assert failing : 'no finding fails the build'
    def highest = failing*.severity.min { SEVERITIES.indexOf(it) }
    def worst = failing.findAll { it.severity == highest }.countBy { it.rule }
            .max { a, b -> a.value <=> b.value ?: b.key <=> a.key }.key
    "apistatus: ${plural(failing.size(), 'finding')} at or above $threshold" +
            " (worst: $worst, ${plural(failing.count { it.rule == worst }, 'finding')});" +
            ' see target/apistatus/apistatus.sarif'
}
