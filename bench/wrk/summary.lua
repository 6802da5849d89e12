-- GET /api/v1/quarterly-reports/summary?period=<2022-Q1 .. 2024-Q4>&includeSubmitted=<true|false>, at random
-- (bench/reports.sh; the same mix as bench/pgbench/summary.sql)
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local headers = bench_headers()

request = function()
  local i = math.random(12)
  local period = (2021 + math.floor((i + 3) / 4)) .. "-Q" .. ((i - 1) % 4 + 1)
  local submitted = math.random(2) == 1 and "true" or "false"
  return wrk.format("GET", "/api/v1/quarterly-reports/summary?period=" .. period .. "&includeSubmitted=" .. submitted,
    headers)
end
