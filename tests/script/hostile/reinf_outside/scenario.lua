-- hostile fixture: reinf outside
local base = include("common:base.lua")
return base.scenario{ reinforcements = {
    { id = "late", side = "red", type = "rifles", at = "harbour",
      date = { month = 7, day = 1 } },
} }
