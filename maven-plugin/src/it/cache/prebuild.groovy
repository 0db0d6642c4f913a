// A re-run of the ITs without clean must start without a cache.
new File(basedir, 'target').deleteDir()
return true
