-- hostile fixture: io open
local f = io.open("/tmp/b20_hostile_sentinel", "w")
return base.scenario()
