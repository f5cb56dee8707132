-- hostile fixture: memory table
local base = include("common:base.lua")
local t = {}
for i = 1, 1e9 do t[i] = { i } end
return base.scenario()
