-- Claims a unique value (an e-mail address or an owner) for a user, before the user record that holds it is written.
-- KEYS[1] the value's claim; ARGV[1] the claiming user's id, ARGV[2] a token new to this claim,
-- ARGV[3] the token of a claim found abandoned and to be taken over ('' for none),
-- ARGV[4] how many milliseconds after its last claim a claim counts as abandoned.
-- Returns {'claimed', claimedAt, fresh} with fresh '1' when this call created the claim,
-- or {'taken', owner, token, abandoned} when another user's claim stands.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local owner = redis.call('HGET', KEYS[1], 'owner')
if owner == ARGV[1] then
  -- Its own claim, from an earlier step or a concurrent change of the same user: renewed, not created.
  redis.call('HSET', KEYS[1], 'token', ARGV[2], 'at', now)
  return {'claimed', tostring(now), '0'}
end
local token = redis.call('HGET', KEYS[1], 'token')
local abandoned = owner ~= false and now - tonumber(redis.call('HGET', KEYS[1], 'at')) > tonumber(ARGV[4])
if owner == false or (abandoned and ARGV[3] ~= '' and token == ARGV[3]) then
  redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'token', ARGV[2], 'at', now)
  return {'claimed', tostring(now), '1'}
end
return {'taken', owner, token, abandoned and '1' or '0'}
