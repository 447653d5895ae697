-- Up to ARGV[2] users of one bucket after an id, in the index's order (memcmp of the canonical ids).
-- KEYS[1] the bucket's index; ARGV[1] '-' from the start or '(' .. id after it; ARGV[2] how many;
-- ARGV[3] the key of the bucket's user records without the id. The records share KEYS[1]'s hash tag, so they
-- live in its slot even though a page cannot name them in advance.
-- Returns {last id read or '' when the bucket has no more, then id, email, name, createdAt, updatedAt, version,
-- ownerIssuer, ownerSubject (nil for a user without an owner) for each user}.
local ids = redis.call('ZRANGE', KEYS[1], ARGV[1], '+', 'BYLEX', 'LIMIT', 0, tonumber(ARGV[2]))
local page = {''}
if #ids == tonumber(ARGV[2]) then
  page[1] = ids[#ids]
end
for _, id in ipairs(ids) do
  local user = redis.call('HMGET', ARGV[3] .. id, 'email', 'name', 'createdAt', 'updatedAt', 'version',
    'ownerIssuer', 'ownerSubject')
  if user[1] then
    page[#page + 1] = id
    for _, field in ipairs(user) do
      page[#page + 1] = field
    end
  end
end
return page
