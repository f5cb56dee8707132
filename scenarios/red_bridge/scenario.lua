-- Red Bridge, 3-7 May 1920: the clash on the Georgian-Azerbaijani frontier.
--
-- The sources confirm that Red detachments pushed over the frontier in early May, that
-- Georgia concentrated its forces and counter-attacked, and that the Treaty of Moscow was
-- signed on 7 May [S4][OWK][TREATY]. They give no units, days or places for the fighting. This
-- scenario is therefore a what-if inside those bounds: the places are the ones that mattered
-- on this front (Akstafa, the Poili Kura bridge, Red Bridge on the Khrami, Beyuk-Kyasik), the
-- forces are game estimates, and the treaty ends it. Turn 0 is 3 May at dawn; the treaty ends
-- the game as the ninth half-day turn begins, on 7 May at dawn, and the score decides it.

local forces = include("common:forces.lua")
local once = forces.once

local opt_reserve = option{ id = "red_reserve", name = "opt.red_reserve.name",
                            note = "opt.red_reserve.note", default = false }
local opt_mobilization = option{ id = "mobilization", name = "opt.mobilization.name",
                                 note = "opt.mobilization.note", default = true }
local opt_cadets = option{ id = "cadets", name = "opt.cadets.name", note = "opt.cadets.note",
                           default = true }

on.date({ month = 5, day = 3, half = "dawn" }, function()
    if not once("start") then return end
    game.message("msg.start")
    if opt_cadets then
        -- The failed attack on the Tiflis Military College (night 2/3 May) [S4]
        for _, u in ipairs(game.units("georgia")) do
            if u.morale < 9 then u:set_morale(u.morale + 1) end
        end
        game.message("msg.cadets")
        game.milestone("ms.cadets", "georgia")
    end
end)

on.captured("red_bridge", function(ev)
    if ev.side == "red" then
        game.message("msg.bridge_lost")
        if once("bridge_taken") then game.milestone("ms.bridge_taken", "red") end
    elseif ev.side == "georgia" then
        game.message("msg.bridge_back")
    end
end)

on.captured("poili", function(ev)
    if ev.side == "georgia" and once("poili_geo") then
        game.message("msg.poili")
        game.milestone("ms.poili", "georgia")
    end
end)

-- 7 May: the Treaty of Moscow stops the fighting (the peace itself is dated in `war` below,
-- so the computer knows 6 May at dusk is its last turn of war).
on.date({ month = 5, day = 7, half = "dawn" }, function()
    if not once("treaty") then return end
    game.message("msg.treaty")
    game.milestone("ms.treaty")
    if game.owner("red_bridge") ~= "red" then game.milestone("ms.red_bridge_held", "georgia") end
    game.decide("end.treaty")
end)

local sides = forces.sides_for({ "red", "georgia", "rear" }, { "red", "georgia" })

-- forces.scenario fills api, title, description, map, perspectives and the standard rules.
local scenario = forces.scenario{
    start = { year = 1920, month = 5, day = 3, half = "dawn" },
    turns = 9,
    recommended_side = "georgia",
    difficulty = 2,
    rules = { rail_cap = 3 },

    sources = { "S0", "S1", "S2", "S4", "OWK", "TREATY", "GEOMIL", "PG", "RAIL", "ENW" },
    briefing = forces.briefing{ "S4", "S4", "OWK" },
    notes = forces.notes{
        { "gap", "S4" }, { "forces", "GEOMIL" }, { "places", "RAIL" }, { "treaty", "TREATY" },
        { "later", "OWK" },
    },

    sides = sides,
    war = { { "red", "georgia", peace = { month = 5, day = 7, half = "dawn" } } },
    unit_types = forces.pick({ "rifle_div", "rifle_bde", "cav_div", "armored_train",
                               "geo_regulars", "peoples_guard", "geo_cav",
                               "geo_armored_train" }),

    areas = {
        bridge = { "red_bridge" },
        poili = { "poili" },
        karayazy = { "karayazy" },
        base = { "akstafa", "tovuz" },
        frontier = { center = "red_bridge", radius = 2 },
        tiflis = { "tiflis" },
        front = { center = "poili", radius = 6 },
        hinterland = { center = "tiflis", radius = 5 },
    },

    units = {
        -- Red: an advance group of the 11th Army (composition unknown: game estimate)
        { id = "red_adv", name = "unit.red_adv", side = "red", type = "rifle_div", at = "poili",
          steps = 3, tag = "red" },
        { id = "red_cav", name = "unit.red_cav", side = "red", type = "cav_div",
          at = { col = 8, row = 25 }, tag = "red" },
        { id = "red_bde2", name = "unit.red_bde2", side = "red", type = "rifle_bde",
          at = "akstafa", tag = "red" },
        { id = "red_at", name = "unit.red_at", side = "red", type = "armored_train",
          at = "tovuz", tag = "red" },
        -- Georgia: frontier force, People's Guard, armored train
        { id = "geo_bridge", name = "unit.geo_bridge", side = "georgia", type = "geo_regulars",
          at = "red_bridge", tag = "georgians" },
        { id = "geo_pg1", name = "unit.geo_pg1", side = "georgia", type = "peoples_guard",
          at = "karayazy", tag = "georgians" },
        { id = "geo_at1", name = "unit.geo_at1", side = "georgia", type = "geo_armored_train",
          at = "karayazy", tag = "georgians" },
        { id = "geo_cav1", name = "unit.geo_cav1", side = "georgia", type = "geo_cav",
          at = { col = 5, row = 24 }, tag = "georgians" },
    },

    reinforcements = {},

    -- Soviet Azerbaijan by May; Georgia holds its side of the Khrami, Red Bridge included.
    -- Only the frontier is in play: the rest of the map is out of play (side "rear").
    owners = { adr = "rear", armenia = "rear", dagestan = "rear", karabakh = "rear",
               nakhichevan = "rear", persia = "rear", rsfsr = "rear", zakatala = "rear",
               zangezur = "rear", georgia = "georgia", front = "red",
               hinterland = "georgia", karayazy = "georgia", red_bridge = "georgia" },
    supply = { red = { "ganja", "akstafa" }, georgia = { "tiflis", "karayazy" } },

    objectives = {
        { id = "r_bridge", side = "red", vp = 10, name = "obj.r_bridge", hold = "bridge" },
        { id = "r_karayazy", side = "red", vp = 10, name = "obj.r_karayazy", hold = "karayazy" },
        { id = "r_poili", side = "red", vp = 5, name = "obj.r_poili", hold = "poili" },
        { id = "r_base", side = "red", vp = 5, name = "obj.r_base", hold = "base" },
        { id = "g_bridge", side = "georgia", vp = 10, name = "obj.g_bridge", hold = "bridge" },
        { id = "g_karayazy", side = "georgia", vp = 5, name = "obj.g_karayazy",
          hold = "karayazy" },
        { id = "g_poili", side = "georgia", vp = 10, name = "obj.g_poili", hold = "poili" },
        { id = "g_army", side = "georgia", vp = 5, name = "obj.g_army",
          save = { tag = "georgians", n = 4 } },
    },

    ai = {
        red = { objectives = { "bridge", "karayazy" }, hold = { "poili", "base" },
                avoid = { "tiflis" } },
        -- Georgia concentrated its forces and counter-attacked [S4][OWK]: its computer player
        -- takes risks for the bridge and the towns (played cautiously, it lost to a rush)
        georgia = { objectives = { "bridge", "poili" }, hold = { "karayazy", "tiflis" },
                    posture = "bold" },
    },

    milestones = { "ms.cadets", "ms.bridge_taken", "ms.poili", "ms.treaty",
                   "ms.red_bridge_held" },
}

if opt_mobilization then
    table.insert(scenario.reinforcements, { id = "geo_kv1", name = "unit.geo_kv1",
        side = "georgia", type = "geo_regulars", at = "tiflis",
        date = { month = 5, day = 4, half = "dawn" }, tag = "georgians" })
    table.insert(scenario.reinforcements, { id = "geo_pg2", name = "unit.geo_pg2",
        side = "georgia", type = "peoples_guard", at = "tiflis",
        date = { month = 5, day = 4, half = "dusk" }, tag = "georgians" })
end
if opt_reserve then
    table.insert(scenario.reinforcements, { id = "red_div", name = "unit.red_div",
        side = "red", type = "rifle_div", at = "akstafa",
        date = { month = 5, day = 4, half = "dawn" }, tag = "red" })
end

return scenario
