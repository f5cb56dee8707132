-- hostile fixture: loop in event
local base = include("common:base.lua")
on.turn_begin(function()
    local n = 0
    while true do n = n + 1 end
end)
return base.scenario()
