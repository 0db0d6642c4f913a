// Every goal and every parameter the plugin declares (read from the descriptor the build generated) is described,
// with its user property.
def log = new File(basedir, 'build.log').text
def descriptor = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../classes/META-INF/maven/plugin.xml'))
def goals = descriptor.mojos.mojo.findAll { it.goal.text() != 'help' }
assert goals*.goal*.text().toSet() == ['lint', 'baseline', 'lint-aggregate', 'report'].toSet()
goals.each { mojo ->
    def goal = mojo.goal.text()
    assert log.contains("apistatus:$goal") : "help does not describe $goal"
    mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { p ->
        def name = p.name.text()
        assert log =~ /(?m)^    $name\b/ : "help does not describe $goal's $name"
    }
}
['baseline', 'config', 'failOn', 'formats', 'maxFindingsPerRule', 'maxSpecBytes', 'outputDirectory', 'rules', 'skip',
 'sources', 'specs', 'javaRelease'].each {
    assert log.contains("User property: apistatus.$it") : "no user property apistatus.$it"
}
return true
