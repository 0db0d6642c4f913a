// Lints examples/orders-service itself: copies its pom.xml and src/ here (src/it/lib/copy-example.groovy).
new GroovyShell(binding).parse(new File(itLib, 'copy-example.groovy')).copy('orders-service')
return true
