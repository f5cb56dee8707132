-- hostile fixture: include absolute
local x = include("/etc/passwd")
return base.scenario()
