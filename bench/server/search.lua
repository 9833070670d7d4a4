-- wrk script of bench/server/run: GET /api/v1/pupils?q=… cycling over 2-, 3- and 10-character prefixes of
-- common names in the demo data, as the demo nurse (token from LARS_TOKEN).
local queries = {"ja", "pe", "ma", "el", "jan", "pee", "mae", "wou", "janssens m", "peeters ja",
                 "vermeulen", "el", "de", "van", "claes", "mertens e"}
local token = os.getenv("LARS_TOKEN")
local i = 0

request = function()
    i = i + 1
    local q = queries[(i % #queries) + 1]:gsub(" ", "%%20")
    return wrk.format("GET", "/api/v1/pupils?q=" .. q .. "&limit=50", {["Authorization"] = "Bearer " .. token})
end

-- One line the run script parses: requests, errors by kind, latency percentiles in microseconds.
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d seconds=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d "
                               .. "p50=%d p90=%d p99=%d max=%d\n",
        summary.requests, summary.duration / 1e6, e.status, e.connect, e.read, e.write, e.timeout,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
