-- hostile fixture: load string
local f = load("return 1")
return base.scenario()
