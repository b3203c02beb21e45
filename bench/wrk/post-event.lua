-- POST /api/dispatches/{id}/events: a note (legal in any status) on a dispatch picked at random from
-- a file of ids of dispatches sent before the note's date, so concurrent requests rarely share one.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"note","at":"2025-05-01T10:00:00+00:00","note":"bench"}'

local threads = 0
function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local dispatches = {}
function init(args)
  for line in io.lines(args[1]) do dispatches[#dispatches + 1] = line end
  math.randomseed(os.time() * 100 + thread_number)
end

function request()
  return wrk.format(nil, "/api/dispatches/" .. dispatches[math.random(#dispatches)] .. "/events")
end
