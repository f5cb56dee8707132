-- hostile fixture: syntax error
local base = include("common:base.lua")
local x = = 1
return base.scenario()
