-- hostile fixture: handle write
local base = include("common:base.lua")
on.turn_begin(function()
    local u = game.units("red")[1]
    u.steps = 99
end)
return base.scenario()
