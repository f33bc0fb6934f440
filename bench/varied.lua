-- POST one sentence a request to /v1/classify, cycling through many different real sentences
-- (bench/out/varied-sentences.txt, one JSON-escaped sentence a line, written by bench/variants),
-- so that no request is answered from the encoder's cache.
local bodies = {}
function init(args)
  for line in io.lines("bench/out/varied-sentences.txt") do
    bodies[#bodies + 1] = '{"text":"' .. line .. '"}'
  end
  counter = math.random(#bodies)
end
request = function()
  counter = counter % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[counter])
end
