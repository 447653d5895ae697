-- Replaces a user at the expected version; the commit point of a change.
-- KEYS[1] the user record; ARGV[1] the expected version; ARGV[2..6] email, name, createdAt, updatedAt, version;
-- ARGV[7] the token of a claim on the new address ('' when none was made), ARGV[8] when it was made (ms),
-- ARGV[9] how long after its claim a write may still commit (ms).
-- Returns {'stored'} or, when the address changed, {'stored', old address, token of its claim};
-- {'missing'}, {'stale'}, {'claim-needed'} (the address changes and no claim was made) or {'late'}.
local stored = redis.call('HMGET', KEYS[1], 'version', 'email', 'claim')
if stored[1] == false then
  return {'missing'}
end
if stored[1] ~= ARGV[1] then
  return {'stale'}
end
local claim = stored[3]
local moves = stored[2] ~= ARGV[2]
if moves then
  if ARGV[7] == '' then
    return {'claim-needed'}
  end
  local time = redis.call('TIME')
  local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  if now - tonumber(ARGV[8]) > tonumber(ARGV[9]) then
    return {'late'}
  end
  claim = ARGV[7]
end
redis.call('HSET', KEYS[1], 'email', ARGV[2], 'name', ARGV[3], 'createdAt', ARGV[4], 'updatedAt', ARGV[5],
  'version', ARGV[6], 'claim', claim)
if moves then
  return {'stored', stored[2], stored[3]}
end
return {'stored'}
