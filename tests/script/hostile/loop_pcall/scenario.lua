-- hostile fixture: loop pcall
local base = include("common:base.lua")
while true do pcall(function() while true do end end) end
return base.scenario()
