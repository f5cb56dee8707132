-- hostile fixture: require lib
local x = require("io")
return base.scenario()
