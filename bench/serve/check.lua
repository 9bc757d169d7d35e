-- POST /api/check with one event per request, as an export gateway asks before each transfer, authenticated by an
-- API token (Bearer). Arguments: token, USCC, filing id.
local counter = 0

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  uscc = args[2]
  filing = args[3]
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format(
    '[{"processor":"%s","filing":"%s","time":"2026-12-01T23:00:00Z","recipient":"Novum Pharma AG","country":"CH","scenario":"bj-pharma-pharmacovigilance","persons":1,"digest":"sha256:%064x"}]',
    uscc, filing, counter))
end
