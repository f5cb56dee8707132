/*
 * game.h - the whole game state of Baku 1920 and the one door that changes it.
 *
 * The state is flat fixed-size arrays (so a clone is a memcpy and units are referred to by
 * index + generation, never by pointer). Setup functions (game_add_*) build the initial state
 * from a scenario before game_start(); after that every change is a struct cmd passed to
 * game_apply(), which validates it, mutates, draws from the rules RNG if the rule needs it,
 * appends it to the log and reports what happened as events. Same scenario + seed + command
 * log => same game_hash().
 *
 * Scale: about 10 km per hex, turns of half a day (dawn and dusk). Movement points are in
 * half-hexes of open ground: a plain hex costs 2, a road side 1, so a foot unit with 4 MP walks
 * two open hexes (about 20 km) a half day.
 *
 * Returned pointers are borrowed and valid until the next game_apply().
 * Depends on libc only: no SDL, no Lua, no files, no clock, no floats in the rules.
 */
#ifndef B20_GAME_H
#define B20_GAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "hex.h"
#include "rng.h"

/* ====================================================================== limits */
#define MAP_MAX_W 96
#define MAP_MAX_H 96
#define MAP_MAX_HEXES (MAP_MAX_W * MAP_MAX_H)
#define MAX_SIDES 6
#define MAX_UTYPES 32
#define MAX_UNITS 512
#define MAX_PLACES 160
#define MAX_AREAS 64
#define MAX_AREA_HEXES 4096
#define MAX_REINF 256
#define MAX_OBJ 96
#define MAX_OBJ_KIDS 8
#define MAX_HINTS 64
#define MAX_VARS 64
#define MAX_MILESTONES 64
#define MAX_ATTACKERS 8
#define MAX_EVENTS 512
#define ID_LEN 24
#define NAME_LEN 48
#define TEXT_LEN 64
#define NO_UNIT (-1)
#define NO_SIDE (-1)

/* ====================================================================== map */
enum terrain {
    TERRAIN_SEA,
    TERRAIN_LAKE,
    TERRAIN_PLAIN,    /* coastal plain, lowland */
    TERRAIN_STEPPE,
    TERRAIN_FOREST,
    TERRAIN_HILLS,
    TERRAIN_MOUNTAINS,
    TERRAIN_MARSH,
    TERRAIN_CITY,
    TERRAIN_COUNT
};

enum hex_flag {
    HEXF_STATION = 1 << 0,
    HEXF_PORT = 1 << 1,
    HEXF_OILFIELD = 1 << 2,
    HEXF_TOWN = 1 << 3,
    HEXF_RAIL_CUT = 1 << 4, /* the track in this hex is cut: no rail movement into it */
};

struct hexinfo {
    uint8_t terrain; /* enum terrain */
    uint8_t rail;    /* bit d: track leaves toward direction d (see hex.h) */
    uint8_t road;    /* bit d: road leaves toward direction d */
    uint8_t river;   /* bit d: a river runs along side d (kept on both hexes) */
    uint8_t bridge;  /* bit d: a bridge crosses the river on side d */
    uint8_t blown;   /* bit d: that bridge is blown (acts as no bridge, cuts rail across it) */
    uint8_t flags;   /* enum hex_flag */
    int8_t owner;    /* side index or NO_SIDE */
    uint8_t vp;      /* victory points to the owner */
    uint8_t supply_src; /* bit s: a supply source for side s while s or nobody owns it */
    int16_t place;   /* index into places or -1 */
};

/* Sea and lake: ships' water, never owned by a side. */
static inline bool hex_is_water(const struct hexinfo *x)
{
    return x->terrain == TERRAIN_SEA || x->terrain == TERRAIN_LAKE;
}

struct place {
    char id[ID_LEN];
    char name[NAME_LEN];
    char alt[NAME_LEN]; /* modern or other names, "; "-separated */
    struct hex pos;
};

struct area {
    char id[ID_LEN];
    uint16_t first, count; /* into game.area_hexes */
};

/* ====================================================================== sides, units */
enum side_flag {
    SIDE_PLAYABLE = 1 << 0, /* a human may play it; scores count toward victory */
};

struct side {
    char id[ID_LEN];
    char name[NAME_LEN];
    uint32_t color; /* 0xRRGGBB */
    uint8_t flags;
    int32_t score;    /* points from events (hex and objective points are added on top) */
    uint8_t rail_used; /* entrain commands used this turn */
};

enum move_class { MOVE_FOOT, MOVE_HORSE, MOVE_RAIL, MOVE_SHIP, MOVE_CLASS_COUNT };

enum unit_symbol {
    SYM_INFANTRY,
    SYM_CAVALRY,
    SYM_ARMORED_TRAIN,
    SYM_SHIP,
    SYM_MILITIA,
    SYM_ARTILLERY,
    SYM_HQ,
    SYM_COUNT
};

enum utype_flag {
    UTF_SELF_SUPPLY = 1 << 0, /* irregulars and insurgents live off the land */
    UTF_NO_ZOC = 1 << 1,      /* exerts no zone of control */
    UTF_REPAIR = 1 << 2,      /* may repair track in its own or an adjacent rail hex */
};

struct utype {
    char id[ID_LEN];
    char name[NAME_LEN];
    uint8_t move_class; /* enum move_class */
    uint8_t symbol;     /* enum unit_symbol */
    uint8_t mp;         /* movement points per turn */
    uint8_t attack, defence; /* combat factors at full strength */
    uint8_t steps;      /* full strength in steps */
    uint8_t capacity;   /* steps of foot or horse units it can carry */
    uint8_t range;      /* fire range in hexes (trains: along the track; ships: to the coast) */
    uint8_t morale;     /* starting and best morale, 0..9 */
    uint8_t flags;      /* enum utype_flag */
};

enum unit_flag {
    UF_ENTRAINED = 1 << 0, /* travelling by rail */
    UF_ATTACKED = 1 << 1,  /* attacked (or fired) this turn */
    UF_MOVED = 1 << 2,     /* spent movement this turn */
    UF_ROUTED = 1 << 3,    /* broken: cannot attack, defends at half */
};

struct unit {
    uint16_t gen;    /* 0 = free slot; bumped on every reuse */
    uint8_t type;
    int8_t side;
    struct hex pos;
    uint8_t steps;
    uint8_t morale;  /* 0..9 */
    int16_t mp;      /* movement points left */
    uint8_t flags;   /* enum unit_flag */
    uint8_t supply;  /* 0 in supply, n = turns out of supply */
    int16_t carrier; /* unit index carrying this one, or NO_UNIT */
    char key[ID_LEN];  /* the scenario's id for it */
    char name[NAME_LEN];
    char tag[ID_LEN];  /* for objectives and scripts; may be "" */
};

/* A unit as a scenario declares it (initial units, reinforcements, spawns). */
struct unit_spec {
    char key[ID_LEN];
    char name[NAME_LEN];
    char tag[ID_LEN];
    uint8_t type;
    int8_t side;
    struct hex pos;
    uint8_t steps;  /* 0 = full */
    int8_t morale;  /* -1 = the type's */
};

struct reinf {
    struct unit_spec spec;
    int16_t turn;    /* arrives at the start of its side's movement phase on this turn */
    uint8_t done;
};

/* ====================================================================== victory */
enum obj_kind {
    OBJ_HOLD_AREA,   /* side owns every hex of area */
    OBJ_HOLD_N,      /* side owns at least n hexes of area */
    OBJ_DESTROY_TAG, /* no unit tagged `tag` is left */
    OBJ_SAVE_TAG,    /* at least n units tagged `tag` are left */
    OBJ_AND,
    OBJ_OR,
};

enum obj_state { OBJ_PENDING, OBJ_MET, OBJ_FAILED };

struct objective {
    char id[ID_LEN];
    char name[TEXT_LEN]; /* string key for the players; "" = the id */
    uint8_t kind;   /* enum obj_kind */
    int8_t side;    /* who it is for */
    int16_t vp;     /* points when met (only for top-level objectives) */
    int16_t by_turn; /* -1: judged at the end; else judged (and latched) at the end of that turn */
    uint8_t sudden; /* when met, the game ends at once */
    uint8_t top;    /* 1 = scored; 0 = only a part of an AND/OR */
    int16_t area;
    int16_t n;
    char tag[ID_LEN];
    uint8_t nkids;
    int16_t kids[MAX_OBJ_KIDS];
    uint8_t state;  /* enum obj_state, latched for dated objectives */
};

/* objective: take it; hold: keep it; avoid: never enter on purpose; garrison: keep a unit in
 * each valued hex of it even with no enemy in sight (a script may raise one there) */
enum hint_kind { HINT_OBJECTIVE, HINT_HOLD, HINT_AVOID, HINT_GARRISON, HINT_KIND_COUNT };

struct ai_hint {
    int8_t side;
    uint8_t kind;   /* enum hint_kind */
    int16_t area;
    int16_t weight;
};

/* How boldly the computer plays a side (the scenario's `ai.<side>.posture`): normal; bold (its
 * units' danger weighs half as much, a blow at even odds or worse is no danger, and it
 * attacks at a small expected loss, ahead on points or not); careful (it plays as a side
 * ahead on points always does: its losses weigh fully and it attacks only where it pays). */
enum ai_posture { POSTURE_NORMAL, POSTURE_BOLD, POSTURE_CAREFUL, POSTURE_COUNT };

struct milestone {
    char name[TEXT_LEN];
    int8_t side;
    int16_t turn;
};

struct var {
    char name[ID_LEN];
    int32_t value;
};

struct result {
    uint8_t over;
    int8_t winner;   /* side index, NO_SIDE for a draw */
    uint8_t level;   /* 0 draw, 1 marginal, 2 decisive */
    char reason[TEXT_LEN];
};

/* ====================================================================== rules knobs */
struct rules {
    uint8_t stack_limit;   /* land units per hex (carried units do not count) */
    uint8_t ship_stack;    /* ships per hex */
    uint8_t rail_mp;       /* movement points of an entrained unit (1 per rail hex) */
    uint8_t rail_cap;      /* entrain commands per side per turn */
    uint8_t supply_range;  /* foot movement points from the rail/road net to a supplied hex */
    uint8_t draw_band;     /* a lead below this many points is a draw */
};

enum phase { PHASE_MOVE, PHASE_COMBAT };

/* ====================================================================== commands */
enum cmd_kind {
    CMD_NONE,
    /* play */
    CMD_MOVE,       /* unit to `to` along the cheapest legal path */
    CMD_ATTACK,     /* units[] against the hex `to`; value ATTACK_HOLD: no advance after it */
    CMD_ENTRAIN,    /* unit */
    CMD_DETRAIN,    /* unit */
    CMD_EMBARK,     /* unit aboard target (a train or ship with capacity) */
    CMD_DISEMBARK,  /* unit from its carrier onto `to` */
    CMD_CUT_RAIL,   /* unit cuts the track (and blows the bridges) in its hex; from a script:
                       the track in `to`, no unit */
    CMD_REPAIR_RAIL,/* unit repairs the track in `to` (its hex, or adjacent for UTF_REPAIR);
                       from a script: `to`, no unit */
    CMD_END_PHASE,  /* the active side ends its phase */
    /* scenario effects (origin SCRIPT) */
    CMD_SPAWN,      /* a unit: utype, side, to, value = steps (0 full), text = name, text2 = key,
                       tag = tag */
    CMD_REMOVE,     /* unit leaves the game (not destroyed) */
    CMD_SET_OWNER,  /* hex `to` to side `value` (-1 nobody) */
    CMD_SET_MORALE, /* unit morale = value */
    CMD_SET_STEPS,  /* unit steps = value (0 destroys) */
    CMD_ADD_SCORE,  /* side `side` gets value points */
    CMD_END_GAME,   /* winner = value (-1 draw, END_BY_SCORE: decided by the score as at the
                       end of the last turn), text = reason */
    CMD_MILESTONE,  /* text = name, for side `side` */
    CMD_MESSAGE,    /* text = string key for the players, side = addressee (-1 all) */
    CMD_SET_VAR,    /* scenario variable text = value */
    CMD_SET_WAR,    /* sides `side` and `value & 0xff` at war when value >> 8 is 1, else peace */
    CMD_KIND_COUNT
};

#define ATTACK_HOLD 1 /* CMD_ATTACK value: the attackers keep their hexes if the blow empties the
                       * target (0: the first adjacent attacker able advances into it) */
#define END_BY_SCORE (-2) /* CMD_END_GAME: the score decides the winner */

enum cmd_origin { ORIGIN_PLAYER, ORIGIN_AI, ORIGIN_SCRIPT };

struct cmd {
    uint8_t kind;    /* enum cmd_kind */
    uint8_t origin;  /* enum cmd_origin */
    int8_t side;     /* who issues it (play commands: must be the active side) */
    uint8_t utype;
    int16_t unit;
    int16_t target;
    struct hex to;
    int32_t value;
    uint8_t nunits;
    int16_t units[MAX_ATTACKERS];
    char text[TEXT_LEN];
    char text2[ID_LEN];
    char tag[ID_LEN];
};

enum cmd_status {
    CMD_OK,
    CMD_ERR_GAME_OVER,
    CMD_ERR_BAD_KIND,
    CMD_ERR_NOT_YOUR_TURN,
    CMD_ERR_WRONG_PHASE,
    CMD_ERR_NO_UNIT,
    CMD_ERR_NOT_YOUR_UNIT,
    CMD_ERR_OFF_MAP,
    CMD_ERR_NO_PATH,
    CMD_ERR_NO_MOVES,
    CMD_ERR_ZOC,
    CMD_ERR_STACKING,
    CMD_ERR_ENEMY_HEX,
    CMD_ERR_NEUTRAL,
    CMD_ERR_IMPASSABLE,
    CMD_ERR_NO_RAIL,
    CMD_ERR_RAIL_CUT,
    CMD_ERR_NOT_STATION,
    CMD_ERR_RAIL_CAPACITY,
    CMD_ERR_ENTRAINED,
    CMD_ERR_NOT_ENTRAINED,
    CMD_ERR_CARRIED,
    CMD_ERR_NOT_CARRIED,
    CMD_ERR_NO_CAPACITY,
    CMD_ERR_NOT_CARRIER,
    CMD_ERR_CARRIER_FAR,
    CMD_ERR_CANT_CARRY,
    CMD_ERR_NO_TARGET,
    CMD_ERR_NOT_ADJACENT,
    CMD_ERR_ALREADY_ATTACKED,
    CMD_ERR_ROUTED,
    CMD_ERR_NOT_CUT,
    CMD_ERR_ALREADY_CUT,
    CMD_ERR_BAD_VALUE,
    CMD_ERR_BAD_SIDE,
    CMD_ERR_BAD_TYPE,
    CMD_ERR_TOO_MANY,
    CMD_ERR_ORIGIN,
    CMD_STATUS_COUNT
};

/* ====================================================================== events */
enum event_kind {
    EV_MOVED,       /* unit from -> to (whole move), a = cost */
    EV_ENTERED,     /* unit entered hex `to` (one per hex along a move) */
    EV_CAPTURED,    /* hex `to` passed from side2 to side */
    EV_ATTACK,      /* side attacked hex `to`: a = odds column, b = die, text = result code */
    EV_LOSS,        /* unit lost a steps */
    EV_DESTROYED,   /* unit (side) destroyed */
    EV_RETREAT,     /* unit from -> to */
    EV_ROUTED,      /* unit broke */
    EV_ADVANCE,     /* unit advanced after combat from -> to */
    EV_RAIL_CUT,    /* hex `to` */
    EV_RAIL_REPAIRED,
    EV_ENTRAINED,
    EV_DETRAINED,
    EV_EMBARKED,    /* unit aboard unit2 */
    EV_DISEMBARKED, /* unit from unit2 onto `to` */
    EV_PHASE_BEGAN, /* side, a = phase */
    EV_TURN_BEGAN,  /* a = turn */
    EV_REINFORCED,  /* unit arrived at `to` */
    EV_SUPPLY_LOST, /* unit */
    EV_SUPPLY_RESTORED,
    EV_SPAWNED,
    EV_REMOVED,
    EV_MILESTONE,   /* text, side */
    EV_MESSAGE,     /* text = key, side = addressee */
    EV_SCORE,       /* side, a = points */
    EV_OWNER,       /* hex `to` set to side by a scenario */
    EV_MORALE,      /* unit, a = new morale */
    EV_VAR,         /* text = name, a = value */
    EV_WAR,         /* side, side2, a = 1 war / 0 peace */
    EV_OBJECTIVE,   /* a = objective index, b = new state */
    EV_GAME_OVER,   /* side = winner, a = level, text = reason */
    EV_KIND_COUNT
};

struct event {
    uint8_t kind;
    int8_t side, side2;
    int16_t unit, unit2;
    struct hex from, to;
    int32_t a, b;
    char text[TEXT_LEN];
};

struct events {
    int n;
    int dropped; /* events past MAX_EVENTS, not recorded */
    struct event ev[MAX_EVENTS];
};

/* ====================================================================== the game */
struct game {
    /* scenario */
    char scenario_id[ID_LEN];
    uint64_t scenario_hash; /* content hash of the scenario files, set by the loader */
    uint64_t seed;
    int width, height;       /* in offset columns/rows */
    int km_per_hex;
    int start_year, start_month, start_day, start_half; /* half: 0 dawn, 1 dusk */
    int last_turn;           /* the game ends after this turn (0-based) */

    struct hexinfo hexes[MAP_MAX_HEXES];
    int nplaces;
    struct place places[MAX_PLACES];
    int nareas;
    struct area areas[MAX_AREAS];
    int narea_hexes;
    struct hex area_hexes[MAX_AREA_HEXES];

    int nsides;
    struct side sides[MAX_SIDES];
    uint8_t war[MAX_SIDES][MAX_SIDES]; /* symmetric: 1 = hostile */
    /* a dated peace: the pair's war ends as this turn begins (symmetric; -1: none) */
    int16_t peace_turn[MAX_SIDES][MAX_SIDES];
    int nutypes;
    struct utype utypes[MAX_UTYPES];
    int nunits;              /* slots in use are units[i].gen != 0 && steps > 0 */
    struct unit units[MAX_UNITS];
    int nreinf;
    struct reinf reinf[MAX_REINF];
    int nobj;
    struct objective obj[MAX_OBJ];
    int nhints;
    struct ai_hint hints[MAX_HINTS];
    uint8_t posture[MAX_SIDES]; /* enum ai_posture, per side */
    struct rules rules;

    /* play */
    bool started;
    int turn;                /* 0-based */
    int active;              /* index into order */
    int phase;               /* enum phase */
    int norder;
    int8_t order[MAX_SIDES]; /* side indices in play order */
    struct rng rng;          /* the rules stream */
    int nvars;
    struct var vars[MAX_VARS];
    int nmilestones;
    struct milestone milestones[MAX_MILESTONES];
    struct result result;

    /* the command log (heap, not hashed; game_clone copies it) */
    struct cmd *log;
    size_t nlog, caplog;
    bool no_log;             /* scratch copies for the AI do not log */
};

/* ---------------------------------------------------------------- lifecycle, setup */
struct game *game_new(void);
void game_free(struct game *g);
/* A full copy including the log. */
struct game *game_clone(const struct game *g);
/* Copy the state into dst (which must come from game_new) without the log; dst->no_log set. */
void game_copy_state(struct game *dst, const struct game *src);

bool game_set_map(struct game *g, int width, int height, int km_per_hex, struct diag *d);
bool game_set_dates(struct game *g, int year, int month, int day, int half, int turns,
                    struct diag *d);
/* Each returns the new index, or -1 with d filled. */
int game_add_side(struct game *g, const char *id, const char *name, uint32_t color, uint8_t flags,
                  struct diag *d);
int game_add_utype(struct game *g, const struct utype *t, struct diag *d);
int game_add_unit(struct game *g, const struct unit_spec *s, struct diag *d);
int game_add_place(struct game *g, const char *id, const char *name, const char *alt,
                   struct hex pos, struct diag *d);
int game_add_area(struct game *g, const char *id, const struct hex *hexes, int n, struct diag *d);
int game_add_reinf(struct game *g, const struct unit_spec *s, int turn, struct diag *d);
int game_add_objective(struct game *g, const struct objective *o, struct diag *d);
int game_add_hint(struct game *g, const struct ai_hint *h, struct diag *d);
void game_set_war(struct game *g, int a, int b, bool war);
/* Dates the end of the war between a and b: peace comes as turn `turn` (1..last_turn) begins.
 * False for a bad pair or turn. */
bool game_set_peace(struct game *g, int a, int b, int turn);
/* Seeds the rules RNG, checks the setup, begins turn 0 with the first side's movement phase.
 * `ev` (may be NULL) receives the opening events. */
bool game_start(struct game *g, uint64_t seed, struct events *ev, struct diag *d);

/* ---------------------------------------------------------------- the one door */
enum cmd_status cmd_validate(const struct game *g, const struct cmd *c);
/* Validates and applies. On refusal nothing changes. ev (may be NULL) is cleared then filled. */
enum cmd_status game_apply(struct game *g, const struct cmd *c, struct events *ev);
const char *cmd_status_str(enum cmd_status s);
const char *cmd_kind_name(int kind);
int cmd_kind_from_name(const char *name);
/* One line of text, no newline: "move side=0 unit=3 q=4 r=5". Returns false if it did not fit. */
bool cmd_encode(const struct cmd *c, char *out, size_t outlen);
bool cmd_decode(const char *line, struct cmd *c, char *err, size_t errlen);

/* ---------------------------------------------------------------- queries */
uint64_t game_hash(const struct game *g);
/* Walks every invariant; returns false and says which in d. Used after every apply in tests. */
bool game_check(const struct game *g, struct diag *d);

bool map_contains(const struct game *g, struct hex h);
int map_index(const struct game *g, struct hex h); /* -1 when off the map */
struct hex map_hex_at(const struct game *g, int index);
struct hexinfo *map_at(struct game *g, struct hex h);             /* NULL when off the map */
const struct hexinfo *map_get(const struct game *g, struct hex h); /* NULL when off the map */
/* Sets or clears a river/road/rail/bridge on side dir of h and the matching side of its
 * neighbour. `what` is one of 'r' rail, 'd' road, 'v' river, 'b' bridge. */
void map_set_side(struct game *g, struct hex h, int dir, char what, bool on);
bool map_rail_link(const struct game *g, struct hex h, int dir); /* track both ways, intact */
bool map_road_link(const struct game *g, struct hex h, int dir);
bool map_river_crossing(const struct game *g, struct hex h, int dir); /* river, no intact bridge */
const char *terrain_name(int t);
int terrain_from_name(const char *name); /* -1 when unknown */
const char *move_class_name(int m);
int move_class_from_name(const char *name);
const char *symbol_name(int s);
int symbol_from_name(const char *name);

const struct unit *game_unit(const struct game *g, int id); /* NULL when dead or free */
bool unit_alive(const struct game *g, int id);
const struct utype *unit_type(const struct game *g, int id);
/* Units at h (alive, carried ones included when with_carried); returns count. */
int units_at(const struct game *g, struct hex h, int *out, int max, bool with_carried);
int side_by_id(const struct game *g, const char *id);
int utype_by_id(const struct game *g, const char *id);
int place_by_id(const struct game *g, const char *id);
int area_by_id(const struct game *g, const char *id);
int unit_by_key(const struct game *g, const char *key);
bool area_has(const struct game *g, int area, struct hex h);
/* The hexes of an area a side can own: its land hexes (water is never owned, so holding an area
 * means holding its land). */
int area_land_count(const struct game *g, int area);
bool sides_hostile(const struct game *g, int a, int b);
/* The last turn on which sides a and b, at war now, can still fight each other: the turn before
 * their dated peace still to come, else the game's last turn. */
int game_war_last_turn(const struct game *g, int a, int b);
/* The last turn on which `side` can still fight: the game's last turn, or, once every war it
 * is in has a dated peace still to come, the turn before the latest of them. */
int game_last_war_turn(const struct game *g, int side);
/* The last turn on which anyone can still fight: the latest last turn of war of the sides at
 * war with someone (the game's last turn when no side is). */
int game_last_fight_turn(const struct game *g);
int game_active_side(const struct game *g);
/* Date of a turn: day of month etc. half 0 = dawn, 1 = dusk. */
void game_date(const struct game *g, int turn, int *year, int *month, int *day, int *half);
/* "1920-04-28 dawn" */
void game_date_str(const struct game *g, int turn, char *out, size_t outlen);
/* Score of a side now: owned hex points + event points + met objectives. */
int game_score(const struct game *g, int side);
/* Whether the side's score counts toward victory: the playable sides, or every side when
 * none is playable. */
bool side_competes(const struct game *g, int side);
int game_var(const struct game *g, const char *name, int fallback);
/* Combat factors as the rules count them now; unit_attack_at: the attack the unit would have
 * with `steps` steps left (the AI weighs losses with it). */
int unit_attack_factor(const struct game *g, int id);
int unit_attack_at(const struct game *g, int id, int steps);
int unit_defence_factor(const struct game *g, int id);

/* ---------------------------------------------------------------- movement (move.c) */
struct reach {
    int16_t cost[MAP_MAX_HEXES]; /* -1 unreachable, else cheapest cost */
    int16_t prev[MAP_MAX_HEXES]; /* index of previous hex on the cheapest path, -1 at start */
    uint8_t stop[MAP_MAX_HEXES]; /* 1 = movement ends there (zone of control) */
};
/* Every hex the unit can reach this phase with its movement points (rail units and entrained
 * units along the track only). Returns the number of reachable hexes other than the start. */
int move_reachable(const struct game *g, int unit, struct reach *out);
/* Cheapest legal path to `to` into path (start included); returns its length in hexes, 0 if
 * none. *cost receives the movement points it takes. */
int move_path(const struct game *g, int unit, struct hex to, struct hex *path, int max, int *cost);
/* Cost for a unit of class mc to step from h across side dir (-1 impassable), before ZOC. */
int move_step_cost(const struct game *g, int mc, struct hex h, int dir);
/* Is hex h in the zone of control of a side hostile to `side`? */
bool move_in_enemy_zoc(const struct game *g, int side, struct hex h);
bool unit_exerts_zoc(const struct game *g, int id);
/* Land units of the stack at h counting against the stacking limit. */
int stack_count(const struct game *g, struct hex h, bool ships);

/* ---------------------------------------------------------------- combat (combat.c) */
#define CRT_COLS 9
enum crt_result { CRT_AL2, CRT_AL, CRT_AR, CRT_NE, CRT_EX, CRT_DR, CRT_DL, CRT_DL2, CRT_DE,
                  CRT_COUNT };
struct combat_preview {
    int attack, defence;  /* summed factors */
    int base_col;         /* before shifts */
    int shift_terrain, shift_river, shift_morale, shift_supply, shift_train;
    int col;              /* final column 0..CRT_COLS-1 */
    int results[6];       /* enum crt_result for die 1..6 */
};
extern const char *const crt_col_names[CRT_COLS];
const char *crt_result_name(int r);
/* Validates the attack command like cmd_validate and, if legal, fills p. */
enum cmd_status combat_preview(const struct game *g, const struct cmd *c,
                               struct combat_preview *p);

/* ---------------------------------------------------------------- supply (supply.c) */
/* out[i] = 1 when hex index i is in supply for side. */
void supply_compute(const struct game *g, int side, uint8_t *out);

/* ---------------------------------------------------------------- victory (victory.c) */
/* Evaluates an objective now (ignoring its latch). */
bool objective_met(const struct game *g, int idx);
/* Whether top-level objective idx counts toward its side's score now: a dated one once met,
 * an undated one while met (or once met for good). */
bool objective_scores(const struct game *g, int idx);

#endif
