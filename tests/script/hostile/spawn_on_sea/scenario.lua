-- hostile fixture: spawn on sea
local base = include("common:base.lua")
on.turn_begin(function()
    unit.spawn{ id = "s1", side = "red", type = "rifles", at = { col = 0, row = 4 } }
end)
return base.scenario()
