def log = new File(basedir, 'build.log').text
assert log.contains("apistatus: invalid configuration: unknown rule 'succes-response-missing'"
        + " (did you mean 'success-response-missing'?)")
assert log.contains('BUILD FAILURE')
// A configuration error is one clear line, not a stack trace.
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Exception:')
return true
