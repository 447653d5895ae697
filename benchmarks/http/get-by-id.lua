-- GET /api/users/{id} of seeded users, in a random order per thread.
local common = dofile(os.getenv("LUA_DIRECTORY") .. "/common.lua")
local users

function init(args)
  users = common.seeded_users()
  math.randomseed(os.time() + thread_number)
end

function request()
  return wrk.format("GET", "/api/users/" .. users[math.random(#users)].id)
end
