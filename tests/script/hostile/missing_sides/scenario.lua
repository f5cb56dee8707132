-- hostile fixture: missing sides
local base = include("common:base.lua")
local t = base.scenario()
t.sides = nil
return t
