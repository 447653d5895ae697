-- 90 % GET /api/users/{id}, 10 % PUT /api/users/{id} (same address, a new name) of seeded users.
local common = dofile(os.getenv("LUA_DIRECTORY") .. "/common.lua")
local users
local counter = 0

function init(args)
  users = common.seeded_users()
  math.randomseed(os.time() + thread_number)
end

function request()
  local user = users[math.random(#users)]
  if math.random(10) > 1 then
    return wrk.format("GET", "/api/users/" .. user.id)
  end
  counter = counter + 1
  local body = string.format('{"email":"%s","name":"Changed by load %d"}', user.email, counter)
  return wrk.format("PUT", "/api/users/" .. user.id, { ["Content-Type"] = "application/json" }, body)
end
