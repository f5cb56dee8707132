-- hostile fixture: returns nothing
local base = include("common:base.lua")
local t = base.scenario()
