-- POST /api/check with a bearer token (first script argument): one export event of the processor (second argument).
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  wrk.body = string.format('[{"processor":"%s","time":"2026-06-01T08:00:00Z","recipient":"Novum Pharma AG","country":"CH","persons":1}]', args[2])
end
