-- hostile fixture: dofile etc
dofile("/etc/passwd")
return base.scenario()
