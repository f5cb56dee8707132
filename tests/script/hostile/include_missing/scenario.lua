-- hostile fixture: include missing
local x = include("nothing_here.lua")
return base.scenario()
