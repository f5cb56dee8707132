-- forces.lua - the unit types and shared data of the Baku 1920 scenarios.
--
-- Loaded with `local forces = include("common:forces.lua")`. Returns a table:
--   forces.unit_types      every unit type (the scenario's `unit_types` field takes it whole,
--                          or a subset from forces.pick{ ... })
--   forces.pick(ids)       the listed types only, in the order given (unknown id: error)
--   forces.sides           the standard side definitions by id (name keys, colours)
--   forces.sources         the source list entries S0..S4 and the cited pages, by id
--   forces.perspectives    the two attributed framings plus the neutral note
--   forces.sources_for(ids) / forces.sides_for(ids [, playable]): lists for the scenario table
--   forces.scenario(t)     fills the fields every scenario on the theatre map shares
--   forces.briefing(srcs) / forces.notes(list): the briefing and note pages
--   forces.once, spawn_near, around, on_first_capture, steps_in: helpers for event handlers
--
-- Scale (see engine/core/game.h): about 10 km a hex, half-day turns; a plain hex costs 2 MP,
-- a road side 1. Foot units have 4 MP, horse 8; rail units count hexes of intact track.
--
-- Strengths are game estimates. The sources give almost no unit strengths for April 1920
-- (data/history/oob.csv says "unknown" for every 11th Army division), so the factors below are
-- relative values chosen for play, not figures from a source; docs/history.md says so too.
-- Every name and note is a string key: each scenario's strings/<lang>.lua holds the text.

local M = {}

local function ut(t)
    t.capacity = t.capacity or 0
    t.range = t.range or 0
    return t
end

M.unit_types = {
    -- Red Army (11th Army, Caucasian Front) ------------------------------------------------
    ut{ id = "rifle_div", name = "ut.rifle_div", class = "foot", symbol = "infantry",
        mp = 4, attack = 6, defence = 6, steps = 4, morale = 6 },
    ut{ id = "rifle_bde", name = "ut.rifle_bde", class = "foot", symbol = "infantry",
        mp = 4, attack = 3, defence = 3, steps = 2, morale = 6 },
    ut{ id = "rifle_regt", name = "ut.rifle_regt", class = "foot", symbol = "infantry",
        mp = 4, attack = 2, defence = 2, steps = 2, morale = 6 },
    ut{ id = "cav_div", name = "ut.cav_div", class = "horse", symbol = "cavalry",
        mp = 8, attack = 5, defence = 3, steps = 3, morale = 7 },
    ut{ id = "cav_bde", name = "ut.cav_bde", class = "horse", symbol = "cavalry",
        mp = 8, attack = 3, defence = 2, steps = 2, morale = 7 },
    -- light armored train: field guns and machine guns, carries a landing party
    ut{ id = "armored_train", name = "ut.armored_train", class = "rail",
        symbol = "armored_train", mp = 16, attack = 5, defence = 4, steps = 2, morale = 7,
        capacity = 2, range = 2, repair = true },
    -- heavy armored train: naval guns (account A in docs/history.md)
    ut{ id = "armored_train_heavy", name = "ut.armored_train_heavy", class = "rail",
        symbol = "armored_train", mp = 14, attack = 7, defence = 5, steps = 2, morale = 7,
        capacity = 2, range = 2, repair = true },
    ut{ id = "landing_party", name = "ut.landing_party", class = "foot", symbol = "infantry",
        mp = 4, attack = 2, defence = 2, steps = 1, morale = 8 },
    ut{ id = "naval_infantry", name = "ut.naval_infantry", class = "foot", symbol = "infantry",
        mp = 4, attack = 3, defence = 2, steps = 2, morale = 8 },
    ut{ id = "destroyer", name = "ut.destroyer", class = "ship", symbol = "ship",
        mp = 12, attack = 4, defence = 3, steps = 2, morale = 7, capacity = 2, range = 1 },
    ut{ id = "insurgents", name = "ut.insurgents", class = "foot", symbol = "militia",
        mp = 4, attack = 2, defence = 2, steps = 1, morale = 7, self_supply = true },
    ut{ id = "hq", name = "ut.hq", class = "rail", symbol = "hq",
        mp = 16, attack = 0, defence = 1, steps = 1, morale = 6 },

    -- Azerbaijan Democratic Republic --------------------------------------------------------
    ut{ id = "adr_inf_div", name = "ut.adr_inf_div", class = "foot", symbol = "infantry",
        mp = 4, attack = 4, defence = 5, steps = 3, morale = 4 },
    ut{ id = "adr_inf_regt", name = "ut.adr_inf_regt", class = "foot", symbol = "infantry",
        mp = 4, attack = 2, defence = 3, steps = 2, morale = 4 },
    ut{ id = "adr_cav", name = "ut.adr_cav", class = "horse", symbol = "cavalry",
        mp = 8, attack = 3, defence = 2, steps = 2, morale = 5 },
    -- a post stays at its station; posts and gendarmes are too weak to pin a passing force
    ut{ id = "border_post", name = "ut.border_post", class = "foot", symbol = "infantry",
        mp = 0, attack = 1, defence = 2, steps = 1, morale = 4, no_zoc = true },
    ut{ id = "gendarmerie", name = "ut.gendarmerie", class = "foot", symbol = "militia",
        mp = 4, attack = 1, defence = 1, steps = 1, morale = 3, no_zoc = true },
    ut{ id = "artillery", name = "ut.artillery", class = "foot", symbol = "artillery",
        mp = 2, attack = 4, defence = 1, steps = 1, morale = 5 },
    ut{ id = "gunboat", name = "ut.gunboat", class = "ship", symbol = "ship",
        mp = 8, attack = 3, defence = 2, steps = 1, morale = 4, capacity = 1, range = 1 },
    -- local armed villagers and gachag bands (Sarvan, Ganja): live off the land
    ut{ id = "irregulars", name = "ut.irregulars", class = "foot", symbol = "militia",
        mp = 4, attack = 2, defence = 2, steps = 1, morale = 6, self_supply = true },

    -- Armenia (Karabakh) -----------------------------------------------------------------
    ut{ id = "arm_irregulars", name = "ut.arm_irregulars", class = "foot", symbol = "militia",
        mp = 4, attack = 2, defence = 3, steps = 2, morale = 6, self_supply = true },
    ut{ id = "arm_regulars", name = "ut.arm_regulars", class = "foot", symbol = "infantry",
        mp = 4, attack = 3, defence = 3, steps = 2, morale = 6 },

    -- Georgia ------------------------------------------------------------------------------
    ut{ id = "geo_regulars", name = "ut.geo_regulars", class = "foot", symbol = "infantry",
        mp = 4, attack = 4, defence = 5, steps = 3, morale = 6 },
    ut{ id = "peoples_guard", name = "ut.peoples_guard", class = "foot", symbol = "militia",
        mp = 4, attack = 3, defence = 4, steps = 2, morale = 7 },
    ut{ id = "geo_cav", name = "ut.geo_cav", class = "horse", symbol = "cavalry",
        mp = 8, attack = 3, defence = 2, steps = 2, morale = 6 },
    ut{ id = "geo_armored_train", name = "ut.geo_armored_train", class = "rail",
        symbol = "armored_train", mp = 16, attack = 5, defence = 4, steps = 2, morale = 6,
        range = 2, repair = true },
}

local by_id = {}
for _, t in ipairs(M.unit_types) do by_id[t.id] = t end

-- The listed unit types only, in the given order: a scenario declares just what it uses.
function M.pick(ids)
    local out = {}
    for i, id in ipairs(ids) do
        local t = by_id[id]
        if not t then
            error(("forces.pick: unknown unit type '%s' (entry %d)"):format(tostring(id), i), 2)
        end
        out[#out + 1] = t
    end
    return out
end

-- Sides -------------------------------------------------------------------------------------
M.sides = {
    red     = { id = "red",     name = "side.red",     color = 0xC8102E, playable = true },
    adr     = { id = "adr",     name = "side.adr",     color = 0x0092BC, playable = true },
    armenia = { id = "armenia", name = "side.armenia", color = 0xE8A33D, playable = false },
    georgia = { id = "georgia", name = "side.georgia", color = 0x7A2E8E, playable = false },
    -- the rest of the map in a small scenario: at peace with everyone, so nobody enters it
    rear    = { id = "rear",    name = "side.rear",    color = 0x9A9A9A, playable = false },
}

-- The sides listed, copied. `playable`, when given, lists the sides a person may play; the
-- others are then the computer's alone (default: red and adr playable).
function M.sides_for(ids, playable)
    local can = nil
    if playable then
        can = {}
        for _, id in ipairs(playable) do can[id] = true end
    end
    local out = {}
    for i, id in ipairs(ids) do
        local s = M.sides[id]
        if not s then
            error(("forces.sides_for: unknown side '%s' (entry %d)"):format(tostring(id), i), 2)
        end
        local p = s.playable
        if can then p = can[id] == true end
        out[#out + 1] = { id = s.id, name = s.name, color = s.color, playable = p }
    end
    return out
end

-- Sources: the five seed texts and the pages the history brief cites (docs/history.md).
M.sources = {}
local source_ids = {
    "S0", "S1", "S2", "S3", "S4",
    "GSE", "GSEG", "RAIL", "RUW", "ENW", "AZRA", "VES", "AT", "SOL", "SARV", "TGME",
    "ROOTS", "AND", "GANJA", "GANJARU", "YEV", "TREATY", "OWK", "RED", "ISA", "GEOMIL", "PG",
}
for _, id in ipairs(source_ids) do
    M.sources[id] = { id = id, text = "src." .. id:lower() }
end

function M.sources_for(ids)
    local out = {}
    for i, id in ipairs(ids) do
        local s = M.sources[id]
        if not s then
            error(("forces.sources_for: unknown source '%s' (entry %d)"):format(tostring(id), i), 2)
        end
        out[#out + 1] = { id = s.id, text = s.text }
    end
    return out
end

-- The framings, each attributed, and the game's own neutral wording.
M.perspectives = {
    { label = "persp.soviet.label", text = "persp.soviet.text", attribution = "persp.soviet.attr" },
    { label = "persp.azeri.label", text = "persp.azeri.text", attribution = "persp.azeri.attr" },
    { label = "persp.neutral.label", text = "persp.neutral.text",
      attribution = "persp.neutral.attr" },
}

-- The common frame of a scenario on the shared theatre map: fills the fields every scenario
-- here writes the same way (api 1, the "title"/"desc" keys, the map, the perspectives, the
-- standard rules, the victory draw band) and turns `sources` given as a list of ids into the
-- source entries. Fields the scenario sets itself are kept; `rules` entries are merged.
local default_rules = { stack_limit = 3, rail_mp = 16, rail_cap = 4, supply_range = 6,
                        draw_band = 10 }
function M.scenario(t)
    if t.api == nil then t.api = 1 end
    if t.title == nil then t.title = "title" end
    if t.description == nil then t.description = "desc" end
    if t.map == nil then t.map = "common:caucasus1920.tmj" end
    if t.perspectives == nil then t.perspectives = M.perspectives end
    local rules = t.rules or {}
    for k, v in pairs(default_rules) do
        if rules[k] == nil then rules[k] = v end
    end
    t.rules = rules
    if t.victory == nil then t.victory = { draw_band = rules.draw_band } end
    if type(t.sources) == "table" and type(t.sources[1]) == "string" then
        t.sources = M.sources_for(t.sources)
    end
    return t
end

-- Briefing pages "brief.1" .. "brief.n" (title and text keys), page i citing sources[i]:
-- forces.briefing{ "S1", "S0" }.
function M.briefing(sources)
    local out = {}
    for i, src in ipairs(sources) do
        out[i] = { title = ("brief.%d.title"):format(i), text = ("brief.%d.text"):format(i),
                   source = src }
    end
    return out
end

-- Note pages from { { name, source }, ... }: keys "note.<name>.title" and "note.<name>.text".
function M.notes(list)
    local out = {}
    for i, e in ipairs(list) do
        out[i] = { title = "note." .. e[1] .. ".title", text = "note." .. e[1] .. ".text",
                   source = e[2] }
    end
    return out
end

-- Script helpers (they call the game API, so use them inside event handlers) ------------------

-- True the first time it is called with a name in a game, false afterwards (a scenario
-- variable remembers it, so a saved game keeps it).
function M.once(name)
    if game.var(name, 0) ~= 0 then return false end
    game.set_var(name, 1)
    return true
end

-- Spawn a unit at the first of the given places/hexes that accepts it; nil when none does.
function M.spawn_near(spec, candidates)
    for _, at in ipairs(candidates) do
        spec.at = at
        local ok, u = pcall(unit.spawn, spec)
        if ok then return u end
    end
    return nil
end

-- The hex of a place and its neighbours on the map, as spawn candidates.
function M.around(place)
    local h = game.hex(place)
    local list = { h }
    for _, n in ipairs(hex.neighbors(h)) do list[#list + 1] = n end
    return list
end

-- The first time `side` captures `place`: record the milestone and show the message.
function M.on_first_capture(place, side, milestone, msg)
    on.captured(place, function(ev)
        if ev.side == side and M.once((milestone:gsub("%.", "_"))) then
            game.milestone(milestone, side)
            if msg then game.message(msg) end
        end
    end)
end

-- Count the steps of a side's units in an area (for events that watch a front's strength).
function M.steps_in(area, side)
    local n = 0
    for _, u in ipairs(game.units_in(area)) do
        if u.side == side then n = n + u.steps end
    end
    return n
end

return M
