-- The armored-train dash, 27-28 April 1920: four trains and their landing parties against the
-- ADR border posts at the Samur, Yalama and Khudat, racing down the coastal railway to Baku.
-- Turn 0 is 27 April at dawn; 6 half-day turns end on 29 April at dusk. The trains reached
-- Baku on the morning of 28 April (turn 2) [S0][S1]: matching that wins, every half day later
-- is worth less, and the ADR scores for every station it still holds each turn.

local forces = include("common:forces.lua")

local opt_sarvan = option{ id = "sarvan", name = "opt.sarvan.name", note = "opt.sarvan.note",
                           default = true }
local opt_handover = option{ id = "handover", name = "opt.handover.name",
                             note = "opt.handover.note", default = true }
local opt_echelon = option{ id = "echelon", name = "opt.echelon.name", note = "opt.echelon.note",
                            default = true }

local once, spawn_near = forces.once, forces.spawn_near

on.date({ month = 4, day = 27, half = "dawn" }, function()
    if once("start") then game.message("msg.start") end
    -- Sarvan (Azerbaijani-oriented account only [SARV]): villagers under Gachag Mayil pull up
    -- the rails at Divichi; a repair train has to mend the gap before the line is open.
    if opt_sarvan and once("sarvan_rails") then game.cut_rail("divichi", "adr") end
end)

-- Yalama: the Soviet report of a two-hour fight [SOL]
on.captured("yalama", function(ev)
    if ev.side == "red" and once("yalama") then
        game.milestone("ms.yalama", "red")
        game.message("msg.yalama")
    end
end)

-- Khudat falls: Mehmandarov orders troops north toward Kyzyl-Burun [VES]
on.captured("khudat", function(ev)
    if ev.side ~= "red" or not once("khudat") then return end
    game.milestone("ms.khudat", "red")
    game.message("msg.khudat")
    spawn_near({ id = "adr_kyzyl", name = "unit.adr_kyzyl", side = "adr", type = "adr_inf_regt",
                 steps = 1, tag = "relief" }, { "siyazan", "sumgait", "divichi" })
end)

-- The telegraph wires are cut at every stop [S0]: the ADR posts further down lose heart.
on.captured(nil, function(ev)
    if ev.side ~= "red" then return end
    for _, u in ipairs(game.units("adr")) do
        if u.morale > 2 and rng.roll(3) == 1 then u:set_morale(u.morale - 1) end
    end
end)

-- 27 April, dusk: power passes to the Communists in Baku; the garrison stands down [S0][S1].
on.date({ month = 4, day = 27, half = "dusk" }, function()
    if not opt_handover or not once("handover") then return end
    for _, u in ipairs(game.units("adr")) do
        if u.tag == "baku_garrison" then u:remove() end
    end
    game.set_owner("baku", "red")
    game.set_owner("baladzhary", "red")
    game.message("msg.handover")
    game.milestone("ms.handover", "red")
end)

-- The trains arrive: 30 points on time (turn 2, as in 1920), 10 fewer each half day later.
on.enter("baku_core", function(ev)
    if ev.side ~= "red" or ev.unit.tag ~= "trains" or not once("arrived") then return end
    local t = game.turn()
    game.milestone("ms.trains_baku", "red")
    if t <= 2 then
        game.add_score("red", 30)
        game.message("msg.arrived_history")
    else
        game.add_score("red", math.max(5, 30 - 10 * (t - 2)))
        game.message("msg.arrived_late")
    end
end)

-- Delay: every turn the ADR scores 1 for each station of the line it still holds.
local stations = { "yalama", "khudat", "khachmaz", "divichi", "siyazan", "sumgait" }
on.turn_begin(function(ev)
    if ev.turn == 0 then return end
    local n = 0
    for _, p in ipairs(stations) do
        if game.owner(p) == "adr" then n = n + 1 end
    end
    if n > 0 then game.add_score("adr", n) end
end)

-- forces.scenario fills api, title, description, map, perspectives and the standard rules.
local scenario = forces.scenario{
    start = { year = 1920, month = 4, day = 27, half = "dawn" },
    turns = 6,
    recommended_side = "red",
    difficulty = 1,

    sources = { "S0", "S1", "S2", "GSE", "VES", "AT", "SOL", "SARV", "RAIL", "ENW" },
    briefing = forces.briefing{ "S0", "SOL", "S1" },
    notes = forces.notes{
        { "trains", "AT" }, { "dates", "VES" }, { "sarvan", "SARV" }, { "line", "RAIL" },
        { "strength", "SOL" },
    },

    sides = forces.sides_for({ "red", "adr" }),
    war = { { "red", "adr" } },
    unit_types = forces.pick({ "armored_train", "armored_train_heavy", "landing_party",
                               "rifle_bde", "border_post", "gendarmerie", "adr_cav",
                               "artillery", "adr_inf_regt" }),

    areas = {
        baku_core = { "baku", "baladzhary" },
        border = { "yalama", "khudat" },
        coast = { "yalama", "khudat", "khachmaz", "divichi", "siyazan", "sumgait" },
        line = { "khachmaz", "divichi", "siyazan", "sumgait" },
    },

    units = {
        { id = "at61", name = "unit.at61", side = "red", type = "armored_train",
          at = "belidzhi", tag = "trains" },
        { id = "at55", name = "unit.at55", side = "red", type = "armored_train_heavy",
          at = "belidzhi", tag = "trains" },
        { id = "at209", name = "unit.at209", side = "red", type = "armored_train",
          at = "derbent", tag = "trains" },
        { id = "at65", name = "unit.at65", side = "red", type = "armored_train_heavy",
          at = "derbent", tag = "trains" },
        { id = "land61a", name = "unit.land61a", side = "red", type = "landing_party",
          aboard = "at61", tag = "landing" },
        { id = "land61b", name = "unit.land61b", side = "red", type = "landing_party",
          aboard = "at61", tag = "landing" },
        { id = "land55", name = "unit.land55", side = "red", type = "landing_party",
          aboard = "at55", tag = "landing" },
        -- Yalama force as the Soviet report gives it [SOL]: two companies, gendarmes, a
        -- cavalry squadron and two guns.
        { id = "post_yalama", name = "unit.post_yalama", side = "adr", type = "border_post",
          at = "yalama" },
        { id = "gend_yalama", name = "unit.gend_yalama", side = "adr", type = "gendarmerie",
          at = "yalama" },
        { id = "guns_yalama", name = "unit.guns_yalama", side = "adr", type = "artillery",
          at = "yalama", steps = 1 },
        { id = "sqn_yalama", name = "unit.sqn_yalama", side = "adr", type = "adr_cav",
          at = "khudat", steps = 1 },
        { id = "post_khudat", name = "unit.post_khudat", side = "adr", type = "border_post",
          at = "khudat" },
        { id = "post_khachmaz", name = "unit.post_khachmaz", side = "adr", type = "border_post",
          at = "khachmaz" },
        { id = "regt_bal", name = "unit.regt_bal", side = "adr", type = "adr_inf_regt",
          at = "baladzhary", tag = "baku_garrison" },
        { id = "regt_baku", name = "unit.regt_baku", side = "adr", type = "adr_inf_regt",
          at = "baku", tag = "baku_garrison" },
    },

    reinforcements = {},

    -- Only the coastal corridor is in play: the rest of the map belongs to nobody here.
    owners = { dagestan = "red", rsfsr = "red", yalama = "adr", khudat = "adr",
               khachmaz = "adr", kusary = "adr", kuba = "adr", divichi = "adr", siyazan = "adr",
               sumgait = "adr", baladzhary = "adr", baku = "adr" },
    supply = { red = { "derbent", "belidzhi" }, adr = { "baku" } },

    objectives = {
        { id = "r_border", side = "red", vp = 5, name = "obj.r_border", hold = "border",
          by = { month = 4, day = 27, half = "dusk" } },
        { id = "r_line", side = "red", vp = 10, name = "obj.r_line", hold = "coast" },
        { id = "r_trains", side = "red", vp = 5, name = "obj.r_trains",
          save = { tag = "trains", n = 4 } },
        { id = "a_hold_line", side = "adr", vp = 10, name = "obj.a_hold_line",
          hold_n = { area = "line", n = 2 } },
        { id = "a_border", side = "adr", vp = 5, name = "obj.a_border",
          hold_n = { area = "border", n = 1 }, by = { month = 4, day = 27, half = "dusk" } },
        { id = "a_trains", side = "adr", vp = 10, name = "obj.a_trains", destroy = "landing" },
    },

    ai = {
        red = { objectives = { "baku_core", "coast" }, hold = { "border" } },
        adr = { hold = { "line", "border" } },
    },

    milestones = { "ms.yalama", "ms.khudat", "ms.handover", "ms.trains_baku" },
}

if opt_echelon then
    table.insert(scenario.reinforcements, { id = "bde_echelon", name = "unit.bde_echelon",
        side = "red", type = "rifle_bde", at = "belidzhi",
        date = { month = 4, day = 27, half = "dusk" } })
end

return scenario
