-- hostile fixture: unknown class
local base = include("common:base.lua")
return base.scenario{ unit_types = {
    { id = "zep", class = "air", symbol = "infantry", mp = 4, attack = 1, defence = 1, steps = 1 },
} }
