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
  return wrk.format("GET", list_path(roadmaps, organisations, encoded), headers)
end
