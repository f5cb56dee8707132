-- hostile fixture: collect garbage
collectgarbage("stop")
return base.scenario()
