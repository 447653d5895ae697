-- POST /api/users of new users, each address unique across threads and runs.
local common = dofile(os.getenv("LUA_DIRECTORY") .. "/common.lua")
local prefix
local counter = 0

function init(args)
  math.randomseed(os.time() + thread_number)
  prefix = string.format("load-%d-%d-%d", os.time(), thread_number, math.random(1e9))
end

function request()
  counter = counter + 1
  local body = string.format('{"email":"%s-%d@load.example","name":"Load user %d"}', prefix, counter, counter)
  return wrk.format("POST", "/api/users", { ["Content-Type"] = "application/json" }, body)
end
