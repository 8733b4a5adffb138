-- Mixed REST and GraphQL requests, taken in turn; counts answers by status.
local requests

-- Formatted in init, when wrk knows the Host header (HTTP/1.1 requires it).
local function build()
  return {
  wrk.format("GET", "/api/v1/organisations?kind=municipality&limit=50"),
  wrk.format("GET", "/api/v1/organisations?q=malmo"),
  wrk.format("GET", "/api/v1/organisations/skr"),
  wrk.format("GET", "/api/v1/networks/iimhl/members"),
  wrk.format("GET", "/api/v1/agreements/overenskommelse-psykisk-halsa-2017"),
  wrk.format("GET", "/api/v1/datasets/scb-folkmangd/observations?areaUnder=01&sort=-value"),
  wrk.format("GET", "/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=100"),
  wrk.format("GET", "/api/v1/areas/13"),
  wrk.format("GET", "/api/v1/datasets/nasp-sjalvmordstal-lan/data?format=csv&areaUnder=00&periodFrom=2019"),
  wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" },
    '{"query":"{ networks(first: 10) { nodes { slug members(first: 50) { totalCount nodes { role organisation { name parent { name } } } } } } }"}'),
  wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" },
    '{"query":"{ organisations(where: { kind: { eq: REGION } }) { totalCount nodes { slug name area { code } } } }"}'),
  wrk.format("GET", "/graphql?query=%7B%20area(code%3A%20%2200%22)%20%7B%20name%20children%20%7B%20code%20%7D%20%7D%20%7D"),
  }
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  requests = build()
  next_request = math.random(#requests)
  limited = 0
  failed = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status == 429 then
    limited = limited + 1
  elseif status >= 400 then
    failed = failed + 1
  end
end

function done(summary, latency, requests_done)
  local limited_total, failed_total = 0, 0
  for _, thread in ipairs(threads) do
    limited_total = limited_total + thread:get("limited")
    failed_total = failed_total + thread:get("failed")
  end
  io.write(string.format("requests: %d in %.1f s = %.0f requests/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency: p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("errors: %d (4xx/5xx other than 429), socket errors %d, rate-limited 429: %d\n",
    failed_total, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, limited_total))
end
