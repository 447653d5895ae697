-- Gives up a claim, but only the one made with this token: a claim renewed or taken over since stays.
-- KEYS[1] the claim of an address or an owner; ARGV[1] the token. Returns 1 when it was removed, else 0.
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
