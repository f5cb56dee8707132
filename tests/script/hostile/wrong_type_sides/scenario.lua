-- hostile fixture: wrong type sides
local base = include("common:base.lua")
return base.scenario{ sides = "red and blue" }
