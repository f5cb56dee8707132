-- hostile fixture: deep recursion
local base = include("common:base.lua")
local function f(n) return 1 + f(n + 1) end
f(1)
return base.scenario()
