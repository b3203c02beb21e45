-- POST /api/letters: a sent letter with one signatory and ten recipients (ten dispatches), each
-- request with its own subject. Arguments: a file of recipient ids, a file of organisation ids.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = 0
function setup(thread)
  thread:set("thread_number", threads) -- a global in the thread's own Lua state
  threads = threads + 1
end

local function lines(path)
  local ids = {}
  for line in io.lines(path) do ids[#ids + 1] = line end
  return ids
end

local recipients, organisations, sent = {}, {}, 0
function init(args)
  recipients, organisations = lines(args[1]), lines(args[2])
  math.randomseed(os.time() * 100 + thread_number)
end

function request()
  sent = sent + 1
  -- Ten distinct recipients: a stride just above a tenth of them never wraps onto a repeat.
  local first, stride, ids = math.random(#recipients), math.floor(#recipients / 10) + 1, {}
  for k = 0, 9 do ids[#ids + 1] = '"' .. recipients[(first + k * stride) % #recipients + 1] .. '"' end
  local body = string.format(
    '{"subject":"Benchmark letter %d-%d-%d","status":"sent","sentOn":"2025-05-01","demands":["immediate action"],' ..
    '"signatoryIds":["%s"],"recipientIds":[%s]}',
    os.time(), thread_number, sent, organisations[math.random(#organisations)], table.concat(ids, ","))
  return wrk.format(nil, nil, nil, body)
end
