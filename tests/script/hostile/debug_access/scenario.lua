-- hostile fixture: debug access
debug.sethook()
return base.scenario()
