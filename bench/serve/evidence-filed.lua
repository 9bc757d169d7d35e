-- POST /api/evidence in batches of BATCH events naming the demo's approved clinical-trial filing (fourth argument) as
-- filed: the consistency check runs on every event. Each event is what the filing files — timed now, its scenario,
-- recipient and country, one of its fields, sensitive — and its persons come from a pool of 400 (the demo has sent
-- 8,532 of the 9,000 sensitive persons the filing files), so the year's count stays within the filing. One event in
-- 100 goes to a recipient the filing does not name, so that deviations are stored too.
-- Arguments: cookie, batch, USCC, filing id, and optionally the pool's size (0: every event a new person, so that past
-- the filing's 9,000 every event is over the filing and stores its deviation).
local counter = 0
local batch = 1000
local uscc = ""
local filing = ""
local thread_id = 0
local started = ""
local pool = 400
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Cookie"] = "chujing.session=" .. args[1]
  batch = tonumber(args[2])
  uscc = args[3]
  filing = args[4]
  thread_id = id
  started = os.date("!%Y-%m-%dT%H:%M:%SZ")
  if args[5] ~= nil then pool = tonumber(args[5]) end
end

function request()
  local events = {}
  for i = 1, batch do
    counter = counter + 1
    local recipient = "Novum Pharma AG"
    if counter % 100 == 0 then recipient = "Unfiled Recipient Ltd" end
    events[i] = string.format(
      '{"processor":"%s","filing":"%s","time":"%s","recipient":"%s","country":"CH","scenario":"bj-pharma-clinical-trial","fields":["medical-imaging"],"persons":1,"sensitive":true,"personKeys":["hmac-sha256:%032x%032x"]}',
      uscc, filing, started, recipient, pool > 0 and 0 or thread_id + 16, pool > 0 and counter % pool or counter)
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(events, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format("events/s: %.0f\n", summary.requests / (summary.duration / 1e6) * batch))
end
