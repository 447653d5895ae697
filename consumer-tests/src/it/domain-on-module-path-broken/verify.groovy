// The domain jar is the module org.acme.users.domain; a package name does not stand in for it.
def log = new File(basedir, 'build.log').text
assert log.contains('module not found: org.acme.users.domain.model')
