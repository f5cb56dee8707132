-- hostile fixture: a bad argument to a wrapped library function still has a file and line
local base = include("common:base.lua")
local s = string.upper()
return base.scenario()
