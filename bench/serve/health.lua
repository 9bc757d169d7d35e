-- GET /health: the baseline (routing, one database round trip, no authentication).
function init(args)
  wrk.method = "GET"
end
