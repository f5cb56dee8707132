-- hostile fixture: unknown place
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "a1", side = "red", type = "rifles", at = "atlantis" },
} }
