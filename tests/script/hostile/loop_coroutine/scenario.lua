-- hostile fixture: loop coroutine
local base = include("common:base.lua")
local co = coroutine.wrap(function() while true do end end)
co()
return base.scenario()
