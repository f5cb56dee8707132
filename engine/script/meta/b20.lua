---@meta b20
-- b20.lua - Lua Language Server definitions of the Baku 1920 scenario API, version 1.
--
-- Not loaded by the game: editors read it for completion, hover help and type checks. Add the
-- folder engine/script/meta to the Lua Language Server's `workspace.library` setting (in VS
-- Code: "Lua.workspace.library"). The contract is docs/scenario-api.md; docs/modding.md teaches
-- it. Keep this file in step with engine/script/lb_api.c.

-- ========================================================================== value types

---A hex in the map's offset coordinates (the column and row the Tiled editor shows), or the id
---of a place on the map ("baku").
---@alias b20.Hex { col: integer, row: integer } | string

---A text: a key of the string tables (strings/<lang>.lua), or a literal text.
---@alias b20.Text string

---@alias b20.Half "dawn"|"dusk"

---A date; `year` defaults to the scenario's start year, `half` to "dawn".
---@class b20.Date
---@field year? integer
---@field month integer
---@field day integer
---@field half? b20.Half

---A hex as the API returns it.
---@class b20.HexOut
---@field col integer
---@field row integer

---A handle to a unit. Fields are read-only; a destroyed unit keeps them readable.
---@class b20.Unit
---@field id integer the unit's number in the game
---@field key string the scenario's id for it
---@field name string
---@field side string side id
---@field type string unit type id
---@field tag string "" when it has none
---@field steps integer 0 once destroyed
---@field morale integer 0..9
---@field hex b20.HexOut
---@field alive boolean
local Unit = {}

---The unit leaves the game (it is not counted as destroyed).
function Unit:remove() end

---@param n integer 0..9
function Unit:set_morale(n) end

---@param n integer steps; 0 destroys the unit
function Unit:set_steps(n) end

-- ========================================================================== the scenario table

---@class b20.SideDecl
---@field id string
---@field name? b20.Text
---@field color? integer 0xRRGGBB
---@field playable? boolean default true

---@class b20.UnitTypeDecl
---@field id string
---@field name? b20.Text
---@field class "foot"|"horse"|"rail"|"ship"
---@field symbol "infantry"|"cavalry"|"armored_train"|"ship"|"militia"|"artillery"|"hq"
---@field mp integer 0..60 movement points (a plain hex costs 2)
---@field attack integer 0..99
---@field defence integer 0..99
---@field steps integer 1..12
---@field morale? integer 0..9, default 5
---@field capacity? integer steps it can carry, 0..12
---@field range? integer fire range 0..4
---@field self_supply? boolean
---@field no_zoc? boolean
---@field repair? boolean

---@class b20.UnitDecl
---@field id string unique among units and reinforcements
---@field name? b20.Text
---@field side string
---@field type string
---@field at? b20.Hex where it stands (or `aboard`)
---@field aboard? string the id of a carrier declared in `units`
---@field steps? integer default full strength
---@field morale? integer default the type's
---@field tag? string for objectives and scripts

---@class b20.ReinforcementDecl: b20.UnitDecl
---@field turn? integer arrives on this turn (or `date`)
---@field date? b20.Date

---@class b20.AreaDisc
---@field center b20.Hex
---@field radius integer 0..20

---@class b20.Condition
---@field hold? string area id: own every hex
---@field hold_n? { area: string, n: integer }
---@field destroy? string a unit tag: none left
---@field save? { tag: string, n?: integer }
---@field all? b20.Condition[]
---@field any? b20.Condition[]

---@class b20.ObjectiveDecl: b20.Condition
---@field id string
---@field side string
---@field vp? integer -1000..1000
---@field name? b20.Text
---@field by? b20.Date judged (and latched) at the end of that turn
---@field sudden? boolean met => the game ends at once

---@class b20.Page
---@field title b20.Text
---@field text b20.Text
---@field source? string a source id

---@class b20.Rules
---@field stack_limit? integer
---@field ship_stack? integer
---@field rail_mp? integer
---@field rail_cap? integer
---@field supply_range? integer
---@field draw_band? integer

---@class b20.AiHints
---@field objectives? string[] area ids, most important first
---@field hold? string[]
---@field avoid? string[]
---@field garrison? string[] kept garrisoned even with no enemy near (a script may raise one)
---@field posture? "normal"|"bold"|"careful" how much risk the computer takes (default "normal")

---What scenario.lua returns.
---@class b20.Scenario
---@field api integer the API version written for (1)
---@field title b20.Text
---@field description? b20.Text
---@field start b20.Date
---@field turns integer half-day turns, 1..1000
---@field map string "map.tmj" or "common:<file>"
---@field recommended_side? string
---@field difficulty? integer 1..5
---@field rules? b20.Rules
---@field sides b20.SideDecl[]
---@field order? string[] play order
---@field war? table[] hostile pairs { "a", "b" [, peace = b20.Date] } (peace: the war ends as that turn begins)
---@field owners? table<string, string|false> map region (or area/place) -> side
---@field unit_types b20.UnitTypeDecl[]
---@field areas? table<string, b20.Hex[]|b20.AreaDisc>
---@field units? b20.UnitDecl[]
---@field reinforcements? b20.ReinforcementDecl[]
---@field supply? table<string, b20.Hex[]>
---@field objectives? b20.ObjectiveDecl[]
---@field victory? { draw_band?: integer }
---@field ai? table<string, b20.AiHints>
---@field milestones? b20.Text[]
---@field sources? { id: string, text: b20.Text }[]
---@field briefing? b20.Page[]
---@field notes? b20.Page[]
---@field perspectives? { label: b20.Text, text: b20.Text, attribution?: b20.Text }[]

-- ========================================================================== globals

---The engine's API version.
---@type integer
api_version = 1

---Runs another Lua file of this scenario's folder (or "common:<file>") and returns its result.
---Only while the scenario loads. Paths: letters, digits, `_ - . /`; no "..", no absolute paths.
---@param path string
---@return any
function include(path) end

---@class b20.OptionDecl
---@field id string
---@field name? b20.Text
---@field note? b20.Text
---@field default boolean|integer
---@field min? integer integer options: the range
---@field max? integer
---@field values? integer[] {min, max}, instead of min/max

---Declares a what-if option and returns the value chosen for this game. Only while loading.
---@param decl b20.OptionDecl
---@return boolean|integer
function option(decl) end

---The text of a key in the current language (then English, then the key itself).
---@param key string
---@return string
function T(key) end

---Like pairs, in a fixed order: numbers ascending, then strings in byte order.
---@generic K, V
---@param t table<K, V>
---@return fun(): K, V
function sorted_pairs(t) end

---Writes a line, with its file and line, to stderr and to the desktop game's event log.
---@param ... any
function print(...) end

-- ========================================================================== game

game = {}

---@return integer turn 0-based
function game.turn() end

---@return { year: integer, month: integer, day: integer, half: b20.Half }
function game.date() end

---@return string side id
function game.active_side() end

---@param side string
---@return integer
function game.score(side) end

---A scenario variable.
---@param name string
---@param default? integer 0 when omitted
---@return integer
function game.var(name, default) end

---@param hex b20.Hex
---@return string|nil side id
function game.owner(hex) end

---@param hex b20.Hex
---@return b20.Unit[]
function game.units_at(hex) end

---@param area string
---@return b20.Unit[]
function game.units_in(area) end

---@param side? string
---@return b20.Unit[]
function game.units(side) end

---@param place string
---@return b20.HexOut
function game.hex(place) end

---@param a string
---@param b string
---@return boolean
function game.at_war(a, b) end

---A message to all players, or to one side.
---@param text b20.Text
---@param side? string
function game.message(text, side) end

---Records a milestone (name, side, turn).
---@param text b20.Text
---@param side? string
function game.milestone(text, side) end

---@param side string
---@param n integer -10000..10000
function game.add_score(side, n) end

---@deprecated use game.add_score (deprecated since API 1)
---@param side string
---@param n integer
function game.add_vp(side, n) end

---@param name string 1..23 bytes
---@param value integer
function game.set_var(name, value) end

---@param hex b20.Hex
---@param side string|nil nil: nobody
function game.set_owner(hex, side) end

---@param a string
---@param b string
---@param war boolean
function game.set_war(a, b, war) end

---Tears up the track in a hex (and blows its rail bridges), as irregulars or a raid would.
---@param hex b20.Hex
---@param side? string who did it (for the event), nil: nobody
function game.cut_rail(hex, side) end

---Mends the track (and bridges) in a hex.
---@param hex b20.Hex
---@param side? string
function game.repair_rail(hex, side) end

---Ends the game now.
---@param winner string|nil nil: a draw
---@param reason b20.Text
function game.end_game(winner, reason) end

---Ends the game now and lets the score decide it, as at the end of the last turn (a peace
---signed before the scenario's last turn, say).
---@param reason b20.Text
function game.decide(reason) end

---Runs the on.trigger(name) handlers now.
---@param name string
---@param data? any
function game.fire(name, data) end

-- ========================================================================== unit, hex, rng

unit = {}

---@class b20.SpawnDecl
---@field id string
---@field name? b20.Text
---@field side string
---@field type string
---@field at b20.Hex
---@field steps? integer
---@field morale? integer
---@field tag? string a tag for objectives and scripts

---Puts a new unit on the map and returns its handle.
---@param decl b20.SpawnDecl
---@return b20.Unit
function unit.spawn(decl) end

hex = {}

---@param a b20.Hex
---@param b b20.Hex
---@return integer
function hex.distance(a, b) end

---The adjacent hexes on the map.
---@param h b20.Hex
---@return b20.HexOut[]
function hex.neighbors(h) end

---@param h b20.Hex
---@param area string
---@return boolean
function hex.in_area(h, area) end

rng = {}

---1..n from the game's seeded script stream.
---@param n integer 1..1000000
---@return integer
function rng.roll(n) end

-- ========================================================================== events

on = {}

---@class b20.EvTurn
---@field turn integer
---@field date { year: integer, month: integer, day: integer, half: b20.Half }

---@class b20.EvPhase
---@field turn integer
---@field side string
---@field phase "move"|"combat"

---@class b20.EvEnter
---@field unit b20.Unit
---@field hex b20.HexOut
---@field side string

---@class b20.EvCaptured
---@field hex b20.HexOut
---@field side string
---@field from string|nil

---@class b20.EvDestroyed
---@field unit b20.Unit
---@field side string
---@field hex b20.HexOut

---@class b20.EvRailCut
---@field hex b20.HexOut
---@field side string|nil

---@class b20.EvAttack
---@field hex b20.HexOut
---@field side string the attacker
---@field defender string
---@field odds string "1:3" .. "6:1"
---@field die integer
---@field result string

---@class b20.EvTrigger
---@field name string
---@field data any

---@param fn fun(ev: b20.EvTurn)
function on.turn_begin(fn) end

---@param fn fun(ev: b20.EvPhase)
function on.phase_begin(fn) end

---Fires once, when the turn of that date begins.
---@param date b20.Date
---@param fn fun(ev: b20.EvTurn)
function on.date(date, fn) end

---@param where string|{ col: integer, row: integer } area id, place id or hex
---@param fn fun(ev: b20.EvEnter)
function on.enter(where, fn) end

---@param where string|{ col: integer, row: integer }|nil|fun(ev: b20.EvCaptured) area, place or hex; or the handler alone (any hex)
---@param fn? fun(ev: b20.EvCaptured)
function on.captured(where, fn) end

---@param fn fun(ev: b20.EvDestroyed)
function on.destroyed(fn) end

---@param fn fun(ev: b20.EvRailCut)
function on.rail_cut(fn) end

---@param fn fun(ev: b20.EvAttack)
function on.attack(fn) end

---@param name string
---@param fn fun(ev: b20.EvTrigger)
function on.trigger(name, fn) end
