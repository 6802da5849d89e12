-- (b) GET /api/v1/roadmap-items/{random}
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local _, items, _ = bench_lists()
local headers = bench_headers()

request = function()
  return wrk.format("GET", "/api/v1/roadmap-items/" .. pick(items), headers)
end
