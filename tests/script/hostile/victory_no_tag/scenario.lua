-- hostile fixture: victory no tag
local base = include("common:base.lua")
return base.scenario{ objectives = {
    { id = "o1", side = "red", vp = 5, destroy = "ghosts" },
} }
