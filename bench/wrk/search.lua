-- Searches for free rooms, one random stay per request (common.stay), as the availability API
-- (SEARCH=api: GET /api/v3/organisations/{ORG_ID}/items?check_in=…&checkout=…, with the
-- organisation's key API_KEY) or as the public rooms page (SEARCH=page: GET /{ORG}/rooms?…, the
-- whole HTML). A correct answer is a 200; anything else is counted apart (common.count).
--
-- SEARCH=room asks for one room's booking page instead, GET /{ORG}/rooms/{item}?…, the item drawn
-- from ITEM_MIN..ITEM_MAX.
--
-- A page is asked for without a cookie, as a new visitor would (each request makes a new HTTP
-- session), unless PAGE_SESSION=keep: then each thread keeps the session of its first answer, as one
-- returning visitor per thread.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local common = require("common")

local search = common.env("SEARCH")
local org = common.env("ORG")
local keep_session = common.env("PAGE_SESSION", "fresh") == "keep"
local headers = {}
local cookie = nil

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.init_thread()
    if search == "api" then
        headers["Authorization"] = "Bearer " .. common.env("API_KEY")
        headers["Accept"] = "application/json"
    else
        headers["Accept"] = "text/html"
    end
end

function request()
    local check_in, checkout = common.stay()
    local query = "?check_in=" .. check_in .. "&checkout=" .. checkout
    if search == "api" then
        return wrk.format("GET", "/api/v3/organisations/" .. common.env("ORG_ID") .. "/items" .. query, headers)
    end
    if cookie ~= nil then
        headers["Cookie"] = cookie
    end
    if search == "room" then
        local item = math.random(tonumber(common.env("ITEM_MIN")), tonumber(common.env("ITEM_MAX")))
        return wrk.format("GET", "/" .. org .. "/rooms/" .. item .. query, headers)
    end
    return wrk.format("GET", "/" .. org .. "/rooms" .. query, headers)
end

function response(status, response_headers, body)
    common.count(status)
    if keep_session and cookie == nil and response_headers["Set-Cookie"] ~= nil then
        cookie = response_headers["Set-Cookie"]:match("^(JSESSIONID=[^;]+)")
    end
end

function done(summary, latency, requests)
    common.done(summary, latency, requests)
end
