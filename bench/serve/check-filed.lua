-- POST /api/check with a bearer token (first argument): one export event of the processor (second argument) that
-- names its approved filing (third argument) as filed, timed now, so the filing is read, its compiled check reused
-- and the event allowed.
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  wrk.body = string.format(
    '[{"processor":"%s","filing":"%s","time":"%s","recipient":"Novum Pharma AG","country":"CH","scenario":"bj-pharma-clinical-trial","fields":["medical-imaging"],"persons":1}]',
    args[2], args[3], os.date("!%Y-%m-%dT%H:%M:%SZ"))
end
