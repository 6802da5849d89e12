-- (a) GET /api/v1/roadmaps/{random}/items with a random filter: none, status=IN_PROGRESS, organisationId=<random>,
-- overdue=true or q=<a Russian word of the generated activities>; page random 0..9, size=50.
-- bench/pgbench/list.sql draws the same mix for the database ceiling.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_WRK_DIR") .. "/words.lua")

local roadmaps, _, organisations = bench_lists()
local headers = bench_headers()
local encoded = {}
for i, w in ipairs(BENCH_WORDS) do
  encoded[i] = urlencode(w)
end

request = function()
  local filter = math.random(5)
  local query = "?page=" .. math.random(0, 9) .. "&size=50"
  if filter == 2 then
    query = query .. "&status=IN_PROGRESS"
  elseif filter == 3 then
    query = query .. "&organisationId=" .. pick(organisations)
  elseif filter == 4 then
    query = query .. "&overdue=true"
  elseif filter == 5 then
    query = query .. "&q=" .. pick(encoded)
  end
  return wrk.format("GET", "/api/v1/roadmaps/" .. pick(roadmaps) .. "/items" .. query, headers)
end
