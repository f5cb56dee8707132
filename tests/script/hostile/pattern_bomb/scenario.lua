-- hostile fixture: pattern bomb
local base = include("common:base.lua")
local s = string.rep("a", 3000)
local p = string.rep("a-", 30) .. "b"
string.find(s, p)
return base.scenario()
