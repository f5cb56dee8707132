-- hostile fixture: a trigger that fires itself forever
local base = include("common:base.lua")
on.trigger("again", function() game.fire("again") end)
on.turn_begin(function() game.fire("again") end)
return base.scenario()
