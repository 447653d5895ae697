-- Removes a user at the expected version, with its entry in the id index.
-- KEYS[1] the user record, KEYS[2] the index of its bucket (same hash slot); ARGV[1] the id, ARGV[2] the version.
-- Returns {'removed', its address, token of its claim, owner's issuer, owner's subject, token of the owner claim}
-- (the last three nil for a user without an owner), {'missing'} or {'stale'}.
local stored = redis.call('HMGET', KEYS[1], 'version', 'email', 'claim', 'ownerIssuer', 'ownerSubject', 'ownerClaim')
if stored[1] == false then
  return {'missing'}
end
if stored[1] ~= ARGV[2] then
  return {'stale'}
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return {'removed', stored[2], stored[3], stored[4], stored[5], stored[6]}
