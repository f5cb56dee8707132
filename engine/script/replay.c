/*
 * replay.c - the historical course of a scenario as a replay (classroom mode).
 *
 * history.lua runs once in a fresh sandbox (text only, instruction budget, memory cap, no
 * game API effects) and returns plain data; it is read with raw table access only, so no
 * script code runs while C copies it out. The replay then plays the scenario's own session:
 * for each step it plays forward to the step's turn (each side's movement phase carries out
 * the standing orders of that side, every phase ends with END_PHASE), applies the step's
 * effects as ORIGIN_SCRIPT commands, adds its orders and, when it has orders, plays the
 * movement of that turn through. Every command it applies is recorded; going back rebuilds a
 * fresh session from those inputs and checks the recorded state hash of the step.
 *
 * Invariant: the session only changes through session_apply(); the inputs recorded up to a
 * step, applied to a fresh session of the same scenario, seed and options, reproduce the
 * step's hash.
 *
 * Depends on the script layer (sandbox.h for loading history.lua), the session and the core.
 */
#include "replay.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "sandbox.h"

#define MAX_ORDERS 128
#define MAX_TEXT 8192
#define MAX_WARN 64
#define NLANG 3

static const char *const langs[NLANG] = {"en", "ru", "az"};

/* ====================================================================== data */
enum fx_kind { FX_DESTROY, FX_REMOVE, FX_OWNER, FX_WAR, FX_SPAWN };
static const char *const fx_names[] = {"destroy", "remove", "owner", "war", "spawn"};

struct fx {
    int kind;
    char unit[ID_LEN];      /* destroy, remove; spawn: the new key */
    char name[NAME_LEN];    /* spawn */
    struct hex hex;         /* owner, spawn */
    int side, side2;        /* owner (NO_SIDE: nobody), war, spawn */
    int utype;              /* spawn */
    int value;              /* war: 1/0; spawn: steps (0 full) */
};

struct order {
    char unit[ID_LEN];
    struct hex to;
    bool rail;
};

struct hstep {
    char id[ID_LEN];
    int line;                /* where the step's table starts in history.lua */
    int turn;
    char *title[NLANG], *text[NLANG];
    char source_ids[160];
    char *sources;
    int nfx, nord;
    struct fx *fx;
    struct order *ord;
    uint64_t hash;
    size_t input_end;
};

struct turn_pos {
    bool set;
    int n;
    struct replay_pos *p;
};

struct replay {
    char dir[SESSION_PATH_LEN];
    char hpath[SESSION_PATH_LEN + 16]; /* dir/history.lua */
    int line;                /* of the step being built, for messages */
    int nopts;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    uint64_t seed;
    char lang[8];
    int li;                  /* index into langs */

    struct session *s;
    int nsteps;
    struct hstep steps[REPLAY_MAX_STEPS];
    int cur;

    /* inputs: every command the replay applied, in order */
    struct cmd *in;
    size_t nin, capin, applied;
    bool building;

    /* building only */
    struct order active[MAX_ORDERS];
    int nactive;
    int ran_turn;
    uint32_t ran_mask;
    struct turn_pos *pos;    /* per turn */
    int npos;

    char *warn[MAX_WARN];
    int nwarn;

    struct events *ev;
    struct reach *reach;
    int32_t *field;
};

static char *dupstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* ====================================================================== loading history.lua */
struct rctx {
    struct script *sc;
    struct replay *r;        /* may be NULL (languages check) */
    const struct game *g;    /* may be NULL (languages check) */
    struct diag *d;
    const char *path;
    bool ok;
    /* languages check */
    const char *want_lang;
    char (*missing)[64];
    int max_missing, nmissing;
};

static bool rfail(struct rctx *c, int idx, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool rfail(struct rctx *c, int idx, const char *field, const char *fmt, ...)
{
    const char *p = c->path;
    int line = 0;
    if (idx)
        sb_table_where(c->sc, idx, &p, &line);
    diag_clear(c->d);
    sb_copy(c->d->path, sizeof c->d->path, p ? p : "");
    c->d->line = line;
    if (field)
        sb_copy(c->d->field, sizeof c->d->field, field);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->d->msg, sizeof c->d->msg, fmt, ap);
    va_end(ap);
    c->ok = false;
    return false;
}

static lua_Integer list_len(lua_State *L, int t)
{
    return (lua_Integer)lua_rawlen(L, t);
}

/* Only the listed keys (strings) or list indices 1..n may appear in the table at t. */
static bool check_keys(struct rctx *c, int t, const char *field, const char *const *allowed,
                       bool list_ok)
{
    lua_State *L = c->sc->L;
    lua_Integer n = list_len(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && lua_isinteger(L, -1)) {
            lua_Integer i = lua_tointeger(L, -1);
            if (list_ok && i >= 1 && i <= n)
                continue;
            lua_pop(L, 1);
            return rfail(c, t, field, "unexpected list entry [%lld]", (long long)i);
        }
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return rfail(c, t, field, "keys must be names");
        }
        const char *k = lua_tostring(L, -1);
        bool found = false;
        for (int i = 0; allowed[i]; i++)
            if (!strcmp(allowed[i], k))
                found = true;
        if (!found) {
            char key[40];
            sb_copy(key, sizeof key, k);
            lua_pop(L, 1);
            return rfail(c, t, field, "unknown field '%s'", key);
        }
    }
    return true;
}

/* Copies the string at idx into out (n bytes); false when it is not a short string. */
static bool get_str(struct rctx *c, int owner, int idx, const char *field, char *out, size_t n)
{
    lua_State *L = c->sc->L;
    if (lua_type(L, idx) != LUA_TSTRING)
        return rfail(c, owner, field, "a string is expected, not %s",
                     lua_typename(L, lua_type(L, idx)));
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    if (len == 0 || len >= n || strlen(s) != len)
        return rfail(c, owner, field, "the text must be 1..%zu bytes without zero bytes", n - 1);
    memcpy(out, s, len + 1);
    return true;
}

static int side_of(const struct game *g, const char *id)
{
    return g ? side_by_id(g, id) : 0;
}

/* A hex at idx: a place id or {col=, row=}. */
static bool get_hex(struct rctx *c, int owner, int idx, const char *field, struct hex *out)
{
    lua_State *L = c->sc->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        char id[ID_LEN];
        if (!get_str(c, owner, idx, field, id, sizeof id))
            return false;
        if (!c->g) {
            *out = (struct hex){0, 0};
            return true;
        }
        int p = place_by_id(c->g, id);
        if (p < 0)
            return rfail(c, owner, field, "unknown place '%s'", id);
        *out = c->g->places[p].pos;
        return true;
    }
    if (lua_type(L, idx) == LUA_TTABLE) {
        static const char *const hk[] = {"col", "row", NULL};
        if (!check_keys(c, idx, field, hk, false))
            return false;
        lua_pushstring(L, "col");
        lua_rawget(L, idx);
        lua_pushstring(L, "row");
        lua_rawget(L, idx);
        if (!lua_isinteger(L, -2) || !lua_isinteger(L, -1)) {
            lua_pop(L, 2);
            return rfail(c, owner, field, "a hex needs whole numbers col and row");
        }
        int col = (int)lua_tointeger(L, -2), row = (int)lua_tointeger(L, -1);
        lua_pop(L, 2);
        *out = hex_from_offset(col, row);
        if (c->g && !map_contains(c->g, *out))
            return rfail(c, owner, field, "hex col=%d row=%d is off the map", col, row);
        return true;
    }
    return rfail(c, owner, field, "a place id or {col=, row=} is expected");
}

static int rawfield(lua_State *L, int t, const char *k)
{
    lua_pushstring(L, k);
    return lua_rawget(L, t);
}

/* title/text: { en = "...", ru = "...", az = "..." } */
static bool get_texts(struct rctx *c, int st, const char *key, const char *field, char **out,
                      const char *step_id)
{
    lua_State *L = c->sc->L;
    int top = lua_gettop(L);
    if (rawfield(L, st, key) != LUA_TTABLE) {
        lua_settop(L, top);
        return rfail(c, st, field, "'%s' must be a table { en = \"...\", ru = ..., az = ... }",
                     key);
    }
    int t = lua_gettop(L);
    static const char *const lk[] = {"en", "ru", "az", NULL};
    if (!check_keys(c, t, field, lk, false)) {
        lua_settop(L, top);
        return false;
    }
    for (int i = 0; i < NLANG; i++) {
        int ty = rawfield(L, t, langs[i]);
        if (ty == LUA_TNIL) {
            lua_pop(L, 1);
            if (i == 0) {
                lua_settop(L, top);
                return rfail(c, st, field, "the English text (en) is required");
            }
            if (c->want_lang && !strcmp(c->want_lang, langs[i]) &&
                c->nmissing < c->max_missing)
                snprintf(c->missing[c->nmissing++], 64, "step.%.24s.%s", step_id, key);
            else if (c->want_lang && !strcmp(c->want_lang, langs[i]))
                c->nmissing++;
            continue;
        }
        size_t len = 0;
        const char *s = ty == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!s || len == 0 || len > MAX_TEXT || strlen(s) != len) {
            lua_settop(L, top);
            return rfail(c, st, field, "%s.%s must be a text of 1..%d bytes", key, langs[i],
                         MAX_TEXT);
        }
        if (out) {
            out[i] = dupstr(s);
            if (!out[i]) {
                lua_settop(L, top);
                return rfail(c, st, field, "out of memory");
            }
        }
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    return true;
}

static bool read_date(struct rctx *c, int st, const char *field, int *turn)
{
    lua_State *L = c->sc->L;
    int top = lua_gettop(L);
    if (rawfield(L, st, "date") != LUA_TTABLE) {
        lua_settop(L, top);
        return rfail(c, st, field, "'date' must be a table { month =, day =, half = }");
    }
    int t = lua_gettop(L);
    static const char *const dk[] = {"year", "month", "day", "half", NULL};
    if (!check_keys(c, t, field, dk, false)) {
        lua_settop(L, top);
        return false;
    }
    int v[3] = {c->g ? c->g->start_year : 1920, 0, 0};
    static const char *const names[] = {"year", "month", "day"};
    for (int i = 0; i < 3; i++) {
        int ty = rawfield(L, t, names[i]);
        if (ty == LUA_TNIL && i == 0) {
            lua_pop(L, 1);
            continue;
        }
        if (!lua_isinteger(L, -1)) {
            lua_settop(L, top);
            return rfail(c, st, field, "date.%s must be a whole number", names[i]);
        }
        v[i] = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31) {
        lua_settop(L, top);
        return rfail(c, st, field, "date %d-%d-%d is not a date", v[0], v[1], v[2]);
    }
    int half = 0;
    int ty = rawfield(L, t, "half");
    if (ty == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "dusk"))
        half = 1;
    else if (!(ty == LUA_TNIL || (ty == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "dawn")))) {
        lua_settop(L, top);
        return rfail(c, st, field, "date.half must be \"dawn\" or \"dusk\"");
    }
    lua_settop(L, top);
    if (!c->g) {
        *turn = 0;
        return true;
    }
    *turn = lb_date_turn(c->g, v[0], v[1], v[2], half);
    if (*turn < 0 || *turn > c->g->last_turn)
        return rfail(c, st, field, "%d-%02d-%02d %s is outside the scenario (turns 0..%d)", v[0],
                     v[1], v[2], half ? "dusk" : "dawn", c->g->last_turn);
    return true;
}

static bool read_fx(struct rctx *c, int e, const char *field, struct fx *fx)
{
    lua_State *L = c->sc->L;
    int top = lua_gettop(L);
    memset(fx, 0, sizeof *fx);
    fx->side = fx->side2 = NO_SIDE;
    if (lua_rawgeti(L, e, 1) != LUA_TSTRING) {
        lua_settop(L, top);
        return rfail(c, e, field, "an effect starts with its kind: destroy, remove, owner, war "
                                  "or spawn");
    }
    const char *k = lua_tostring(L, -1);
    fx->kind = -1;
    for (int i = 0; i < (int)(sizeof fx_names / sizeof fx_names[0]); i++)
        if (!strcmp(k, fx_names[i]))
            fx->kind = i;
    if (fx->kind < 0) {
        char kk[32];
        sb_copy(kk, sizeof kk, k);
        lua_settop(L, top);
        return rfail(c, e, field, "unknown effect '%s' (destroy, remove, owner, war, spawn)", kk);
    }
    lua_settop(L, top);
    bool ok = true;
    char id[ID_LEN];
    switch (fx->kind) {
    case FX_DESTROY:
    case FX_REMOVE: {
        static const char *const ak[] = {NULL};
        if (!check_keys(c, e, field, ak, true))
            return false;
        if (list_len(L, e) != 2)
            return rfail(c, e, field, "{ \"%s\", unit_key } is expected", fx_names[fx->kind]);
        lua_rawgeti(L, e, 2);
        ok = get_str(c, e, -1, field, fx->unit, sizeof fx->unit);
        break;
    }
    case FX_OWNER: {
        static const char *const ak[] = {NULL};
        if (!check_keys(c, e, field, ak, true))
            return false;
        if (list_len(L, e) != 3)
            return rfail(c, e, field, "{ \"owner\", place, side or \"none\" } is expected");
        lua_rawgeti(L, e, 2);
        ok = get_hex(c, e, -1, field, &fx->hex);
        lua_rawgeti(L, e, 3);
        if (ok && (ok = get_str(c, e, -1, field, id, sizeof id)) && strcmp(id, "none")) {
            fx->side = side_of(c->g, id);
            if (fx->side < 0)
                ok = rfail(c, e, field, "unknown side '%s'", id);
        }
        break;
    }
    case FX_WAR: {
        static const char *const ak[] = {NULL};
        if (!check_keys(c, e, field, ak, true))
            return false;
        if (list_len(L, e) != 4)
            return rfail(c, e, field, "{ \"war\", side, side, true|false } is expected");
        for (int i = 0; i < 2 && ok; i++) {
            lua_rawgeti(L, e, 2 + i);
            if ((ok = get_str(c, e, -1, field, id, sizeof id))) {
                int sd = side_of(c->g, id);
                if (sd < 0)
                    ok = rfail(c, e, field, "unknown side '%s'", id);
                *(i ? &fx->side2 : &fx->side) = sd;
            }
            lua_pop(L, 1);
        }
        lua_rawgeti(L, e, 4);
        if (ok && !lua_isboolean(L, -1))
            ok = rfail(c, e, field, "the fourth entry must be true (war) or false (peace)");
        fx->value = lua_toboolean(L, -1);
        break;
    }
    case FX_SPAWN: {
        static const char *const ak[] = {"id", "name", "side", "type", "at", "steps", NULL};
        if (!check_keys(c, e, field, ak, true))
            return false;
        if (list_len(L, e) != 1)
            return rfail(c, e, field, "{ \"spawn\", id =, name =, side =, type =, at = } is "
                                      "expected");
        rawfield(L, e, "id");
        ok = get_str(c, e, -1, field, fx->unit, sizeof fx->unit);
        rawfield(L, e, "name");
        ok = ok && get_str(c, e, -1, field, fx->name, sizeof fx->name);
        rawfield(L, e, "side");
        if (ok && (ok = get_str(c, e, -1, field, id, sizeof id))) {
            fx->side = side_of(c->g, id);
            if (fx->side < 0)
                ok = rfail(c, e, field, "unknown side '%s'", id);
        }
        rawfield(L, e, "type");
        if (ok && (ok = get_str(c, e, -1, field, id, sizeof id))) {
            fx->utype = c->g ? utype_by_id(c->g, id) : 0;
            if (fx->utype < 0)
                ok = rfail(c, e, field, "unknown unit type '%s'", id);
        }
        rawfield(L, e, "at");
        ok = ok && get_hex(c, e, -1, field, &fx->hex);
        int ty = rawfield(L, e, "steps");
        if (ok && ty != LUA_TNIL) {
            if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 9)
                ok = rfail(c, e, field, "steps must be a whole number 1..9");
            else
                fx->value = (int)lua_tointeger(L, -1);
        }
        break;
    }
    }
    lua_settop(L, top);
    return ok;
}

static bool read_order(struct rctx *c, int e, const char *field, struct order *o)
{
    lua_State *L = c->sc->L;
    int top = lua_gettop(L);
    memset(o, 0, sizeof *o);
    static const char *const ok_keys[] = {"rail", NULL};
    if (!check_keys(c, e, field, ok_keys, true))
        return false;
    if (list_len(L, e) != 2)
        return rfail(c, e, field, "an order is { unit_key, place or {col=, row=} [, rail = "
                                  "true] }");
    lua_rawgeti(L, e, 1);
    bool ok = get_str(c, e, -1, field, o->unit, sizeof o->unit);
    lua_rawgeti(L, e, 2);
    ok = ok && get_hex(c, e, -1, field, &o->to);
    int ty = rawfield(L, e, "rail");
    if (ok && ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        ok = rfail(c, e, field, "rail must be true or false");
    o->rail = lua_toboolean(L, -1);
    lua_settop(L, top);
    return ok;
}

static bool read_list(struct rctx *c, int st, const char *key, const char *sid, int *n,
                      void **out, size_t size, bool fx)
{
    lua_State *L = c->sc->L;
    int top = lua_gettop(L);
    int ty = rawfield(L, st, key);
    *n = 0;
    *out = NULL;
    if (ty == LUA_TNIL) {
        lua_settop(L, top);
        return true;
    }
    char field[DIAG_FIELD_LEN];
    snprintf(field, sizeof field, "steps[%s].%s", sid, key);
    if (ty != LUA_TTABLE) {
        lua_settop(L, top);
        return rfail(c, st, field, "'%s' must be a list", key);
    }
    int t = lua_gettop(L);
    static const char *const none[] = {NULL};
    if (!check_keys(c, t, field, none, true)) {
        lua_settop(L, top);
        return false;
    }
    lua_Integer len = list_len(L, t);
    if (len > 256) {
        lua_settop(L, top);
        return rfail(c, t, field, "more than 256 entries");
    }
    char *buf = len ? calloc((size_t)len, size) : NULL;
    if (len && !buf) {
        lua_settop(L, top);
        return rfail(c, t, field, "out of memory");
    }
    for (lua_Integer i = 1; i <= len; i++) {
        snprintf(field, sizeof field, "steps[%s].%s[%lld]", sid, key, (long long)i);
        if (lua_rawgeti(L, t, i) != LUA_TTABLE) {
            free(buf);
            lua_settop(L, top);
            return rfail(c, t, field, "each entry must be a table");
        }
        int e = lua_gettop(L);
        bool ok = fx ? read_fx(c, e, field, (struct fx *)(void *)(buf + (size_t)(i - 1) * size))
                     : read_order(c, e, field,
                                  (struct order *)(void *)(buf + (size_t)(i - 1) * size));
        lua_settop(L, t);
        if (!ok) {
            free(buf);
            lua_settop(L, top);
            return false;
        }
    }
    *n = (int)len;
    *out = buf;
    lua_settop(L, top);
    return true;
}

static bool read_step(struct rctx *c, int st, int index, struct hstep *h)
{
    lua_State *L = c->sc->L;
    char field[DIAG_FIELD_LEN];
    snprintf(field, sizeof field, "steps[%d]", index + 1);
    static const char *const sk[] = {"id", "date", "title", "text", "sources", "effects",
                                     "orders", NULL};
    if (!check_keys(c, st, field, sk, false))
        return false;
    int top = lua_gettop(L);
    rawfield(L, st, "id");
    bool ok = get_str(c, st, -1, field, h->id, sizeof h->id);
    lua_settop(L, top);
    if (!ok)
        return false;
    const char *wp = NULL;
    sb_table_where(c->sc, st, &wp, &h->line);
    snprintf(field, sizeof field, "steps[%s]", h->id);
    if (!read_date(c, st, field, &h->turn))
        return false;
    char f2[DIAG_FIELD_LEN];
    snprintf(f2, sizeof f2, "steps[%s].title", h->id);
    if (!get_texts(c, st, "title", f2, c->r ? h->title : NULL, h->id))
        return false;
    snprintf(f2, sizeof f2, "steps[%s].text", h->id);
    if (!get_texts(c, st, "text", f2, c->r ? h->text : NULL, h->id))
        return false;
    snprintf(f2, sizeof f2, "steps[%s].sources", h->id);
    if (rawfield(L, st, "sources") != LUA_TTABLE || list_len(L, -1) < 1) {
        lua_settop(L, top);
        return rfail(c, st, f2, "'sources' must list at least one source id, e.g. { \"S0\" }");
    }
    int t = lua_gettop(L);
    for (lua_Integer i = 1; i <= list_len(L, t); i++) {
        char id[ID_LEN];
        lua_rawgeti(L, t, i);
        if (!get_str(c, st, -1, f2, id, sizeof id)) {
            lua_settop(L, top);
            return false;
        }
        lua_pop(L, 1);
        size_t n = strlen(h->source_ids);
        if (n + strlen(id) + 3 >= sizeof h->source_ids) {
            lua_settop(L, top);
            return rfail(c, st, f2, "too many sources");
        }
        snprintf(h->source_ids + n, sizeof h->source_ids - n, "%s%s", n ? ", " : "", id);
    }
    lua_settop(L, top);
    snprintf(f2, sizeof f2, "%s", h->id);
    void *p = NULL;
    if (!read_list(c, st, "effects", f2, &h->nfx, &p, sizeof(struct fx), true))
        return false;
    h->fx = p;
    if (!read_list(c, st, "orders", f2, &h->nord, &p, sizeof(struct order), false))
        return false;
    h->ord = p;
    return true;
}

/* Protected: reads the table (arg 2) returned by history.lua into the context (arg 1). */
static int read_history(lua_State *L)
{
    struct rctx *c = lua_touserdata(L, 1);
    int top = 2;
    if (lua_type(L, top) != LUA_TTABLE) {
        rfail(c, 0, NULL, "history.lua must return a table { api = 1, steps = { ... } }");
        return 0;
    }
    static const char *const tk[] = {"api", "scenario", "steps", NULL};
    if (!check_keys(c, top, NULL, tk, false))
        return 0;
    if (rawfield(L, top, "api") != LUA_TNIL &&
        (!lua_isinteger(L, -1) || lua_tointeger(L, -1) != 1)) {
        rfail(c, top, "api", "this engine reads history format api = 1");
        return 0;
    }
    lua_pop(L, 1);
    if (rawfield(L, top, "steps") != LUA_TTABLE) {
        rfail(c, top, "steps", "'steps' must be a list of steps");
        return 0;
    }
    int t = lua_gettop(L);
    static const char *const none[] = {NULL};
    if (!check_keys(c, t, "steps", none, true))
        return 0;
    lua_Integer n = list_len(L, t);
    if (n < 1 || n > REPLAY_MAX_STEPS) {
        rfail(c, t, "steps", "a history has 1..%d steps", REPLAY_MAX_STEPS);
        return 0;
    }
    struct hstep tmp;
    for (lua_Integer i = 1; i <= n; i++) {
        char field[32];
        snprintf(field, sizeof field, "steps[%lld]", (long long)i);
        if (lua_rawgeti(L, t, i) != LUA_TTABLE) {
            rfail(c, t, field, "each step must be a table");
            return 0;
        }
        struct hstep *h = c->r ? &c->r->steps[i - 1] : &tmp;
        memset(&tmp, 0, sizeof tmp);
        if (c->r)
            c->r->nsteps = (int)i; /* so replay_free frees what was read */
        if (!read_step(c, lua_gettop(L), (int)(i - 1), h)) {
            if (!c->r) {
                free(tmp.fx);
                free(tmp.ord);
            }
            return 0;
        }
        if (!c->r) {
            free(tmp.fx);
            free(tmp.ord);
        }
        if (c->r) {
            for (int k = 0; k < i - 1; k++)
                if (!strcmp(c->r->steps[k].id, h->id)) {
                    rfail(c, lua_gettop(L), field, "step id '%s' is used twice", h->id);
                    return 0;
                }
            if (i > 1 && h->turn < c->r->steps[i - 2].turn) {
                rfail(c, lua_gettop(L), field, "step '%s' is dated before the step before it",
                      h->id);
                return 0;
            }
        }
        lua_pop(L, 1);
    }
    c->ok = true;
    return 0;
}

/* Runs dir/history.lua in a fresh sandbox and reads it into c. */
static bool load_history(const char *dir, struct rctx *c)
{
    struct script *sc = script_new();
    if (!sc)
        return diag_set(c->d, dir, 0, NULL, "cannot start Lua");
    c->sc = sc;
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    bool ok = false;
    char path[SESSION_PATH_LEN + 16];
    snprintf(path, sizeof path, "%.*s/%s", (int)dl, dir, REPLAY_HISTORY_FILE);
    c->path = path;
    if (dl == 0 || dl >= sizeof sc->dir) {
        diag_set(c->d, dir, 0, NULL, "the scenario folder path is empty or too long");
        goto done;
    }
    memcpy(sc->dir, dir, dl);
    sc->dir[dl] = '\0';
    const char *slash = strrchr(sc->dir, '/');
    sb_fmt(sc->id, sizeof sc->id, "%.*s", ID_LEN - 1, slash ? slash + 1 : sc->dir);
    if (slash == sc->dir)
        sb_fmt(sc->root, sizeof sc->root, "/");
    else if (slash)
        sb_fmt(sc->root, sizeof sc->root, "%.*s", (int)(slash - sc->dir), sc->dir);
    else
        sb_fmt(sc->root, sizeof sc->root, ".");
    sc->nwhere = (size_t)1 << 14;
    sc->where = calloc(sc->nwhere, sizeof *sc->where);
    if (!sc->where) {
        diag_set(c->d, path, 0, NULL, "out of memory");
        goto done;
    }
    if (!sb_load_file(sc, REPLAY_HISTORY_FILE, c->d))
        goto done;
    bool outer;
    sb_enter(sc, SB_LOAD_BUDGET, &outer);
    sc->record_where = true;
    bool ran = sb_pcall(sc, 0, 1, c->d);
    sc->record_where = false;
    if (ran) {
        lua_pushcfunction(sc->L, read_history);
        lua_insert(sc->L, -2);
        lua_pushlightuserdata(sc->L, c);
        lua_insert(sc->L, -2);
        struct diag perr;
        c->ok = false;
        if (!sb_pcall(sc, 2, 0, &perr)) {
            *c->d = perr;
            c->ok = false;
        }
        ok = c->ok;
    }
    sb_leave(sc, outer);
    if (!ok && !c->d->path[0])
        sb_copy(c->d->path, sizeof c->d->path, path);
done:
    script_free(sc);
    c->sc = NULL;
    return ok;
}

/* ====================================================================== applying */
static void warn(struct replay *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(struct replay *r, const char *fmt, ...)
{
    if (!r->building || r->nwarn >= MAX_WARN)
        return;
    char buf[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    r->warn[r->nwarn] = dupstr(buf);
    if (r->warn[r->nwarn])
        r->nwarn++;
}

/* Applies c through the session and records it as an input. */
static enum cmd_status put(struct replay *r, const struct cmd *c)
{
    enum cmd_status st = session_apply(r->s, c, r->ev);
    if (st != CMD_OK)
        return st;
    if (r->nin == r->capin) {
        size_t cap = r->capin ? r->capin * 2 : 512;
        struct cmd *n = realloc(r->in, cap * sizeof *n);
        if (!n)
            return CMD_ERR_TOO_MANY;
        r->in = n;
        r->capin = cap;
    }
    r->in[r->nin++] = *c;
    r->applied = r->nin;
    return CMD_OK;
}

/* The first live unit with this key, or -1. */
static int unit_of(const struct game *g, const char *key)
{
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (u && !strcmp(u->key, key))
            return i;
    }
    return -1;
}

static void record_positions(struct replay *r)
{
    const struct game *g = session_game(r->s);
    if (g->turn < 0 || g->turn >= r->npos)
        return;
    struct turn_pos *tp = &r->pos[g->turn];
    free(tp->p);
    tp->p = calloc(MAX_UNITS, sizeof *tp->p);
    tp->n = 0;
    tp->set = tp->p != NULL;
    if (!tp->p)
        return;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || !u->key[0])
            continue;
        struct replay_pos *p = &tp->p[tp->n++];
        sb_copy(p->key, sizeof p->key, u->key);
        sb_copy(p->name, sizeof p->name, u->name);
        p->side = u->side;
        p->pos = u->pos;
    }
}

static bool is_last_phase(const struct game *g)
{
    return g->active == g->norder - 1 && g->phase == PHASE_COMBAT;
}

static bool end_phase(struct replay *r, struct diag *d)
{
    const struct game *g = session_game(r->s);
    if (g->result.over)
        return diag_set(d, r->hpath, r->line, NULL,
                        "the game ended at turn %d before the history did (%s)", g->turn,
                        g->result.reason);
    if (is_last_phase(g))
        record_positions(r);
    struct cmd c = {0};
    c.kind = CMD_END_PHASE;
    c.origin = ORIGIN_PLAYER;
    c.side = (int8_t)game_active_side(g);
    enum cmd_status st = put(r, &c);
    if (st != CMD_OK)
        return diag_set(d, r->hpath, r->line, NULL, "ending the phase at turn %d was "
                        "refused: %s", g->turn, cmd_status_str(st));
    return true;
}

/* ---------------------------------------------------------------- the way to a target */
struct heap {
    int n;
    int32_t *key;
    int16_t *idx;
};

static void heap_push(struct heap *h, int32_t key, int16_t idx)
{
    int i = h->n++;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (h->key[p] <= key)
            break;
        h->key[i] = h->key[p];
        h->idx[i] = h->idx[p];
        i = p;
    }
    h->key[i] = key;
    h->idx[i] = idx;
}

static void heap_pop(struct heap *h, int32_t *key, int16_t *idx)
{
    *key = h->key[0];
    *idx = h->idx[0];
    int32_t k = h->key[--h->n];
    int16_t x = h->idx[h->n];
    int i = 0;
    for (;;) {
        int a = 2 * i + 1;
        if (a >= h->n)
            break;
        if (a + 1 < h->n && h->key[a + 1] < h->key[a])
            a++;
        if (h->key[a] >= k)
            break;
        h->key[i] = h->key[a];
        h->idx[i] = h->idx[a];
        i = a;
    }
    h->key[i] = k;
    h->idx[i] = x;
}

/* field[i] = cheapest movement cost from hex i to `to` for class mc, ignoring units; -1 none. */
static void cost_field(const struct game *g, int mc, struct hex to, int32_t *field)
{
    int nh = g->width * g->height;
    for (int i = 0; i < nh; i++)
        field[i] = -1;
    int ti = map_index(g, to);
    if (ti < 0)
        return;
    int opp[HEX_DIRS];
    struct hex o = {0, 0};
    for (int dd = 0; dd < HEX_DIRS; dd++) {
        struct hex n = hex_neighbor(o, dd);
        opp[dd] = (dd + 3) % HEX_DIRS;
        for (int e = 0; e < HEX_DIRS; e++)
            if (hex_eq(hex_neighbor(n, e), o))
                opp[dd] = e;
    }
    struct heap h = {0, malloc(sizeof(int32_t) * (size_t)nh * 7),
                     malloc(sizeof(int16_t) * (size_t)nh * 7)};
    if (!h.key || !h.idx) {
        free(h.key);
        free(h.idx);
        return;
    }
    field[ti] = 0;
    heap_push(&h, 0, (int16_t)ti);
    while (h.n > 0) {
        int32_t k;
        int16_t ni;
        heap_pop(&h, &k, &ni);
        if (k != field[ni])
            continue;
        struct hex n = map_hex_at(g, ni);
        for (int dd = 0; dd < HEX_DIRS; dd++) {
            struct hex x = hex_neighbor(n, dd);
            int xi = map_index(g, x);
            if (xi < 0)
                continue;
            int step = move_step_cost(g, mc, x, opp[dd]);
            if (step < 0)
                continue;
            int32_t nk = k + step;
            if (field[xi] >= 0 && field[xi] <= nk)
                continue;
            field[xi] = nk;
            if (h.n < nh * 7)
                heap_push(&h, nk, (int16_t)xi);
        }
    }
    free(h.key);
    free(h.idx);
}

static int class_of(const struct game *g, const struct unit *u)
{
    return (u->flags & UF_ENTRAINED) ? MOVE_RAIL : g->utypes[u->type].move_class;
}

static struct cmd play_cmd(int kind, int side, int unit)
{
    struct cmd c = {0};
    c.kind = (uint8_t)kind;
    c.origin = ORIGIN_PLAYER;
    c.side = (int8_t)side;
    c.unit = (int16_t)unit;
    return c;
}

/* Carries out one standing order in its side's movement phase; true when it is fulfilled. */
static bool carry_out(struct replay *r, const struct order *o)
{
    const struct game *g = session_game(r->s);
    int id = unit_of(g, o->unit);
    if (id < 0)
        return true; /* gone: the order lapses (warned when it was given) */
    const struct unit *u = game_unit(g, id);
    if (u->carrier != NO_UNIT)
        return false;
    int side = u->side;
    if (hex_eq(u->pos, o->to)) {
        if (u->flags & UF_ENTRAINED) {
            struct cmd c = play_cmd(CMD_DETRAIN, side, id);
            put(r, &c);
        }
        return true;
    }
    const struct utype *t = &g->utypes[u->type];
    if (o->rail && !(u->flags & UF_ENTRAINED) &&
        (t->move_class == MOVE_FOOT || t->move_class == MOVE_HORSE)) {
        struct cmd c = play_cmd(CMD_ENTRAIN, side, id);
        put(r, &c); /* refused (no station here, capacity used): it marches */
        u = game_unit(g, id);
    }
    move_reachable(g, id, r->reach);
    int ti = map_index(g, o->to), start = map_index(g, u->pos);
    cost_field(g, class_of(g, u), o->to, r->field);
    int nh = g->width * g->height;
    int tried_idx[8];
    int ntried = 0;
    for (int attempt = 0; attempt < 8; attempt++) {
        int best = -1;
        if (attempt == 0 && r->reach->cost[ti] >= 0 && !(r->reach->stop[ti] & 2))
            best = ti;
        else {
            long bestkey = 0;
            int here = r->field[start];
            for (int i = 0; i < nh; i++) {
                if (i == start || r->reach->cost[i] < 0 || (r->reach->stop[i] & 2))
                    continue;
                bool seen = false;
                for (int k = 0; k < ntried; k++)
                    if (tried_idx[k] == i)
                        seen = true;
                if (seen)
                    continue;
                long key;
                if (here >= 0) {
                    if (r->field[i] < 0 || r->field[i] >= here)
                        continue;
                    key = (long)r->field[i] * 4096 + r->reach->cost[i];
                } else {
                    int dist = hex_distance(map_hex_at(g, i), o->to);
                    if (dist >= hex_distance(u->pos, o->to))
                        continue;
                    key = (long)dist * 4096 + r->reach->cost[i];
                }
                if (best < 0 || key < bestkey) {
                    best = i;
                    bestkey = key;
                }
            }
        }
        if (best < 0)
            break;
        tried_idx[ntried++] = best;
        struct cmd c = play_cmd(CMD_MOVE, side, id);
        c.to = map_hex_at(g, best);
        if (put(r, &c) == CMD_OK)
            break;
        if (ntried == 8)
            break;
    }
    u = game_unit(g, id);
    if (!u)
        return true;
    bool arrived = hex_eq(u->pos, o->to);
    /* at the target, or stuck on the track (the target hex is full): leave the train */
    if ((arrived || map_index(g, u->pos) == start) && (u->flags & UF_ENTRAINED) &&
        t->move_class != MOVE_RAIL) {
        struct cmd c = play_cmd(CMD_DETRAIN, side, id);
        put(r, &c);
    }
    return arrived;
}

/* The active side's standing orders, once per movement phase. */
static void run_orders(struct replay *r)
{
    const struct game *g = session_game(r->s);
    if (g->phase != PHASE_MOVE || g->result.over)
        return;
    if (r->ran_turn != g->turn) {
        r->ran_turn = g->turn;
        r->ran_mask = 0;
    }
    int side = game_active_side(g);
    if (r->ran_mask & (1u << side))
        return;
    r->ran_mask |= 1u << side;
    for (int i = 0; i < r->nactive; i++) {
        int id = unit_of(g, r->active[i].unit);
        if (id < 0 || g->units[id].side != side)
            continue;
        if (carry_out(r, &r->active[i])) {
            memmove(&r->active[i], &r->active[i + 1],
                    sizeof r->active[0] * (size_t)(r->nactive - i - 1));
            r->nactive--;
            i--;
        }
    }
}

static bool apply_fx(struct replay *r, const struct hstep *h, const struct fx *f,
                     struct diag *d)
{
    const struct game *g = session_game(r->s);
    struct cmd c = {0};
    c.origin = ORIGIN_SCRIPT;
    c.side = NO_SIDE;
    switch (f->kind) {
    case FX_DESTROY:
    case FX_REMOVE: {
        int id = unit_of(g, f->unit);
        if (id < 0) {
            /* gone already (the scenario's own handlers removed it, or it was destroyed) is
             * fine; a unit that never was in play is a mistake in history.lua */
            if (unit_by_key(g, f->unit) < 0)
                warn(r, "history.lua: step '%s': %s: no unit '%s' in play", h->id,
                     fx_names[f->kind], f->unit);
            return true;
        }
        c.kind = f->kind == FX_DESTROY ? CMD_SET_STEPS : CMD_REMOVE;
        c.unit = (int16_t)id;
        c.value = 0;
        break;
    }
    case FX_OWNER: {
        const struct hexinfo *x = map_get(g, f->hex);
        if (x && x->owner == f->side)
            return true;
        c.kind = CMD_SET_OWNER;
        c.to = f->hex;
        c.value = f->side;
        break;
    }
    case FX_WAR:
        if (sides_hostile(g, f->side, f->side2) == (f->value != 0))
            return true;
        c.kind = CMD_SET_WAR;
        c.side = (int8_t)f->side;
        c.value = (f->side2 & 0xff) | (f->value ? 1 << 8 : 0);
        break;
    case FX_SPAWN:
        if (unit_of(g, f->unit) >= 0)
            return true;
        c.kind = CMD_SPAWN;
        c.utype = (uint8_t)f->utype;
        c.side = (int8_t)f->side;
        c.to = f->hex;
        c.value = f->value;
        sb_copy(c.text, sizeof c.text, f->name);
        sb_copy(c.text2, sizeof c.text2, f->unit);
        break;
    }
    enum cmd_status st = put(r, &c);
    if (st != CMD_OK)
        return diag_set(d, r->hpath, r->line, NULL, "step '%s': effect %s was refused: "
                        "%s", h->id, fx_names[f->kind], cmd_status_str(st));
    return true;
}

/* Plays step k from wherever the previous step rested (building only). */
static bool build_step(struct replay *r, int k, struct diag *d)
{
    struct hstep *h = &r->steps[k];
    const struct game *g = session_game(r->s);
    r->line = h->line;
    if (g->turn > h->turn)
        return diag_set(d, r->hpath, r->line, NULL, "step '%s' is dated turn %d but "
                        "the replay is already at turn %d", h->id, h->turn, g->turn);
    while (g->turn < h->turn) {
        run_orders(r);
        if (!end_phase(r, d))
            return false;
    }
    for (int i = 0; i < h->nfx; i++)
        if (!apply_fx(r, h, &h->fx[i], d))
            return false;
    for (int i = 0; i < h->nord; i++) {
        const struct order *o = &h->ord[i];
        /* a unit not (yet) in play keeps its order: reinforcements arrive at the start of
         * their side's movement phase; replay_open warns about orders never carried out */
        int slot = -1;
        for (int a = 0; a < r->nactive; a++)
            if (!strcmp(r->active[a].unit, o->unit))
                slot = a;
        if (slot < 0) {
            if (r->nactive >= MAX_ORDERS)
                return diag_set(d, r->hpath, r->line, NULL, "step '%s': more than %d "
                                "standing orders", h->id, MAX_ORDERS);
            slot = r->nactive++;
        }
        r->active[slot] = *o;
    }
    if (h->nord > 0) {
        for (;;) {
            run_orders(r);
            if (g->result.over || is_last_phase(g))
                break;
            if (!end_phase(r, d))
                return false;
        }
        if (g->turn == h->turn && is_last_phase(g))
            record_positions(r);
    }
    h->hash = game_hash(g);
    h->input_end = r->nin;
    return true;
}

/* ====================================================================== open, goto, branch */
/* The source lines of a step from the scenario's source list; false when an id is unknown. */
static bool build_sources(struct replay *r, struct hstep *h, struct diag *d)
{
    const struct session_page *src = NULL;
    int nsrc = session_sources(r->s, &src);
    char buf[4096] = "";
    const char *p = h->source_ids;
    while (*p) {
        size_t n = strcspn(p, ",");
        char id[ID_LEN];
        snprintf(id, sizeof id, "%.*s", (int)(n < ID_LEN - 1 ? n : ID_LEN - 1), p);
        int found = -1;
        for (int i = 0; i < nsrc; i++)
            if (!strcmp(src[i].title, id))
                found = i;
        if (found < 0) {
            char field[DIAG_FIELD_LEN];
            snprintf(field, sizeof field, "steps[%s].sources", h->id);
            return diag_set(d, r->hpath, h->line, field, "unknown source '%s' (not in the "
                            "scenario's sources list)", id);
        }
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s%s", l ? "\n" : "",
                 session_text(r->s, src[found].text));
        p += n;
        while (*p == ',' || *p == ' ')
            p++;
    }
    h->sources = dupstr(buf);
    return true;
}

static struct session *fresh(const struct replay *r, struct diag *d)
{
    return session_open(r->dir, r->opts, r->nopts, r->seed, r->lang, d);
}

/* Applies the recorded inputs [r->applied, end) to r->s. */
static bool feed(struct replay *r, struct session *s, size_t from, size_t end, struct diag *d)
{
    for (size_t i = from; i < end; i++) {
        enum cmd_status st = session_apply(s, &r->in[i], r->ev);
        if (st != CMD_OK)
            return diag_set(d, r->hpath, r->line, NULL, "replaying the history: "
                            "command %zu was refused: %s", i, cmd_status_str(st));
    }
    return true;
}

struct replay *replay_open(const char *dir, const struct option_kv *opts, int nopts,
                           uint64_t seed, const char *lang, struct diag *d)
{
    diag_clear(d);
    if (nopts < 0 || nopts > SESSION_MAX_OPTIONS) {
        diag_set(d, NULL, 0, "--option", "too many options");
        return NULL;
    }
    struct replay *r = calloc(1, sizeof *r);
    if (!r) {
        diag_set(d, dir, 0, NULL, "out of memory");
        return NULL;
    }
    snprintf(r->dir, sizeof r->dir, "%s", dir);
    snprintf(r->hpath, sizeof r->hpath, "%s/%s", dir, REPLAY_HISTORY_FILE);
    for (int i = 0; i < nopts; i++)
        r->opts[i] = opts[i];
    r->nopts = nopts;
    r->seed = seed;
    snprintf(r->lang, sizeof r->lang, "%s", lang && lang[0] ? lang : "en");
    for (int i = 0; i < NLANG; i++)
        if (!strcmp(r->lang, langs[i]))
            r->li = i;
    r->ev = malloc(sizeof *r->ev);
    r->reach = malloc(sizeof *r->reach);
    r->field = malloc(sizeof(int32_t) * MAP_MAX_HEXES);
    r->ran_turn = -1;
    if (!r->ev || !r->reach || !r->field) {
        diag_set(d, dir, 0, NULL, "out of memory");
        goto fail;
    }
    r->s = fresh(r, d);
    if (!r->s)
        goto fail;
    const struct game *g = session_game(r->s);
    char hpath[SESSION_PATH_LEN + 16];
    snprintf(hpath, sizeof hpath, "%s/%s", dir, REPLAY_HISTORY_FILE);
    FILE *f = fopen(hpath, "rb");
    if (!f) {
        diag_set(d, hpath, 0, NULL, "this scenario has no historical replay (no %s)",
                 REPLAY_HISTORY_FILE);
        goto fail;
    }
    fclose(f);
    struct rctx c = {0};
    c.r = r;
    c.g = g;
    c.d = d;
    if (!load_history(dir, &c))
        goto fail;
    r->npos = g->last_turn + 1;
    r->pos = calloc((size_t)r->npos, sizeof *r->pos);
    if (!r->pos) {
        diag_set(d, dir, 0, NULL, "out of memory");
        goto fail;
    }
    /* the whole course once: records inputs, hashes and positions */
    for (int k = 0; k < r->nsteps; k++)
        if (!build_sources(r, &r->steps[k], d))
            goto fail;
    r->building = true;
    for (int k = 0; k < r->nsteps; k++)
        if (!build_step(r, k, d))
            goto fail;
    /* the half-day the history ends on: its state as the last step left it */
    if (!r->pos[session_game(r->s)->turn].set)
        record_positions(r);
    for (int i = 0; i < r->nactive; i++)
        if (unit_of(session_game(r->s), r->active[i].unit) < 0)
            warn(r, "history.lua: the order for '%s' was never carried out: no such unit in "
                 "play", r->active[i].unit);
    r->building = false;
    r->cur = r->nsteps - 1;
    if (!replay_goto(r, 0, d))
        goto fail;
    return r;
fail:
    replay_free(r);
    return NULL;
}

void replay_free(struct replay *r)
{
    if (!r)
        return;
    session_free(r->s);
    for (int k = 0; k < r->nsteps; k++) {
        struct hstep *h = &r->steps[k];
        for (int i = 0; i < NLANG; i++) {
            free(h->title[i]);
            free(h->text[i]);
        }
        free(h->sources);
        free(h->fx);
        free(h->ord);
    }
    for (int i = 0; i < r->npos && r->pos; i++)
        free(r->pos[i].p);
    free(r->pos);
    for (int i = 0; i < r->nwarn; i++)
        free(r->warn[i]);
    free(r->in);
    free(r->ev);
    free(r->reach);
    free(r->field);
    free(r);
}

int replay_steps(const struct replay *r)
{
    return r->nsteps;
}

int replay_current(const struct replay *r)
{
    return r->cur;
}

bool replay_goto(struct replay *r, int k, struct diag *d)
{
    diag_clear(d);
    if (k < 0 || k >= r->nsteps)
        return diag_set(d, NULL, 0, "step", "step %d is not in 1..%d", k + 1, r->nsteps);
    size_t end = r->steps[k].input_end;
    if (k < r->cur || r->applied > end) {
        struct session *s = fresh(r, d);
        if (!s)
            return false;
        session_free(r->s);
        r->s = s;
        r->applied = 0;
    }
    if (!feed(r, r->s, r->applied, end, d)) {
        r->applied = (size_t)-1; /* the session is in an unknown state: rebuild next time */
        r->cur = -1;
        return false;
    }
    r->applied = end;
    r->cur = k;
    if (game_hash(session_game(r->s)) != r->steps[k].hash)
        return diag_set(d, r->hpath, r->line, NULL, "step '%s' did not come out the "
                        "same as when the history was first run", r->steps[k].id);
    return true;
}

bool replay_step(const struct replay *r, int k, struct replay_step *out)
{
    if (k < 0 || k >= r->nsteps)
        return false;
    const struct hstep *h = &r->steps[k];
    memset(out, 0, sizeof *out);
    sb_copy(out->id, sizeof out->id, h->id);
    out->turn = h->turn;
    game_date_str(session_game(r->s), h->turn, out->date, sizeof out->date);
    out->title = h->title[r->li] ? h->title[r->li] : h->title[0];
    out->text = h->text[r->li] ? h->text[r->li] : h->text[0];
    out->source_ids = h->source_ids;
    out->sources = h->sources ? h->sources : h->source_ids;
    out->hash = h->hash;
    return true;
}

int replay_step_for_turn(const struct replay *r, int turn)
{
    int best = -1;
    for (int k = 0; k < r->nsteps; k++)
        if (r->steps[k].turn <= turn)
            best = k;
    return best;
}

const struct session *replay_session(const struct replay *r)
{
    return r->s;
}

bool replay_set_lang(struct replay *r, const char *lang, struct diag *d)
{
    return session_set_lang(r->s, lang, d);
}

const struct game *replay_game(const struct replay *r)
{
    return session_game(r->s);
}

struct session *replay_branch(struct replay *r, int k, struct diag *d)
{
    diag_clear(d);
    if (k < 0 || k >= r->nsteps) {
        diag_set(d, NULL, 0, "step", "step %d is not in 1..%d", k + 1, r->nsteps);
        return NULL;
    }
    struct session *s = fresh(r, d);
    if (!s)
        return NULL;
    if (!feed(r, s, 0, r->steps[k].input_end, d)) {
        session_free(s);
        return NULL;
    }
    if (game_hash(session_game(s)) != r->steps[k].hash) {
        diag_set(d, r->hpath, r->line, NULL, "the branch at step '%s' does not match "
                 "the replay", r->steps[k].id);
        session_free(s);
        return NULL;
    }
    return s;
}

int replay_positions(const struct replay *r, int turn, struct replay_pos *out, int max)
{
    if (turn < 0 || r->npos == 0)
        return 0;
    if (turn >= r->npos)
        turn = r->npos - 1;
    int t = turn;
    while (t >= 0 && !r->pos[t].set)
        t--;
    /* a turn the history did not finish: the latest recorded state before it */
    if (t < 0)
        return 0;
    int n = r->pos[t].n < max ? r->pos[t].n : max;
    memcpy(out, r->pos[t].p, sizeof *out * (size_t)(n > 0 ? n : 0));
    return n;
}

int replay_turn_of_date(const struct replay *r, int year, int month, int day, int half)
{
    const struct game *g = session_game(r->s);
    int t = lb_date_turn(g, year, month, day, half ? 1 : 0);
    return t >= 0 && t <= g->last_turn ? t : -1;
}

int replay_positions_date(const struct replay *r, int year, int month, int day, int half,
                          struct replay_pos *out, int max)
{
    int t = lb_date_turn(session_game(r->s), year, month, day, half ? 1 : 0);
    if (t < 0 || t >= r->npos)
        return -1;
    return replay_positions(r, t, out, max);
}

int replay_warnings(const struct replay *r, const char *const **out)
{
    if (out)
        *out = (const char *const *)r->warn;
    return r->nwarn;
}

/* ====================================================================== languages check */
int replay_history_missing(const char *dir, const char *lang, char (*out)[64], int max,
                           struct diag *d)
{
    diag_clear(d);
    char hpath[SESSION_PATH_LEN + 16];
    snprintf(hpath, sizeof hpath, "%s/%s", dir, REPLAY_HISTORY_FILE);
    FILE *f = fopen(hpath, "rb");
    if (!f)
        return 0;
    fclose(f);
    struct rctx c = {0};
    c.d = d;
    c.want_lang = lang;
    c.missing = out;
    c.max_missing = max;
    if (!load_history(dir, &c))
        return -1;
    return c.nmissing;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

struct keys_ctx {
    char **keys;
    int n;
    bool ok;
};

static int collect_keys(lua_State *L)
{
    struct keys_ctx *k = lua_touserdata(L, 1);
    if (lua_type(L, 2) != LUA_TTABLE)
        return 0;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        lua_pop(L, 1);
        n++;
    }
    k->keys = calloc((size_t)n + 1, sizeof *k->keys);
    if (!k->keys)
        return 0;
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING && k->n < n) {
            k->keys[k->n] = dupstr(lua_tostring(L, -1));
            if (k->keys[k->n])
                k->n++;
        }
    }
    k->ok = true;
    return 0;
}

int replay_table_keys(const char *dir, const char *rel, char ***keys, struct diag *d)
{
    diag_clear(d);
    *keys = NULL;
    struct script *sc = script_new();
    if (!sc)
        return diag_set(d, dir, 0, NULL, "cannot start Lua"), -1;
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    int result = -1;
    if (dl == 0 || dl >= sizeof sc->dir) {
        diag_set(d, dir, 0, NULL, "the folder path is empty or too long");
        goto done;
    }
    memcpy(sc->dir, dir, dl);
    sc->dir[dl] = '\0';
    const char *slash = strrchr(sc->dir, '/');
    sb_fmt(sc->id, sizeof sc->id, "%.*s", ID_LEN - 1, slash ? slash + 1 : sc->dir);
    sb_fmt(sc->root, sizeof sc->root, "%.*s", slash ? (int)(slash - sc->dir) : 1,
           slash ? sc->dir : ".");
    if (!sb_load_file(sc, rel, d))
        goto done;
    bool outer;
    sb_enter(sc, SB_LOAD_BUDGET, &outer);
    struct keys_ctx k = {0};
    if (sb_pcall(sc, 0, 1, d)) {
        if (lua_type(sc->L, -1) != LUA_TTABLE) {
            diag_set(d, NULL, 0, NULL, "%s/%s must return a table of strings", sc->dir, rel);
            lua_pop(sc->L, 1);
        } else {
            lua_pushcfunction(sc->L, collect_keys);
            lua_insert(sc->L, -2);
            lua_pushlightuserdata(sc->L, &k);
            lua_insert(sc->L, -2);
            if (sb_pcall(sc, 2, 0, d) && k.ok) {
                qsort(k.keys, (size_t)k.n, sizeof *k.keys, cmp_str);
                *keys = k.keys;
                result = k.n;
                k.keys = NULL;
            }
        }
    }
    sb_leave(sc, outer);
    if (k.keys) {
        for (int i = 0; i < k.n; i++)
            free(k.keys[i]);
        free(k.keys);
    }
done:
    script_free(sc);
    return result;
}
