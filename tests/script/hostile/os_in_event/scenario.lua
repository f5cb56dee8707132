-- hostile fixture: os in event
local base = include("common:base.lua")
on.turn_begin(function() os.remove("/tmp/b20_hostile_sentinel") end)
return base.scenario()
