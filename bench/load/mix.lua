-- wrk script: POSTs a mix of SPARQL queries to /sparql, one per request, in turn.
-- The mix comes from the file in $LOAD_QUERIES: one "ACCEPT<TAB>FORM-ENCODED-BODY" per line.
local requests = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("LOAD_QUERIES")) do
    local accept, body = line:match("^([^\t]+)\t(.+)$")
    requests[#requests + 1] = wrk.format("POST", "/sparql",
      { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = accept }, body)
  end
  -- Threads start at different places in the mix.
  next_index = (math.random(#requests) - 1) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
