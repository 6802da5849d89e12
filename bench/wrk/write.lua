-- (c) POST /api/v1/roadmap-items/{random}/progress-updates {"text": "..."} as the association (201 expected)
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local _, items, _ = bench_lists()
local headers = bench_headers("application/json")
local texts = {
  "Проведено рабочее совещание, согласован план-график",
  "Материалы направлены в департамент инвестиционного развития",
  "Получены предложения от предприятий-участников кластера",
  "Подготовлен проект документа, идет согласование",
}
local n = 0

request = function()
  n = n + 1
  local body = '{"text":"' .. pick(texts) .. ' (нагрузочный тест, ' .. n .. ')"}'
  return wrk.format("POST", "/api/v1/roadmap-items/" .. pick(items) .. "/progress-updates", headers, body)
end
