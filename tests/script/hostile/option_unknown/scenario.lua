-- hostile fixture: option unknown
local base = include("common:base.lua")
return base.scenario()
