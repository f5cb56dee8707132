-- must never be reachable from a fixture via include("../outside.lua")
return 1
