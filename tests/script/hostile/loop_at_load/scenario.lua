-- hostile fixture: loop at load
local base = include("common:base.lua")
while true do end
return base.scenario()
