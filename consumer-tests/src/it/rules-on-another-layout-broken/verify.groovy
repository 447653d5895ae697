// One check reports both broken rules, each naming its class and the ring it must not reach.
def log = new File(basedir, 'build.log').text
assert log.contains("Rule 'classes that belong to the application should only depend on classes that reside in any package ['com.example.accounts.core..', 'org.acme.users.domain..', 'java..']")
assert log.contains('OpenAccountInFiles')
assert log.contains('and FileUserRepository belongs to persistence adapter \'files\'')
assert log.contains('CachedFiles')
