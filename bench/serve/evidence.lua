-- POST /api/evidence in batches of BATCH events (second script argument), each event with one new person key.
-- The processor's USCC is the third argument. Every request carries new keys, so the distinct counters grow.
local counter = 0
local batch = 1000
local uscc = ""
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
  thread_id = id
end

function request()
  local events = {}
  for i = 1, batch do
    counter = counter + 1
    events[i] = string.format(
      '{"processor":"%s","time":"2026-06-01T08:00:00Z","recipient":"Novum Pharma AG","country":"CH","persons":1,"personKeys":["hmac-sha256:%032x%032x"]}',
      uscc, thread_id, counter)
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(events, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format("events/s: %.0f\n", summary.requests / (summary.duration / 1e6) * batch))
end
