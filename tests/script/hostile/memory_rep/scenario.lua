-- hostile fixture: memory rep
local base = include("common:base.lua")
local s = string.rep("x", 1e10)
return base.scenario()
