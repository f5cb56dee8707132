-- hostile fixture: on date outside
local base = include("common:base.lua")
on.date({ month = 12, day = 1 }, function() end)
return base.scenario()
