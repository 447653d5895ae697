-- Writes a new user and its entry in the id index, the commit point of a registration.
-- KEYS[1] the user record, KEYS[2] the index of its bucket (same hash slot);
-- ARGV[1..6] id, email, name, createdAt, updatedAt, version; ARGV[7] the token of the e-mail claim,
-- ARGV[8] when the claim was made (ms), ARGV[9] how long after its claim a write may still commit (ms);
-- for a user with an owner ARGV[10], ARGV[11] its issuer and subject, ARGV[12] the token of the owner claim and
-- ARGV[13] when that was made (ms); ARGV[10] '' or left out for a user without one.
-- Returns 'stored', 'exists' (the id is taken) or 'late' (a claim is too old to rely on).
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 'exists'
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local owned = ARGV[10] ~= nil and ARGV[10] ~= ''
if now - tonumber(ARGV[8]) > tonumber(ARGV[9]) or (owned and now - tonumber(ARGV[13]) > tonumber(ARGV[9])) then
  return 'late'
end
redis.call('HSET', KEYS[1], 'email', ARGV[2], 'name', ARGV[3], 'createdAt', ARGV[4], 'updatedAt', ARGV[5],
  'version', ARGV[6], 'claim', ARGV[7])
if owned then
  redis.call('HSET', KEYS[1], 'ownerIssuer', ARGV[10], 'ownerSubject', ARGV[11], 'ownerClaim', ARGV[12])
end
redis.call('ZADD', KEYS[2], 0, ARGV[1])
return 'stored'
