-- JIT warm-up: the four scenarios mixed (list 55 %, one item 25 %, summary 5 %, write 15 %).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_WRK_DIR") .. "/words.lua")

local roadmaps, items, organisations = bench_lists()
local get_headers = bench_headers()
local post_headers = bench_headers("application/json")
local encoded = {}
for i, w in ipairs(BENCH_WORDS) do
  encoded[i] = urlencode(w)
end

request = function()
  local r = math.random(100)
  if r <= 55 then
    return wrk.format("GET", list_path(roadmaps, organisations, encoded), get_headers)
  elseif r <= 60 then
    return wrk.format("GET", "/api/v1/roadmaps/" .. pick(roadmaps) .. "/summary", get_headers)
  elseif r <= 85 then
    return wrk.format("GET", "/api/v1/roadmap-items/" .. pick(items), get_headers)
  else
    return wrk.format("POST", "/api/v1/roadmap-items/" .. pick(items) .. "/progress-updates", post_headers,
      '{"text":"Прогрев JIT перед измерением"}')
  end
end
