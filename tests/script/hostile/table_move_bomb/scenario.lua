-- hostile fixture: table move bomb
local base = include("common:base.lua")
table.move({}, 1, 1e12, 1)
return base.scenario()
