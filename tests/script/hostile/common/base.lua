-- tests/script/hostile/common/base.lua - a valid little scenario table that the hostile
-- fixtures start from; each fixture breaks one thing. Reached as include("common:base.lua").
local M = {}

function M.scenario(patch)
    local t = {
        api = 1,
        title = "hostile fixture",
        start = { year = 1920, month = 6, day = 1, half = "dawn" },
        turns = 4,
        map = "common:map.tmj",
        sides = { { id = "red" }, { id = "blue" } },
        war = { { "red", "blue" } },
        unit_types = {
            { id = "rifles", class = "foot", symbol = "infantry", mp = 4, attack = 2,
              defence = 2, steps = 2 },
        },
        units = {
            { id = "r1", side = "red", type = "rifles", at = "village" },
            { id = "b1", side = "blue", type = "rifles", at = "depot", tag = "guard" },
        },
    }
    for k, v in sorted_pairs(patch or {}) do t[k] = v end
    return t
end

return M
