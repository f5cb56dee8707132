-- hostile fixture: string dump
local code = string.dump(function() return 1 end)
return base.scenario()
