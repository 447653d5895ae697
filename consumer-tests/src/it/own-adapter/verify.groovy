// Both builds, on JUnit 5 and on JUnit 6, ran every rule of the contract; the report names each case of a
// parameterised rule by its display name.
def log = new File(basedir, 'build.log').text
assert log.count('Tests run: 97, Failures: 0, Errors: 0, Skipped: 0') == 2
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.members.storage.H2UserRepositoryTest.xml').text
assert report.contains('reportsEveryOperationAsUnavailableWithinFifteenSeconds(Operation) findPage after an id"')
