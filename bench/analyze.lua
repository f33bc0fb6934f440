-- POST the benchmark article (bench/out/article.json, written by bench/run) to /v1/analyze
local f = assert(io.open("bench/out/article.json", "r"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = f:read("*a")
f:close()
