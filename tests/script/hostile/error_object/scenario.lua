-- hostile fixture: error object
local base = include("common:base.lua")
error({ code = 1 })
return base.scenario()
