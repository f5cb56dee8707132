-- hostile fixture: poison string mt
local base = include("common:base.lua")
getmetatable("").__index = function() return "pwned" end
return base.scenario()
