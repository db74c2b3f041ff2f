-- Shared by the load driver's wrk scripts (wrk 4.x, LuaJIT): the run's parameters from the
-- environment, seeded random stays, per-status counting and one CSV line per run.
--
-- wrk runs setup() once per thread in its main Lua state, then init(), request() and response() in
-- each thread's own state, then done() in the main state, which reads the threads' counters back.
local common = {}

-- 2027-01-01T00:00:00Z: check-ins are drawn from 2027-01-01 + 0..715 days (to 2028-12-16), 1 to 14
-- nights, exactly as pgbench/availability.sql draws them, so the ceiling answers the same searches.
local FIRST_CHECK_IN = 1798761600
local DAY = 86400

function common.env(name, default)
    local value = os.getenv(name)
    if value == nil or value == "" then
        if default == nil then
            error("set " .. name .. " in the environment (bench/run.sh does)")
        end
        return default
    end
    return value
end

function common.date(epoch)
    return os.date("!%Y-%m-%d", epoch)
end

-- A random stay: check-in, checkout as ISO dates.
function common.stay()
    local check_in = FIRST_CHECK_IN + math.random(0, 715) * DAY
    return common.date(check_in), common.date(check_in + math.random(1, 14) * DAY)
end

-- The path of a search for a random stay (common.stay): the availability API ("api", ORG_ID), the
-- rooms page ("page", ORG) or one room's page ("room", an item drawn from ITEM_MIN..ITEM_MAX).
function common.search_path(kind)
    local check_in, checkout = common.stay()
    -- SEARCH_EXTRA is appended as it is, such as "&include_unavailable=true" to ask why rooms are not offered.
    local query = "?check_in=" .. check_in .. "&checkout=" .. checkout .. common.env("SEARCH_EXTRA", "")
    if kind == "api" then
        return "/api/v3/organisations/" .. common.env("ORG_ID") .. "/items" .. query
    elseif kind == "room" then
        local item = math.random(tonumber(common.env("ITEM_MIN")), tonumber(common.env("ITEM_MAX")))
        return "/" .. common.env("ORG") .. "/rooms/" .. item .. query
    end
    return "/" .. common.env("ORG") .. "/rooms" .. query
end

-- The headers a search sends: the organisation's key for the API, HTML for a page.
function common.search_headers(kind)
    if kind == "api" then
        return { Authorization = "Bearer " .. common.env("API_KEY"), Accept = "application/json" }
    end
    return { Accept = "text/html" }
end

-- A returning visitor (PAGE_SESSION=keep) keeps the session cookie of its first answer that sets one.
local keep_session = common.env("PAGE_SESSION", "fresh") == "keep"
function common.keep_cookie(cookie, response_headers)
    if keep_session and cookie == nil and response_headers["Set-Cookie"] ~= nil then
        return response_headers["Set-Cookie"]:match("^(JSESSIONID=[^;]+)")
    end
    return cookie
end

-- A paced run (PACE_RATE requests a second, all threads together, > 0): each thread sends on a fixed
-- schedule of PACE_RATE / threads a second, a request waiting until its time comes, or going at once
-- when its time has passed. The offered load is then the rate whatever the latency, as long as a
-- connection is free, and latency is measured from the moment a request is sent. wrk has no wall
-- clock in Lua, so LuaJIT's FFI reads the monotonic one.
local pace_rate = tonumber(common.env("PACE_RATE", "0"))
if pace_rate > 0 then
    local ffi = require("ffi")
    ffi.cdef [[
        typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
        int clock_gettime(int clock, bench_timespec *time);
    ]]
    local CLOCK_MONOTONIC = 1
    local time = ffi.new("bench_timespec")
    local function now_ms()
        ffi.C.clock_gettime(CLOCK_MONOTONIC, time)
        return tonumber(time.tv_sec) * 1000 + tonumber(time.tv_nsec) / 1e6
    end
    local next_at = nil

    -- wrk asks before every request how many milliseconds to wait.
    function common.pace_delay()
        local now = now_ms()
        next_at = next_at or now
        local wait = next_at - now
        next_at = next_at + 1000 * thread_count / pace_rate
        return wait > 0 and math.floor(wait) or 0
    end
end

local threads = {}
local counter = 0

-- The main state numbers the threads, so each seeds its random numbers with (seed, thread) and a
-- run with the same SEED sends the same requests from each thread (their interleaving is the
-- scheduler's).
function common.setup(thread)
    thread:set("thread_index", counter)
    thread:set("thread_count", tonumber(common.env("WRK_THREADS", "1")))
    counter = counter + 1
    table.insert(threads, thread)
end

function common.init_thread()
    math.randomseed(tonumber(common.env("SEED", "1")) * 1000 + thread_index)
    ok, created, conflict, limited, other = 0, 0, 0, 0, 0
end

-- Counts each answer: 200, 201, 409, 429 and anything else. "expected" is the status a correct
-- answer has (200 for searches, 201 for bookings); 409 is a lost race for bookings.
function common.count(status)
    if status == 200 then
        ok = ok + 1
    elseif status == 201 then
        created = created + 1
    elseif status == 409 then
        conflict = conflict + 1
    elseif status == 429 then
        limited = limited + 1
    else
        other = other + 1
    end
end

local function total(name)
    local sum = 0
    for _, thread in ipairs(threads) do
        sum = sum + (thread:get(name) or 0)
    end
    return sum
end

-- One CSV line appended to RESULT_CSV (header written by run.sh):
-- scenario,org,clients,seconds,requests,rps,mean_ms,p50_ms,p95_ms,p99_ms,max_ms,
-- status_200,status_201,status_409,status_429,status_other,socket_errors,timeouts
function common.done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    local line = string.format("%s,%s,%s,%.3f,%d,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%d,%d,%d,%d,%d,%d",
            common.env("SCENARIO"), common.env("ORG", "-"), common.env("CLIENTS"), seconds, summary.requests,
            summary.requests / seconds, latency.mean / 1000, latency:percentile(50) / 1000,
            latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
            total("ok"), total("created"), total("conflict"), total("limited"), total("other"),
            errors.connect + errors.read + errors.write, errors.timeout)
    local out = os.getenv("RESULT_CSV")
    if out ~= nil and out ~= "" then
        local file = assert(io.open(out, "a"))
        file:write(line, "\n")
        file:close()
    end
    io.write(line, "\n")
end

return common
