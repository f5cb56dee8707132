-- hostile fixture: unit on sea
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "r1", side = "red", type = "rifles", at = { col = 0, row = 3 } },
} }
