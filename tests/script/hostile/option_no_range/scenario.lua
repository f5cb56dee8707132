-- hostile fixture: option no range
local base = include("common:base.lua")
local x = option{ id = "x", default = 5 }
return base.scenario()
