-- hostile fixture: on enter unknown
local base = include("common:base.lua")
on.enter("nowhere", function() end)
return base.scenario()
