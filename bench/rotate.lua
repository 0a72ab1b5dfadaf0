-- Each request asks the next path of the file named by WRK_PATHS (one a line), each wrk thread
-- starting at its own place, so a run measures the many pages people ask for, not one answer
-- that some layer could keep. Headers given with -H (a cookie, a bearer token) go with every request.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local i = 0

function setup(thread)
  thread:set("offset", math.random(1, #paths))
end

function init(args)
  i = tonumber(offset) or 0
end

function request()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
