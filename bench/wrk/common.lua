-- Shared by the wrk scripts of bench/run.sh. Environment (set by run.sh):
--   BENCH_TOKEN     bearer token (association)
--   BENCH_DATA      directory with roadmaps.txt, items.txt, organisations.txt (one id a line, exported with psql)
-- Each wrk thread has its own Lua state: the files are read once per thread, and each thread seeds its own
-- random numbers. done() prints one machine-readable line that run.sh parses.

local function read_lines(name)
  local path = (os.getenv("BENCH_DATA") or ".") .. "/" .. name
  local list = {}
  local f = io.open(path, "r")
  if not f then
    error("cannot read " .. path)
  end
  for line in f:lines() do
    if #line > 0 then
      list[#list + 1] = line
    end
  end
  f:close()
  if #list == 0 then
    error(path .. " is empty")
  end
  return list
end

function bench_lists()
  return read_lines("roadmaps.txt"), read_lines("items.txt"), read_lines("organisations.txt")
end

function bench_headers(content_type)
  local h = {
    ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set"),
    ["Accept"] = "application/json",
    ["Accept-Language"] = "ru",
  }
  if content_type then
    h["Content-Type"] = content_type
  end
  return h
end

function pick(list)
  return list[math.random(#list)]
end

-- percent-encodes a (UTF-8) string for a query parameter
function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("bench_thread", thread_count)
end

function init(args)
  math.randomseed(os.time() * 1000 + (bench_thread or 0) * 7919)
  for _ = 1, 10 do math.random() end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end

-- The path of one list request with a random filter, shared by list.lua and warmup.lua:
-- GET /api/v1/roadmaps/{random}/items?page=<0..9>&size=50 and none, status, organisationId, overdue or q.
function list_path(roadmaps, organisations, encoded_words)
  local filter = math.random(5)
  local query = "?page=" .. math.random(0, 9) .. "&size=50"
  if filter == 2 then
    query = query .. "&status=IN_PROGRESS"
  elseif filter == 3 then
    query = query .. "&organisationId=" .. pick(organisations)
  elseif filter == 4 then
    query = query .. "&overdue=true"
  elseif filter == 5 then
    query = query .. "&q=" .. pick(encoded_words)
  end
  return "/api/v1/roadmaps/" .. pick(roadmaps) .. "/items" .. query
end
