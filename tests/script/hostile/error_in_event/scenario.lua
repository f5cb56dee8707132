-- hostile fixture: error in event
local base = include("common:base.lua")
on.turn_begin(function() error("boom in a handler") end)
return base.scenario()
