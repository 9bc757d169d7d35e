-- POST /api/evidence in batches of BATCH events naming an approved filing (fourth argument) as filed: the
-- consistency check runs on every event; one event in 100 goes to a recipient the filing does not name, so that
-- deviations are stored too. Arguments: cookie, batch, USCC, filing id.
local counter = 0
local batch = 1000
local uscc = ""
local filing = ""
local thread_id = 0
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
end

function request()
  local events = {}
  for i = 1, batch do
    counter = counter + 1
    local recipient = "Novum Pharma AG"
    if counter % 100 == 0 then recipient = "Unfiled Recipient Ltd" end
    events[i] = string.format(
      '{"processor":"%s","filing":"%s","time":"2026-12-01T23:00:00Z","recipient":"%s","country":"CH","scenario":"bj-pharma-pharmacovigilance","persons":1,"personKeys":["hmac-sha256:%032x%032x"]}',
      uscc, filing, recipient, thread_id + 16, counter)
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(events, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format("events/s: %.0f\n", summary.requests / (summary.duration / 1e6) * batch))
end
