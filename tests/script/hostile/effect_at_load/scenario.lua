-- hostile fixture: effect at load
local base = include("common:base.lua")
game.message("too early")
return base.scenario()
