-- Searches for free rooms, one random stay per request (common.stay), as the availability API
-- (SEARCH=api: GET /api/v3/organisations/{ORG_ID}/items?check_in=…&checkout=…, with the
-- organisation's key API_KEY) or as the public rooms page (SEARCH=page: GET /{ORG}/rooms?…, the
-- whole HTML). A correct answer is a 200; anything else is counted apart (common.count).
--
-- SEARCH=room asks for one room's booking page instead, GET /{ORG}/rooms/{item}?…, the item drawn
-- from ITEM_MIN..ITEM_MAX.
--
-- With PACE_RATE set the threads send that many searches a second together (common.pace_delay).
--
-- A page is asked for without a cookie, as a new visitor would, unless PAGE_SESSION=keep: then each
-- thread keeps the session of its first answer that makes one, as one returning visitor per thread.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local common = require("common")

local search = common.env("SEARCH")
local headers = nil
local cookie = nil

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.init_thread()
    headers = common.search_headers(search)
end

function request()
    headers["Cookie"] = cookie
    return wrk.format("GET", common.search_path(search), headers)
end

delay = common.pace_delay

function response(status, response_headers, body)
    common.count(status)
    cookie = common.keep_cookie(cookie, response_headers)
end

function done(summary, latency, requests)
    common.done(summary, latency, requests)
end
