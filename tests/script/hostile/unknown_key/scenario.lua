-- hostile fixture: unknown key
local base = include("common:base.lua")
return base.scenario{ colour = "red" }
