// The contract failed the adapter for keeping timestamps to the second, and said so in a sentence.
def log = new File(basedir, 'build.log').text
assert log.contains('but timestamps round-trip to the millisecond, in UTC, on every database')
assert log.contains('but a stored user comes back exactly as it was inserted, field by field, at version 0')
assert !log.contains('Expecting')
