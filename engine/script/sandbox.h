/*
 * sandbox.h - what the script layer's own files share (not part of the public API; callers use
 * script.h): the full struct script, the sandboxed Lua state (memory cap, instruction budget,
 * call depth, text-only chunks, confined include), the bounded string/table library and the
 * scenario API tables (game, unit, hex, rng, on).
 *
 * Depends on Lua 5.4 and the rules core (game.h).
 */
#ifndef B20_SANDBOX_H
#define B20_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <lauxlib.h> /* luaL_Reg */
#include <lua.h>

#include "script.h"

/* ---------------------------------------------------------------- limits (docs/modding.md) */
#define SB_MEM_CAP ((size_t)64 << 20)       /* bytes of Lua heap per scenario */
#define SB_LOAD_BUDGET 20000000L            /* instructions to run scenario.lua and includes */
#define SB_EVENT_BUDGET 5000000L            /* instructions per handler call */
#define SB_HOOK_STEP 1000                   /* count-hook granularity */
#define SB_MAX_DEPTH 200                    /* nested Lua calls */
#define SB_MAX_INCLUDE_DEPTH 16
#define SB_MAX_FILE ((size_t)1 << 20)       /* a Lua or string-table file */
#define SB_MAX_MAP ((size_t)16 << 20)       /* a map file */
#define SB_MAX_STRING ((size_t)16 << 20)    /* a string built by string.rep and friends */
#define SB_MAX_HANDLERS 512
#define SB_MAX_ERRORS 32
#define SB_MAX_CHUNKS 64
#define SB_MAX_PRINTS 200                   /* print lines per entry into Lua */
#define SB_REACT_DEPTH 8                    /* events raised by handlers' own effects */

/* An event a handler can be registered for. */
enum sb_event {
    SBE_TURN_BEGIN,
    SBE_PHASE_BEGIN,
    SBE_DATE,
    SBE_ENTER,
    SBE_CAPTURED,
    SBE_DESTROYED,
    SBE_RAIL_CUT,
    SBE_ATTACK,
    SBE_TRIGGER,
    SBE_COUNT
};

enum sb_filter { SBF_NONE, SBF_PLACE, SBF_AREA, SBF_HEX };

struct sb_handler {
    int event;               /* enum sb_event */
    int ref;                 /* the function, in the registry */
    int filter;              /* enum sb_filter */
    char name[ID_LEN];       /* place/area id, or the trigger name */
    int area;                /* resolved area index */
    struct hex hex;          /* resolved place hex or the given hex */
    int date_turn;           /* SBE_DATE: the turn it fires on */
    int date_y, date_m, date_d, date_half; /* SBE_DATE as written */
    bool fired, disabled;
    char src[DIAG_PATH_LEN]; /* where it was registered */
    int line;
};

/* One text key -> text entry (sorted by key for bsearch). */
struct sb_text {
    char *key, *val;
};

/* A file Lua ran: its short chunk name (as in error messages) and its full path. */
struct sb_chunk {
    char name[128];
    char path[SESSION_PATH_LEN];
};

/* Where each table built during loading was made (for file:line in refusals). */
struct sb_where {
    const void *p;
    int chunk, line;
};

struct script {
    lua_State *L;
    size_t mem, mem_peak;
    bool mem_refused;        /* the allocator said no since the last entry */
    char mem_where[160];     /* "file:line" of the refused allocation */

    long budget, used;       /* instruction budget of the current entry */
    bool in_entry;
    int include_depth;
    int react_depth;

    /* where the scenario lives */
    char dir[SESSION_PATH_LEN];
    char root[SESSION_PATH_LEN]; /* the folder holding dir (and common/) */
    char id[ID_LEN];
    char lang[8];
    uint64_t hash;

    /* loading */
    bool loading;
    struct game *gload;
    const struct option_kv *opts;
    int nopts;
    struct sb_where *where;
    size_t nwhere;           /* open-addressed table of 2^k slots */
    size_t where_used;       /* slots filled; recording stops at 3/4 */
    bool record_where;
    const void *pending[16];  /* tables just built, waiting for the line of their contents */
    int npending;
    bool fine_hook;           /* the count hook runs every instruction (pending tables) */

    /* playing */
    const struct game *g;
    script_apply_fn apply;
    void *apply_ctx;
    uint64_t roll_nlog;
    uint32_t roll_count;

    struct sb_chunk chunks[SB_MAX_CHUNKS];
    int nchunks;

    struct sb_handler *handlers;
    int nhandlers;

    struct diag errors[SB_MAX_ERRORS];
    int nerrors;

    int nprints;             /* print lines in the current entry (capped) */
    char printed[SCRIPT_KEEP_PRINTS][SCRIPT_PRINT_LEN]; /* not yet taken, oldest first */
    int nprinted;

    /* metadata */
    struct sb_text *texts, *texts_en, *lits; /* lits: long literal texts, synthetic keys */
    int ntexts, ntexts_en, nlits;
    struct session_option options[SESSION_MAX_OPTIONS];
    int noptions;
    struct session_page pages[4][SESSION_MAX_PAGES];
    int npages[4];
    char title[TEXT_LEN], description[TEXT_LEN], recommended[ID_LEN];
    int difficulty, turns;
    int api;
};

/* ---------------------------------------------------------------- sandbox.c */
/* Creates the sandboxed state for s (s->L); false when Lua could not start. */
bool sb_open(struct script *s);
void sb_close(struct script *s);
/* Starts an entry into Lua with the given instruction budget (nested entries share it). */
void sb_enter(struct script *s, long budget, bool *outer);
void sb_leave(struct script *s, bool outer);
/* Charges n instructions of C work done on the script's behalf; raises when over budget. */
void sb_charge(lua_State *L, long n);
struct script *sb_script(lua_State *L);
/* Calls the function under nargs arguments with a traceback handler. On error fills d (file,
 * line, message) and returns false; the stack loses the function and its arguments. */
bool sb_pcall(struct script *s, int nargs, int nres, struct diag *d);
/* Loads a scenario file (relative to dir, or "common:<file>") as a text chunk; pushes the
 * function. On refusal fills d and returns false. */
bool sb_load_file(struct script *s, const char *rel, struct diag *d);
/* Reads a scenario file into a malloc'd buffer (content hashed); NULL with d filled. */
char *sb_read_file(struct script *s, const char *rel, size_t max, size_t *len, struct diag *d);
/* The full path a scenario-relative or "common:" path resolves to; false when refused. */
bool sb_full_path(const struct script *s, const char *rel, char *full, size_t flen);
/* Full path and chunk index of a file name as Lua reports it ("examples/scenario.lua"). */
const char *sb_chunk_path(const struct script *s, const char *name);
/* file:line of the nearest Lua function on the stack; false when none. */
bool sb_where_now(lua_State *L, char *path, size_t len, int *line);
/* Where the table at idx was built during loading (path, line), or false. */
bool sb_table_where(struct script *s, int idx, const char **path, int *line);
/* Makes the table at the top of the stack read-only: replaces it with a proxy. */
void sb_freeze(lua_State *L);
/* snprintf that cuts silently (paths and field names are bounded by the diag's buffers). */
void sb_fmt(char *dst, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Records an error raised during play. */
void sb_record_error(struct script *s, const struct diag *d);
/* A message for the game log (print, deprecations). */
void sb_log(struct script *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---------------------------------------------------------------- strings.c */
/* Replaces the pattern functions of the string table at idx (find, match, gmatch, gsub) with
 * versions that charge the instruction budget for every matching step, and wraps the other
 * string, table and utf8 functions so that their C work is charged too. */
void sb_open_strings(lua_State *L, int string_idx, int table_idx, int utf8_idx);

/* ---------------------------------------------------------------- the API (lb_*.c) */
#define LB_UNIT_MT "b20.Unit"

/* A unit handle: index and generation, never a pointer. */
struct lb_unit_ref {
    int id;
    uint16_t gen;
};

/* lb_base.c: installs game, unit, hex, rng, on, option, include, T, sorted_pairs, print and
 * api_version. One lb_open_<table> per file. */
void lb_open_api(lua_State *L);
void lb_open_game(lua_State *L);
void lb_open_unit(lua_State *L);
void lb_open_hex(lua_State *L);
void lb_open_rng(lua_State *L);
void lb_open_on(lua_State *L);

/* lb_event.c: after the game is built, resolves handler filters (places, areas, dates);
 * false with d. */
bool lb_resolve_handlers(struct script *s, const struct game *g, struct diag *d);
/* Runs the on.trigger(name) handlers now with ev.data = the value at data_idx. */
void lb_fire_trigger(struct script *s, const char *name, int data_idx);

/* lb_common.c. Stack effects: push_* push one value; check_* push nothing and raise on a bad
 * argument; lb_apply_cmd raises when the command is refused. */
void lb_push_hex(lua_State *L, struct hex h);
/* Reads a hex (table or place id) at idx against g (NULL: tables only); false with msg. */
bool lb_to_hex(lua_State *L, int idx, const struct game *g, struct hex *out, char *msg,
               size_t msglen);
/* Date arithmetic: the turn of a date (may be out of range), from the game's start. */
int lb_date_turn(const struct game *g, int y, int m, int d, int half);
const struct game *lb_need_game(lua_State *L, const char *what);
void lb_need_loading(lua_State *L, const char *what);
struct hex lb_check_hex(lua_State *L, int idx, const struct game *g);
int lb_check_side(lua_State *L, int idx, const struct game *g);
int lb_opt_side(lua_State *L, int idx, const struct game *g);
int lb_check_area(lua_State *L, int idx, const struct game *g);
/* Raises "<what>: unknown field 'k'" when the table at idx has a key not in keys (NULL-ended). */
void lb_check_fields(lua_State *L, int idx, const char *const *keys, const char *what);
void lb_copy_text(lua_State *L, int idx, char *dst, size_t n, const char *what);
void lb_push_side(lua_State *L, const struct game *g, int side);
void lb_push_date(lua_State *L, const struct game *g, int turn);
void lb_push_unit(lua_State *L, const struct game *g, int id);
/* The unit slot behind the handle at idx (dead units too: *alive tells). */
const struct unit *lb_handle_unit(lua_State *L, int idx, int *id, bool *alive);
/* The id of the live unit behind the handle at idx, or raises. */
int lb_live_unit(lua_State *L, int idx, const char *what);
/* Hands c (origin set to SCRIPT) to the apply callback; raises naming cmd_status_str(). */
void lb_apply_cmd(lua_State *L, struct cmd *c, const char *what);
/* Sets global `name` to a new table of funcs whose missing fields raise. */
void lb_new_api_table(lua_State *L, const char *name, const luaL_Reg *funcs);
/* __index of API tables: "game.x does not exist in API 1". */
int lb_api_index_missing(lua_State *L);
/* table.old becomes a deprecated alias of new_table.new_name (both tables already set as
 * globals): it works the same and logs once, with file and line, which name replaces it. */
void lb_deprecate(lua_State *L, const char *table, const char *old, const char *new_table,
                  const char *new_name, int since);

#define SB_API_VERSION 1

/* Copies src into dst[n], cut to fit (paths are bounded by the diag's buffer). */
static inline void sb_copy(char *dst, size_t n, const char *src)
{
    size_t l = strlen(src);
    if (l >= n)
        l = n - 1;
    memcpy(dst, src, l);
    dst[l] = '\0';
}

#endif
