-- Books through the API: POST /api/v3/organisations/{ORG_ID}/bookings with a fresh Idempotency-Key
-- per request, for one guest, pay on arrival (the benchmark organisations have no Stripe keys).
--
-- SLOTS is a file of "item_id check_in checkout" lines (bench/sql/free-nights.sql writes them).
--   BOOKING=free: free nights, each taken once: thread t of T sends slots SLOT_FROM + t, + t + T, …
--                 so no two requests of a run, or of successive runs given the next SLOT_FROM, ask
--                 for the same night. done() writes the next unused index to SLOT_STATE.
--   BOOKING=hot:  a small pool of free nights on a few rooms, drawn at random with replacement, so
--                 the first request for each night wins and the rest lose with 409 (the database's
--                 exclusion constraint decides).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local common = require("common")

local hot = common.env("BOOKING") == "hot"
local slots = {}
local sent = 0
local headers = {}
local threads = {}

function setup(thread)
    common.setup(thread)
    table.insert(threads, thread)
end

function init(args)
    common.init_thread()
    for line in io.lines(common.env("SLOTS")) do
        local item, check_in, checkout = line:match("^(%d+)%s+(%S+)%s+(%S+)")
        if item ~= nil then
            table.insert(slots, { item, check_in, checkout })
        end
    end
    assert(#slots > 0, "no slots in " .. common.env("SLOTS"))
    headers["Authorization"] = "Bearer " .. common.env("API_KEY")
    headers["Content-Type"] = "application/json"
    headers["Accept"] = "application/json"
    slot_from = tonumber(common.env("SLOT_FROM", "0"))
    next_slot = slot_from + thread_index
end

function request()
    local slot
    if hot then
        slot = slots[math.random(1, #slots)]
    else
        -- Past the end of the list the nights come round again and lose: the list was too short.
        slot = slots[(next_slot % #slots) + 1]
        next_slot = next_slot + thread_count
    end
    sent = sent + 1
    headers["Idempotency-Key"] = common.env("RUN_ID") .. "-" .. thread_index .. "-" .. sent
    local body = string.format('{"item_id":%s,"check_in":"%s","checkout":"%s","guests":1,"guest":{'
            .. '"name":"Load Driver","email":"t%d-%d@load-driver.bench.example","phone":"+351 912 345 678",'
            .. '"terms_accepted":true}}', slot[1], slot[2], slot[3], thread_index, sent)
    return wrk.format("POST", "/api/v3/organisations/" .. common.env("ORG_ID") .. "/bookings", headers, body)
end

function response(status, response_headers, body)
    common.count(status)
end

function done(summary, latency, requests)
    common.done(summary, latency, requests)
    local state = os.getenv("SLOT_STATE")
    if not hot and state ~= nil and state ~= "" then
        local last = 0
        for _, thread in ipairs(threads) do
            last = math.max(last, thread:get("next_slot") or 0)
        end
        local file = assert(io.open(state, "w"))
        file:write(last, "\n")
        file:close()
    end
end
