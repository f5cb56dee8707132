-- hostile fixture: poison string lib
local base = include("common:base.lua")
string.upper = function() return "pwned" end
return base.scenario()
