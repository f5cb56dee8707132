-- hostile fixture: math random
local r = math.random(6)
return base.scenario()
