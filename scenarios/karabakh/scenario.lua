-- The Karabakh dilemma, 27 April - 2 May 1920 (ADR side recommended).
--
-- The ADR's main field forces stood in Karabakh against the Armenian forces of General Dro
-- when the Red Army crossed the Samur [S0][VES]. Baku called for troops [VES]; sending them
-- meant weakening the line at Shusha, Askeran and Khankendi. The player decides. Turn 0 is
-- 27 April at dawn; 12 half-day turns end on 2 May at dusk.

local forces = include("common:forces.lua")
local once, spawn_near, around = forces.once, forces.spawn_near, forces.around

local opt_handover = option{ id = "handover", name = "opt.handover.name",
                             note = "opt.handover.note", default = true }
local opt_dro = option{ id = "dro", name = "opt.dro.name", note = "opt.dro.note",
                        default = true }
local opt_truce = option{ id = "truce", name = "opt.truce.name", note = "opt.truce.note",
                          default = false }

-- The hexes the Armenian forces hold in the hills on 27 April.
local armenian_held = { { col = 18, row = 44 }, { col = 18, row = 43 }, { col = 19, row = 45 } }

on.date({ month = 4, day = 27, half = "dawn" }, function()
    if not once("start") then return end
    for _, h in ipairs(armenian_held) do game.set_owner(h, "armenia") end
    game.message("msg.start")
    if opt_truce then
        game.set_war("adr", "armenia", false)
        game.message("msg.truce")
    end
end)

-- Khudat has fallen (27 April): the War Minister's call for troops reaches the front [VES].
on.date({ month = 4, day = 27, half = "dusk" }, function()
    if once("call") then game.message("msg.call") end
    if opt_handover and once("handover") then
        for _, u in ipairs(game.units("adr")) do
            if u.morale > 1 then u:set_morale(u.morale - 1) end
        end
        game.message("msg.handover")
        game.milestone("ms.handover", "red")
    end
end)

-- Towns the ADR has left empty: once the line is breached, the Armenian villages around them
-- rise and the town passes to the Armenian forces.
local towns = { "shusha", "askeran", "khankendi", "agdam" }
local function empty_of_adr(place)
    for _, u in ipairs(game.units_at(place)) do
        if u.side == "adr" then return false end
    end
    return true
end

on.turn_begin(function(ev)
    if game.var("breach", 0) == 0 then return end
    for _, t in ipairs(towns) do
        if game.owner(t) ~= "armenia" and empty_of_adr(t) then
            game.set_owner(t, "armenia")
            game.message("msg.town_lost")
        end
    end
end)

-- The Armenian forces watch the ADR line: when it thins, they attack.
on.turn_begin(function(ev)
    if ev.turn == 0 or game.var("breach", 0) ~= 0 then return end
    if forces.steps_in("karabakh_zone", "adr") >= 8 then return end
    game.set_var("breach", 1)
    if opt_truce then game.set_war("adr", "armenia", true) end
    spawn_near({ id = "arm_zang2", name = "unit.arm_zang2", side = "armenia",
                 type = "arm_regulars", tag = "armenians" }, around("goris"))
    spawn_near({ id = "arm_vill", name = "unit.arm_vill", side = "armenia",
                 type = "arm_irregulars", tag = "armenians" }, around("khankendi"))
    for _, u in ipairs(game.units("armenia")) do
        if u.morale < 8 then u:set_morale(u.morale + 1) end
    end
    game.message("msg.breach")
    game.milestone("ms.breach", "armenia")
end)

-- Troops from Karabakh reach the main line in time.
on.enter("relief", function(ev)
    if ev.side == "adr" and once("relief") then
        game.milestone("ms.relief", "adr")
        game.message("msg.relief")
    end
end)

-- The Red Army arrives from the east: the cavalry corps on 29 April, infantry on 30 April [S1].
on.date({ month = 4, day = 29, half = "dawn" }, function()
    if once("red_cav") then
        spawn_near({ id = "red_cav1", name = "unit.red_cav1", side = "red", type = "cav_div" },
                   { "hajigabul", "alyat", "kurdamir" })
    end
end)

on.date({ month = 4, day = 30, half = "dawn" }, function()
    if once("red_div") then
        spawn_near({ id = "red_div1", name = "unit.red_div1", side = "red", type = "rifle_div" },
                   { "alyat", "hajigabul" })
    end
end)

on.captured("shusha", function(ev)
    if ev.side == "armenia" then game.message("msg.shusha_lost") end
end)

on.captured("kurdamir", function(ev)
    if ev.side == "red" and once("kurdamir") then
        game.message("msg.kurdamir")
        game.milestone("ms.kurdamir", "red")
    end
end)

local sides = forces.sides_for({ "adr", "armenia", "red", "rear" }, { "adr", "armenia" })

-- forces.scenario fills api, title, description, map, perspectives and the standard rules.
local scenario = forces.scenario{
    start = { year = 1920, month = 4, day = 27, half = "dawn" },
    turns = 12,
    recommended_side = "adr",
    difficulty = 3,
    rules = { rail_cap = 3 },

    sources = { "S0", "S1", "S2", "VES", "TGME", "ROOTS", "AND", "GSE", "AZRA", "YEV", "ENW" },
    briefing = forces.briefing{ "TGME", "VES", "S1", "S0" },
    notes = forces.notes{
        { "march", "TGME" }, { "numbers", "ROOTS" }, { "road", "YEV" }, { "civilians", "ROOTS" },
        { "after", "AND" },
    },

    sides = sides,
    order = { "adr", "armenia", "red", "rear" },
    war = { { "adr", "armenia" }, { "adr", "red" } },
    unit_types = forces.pick({ "adr_inf_div", "adr_inf_regt", "adr_cav", "artillery",
                               "arm_regulars", "arm_irregulars", "cav_div", "rifle_div" }),

    areas = {
        karabakh_towns = { "shusha", "askeran", "khankendi", "agdam" },
        karabakh_zone = { center = "askeran", radius = 3 },
        shusha = { "shusha" },
        askeran = { "askeran" },
        khankendi = { "khankendi" },
        agdam = { "agdam" },
        relief = { "ujar", "kurdamir" },
        kura = { "yevlakh", "kura_yevlakh" },
        lowland = { "barda", "terter", "agdam" },
        zangezur_hold = { "goris" },
        rear_absheron = { center = "baku", radius = 5 },
    },

    units = {
        -- ADR: the Karabakh detachment (Zeynalov; governor-general Sultanov)
        { id = "kar_shusha", name = "unit.kar_shusha", side = "adr", type = "adr_inf_div",
          at = "shusha", tag = "field_army" },
        { id = "art_shusha", name = "unit.art_shusha", side = "adr", type = "artillery",
          at = "shusha", tag = "field_army" },
        { id = "kar_askeran", name = "unit.kar_askeran", side = "adr", type = "adr_inf_regt",
          at = "askeran", tag = "field_army" },
        { id = "cav_sultanov", name = "unit.cav_sultanov", side = "adr", type = "adr_cav",
          at = "askeran", tag = "field_army" },
        { id = "kar_khankendi", name = "unit.kar_khankendi", side = "adr", type = "adr_inf_regt",
          at = "khankendi", tag = "field_army" },
        { id = "cav_karabakh", name = "unit.cav_karabakh", side = "adr", type = "adr_cav",
          at = "agdam", tag = "field_army" },
        { id = "regt_terter", name = "unit.regt_terter", side = "adr", type = "adr_inf_regt",
          at = "terter", tag = "field_army" },
        { id = "regt_yevlakh", name = "unit.regt_yevlakh", side = "adr", type = "adr_inf_regt",
          at = "yevlakh", steps = 1, tag = "field_army" },
        -- Armenia: Dro's forces and the Karabakh Armenian fighters
        { id = "arm_dro", name = "unit.arm_dro", side = "armenia", type = "arm_regulars",
          at = { col = 18, row = 44 }, tag = "armenians" },
        { id = "arm_kar1", name = "unit.arm_kar1", side = "armenia", type = "arm_irregulars",
          at = { col = 18, row = 43 }, tag = "armenians" },
        { id = "arm_kar2", name = "unit.arm_kar2", side = "armenia", type = "arm_irregulars",
          at = { col = 19, row = 45 }, tag = "armenians" },
    },

    -- Georgia, the north and the Absheron peninsula are out of play here (side "rear").
    -- So are the far-off towns of the ADR (Ganja, the north, the Georgian frontier).
    owners = { adr = "adr", akstafa = "rear", armenia = "armenia", dagestan = "rear",
               ganja = "rear", georgia = "rear", karabakh = "adr", khachmaz = "rear",
               kuba = "rear", nakhichevan = "rear", persia = "rear", poili = "rear",
               rear_absheron = "rear", red_bridge = "rear", rsfsr = "rear", shemakha = "rear",
               zakatala = "rear", zangezur = "armenia" },
    supply = { adr = { "yevlakh", "agdam", "shusha" }, armenia = { "goris" },
               red = { "alyat", "hajigabul" } },

    objectives = {
        { id = "a_karabakh", side = "adr", vp = 10, name = "obj.a_karabakh",
          hold_n = { area = "karabakh_towns", n = 3 } },
        { id = "a_shusha", side = "adr", vp = 5, name = "obj.a_shusha", hold = "shusha" },
        { id = "a_relief", side = "adr", vp = 10, name = "obj.a_relief",
          hold_n = { area = "relief", n = 1 }, by = { month = 4, day = 29, half = "dusk" } },
        { id = "a_kura", side = "adr", vp = 10, name = "obj.a_kura", hold = "kura" },
        { id = "a_army", side = "adr", vp = 3, name = "obj.a_army",
          save = { tag = "field_army", n = 6 } },
        { id = "ar_askeran", side = "armenia", vp = 10, name = "obj.ar_askeran",
          hold = "askeran" },
        { id = "ar_khankendi", side = "armenia", vp = 10, name = "obj.ar_khankendi",
          hold = "khankendi" },
        { id = "ar_shusha", side = "armenia", vp = 10, name = "obj.ar_shusha", hold = "shusha" },
        { id = "ar_agdam", side = "armenia", vp = 5, name = "obj.ar_agdam", hold = "agdam" },
        { id = "ar_forces", side = "armenia", vp = 10, name = "obj.ar_forces",
          save = { tag = "armenians", n = 3 } },
        { id = "ar_zangezur", side = "armenia", vp = 5, name = "obj.ar_zangezur",
          hold = "zangezur_hold" },
    },

    ai = {
        adr = { objectives = { "relief" }, hold = { "karabakh_towns", "kura" },
                garrison = { "karabakh_towns", "kura" } },
        -- the towns the Armenian forces take (or the rising gives them) are theirs to hold:
        -- without the hint their units stayed in the hills and one ADR unit marched through
        -- the empty towns on the last turn (docs/ai.md)
        armenia = { objectives = { "khankendi", "askeran", "shusha" }, avoid = { "lowland" },
                    hold = { "karabakh_towns" } },
        red = { objectives = { "relief", "kura" } },
    },

    milestones = { "ms.handover", "ms.breach", "ms.relief", "ms.kurdamir" },
}

if opt_dro then
    table.insert(scenario.units, { id = "arm_zang", name = "unit.arm_zang", side = "armenia",
                                   type = "arm_regulars", at = "goris", tag = "armenians" })
end

return scenario
