-- hostile fixture: api future
local base = include("common:base.lua")
return base.scenario{ api = 99 }
