-- hostile fixture: duplicate unit
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "r1", side = "red", type = "rifles", at = "village" },
    { id = "r1", side = "red", type = "rifles", at = "harbour" },
} }
