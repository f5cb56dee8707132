-- hostile fixture: duplicate side
local base = include("common:base.lua")
return base.scenario{ sides = { { id = "red" }, { id = "red" } } }
