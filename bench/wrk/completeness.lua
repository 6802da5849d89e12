-- GET /api/v1/quarterly-reports/completeness?year=<2022 .. 2024>, at random (bench/reports.sh; the same mix as
-- bench/pgbench/completeness.sql)
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local headers = bench_headers()

request = function()
  return wrk.format("GET", "/api/v1/quarterly-reports/completeness?year=" .. math.random(2022, 2024), headers)
end
