-- hostile fixture: victory no area
local base = include("common:base.lua")
return base.scenario{ objectives = {
    { id = "o1", side = "red", vp = 5, hold = "nowhere" },
} }
