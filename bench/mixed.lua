-- A mix of requests: one sentence, a batch of 20, and a whole article (bench/out/article.json).
local f = assert(io.open("bench/out/article.json", "r"))
local article = f:read("*a")
f:close()
local batch = '{"texts":['
for i = 1, 20 do
  batch = batch .. (i > 1 and "," or "") .. '"Sentence ' .. i .. ': coca growers in the valley planted more this year."'
end
batch = batch .. ']}'
-- Requests are formatted in init: wrk sets the Host header only after the script has loaded.
local requests
init = function(args)
  requests = {
  wrk.format("POST", "/v1/classify", {["Content-Type"] = "application/json"}, '{"text":"We are the market for these drugs."}'),
  wrk.format("POST", "/v1/classify?explain=true", {["Content-Type"] = "application/json"}, '{"text":"Agents found the pills hidden in a load of avocados."}'),
  wrk.format("POST", "/v1/classify", {["Content-Type"] = "application/json"}, batch),
  wrk.format("POST", "/v1/analyze", {["Content-Type"] = "application/json"}, article),
  }
end
local n = 0
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]
end
