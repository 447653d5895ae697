-- Shared by the wrk scenarios: the seeded users, a count of non-2xx responses per thread, and one result line.
local common = {}

local threads = {}

-- Runs in wrk's main Lua state once per thread: numbers the threads and remembers them for done().
function common.setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

-- Reads "id email" lines written by load.sh; every thread reads its own copy.
function common.seeded_users()
  local users = {}
  for line in io.lines(os.getenv("SEEDED_USERS_FILE")) do
    local id, email = line:match("^(%S+) (%S+)$")
    if id then
      table.insert(users, { id = id, email = email })
    end
  end
  if #users == 0 then
    error("no seeded users in " .. tostring(os.getenv("SEEDED_USERS_FILE")))
  end
  return users
end

non2xx = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

-- One tab-separated line that load.sh appends to http.tsv: requests, requests/s, p50 ms, p99 ms, non-2xx, socket errors.
function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("non2xx") or 0)
  end
  local errors = summary.errors
  io.write(string.format("RESULT\t%d\t%.1f\t%.3f\t%.3f\t%d\t%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    failed,
    errors.connect + errors.read + errors.write + errors.timeout))
end

setup = common.setup

return common
