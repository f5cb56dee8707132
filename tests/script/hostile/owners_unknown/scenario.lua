-- hostile fixture: owners unknown
local base = include("common:base.lua")
return base.scenario{ owners = { atlantis = "red" } }
