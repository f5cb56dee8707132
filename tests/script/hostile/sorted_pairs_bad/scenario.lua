-- hostile fixture: sorted_pairs over keys that have no order
local base = include("common:base.lua")
for k in sorted_pairs({ [{}] = 1, [{}] = 2 }) do end
return base.scenario()
