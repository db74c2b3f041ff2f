-- The soak's traffic (bench/soak.sh): each request a search, as the availability API with the
-- probability API_SHARE (default 0.5) and otherwise as the public rooms page, of one organisation,
-- stays drawn as in common.stay. Pages are asked for without a cookie (a new visitor each), unless
-- PAGE_SESSION=keep, as in search.lua.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local common = require("common")

local api_share = tonumber(common.env("API_SHARE", "0.5"))
local api_headers = nil
local page_headers = nil
local cookie = nil

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.init_thread()
    api_headers = common.search_headers("api")
    page_headers = common.search_headers("page")
end

function request()
    if math.random() < api_share then
        return wrk.format("GET", common.search_path("api"), api_headers)
    end
    page_headers["Cookie"] = cookie
    return wrk.format("GET", common.search_path("page"), page_headers)
end

function response(status, response_headers, body)
    common.count(status)
    cookie = common.keep_cookie(cookie, response_headers)
end

function done(summary, latency, requests)
    common.done(summary, latency, requests)
end
