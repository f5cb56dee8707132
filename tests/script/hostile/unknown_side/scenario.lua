-- hostile fixture: unknown side
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "g1", side = "green", type = "rifles", at = "village" },
} }
