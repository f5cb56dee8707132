-- scenarios/examples/scenario.lua - "The Coast Line": a small scenario that shows the
-- scenario API in one place. Read it beside docs/modding.md.
--
-- The map (map.tmj, in this folder) is 10 x 7 hexes: sea on the west edge, a harbour, a
-- railway along row 3 to the town and the depot, two regions "west" and "east".
-- Red lands at the harbour and must take the town by the second evening; Blue holds it
-- with its guard and the townsmen, and a militia reserve that reaches the depot as the
-- landing begins (an option). Red's rifles come ashore on the first evening and the second
-- morning, so the race is Red's; if the town still stands on the second evening, Blue wins
-- unless Red has it by the end and more besides.

-- 1. Shared code -----------------------------------------------------------------------
-- include() runs another Lua file of this folder (or "common:<file>") and returns its value.
local util = include("util.lua")

-- 2. Options ----------------------------------------------------------------------------
-- option{} declares a what-if choice and returns the value chosen for this game (the
-- default unless the player picked another one). Booleans are on/off switches.
local with_reserve = option{ id = "reserve", name = "opt.reserve.name",
                             note = "opt.reserve.note", default = true }
-- Integer options need a range.
local garrison_steps = option{ id = "garrison", name = "opt.garrison.name",
                               note = "opt.garrison.note", default = 3, min = 1, max = 3 }

-- 3. Events -----------------------------------------------------------------------------
-- Handlers run after the command that caused the event. Their effects (messages,
-- milestones, spawns...) become commands too, so a saved game replays without Lua.

on.turn_begin(function(ev)
    if ev.turn == 0 then
        game.message("msg.start")
    end
end)

-- A place id (or an area id) filters the event to those hexes.
on.captured("town", function(ev)
    if ev.side == "red" and util.once("town_taken") then
        game.milestone("ms.town", "red")
        game.add_score("red", 3)
        game.message("msg.town")
    end
end)

-- A date: fires once, at the start of that turn (the first turn's date fires as the game
-- starts, before anyone moves).
on.date({ month = 6, day = 1, half = "dawn" }, function()
    if not with_reserve then return end
    -- A spawn the rules refuse (onto an enemy unit, say) raises an error and disables the
    -- handler, so look first: if Red stands on the depot (a later date, or a landing moved
    -- closer), the reserve stays away.
    for _, u in ipairs(game.units_at("depot")) do
        if u.side ~= "blue" then
            game.message("msg.reserve_lost", "blue")
            return
        end
    end
    local u = unit.spawn{ id = "reserve", name = "unit.reserve", side = "blue",
                          type = "militia", at = "depot" }
    game.message("msg.reserve", "blue")
    game.milestone("ms.reserve", "blue")
    print("reserve arrived: " .. tostring(u))
end)

-- Scenario variables are integers saved with the game.
on.destroyed(function(ev)
    game.set_var("losses_" .. ev.side, game.var("losses_" .. ev.side, 0) + 1)
end)

on.rail_cut(function(ev)
    game.message("msg.rail_cut")
end)

-- Random draws come from the game's seeded script stream: the same seed gives the same
-- rolls, and they never shift the combat dice.
on.phase_begin(function(ev)
    if ev.side == "blue" and ev.phase == "move" and game.turn() >= 1 then
        if rng.roll(6) == 6 then
            game.fire("storm", { turn = game.turn() })
        end
    end
end)

-- Custom triggers: game.fire(name, data) runs the on.trigger handlers of that name.
on.trigger("storm", function(ev)
    game.message("msg.storm")
    game.set_var("storms", game.var("storms", 0) + 1)
end)

-- 4. The scenario table -----------------------------------------------------------------
-- Plain data: the engine checks every field and refuses mistakes with file, line and field.
return {
    api = 1,
    title = "title",                   -- string keys, looked up in strings/<lang>.lua
    description = "desc",
    start = { year = 1920, month = 6, day = 1, half = "dawn" },
    turns = 8,                         -- four days of dawn and dusk turns
    recommended_side = "red",
    difficulty = 1,
    map = "map.tmj",

    sources = { { id = "EX", text = "src.ex" } },
    briefing = { { title = "brief.1.title", text = "brief.1.text", source = "EX" } },

    sides = {
        { id = "red", name = "side.red", color = 0xC8102E, playable = true },
        { id = "blue", name = "side.blue", color = 0x1F5FA8, playable = true },
    },
    war = { { "red", "blue" } },
    owners = { west = "red", east = "blue" },   -- map regions -> sides

    unit_types = {
        { id = "rifles", name = "ut.rifles", class = "foot", symbol = "infantry",
          mp = 4, attack = 4, defence = 4, steps = 3, morale = 6 },
        { id = "horse", name = "ut.horse", class = "horse", symbol = "cavalry",
          mp = 8, attack = 3, defence = 2, steps = 2, morale = 7 },
        { id = "train", name = "ut.train", class = "rail", symbol = "armored_train",
          mp = 16, attack = 4, defence = 3, steps = 2, morale = 7, capacity = 2, range = 2,
          repair = true },
        { id = "militia", name = "ut.militia", class = "foot", symbol = "militia",
          mp = 4, attack = 1, defence = 2, steps = 3, morale = 4, self_supply = true },
    },

    areas = {
        town = { "town" },
        coast = { center = "harbour", radius = 1 },
    },

    units = {
        { id = "horse1", name = "unit.horse1", side = "red", type = "horse", at = "village" },
        { id = "train1", name = "unit.train1", side = "red", type = "train", at = "harbour",
          tag = "train" },
        { id = "sailors", name = "unit.sailors", side = "red", type = "rifles",
          aboard = "train1", steps = 1 },
        { id = "guard", name = "unit.guard", side = "blue", type = "rifles", at = "town",
          steps = garrison_steps, tag = "garrison" },
        -- a position can be given as a place id or as { col = C, row = R } (Tiled's offsets)
        { id = "townsmen", name = "unit.townsmen", side = "blue", type = "rifles",
          at = { col = 6, row = 3 } },
    },

    reinforcements = {
        { id = "rifles1", name = "unit.rifles1", side = "red", type = "rifles", at = "harbour",
          turn = 1 },
        { id = "rifles2", name = "unit.rifles2", side = "red", type = "rifles", at = "harbour",
          turn = 2 },
    },

    supply = { red = { "harbour" }, blue = { "depot" } },

    objectives = {
        { id = "take_town", side = "red", vp = 10, name = "obj.take_town", hold = "town" },
        { id = "keep_guard", side = "blue", vp = 5, name = "obj.keep_guard",
          save = { tag = "garrison", n = 1 } },
        { id = "keep_town", side = "blue", vp = 10, name = "obj.keep_town", hold = "town" },
        -- a dated objective is judged on that turn: met if the condition holds then
        { id = "delay", side = "blue", vp = 25, name = "obj.delay", hold = "town",
          by = { month = 6, day = 2, half = "dusk" } },
        { id = "early", side = "red", vp = 5, name = "obj.early",
          all = { { hold = "town" }, { hold = "coast" } },
          by = { month = 6, day = 2, half = "dusk" } },
    },
    victory = { draw_band = 4 },
    ai = {
        red = { objectives = { "town" }, hold = { "town" } },
        blue = { hold = { "town" } },
    },
    milestones = { "ms.town", "ms.reserve" },
}
