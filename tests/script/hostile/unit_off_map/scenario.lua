-- hostile fixture: unit off map
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "r1", side = "red", type = "rifles", at = { col = 40, row = 3 } },
} }
