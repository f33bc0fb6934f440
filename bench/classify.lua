-- POST one sentence to /v1/classify
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text":"We must confront the reality that we are the market for the drugs that cross the border."}'
