-- hostile fixture: include escape
local x = include("../outside.lua")
return base.scenario()
