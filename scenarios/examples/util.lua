-- scenarios/examples/util.lua - helpers shared by the example's handlers.
-- Loaded with include("util.lua"); a file returns its value like a module.
local M = {}

-- True the first time it is called with a name in this game, false afterwards. The memory
-- is a scenario variable, so it survives saving and loading.
function M.once(name)
    if game.var(name, 0) ~= 0 then return false end
    game.set_var(name, 1)
    return true
end

return M
