-- hostile fixture: wrong type turns
local base = include("common:base.lua")
return base.scenario{ turns = "ten" }
