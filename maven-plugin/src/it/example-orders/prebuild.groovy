// Copies examples/orders-service (its pom.xml and src/) into this IT's directory, so the IT lints the example itself.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path example = new File(examplesDir, 'orders-service').toPath()
Path target = basedir.toPath()
assert Files.isRegularFile(example.resolve('pom.xml')) : "no example at $example"

def pom = new groovy.xml.XmlSlurper().parse(example.resolve('pom.xml').toFile())
def plugin = pom.build.plugins.plugin.find { it.artifactId.text() == 'apistatus-maven-plugin' }
assert plugin.version.text() == projectVersion :
        "examples/orders-service/pom.xml declares apistatus-maven-plugin ${plugin.version.text()}: update it to $projectVersion"

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
return true
