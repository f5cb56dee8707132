-- hostile fixture: gc finalizer
local base = include("common:base.lua")
setmetatable({}, { __gc = function() while true do end end })
return base.scenario()
