-- hostile fixture: memory concat
local base = include("common:base.lua")
local s = "xxxxxxxx"
while true do s = s .. s end
return base.scenario()
