-- GET a list of request paths in turn, one path a line in the file given as the script's argument:
--   wrk ... -s bench/wrk/cycle.lua http://127.0.0.1:5781 -- paths.txt
-- Each thread starts at its own place in the list, so concurrent requests spread over the paths.
local started = 0
function setup(thread)
  thread:set("offset", started)
  started = started + 1
end

local paths, next_index = {}, 1
function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  assert(#paths > 0, "no paths in " .. tostring(args[1]))
  next_index = (offset * 97) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
