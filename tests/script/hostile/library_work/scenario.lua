-- hostile fixture: library work the count hook cannot see (one call, lots of C work)
local base = include("common:base.lua")
local s = ("x"):rep(1 << 23)
for i = 1, 1e6 do s:upper() end
return base.scenario()
