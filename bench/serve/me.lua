-- GET /api/auth/me, signed in (cookie as the first script argument) or, without an argument, anonymous (401).
function init(args)
  wrk.method = "GET"
  if args[1] ~= nil then
    wrk.headers["Cookie"] = "chujing.session=" .. args[1]
  end
end
