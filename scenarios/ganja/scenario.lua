-- Ganja, May 1920: the revolt of the former ADR garrison against Soviet rule.
--
-- Dates: the sources put the revolt from the night of 25/26 May to 31 May [GANJA][GSEG]; the
-- project brief gives 25 May - 1 June. The game follows the sources: turn 0 is 26 May at dawn
-- and 12 half-day turns end on 31 May at dusk. Both framings are shown: Soviet encyclopedias
-- call it a counter-revolutionary rebellion [GSEG], Azerbaijani historians and present-day
-- English Wikipedia a popular uprising against occupation [S2][GANJA].

local forces = include("common:forces.lua")
local once, spawn_near = forces.once, forces.spawn_near

local opt_villagers = option{ id = "villagers", name = "opt.villagers.name",
                              note = "opt.villagers.note", default = true }
local opt_colonists = option{ id = "colonists", name = "opt.colonists.name",
                              note = "opt.colonists.note", default = true }
local opt_spread = option{ id = "spread", name = "opt.spread.name", note = "opt.spread.note",
                           default = false }

-- The hexes around the city the rebels hold on the first morning.
local rebel_held = { { col = 15, row = 32 }, { col = 15, row = 33 }, { col = 16, row = 31 } }

on.date({ month = 5, day = 26, half = "dawn" }, function()
    if not once("start") then return end
    for _, h in ipairs(rebel_held) do game.set_owner(h, "adr") end
    game.message("msg.start")
    game.milestone("ms.revolt", "adr")
end)

-- Villagers and gachag bands join as the news spreads (27 May) [GANJA].
on.date({ month = 5, day = 27, half = "dawn" }, function()
    if not opt_villagers or not once("villagers") then return end
    spawn_near({ id = "vill_1", name = "unit.vill_1", side = "adr",
                 type = "insurgents", tag = "rebels" },
               { { col = 15, row = 31 }, { col = 14, row = 31 } })
    spawn_near({ id = "vill_2", name = "unit.vill_2", side = "adr",
                 type = "insurgents", tag = "rebels" },
               { { col = 17, row = 31 }, { col = 18, row = 31 } })
    game.message("msg.villagers")
end)

-- 29 May: the assaults on the city fail in the older account [GANJAOLD]; mark the day.
on.date({ month = 5, day = 29, half = "dusk" }, function()
    if game.owner("ganja") == "adr" and once("held29") then
        game.milestone("ms.held29", "adr")
        game.message("msg.held29")
    end
end)

on.captured("ganja", function(ev)
    if ev.side == "red" and once("retaken") then
        game.milestone("ms.retaken", "red")
        game.message("msg.retaken")
    end
end)

-- What-if: the revolt spreads to Shamkhor and the Kazakh district.
on.date({ month = 5, day = 28, half = "dawn" }, function()
    if not opt_spread or not once("spread") then return end
    spawn_near({ id = "spread_1", name = "unit.spread_1", side = "adr",
                 type = "irregulars", tag = "rebels" }, { "shamkhor", "tovuz" })
    spawn_near({ id = "spread_2", name = "unit.spread_2", side = "adr",
                 type = "adr_inf_regt", tag = "rebels" }, { "tovuz", "akstafa" })
    game.message("msg.spread")
end)

local sides = forces.sides_for({ "adr", "red", "rear" })
sides[1].name = "side.rebels"

-- forces.scenario fills api, title, description, map, perspectives and the standard rules.
local scenario = forces.scenario{
    start = { year = 1920, month = 5, day = 26, half = "dawn" },
    turns = 12,
    recommended_side = "adr",
    difficulty = 3,
    rules = { rail_cap = 3 },

    sources = { "S0", "S1", "S2", "GANJA", "GANJARU", "GSEG", "GSE", "ENW" },
    briefing = forces.briefing{ "GANJA", "GANJA", "GSEG" },
    notes = forces.notes{
        { "dates", "GSEG" }, { "numbers", "GANJA" }, { "framing", "S2" }, { "map", "GANJA" },
        { "civilians", "GANJA" },
    },

    sides = sides,
    order = { "adr", "red", "rear" },
    war = { { "adr", "red" } },
    unit_types = forces.pick({ "adr_inf_div", "adr_inf_regt", "adr_cav", "artillery", "irregulars",
                               "insurgents", "rifle_regt", "rifle_div", "cav_bde",
                               "armored_train" }),

    areas = {
        city = { "ganja" },
        outskirts = { center = "ganja", radius = 1 },
        line = { "shamkhor", "yevlakh" },
        front = { center = "ganja", radius = 8 },
    },

    units = {
        -- The rebels: units of the former 1st Infantry Division [GANJA]
        -- The larger account (10,000-12,000 with the villagers, three batteries [GANJA][GSEG]):
        -- the regiment that holds the city counts as a division-size unit.
        { id = "regt3", name = "unit.regt3", side = "adr", type = "adr_inf_div", at = "ganja",
          morale = 7, tag = "rebels" },
        { id = "battery", name = "unit.battery", side = "adr", type = "artillery", at = "ganja",
          morale = 7, tag = "rebels" },
        { id = "sheki_team", name = "unit.sheki_team", side = "adr", type = "adr_cav",
          at = "ganja", steps = 1, morale = 7, tag = "rebels" },
        { id = "commandant", name = "unit.commandant", side = "adr", type = "adr_inf_regt",
          at = { col = 15, row = 32 }, steps = 1, morale = 6, tag = "rebels" },
        { id = "gachag_gambar", name = "unit.gachag_gambar", side = "adr", type = "irregulars",
          at = { col = 15, row = 33 }, tag = "rebels" },
        { id = "sari_alakbar", name = "unit.sari_alakbar", side = "adr", type = "irregulars",
          at = { col = 16, row = 31 }, tag = "rebels" },
        -- Soviet units in and around the city [GANJA]
        { id = "r178", name = "unit.r178", side = "red", type = "rifle_regt",
          at = { col = 17, row = 32 }, morale = 5 },
        { id = "r180", name = "unit.r180", side = "red", type = "rifle_regt",
          at = { col = 17, row = 33 }, morale = 5 },
        { id = "signals", name = "unit.signals", side = "red", type = "rifle_regt",
          at = { col = 16, row = 33 }, steps = 1 },
        { id = "cav40", name = "unit.cav40", side = "red", type = "cav_bde", at = "helenendorf" },
    },

    reinforcements = {
        { id = "div20", name = "unit.div20", side = "red", type = "rifle_div", at = "yevlakh",
          date = { month = 5, day = 27, half = "dawn" } },
        { id = "at_ganja", name = "unit.at_ganja", side = "red", type = "armored_train",
          at = "yevlakh", date = { month = 5, day = 27, half = "dusk" } },
        { id = "r_west", name = "unit.r_west", side = "red", type = "rifle_regt",
          at = "shamkhor", date = { month = 5, day = 28, half = "dawn" } },
        { id = "div_more", name = "unit.div_more", side = "red", type = "rifle_div",
          at = "yevlakh", date = { month = 5, day = 29, half = "dawn" } },
    },

    -- By late May the country is under Soviet control except the city in revolt. Only the
    -- country around Ganja is in play; the rest of the map is out of play (side "rear").
    owners = { adr = "rear", karabakh = "rear", zakatala = "rear", georgia = "rear",
               armenia = "rear", zangezur = "rear", nakhichevan = "rear", dagestan = "rear",
               rsfsr = "rear", persia = "rear", front = "red", ganja = "adr" },

    supply = { adr = { "ganja" }, red = { "yevlakh", "shamkhor" } },

    objectives = {
        { id = "r_city", side = "red", vp = 15, name = "obj.r_city", hold = "city" },
        { id = "r_fast", side = "red", vp = 5, name = "obj.r_fast", hold = "city",
          by = { month = 5, day = 28, half = "dusk" } },
        { id = "a_hold28", side = "adr", vp = 10, name = "obj.a_hold28", hold = "city",
          by = { month = 5, day = 28, half = "dusk" } },
        { id = "a_hold29", side = "adr", vp = 15, name = "obj.a_hold29", hold = "city",
          by = { month = 5, day = 29, half = "dusk" } },
        { id = "a_city", side = "adr", vp = 20, name = "obj.a_city", hold = "city" },
        { id = "a_survive", side = "adr", vp = 5, name = "obj.a_survive",
          save = { tag = "rebels", n = 3 } },
    },

    ai = {
        red = { objectives = { "city", "outskirts" } },
        adr = { objectives = { "city" }, hold = { "city", "outskirts" } },
    },

    milestones = { "ms.revolt", "ms.held29", "ms.retaken" },
}

if opt_colonists then
    table.insert(scenario.units, { id = "helenendorf", name = "unit.helenendorf", side = "red",
                                   type = "insurgents", at = { col = 16, row = 34 } })
end

return scenario
