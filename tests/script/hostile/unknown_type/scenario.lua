-- hostile fixture: unknown type
local base = include("common:base.lua")
return base.scenario{ units = {
    { id = "t1", side = "red", type = "tank", at = "village" },
} }
