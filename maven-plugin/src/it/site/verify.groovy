def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/site/apistatus.html')
assert page.isFile() : 'the report is not in the site'
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('class="finding sev-error"')
assert html.contains('[no-content-with-body]') || html.contains('>no-content-with-body</a>')
assert html.contains('<span class="ln">10</span>            application/json:')
// the site links the report from its menu
def linked = new File(basedir, 'target/site').listFiles().findAll { it.name.endsWith('.html') && it.name != 'apistatus.html' }
        .any { it.text.contains('href="apistatus.html"') }
assert linked : 'no site page links apistatus.html'
return true
