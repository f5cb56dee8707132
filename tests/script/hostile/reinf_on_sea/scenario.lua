-- hostile fixture: reinf on sea
local base = include("common:base.lua")
return base.scenario{ reinforcements = {
    { id = "wet", side = "red", type = "rifles", at = { col = 0, row = 2 }, turn = 1 },
} }
