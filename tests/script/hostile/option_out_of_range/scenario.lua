-- hostile fixture: option out of range
local base = include("common:base.lua")
local x = option{ id = "level", default = 2, min = 1, max = 3 }
return base.scenario()
