-- JIT warm-up of bench/reports.sh: the summary and completeness requests, half each
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local headers = bench_headers()

request = function()
  if math.random(2) == 1 then
    return wrk.format("GET", "/api/v1/quarterly-reports/completeness?year=" .. math.random(2022, 2024), headers)
  end
  local i = math.random(12)
  return wrk.format("GET", "/api/v1/quarterly-reports/summary?period=" .. (2021 + math.floor((i + 3) / 4)) .. "-Q"
    .. ((i - 1) % 4 + 1), headers)
end
