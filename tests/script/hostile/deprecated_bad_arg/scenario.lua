-- hostile fixture: a deprecated alias called with a bad argument (the error names the new name)
local base = include("common:base.lua")
on.turn_begin(function() game.add_vp("green", 1) end)
return base.scenario()
