-- POST /api/assess with the clinical-trial example, signed in (cookie passed as the first script argument).
local f = io.open("examples/beijing-clinical-trial.json", "r")
local body = f:read("*a")
f:close()

function init(args)
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Cookie"] = "chujing.session=" .. args[1]
end
