-- The soak's traffic (bench/soak.sh): each request a search, as the availability API with the
-- probability API_SHARE (default 0.5) and otherwise as the public rooms page, of one organisation,
-- stays drawn as in common.stay. Pages are asked for without a cookie (a new visitor each), unless
-- PAGE_SESSION=keep, as in search.lua.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local common = require("common")

local org = common.env("ORG")
local api_share = tonumber(common.env("API_SHARE", "0.5"))
local keep_session = common.env("PAGE_SESSION", "fresh") == "keep"
local api_headers = {}
local page_headers = { Accept = "text/html" }
local cookie = nil

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.init_thread()
    api_headers["Authorization"] = "Bearer " .. common.env("API_KEY")
    api_headers["Accept"] = "application/json"
end

function request()
    local check_in, checkout = common.stay()
    local query = "?check_in=" .. check_in .. "&checkout=" .. checkout
    if math.random() < api_share then
        return wrk.format("GET", "/api/v3/organisations/" .. common.env("ORG_ID") .. "/items" .. query, api_headers)
    end
    if cookie ~= nil then
        page_headers["Cookie"] = cookie
    end
    return wrk.format("GET", "/" .. org .. "/rooms" .. query, page_headers)
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
