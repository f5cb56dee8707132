-- Tutorial: the first hours on the Samur, 27 April 1920.
--
-- A small corner of the theatre map (Derbent to Khachmaz) and a handful of units teach, one
-- step at a time: selecting a unit, moving, zones of control, rail movement and carrying a
-- landing party, combat, supply and how a scenario is won. Each lesson is a message that
-- appears when the player reaches that point (events: phase_begin, enter, attack, captured,
-- destroyed). Turn 0 is 27 April at dawn; 8 half-day turns.

local forces = include("common:forces.lua")
local once = forces.once

local opt_hints = option{ id = "hints", name = "opt.hints.name", note = "opt.hints.note",
                          default = true }

local function lesson(name, key)
    if opt_hints and once(name) then game.message(key, "red") end
end

-- 1. Selection and movement, then rail: the first movement phase.
on.phase_begin(function(ev)
    if ev.side ~= "red" then return end
    if ev.phase == "move" and ev.turn == 0 then
        lesson("l_welcome", "tut.welcome")
        lesson("l_select", "tut.select")
        lesson("l_move", "tut.move")
        lesson("l_rail", "tut.rail")
    elseif ev.phase == "combat" then
        lesson("l_combat", "tut.combat")
    elseif ev.phase == "move" and ev.turn == 1 then
        lesson("l_landing", "tut.landing")
    elseif ev.phase == "move" and ev.turn == 2 then
        lesson("l_supply", "tut.supply")
    elseif ev.phase == "move" and ev.turn == 5 then
        lesson("l_hurry", "tut.hurry")
    end
end)

-- 2. Zones of control: the first Red unit next to the border posts.
on.enter("border_zone", function(ev)
    if ev.side == "red" then lesson("l_zoc", "tut.zoc") end
end)

-- 3. The armored train reaches the border stations.
on.enter("stations", function(ev)
    if ev.side == "red" and ev.unit.tag == "train" then lesson("l_train", "tut.train") end
end)

-- 4. The result of the first attack.
on.attack(function(ev)
    if ev.side == "red" then lesson("l_result", "tut.result") end
end)

on.destroyed(function(ev)
    if ev.side == "adr" then lesson("l_destroyed", "tut.destroyed") end
    if ev.side == "red" then lesson("l_lost", "tut.lost") end
end)

-- 5. Capturing places and the victory condition.
on.captured("yalama", function(ev)
    if ev.side == "red" then
        lesson("l_captured", "tut.captured")
        game.milestone("ms.yalama", "red")
    end
end)

on.captured("khachmaz", function(ev)
    if ev.side == "red" then lesson("l_victory", "tut.victory") end
end)

-- forces.scenario fills api, title, description, map, perspectives and the standard rules.
return forces.scenario{
    start = { year = 1920, month = 4, day = 27, half = "dawn" },
    turns = 8,
    recommended_side = "red",
    difficulty = 1,
    rules = { rail_cap = 2 },

    sources = { "S0", "S1", "S2", "SOL", "ENW" },
    briefing = {
        { title = "brief.1.title", text = "brief.1.text", source = "S0" },
        { title = "brief.2.title", text = "brief.2.text" },
        { title = "brief.3.title", text = "brief.3.text" },
    },
    notes = forces.notes{
        { "1", "SOL" }, { "2", "S0" },
    },

    -- The lessons speak to the Red player, so the tutorial is played as Red; the computer
    -- plays the border guard.
    sides = forces.sides_for({ "red", "adr" }, { "red" }),
    war = { { "red", "adr" } },
    unit_types = forces.pick({ "rifle_bde", "cav_bde", "armored_train", "landing_party",
                               "border_post", "gendarmerie" }),

    areas = {
        goal = { "yalama", "khudat", "khachmaz" },
        stations = { "yalama", "khudat" },
        border_zone = { center = "yalama", radius = 1 },
    },

    units = {
        { id = "tut_cav", name = "unit.tut_cav", side = "red", type = "cav_bde",
          at = { col = 32, row = 17 } },
        { id = "tut_inf", name = "unit.tut_inf", side = "red", type = "rifle_bde",
          at = "belidzhi" },
        { id = "tut_train", name = "unit.tut_train", side = "red", type = "armored_train",
          at = "derbent", tag = "train" },
        { id = "tut_land", name = "unit.tut_land", side = "red", type = "landing_party",
          aboard = "tut_train" },
        { id = "tut_post1", name = "unit.tut_post1", side = "adr", type = "border_post",
          at = "yalama" },
        { id = "tut_post2", name = "unit.tut_post2", side = "adr", type = "border_post",
          at = "khudat" },
        { id = "tut_gend", name = "unit.tut_gend", side = "adr", type = "gendarmerie",
          at = "khachmaz" },
    },

    owners = { adr = "adr", dagestan = "red", rsfsr = "red" },
    supply = { red = { "derbent" }, adr = { "khachmaz" } },

    objectives = {
        { id = "r_goal", side = "red", vp = 30, name = "obj.r_goal", hold = "goal",
          sudden = true },
        { id = "r_yalama", side = "red", vp = 5, name = "obj.r_yalama", hold = "stations",
          by = { month = 4, day = 28, half = "dawn" } },
        { id = "a_hold", side = "adr", vp = 20, name = "obj.a_hold",
          hold_n = { area = "goal", n = 1 } },
    },

    ai = {
        red = { objectives = { "goal" } },
        adr = { hold = { "goal" } },
    },

    milestones = { "ms.yalama" },
}
