// Copies examples/<name> (its pom.xml and src/) into the calling IT's directory, so the IT lints the example itself,
// after checking the example's pom uses the plugin version under test. Loaded by a prebuild.groovy with
//     new GroovyShell(binding).parse(new File(itLib, 'copy-example.groovy')).copy('petstore')
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

void copy(String name) {
    Path example = new File(examplesDir, name).toPath()
    Path target = basedir.toPath()
    assert Files.isRegularFile(example.resolve('pom.xml')) : "no example at $example"

    def pom = new groovy.xml.XmlSlurper().parse(example.resolve('pom.xml').toFile())
    def plugin = pom.build.plugins.plugin.find { it.artifactId.text() == 'apistatus-maven-plugin' }
    assert plugin.version.text() == projectVersion :
            "examples/$name/pom.xml declares apistatus-maven-plugin ${plugin.version.text()}: update it to $projectVersion"

    Files.copy(example.resolve('pom.xml'), target.resolve('pom.xml'), StandardCopyOption.REPLACE_EXISTING)
    Path src = example.resolve('src')
    Files.walk(src).each { Path from ->
        Path to = target.resolve('src').resolve(src.relativize(from).toString())
        if (Files.isDirectory(from)) {
            Files.createDirectories(to)
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
