-- (d) GET /api/v1/roadmaps/{random}/summary: the roadmap's counts by status and by organisation
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local roadmaps, _, _ = bench_lists()
local headers = bench_headers()

request = function()
  return wrk.format("GET", "/api/v1/roadmaps/" .. pick(roadmaps) .. "/summary", headers)
end
