/*
 * script.c - loading a scenario folder into a game's initial state (docs/scenario-api.md).
 *
 * script_load() reads the string tables, runs scenario.lua in the sandbox (which declares
 * options and event handlers and returns one declarative table), checks every field of that
 * table and builds the game with the game_add_* / game_set_* setup functions and the map
 * loader (tiled.h). Every refusal names the file, the line of the table that declared the
 * field (remembered by sandbox.c while the chunk ran) and the field path, e.g.
 * "scenarios/x/scenario.lua:42: units[3].at: unknown place 'bakku'".
 *
 * Invariant: the returned table is read with raw accesses inside a protected call, so a
 * hostile table (metatables, huge or cyclic contents) can neither run code outside the
 * budget nor longjmp past us. Declared tables keyed by strings are walked in sorted key
 * order, never in pairs() order (Lua's string hashing is seeded per process).
 *
 * Depends on Lua 5.4, sandbox.c, lb_api.c, tiled.c (maps) and the rules core.
 */
#include "sandbox.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "tiled.h"

/* ====================================================================== lifecycle */
struct script *script_new(void)
{
    struct script *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    sb_fmt(s->lang, sizeof s->lang, "en");
    s->difficulty = 3;
    if (!sb_open(s)) {
        free(s);
        return NULL;
    }
    return s;
}

static void free_texts(struct sb_text *t, int n)
{
    for (int i = 0; i < n; i++) {
        free(t[i].key);
        free(t[i].val);
    }
    free(t);
}

void script_free(struct script *s)
{
    if (!s)
        return;
    sb_close(s);
    free_texts(s->texts, s->ntexts);
    free_texts(s->texts_en, s->ntexts_en);
    free_texts(s->lits, s->nlits);
    free(s->handlers);
    free(s->where);
    free(s);
}

/* ====================================================================== text */
static int text_cmp(const void *a, const void *b)
{
    return strcmp(((const struct sb_text *)a)->key, ((const struct sb_text *)b)->key);
}

static const char *text_find(const struct sb_text *t, int n, const char *key)
{
    if (!t || n == 0)
        return NULL;
    struct sb_text probe = {(char *)key, NULL};
    const struct sb_text *r = bsearch(&probe, t, (size_t)n, sizeof *t, text_cmp);
    return r ? r->val : NULL;
}

const char *script_text(const struct script *s, const char *key)
{
    if (!key)
        return "";
    if (!s)
        return key;
    const char *v = text_find(s->texts, s->ntexts, key);
    if (!v)
        v = text_find(s->texts_en, s->ntexts_en, key);
    if (!v)
        for (int i = 0; i < s->nlits && !v; i++)
            if (strcmp(s->lits[i].key, key) == 0)
                v = s->lits[i].val;
    return v ? v : key;
}

const char *script_lang(const struct script *s)
{
    return s ? s->lang : "en";
}

int script_options(const struct script *s, const struct session_option **out)
{
    *out = s->options;
    return s->noptions;
}

int script_pages(const struct script *s, int which, const struct session_page **out)
{
    if (which < 0 || which > 3) {
        *out = NULL;
        return 0;
    }
    *out = s->pages[which];
    return s->npages[which];
}

uint64_t script_content_hash(const struct script *s)
{
    return s->hash;
}

int script_take_errors(struct script *s, struct diag *out, int max)
{
    int n = s->nerrors < max ? s->nerrors : max;
    for (int i = 0; i < n; i++)
        out[i] = s->errors[i];
    /* forget what was taken; keep the rest for the next call */
    memmove(s->errors, s->errors + n, (size_t)(s->nerrors - n) * sizeof *s->errors);
    s->nerrors -= n;
    return n;
}

int script_take_prints(struct script *s, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    int n = s->nprinted < max ? s->nprinted : max;
    for (int i = 0; i < n; i++)
        memcpy(out[i], s->printed[i], SCRIPT_PRINT_LEN);
    memmove(s->printed, s->printed + n, (size_t)(s->nprinted - n) * sizeof s->printed[0]);
    s->nprinted -= n;
    return n;
}

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void script_info(const struct script *s, const struct game *g, struct scenario_info *out)
{
    memset(out, 0, sizeof *out);
    sb_fmt(out->id, sizeof out->id, "%s", s->id);
    sb_fmt(out->dir, sizeof out->dir, "%s", s->dir);
    sb_fmt(out->title, sizeof out->title, "%s", script_text(s, s->title));
    sb_fmt(out->description, sizeof out->description, "%s",
             s->description[0] ? script_text(s, s->description) : "");
    sb_fmt(out->recommended_side, sizeof out->recommended_side, "%s", s->recommended);
    out->difficulty = s->difficulty;
    out->turns = s->turns;
    if (g && s->turns > 0) {
        int y0, m0, d0, h0, y1, m1, d1, h1;
        game_date(g, 0, &y0, &m0, &d0, &h0);
        game_date(g, s->turns - 1, &y1, &m1, &d1, &h1);
        if (y0 == y1)
            sb_fmt(out->dates, sizeof out->dates, "%d %s - %d %s %d", d0,
                     month_abbr[(m0 + 11) % 12], d1, month_abbr[(m1 + 11) % 12], y1);
        else
            sb_fmt(out->dates, sizeof out->dates, "%d %s %d - %d %s %d", d0,
                     month_abbr[(m0 + 11) % 12], y0, d1, month_abbr[(m1 + 11) % 12], y1);
    }
}

/* ====================================================================== the loading context */
struct ctx {
    struct script *s;
    struct game *g;
    struct diag *d;
    const char *main_path; /* scenario.lua's full path */
    struct tiled_map *map; /* regions of the loaded map */
    int top;               /* stack index of the scenario table */
    bool ok;
};

/* Fills the diag for a problem with the field `field` of the table at index t. */
static bool vfail(struct ctx *c, int t, const char *field, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
static bool fail(struct ctx *c, int t, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same for the field `key` of the table whose field path is `path`. */
static bool fail_in(struct ctx *c, int t, const char *path, const char *key, const char *fmt,
                    ...) __attribute__((format(printf, 5, 6)));

static bool vfail(struct ctx *c, int t, const char *field, const char *fmt, va_list ap)
{
    const char *path = NULL;
    int line = 0;
    if (t == 0 || !sb_table_where(c->s, t, &path, &line)) {
        if (!sb_table_where(c->s, c->top, &path, &line)) {
            path = c->main_path;
            line = 0;
        }
    }
    char msg[DIAG_MSG_LEN];
    vsnprintf(msg, sizeof msg, fmt, ap);
    diag_set(c->d, path, line, field, "%s", msg);
    c->ok = false;
    return false;
}

static bool fail(struct ctx *c, int t, const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(c, t, field, fmt, ap);
    va_end(ap);
    return false;
}

static const char *type_of(lua_State *L, int idx)
{
    return luaL_typename(L, idx);
}

/* Is the table at t a list 1..n (no other keys)? n in *n. */
static bool is_list(lua_State *L, int t, lua_Integer *n)
{
    lua_Integer count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1)) {
            lua_pop(L, 1);
            return false;
        }
        count++;
    }
    *n = (lua_Integer)lua_rawlen(L, t);
    return count == *n;
}

/* Refuses keys of the table at t that are not in allowed. */
static bool check_keys(struct ctx *c, int t, const char *path, const char *const *allowed)
{
    lua_State *L = c->s->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            char k[64];
            if (lua_isinteger(L, -1))
                sb_fmt(k, sizeof k, "%lld", (long long)lua_tointeger(L, -1));
            else
                sb_fmt(k, sizeof k, "a %s", type_of(L, -1));
            lua_pop(L, 1);
            return fail(c, t, path, "unexpected key [%s] (fields are named)", k);
        }
        const char *k = lua_tostring(L, -1);
        bool known = false;
        for (int i = 0; allowed[i]; i++)
            if (strcmp(allowed[i], k) == 0)
                known = true;
        if (!known) {
            char field[DIAG_FIELD_LEN];
            sb_fmt(field, sizeof field, "%s%s%.60s", path, path[0] ? "." : "", k);
            lua_pop(L, 1);
            return fail(c, t, field, "unknown field");
        }
    }
    return true;
}

/* Pushes the sorted string keys of the table at t as a new list (for deterministic walks). */
static bool sorted_keys(struct ctx *c, int t, const char *path)
{
    lua_State *L = c->s->L;
    lua_newtable(L);
    int keys = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 2);
            return fail(c, t, path, "keys must be ids (strings), found a %s key",
                        type_of(L, -1));
        }
        lua_Integer pos = ++n;
        while (pos > 1) {
            lua_rawgeti(L, keys, pos - 1);
            if (strcmp(lua_tostring(L, -1), lua_tostring(L, -2)) <= 0) {
                lua_pop(L, 1);
                break;
            }
            lua_rawseti(L, keys, pos);
            pos--;
        }
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, pos);
    }
    return true;
}

static int rawfield(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

static void join(char *out, size_t n, const char *path, const char *key)
{
    sb_fmt(out, n, "%s%s%s", path, path[0] ? "." : "", key);
}

static bool fail_in(struct ctx *c, int t, const char *path, const char *key, const char *fmt,
                    ...)
{
    char f[DIAG_FIELD_LEN];
    join(f, sizeof f, path, key);
    va_list ap;
    va_start(ap, fmt);
    vfail(c, t, f, fmt, ap);
    va_end(ap);
    return false;
}

/* Pushes t[key] (raw) and returns its type; its field path "path.key" into f. */
static int push_field(lua_State *L, int t, const char *path, const char *key, char *f, size_t n)
{
    join(f, n, path, key);
    return rawfield(L, t, key);
}

/* Pops the value of the field f of the table t and fails: it is not `what`. */
static bool fail_type(struct ctx *c, int t, const char *f, const char *what)
{
    const char *tn = type_of(c->s->L, -1);
    lua_pop(c->s->L, 1);
    return fail(c, t, f, "%s is needed, not a %s", what, tn);
}

/* The field path of entry i of a list: "path[i]". */
static void join_index(char *out, size_t n, const char *path, lua_Integer i)
{
    sb_fmt(out, n, "%s[%lld]", path, (long long)i);
}

/* An integer field in lo..hi; def when absent and not required. */
static bool int_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                      long lo, long hi, long def, long *out)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    int ty = push_field(L, t, path, key, f, sizeof f);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            return fail(c, t, f, "missing (an integer %ld..%ld is needed)", lo, hi);
        *out = def;
        return true;
    }
    int exact = 0;
    lua_Integer v = ty == LUA_TNUMBER ? lua_tointegerx(L, -1, &exact) : 0; /* 8.0 is 8 */
    if (!exact) {
        const char *tn = type_of(L, -1);
        bool isnum = ty == LUA_TNUMBER;
        lua_pop(L, 1);
        return fail(c, t, f, "an integer is needed, not %s%s", isnum ? "" : "a ",
                    isnum ? "a fraction" : tn);
    }
    lua_pop(L, 1);
    if (v < lo || v > hi)
        return fail(c, t, f, "%lld is outside %ld..%ld", (long long)v, lo, hi);
    *out = (long)v;
    return true;
}

static bool bool_field(struct ctx *c, int t, const char *path, const char *key, bool def,
                       bool *out)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    int ty = push_field(L, t, path, key, f, sizeof f);
    if (ty == LUA_TNIL) {
        *out = def;
    } else if (ty == LUA_TBOOLEAN) {
        *out = lua_toboolean(L, -1);
    } else {
        return fail_type(c, t, f, "true or false");
    }
    lua_pop(L, 1);
    return true;
}

/* Pushes field `key` of table t when it is a string of 1..max bytes without zero bytes and
 * returns it (its length in *len); returns NULL with nothing pushed when the field is absent
 * (*ok stays true unless it was required) or wrong (*ok false, the failure reported). `what`
 * names what is needed, for the messages. */
static const char *string_of(struct ctx *c, int t, const char *path, const char *key,
                             bool required, const char *what, size_t max, size_t *len, bool *ok)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    int ty = push_field(L, t, path, key, f, sizeof f);
    *ok = true;
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            *ok = fail(c, t, f, "missing (%s is needed)", what);
        return NULL;
    }
    if (ty != LUA_TSTRING) {
        *ok = fail_type(c, t, f, what);
        return NULL;
    }
    const char *v = lua_tolstring(L, -1, len);
    if (*len == 0 || *len > max || strlen(v) != *len) {
        lua_pop(L, 1);
        *ok = fail(c, t, f, "must be 1..%d bytes long (no zero bytes)", (int)max);
        return NULL;
    }
    return v;
}

/* A string field of 1..n-1 bytes copied into out (out[0] = 0 when absent, not required). */
static bool str_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                      char *out, size_t n)
{
    size_t len;
    bool ok;
    out[0] = '\0';
    const char *v = string_of(c, t, path, key, required, "a string", n - 1, &len, &ok);
    if (!v)
        return ok;
    memcpy(out, v, len + 1);
    lua_pop(c->s->L, 1);
    return true;
}

/* A text field (key or literal). Literals longer than the key field get a synthetic key. */
static bool text_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                       char *out, size_t n)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    join(f, sizeof f, path, key);
    size_t len;
    bool ok;
    out[0] = '\0';
    const char *v = string_of(c, t, path, key, required, "a string key or text", 16384, &len,
                              &ok);
    if (!v)
        return ok;
    if (len < n) {
        memcpy(out, v, len + 1);
    } else {
        struct script *s = c->s;
        struct sb_text *nl = realloc(s->lits, (size_t)(s->nlits + 1) * sizeof *nl);
        if (!nl) {
            lua_pop(L, 1);
            return fail(c, t, f, "out of memory");
        }
        s->lits = nl;
        char k[64];
        sb_fmt(k, sizeof k, "~%d", s->nlits);
        nl[s->nlits].key = strdup(k);
        nl[s->nlits].val = strdup(v);
        if (!nl[s->nlits].key || !nl[s->nlits].val) {
            free(nl[s->nlits].key);
            free(nl[s->nlits].val);
            lua_pop(L, 1);
            return fail(c, t, f, "out of memory");
        }
        s->nlits++;
        sb_fmt(out, n, "%s", k);
    }
    lua_pop(L, 1);
    return true;
}

/* Pushes t[key] and checks it is a table (list when want_list); false when absent & optional. */
static bool table_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                        bool want_list, bool *present)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    int ty = push_field(L, t, path, key, f, sizeof f);
    *present = false;
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return required ? fail(c, t, f, "missing (a table is needed)") : true;
    }
    if (ty != LUA_TTABLE)
        return fail_type(c, t, f, "a table");
    if (want_list) {
        lua_Integer n;
        if (!is_list(L, lua_gettop(L), &n)) {
            lua_pop(L, 1);
            return fail(c, t, f, "a list { ..., ... } is needed (keys 1..n only)");
        }
    }
    *present = true;
    return true;
}

/* Pushes the list t[key] and its length into *n. An absent optional list pushes nil and
 * counts 0, so the caller walks and pops it all the same. */
static bool list_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                       lua_Integer *n)
{
    lua_State *L = c->s->L;
    bool present;
    if (!table_field(c, t, path, key, required, true, &present))
        return false;
    if (!present)
        lua_pushnil(L);
    *n = present ? (lua_Integer)lua_rawlen(L, -1) : 0;
    return true;
}

/* Pushes entry i of the list at index list, which must be a table; its field path "name[i]"
 * into path. */
static bool table_entry(struct ctx *c, int list, const char *name, lua_Integer i, char *path,
                        size_t n)
{
    lua_State *L = c->s->L;
    join_index(path, n, name, i);
    if (lua_rawgeti(L, list, i) != LUA_TTABLE)
        return fail_type(c, list, path, "a table");
    return true;
}

/* Pushes the optional table t[key], keyed by ids, then the sorted list of its keys (their
 * number in *n). An absent table pushes two nils and counts 0. */
static bool id_table_field(struct ctx *c, int t, const char *key, lua_Integer *n)
{
    lua_State *L = c->s->L;
    bool present;
    *n = 0;
    if (!table_field(c, t, "", key, false, false, &present))
        return false;
    if (!present) {
        lua_pushnil(L);
        lua_pushnil(L);
        return true;
    }
    if (!sorted_keys(c, lua_gettop(L), key))
        return false;
    *n = (lua_Integer)lua_rawlen(L, -1);
    return true;
}

/* Pushes key i of the sorted keys at index keys and returns it; its field path "name.key"
 * into path. */
static const char *key_entry(lua_State *L, int keys, const char *name, lua_Integer i,
                             char *path, size_t n)
{
    lua_rawgeti(L, keys, i);
    const char *k = lua_tostring(L, -1);
    sb_fmt(path, n, "%s.%.60s", name, k);
    return k;
}

/* The side id at idx (string) -> index, or fail. */
static bool side_at(struct ctx *c, int t, int idx, const char *field, int *out)
{
    lua_State *L = c->s->L;
    if (lua_type(L, idx) != LUA_TSTRING)
        return fail(c, t, field, "a side id is needed, not a %s", type_of(L, idx));
    int side = side_by_id(c->g, lua_tostring(L, idx));
    if (side < 0)
        return fail(c, t, field, "unknown side '%.40s'", lua_tostring(L, idx));
    *out = side;
    return true;
}

static bool side_field(struct ctx *c, int t, const char *path, const char *key, bool required,
                       int *out)
{
    lua_State *L = c->s->L;
    char f[DIAG_FIELD_LEN];
    int ty = push_field(L, t, path, key, f, sizeof f);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        *out = NO_SIDE;
        return required ? fail(c, t, f, "missing (a side id is needed)") : true;
    }
    bool ok = side_at(c, t, lua_gettop(L), f, out);
    lua_pop(L, 1);
    return ok;
}

static bool hex_at(struct ctx *c, int t, int idx, const char *field, struct hex *out)
{
    char msg[200];
    if (!lb_to_hex(c->s->L, idx, c->g, out, msg, sizeof msg))
        return fail(c, lua_type(c->s->L, idx) == LUA_TTABLE ? idx : t, field, "%s", msg);
    return true;
}

static bool area_at(struct ctx *c, int t, int idx, const char *field, int *out)
{
    lua_State *L = c->s->L;
    if (lua_type(L, idx) != LUA_TSTRING)
        return fail(c, t, field, "an area id is needed, not a %s", type_of(L, idx));
    int a = area_by_id(c->g, lua_tostring(L, idx));
    if (a < 0)
        return fail(c, t, field, "unknown area '%.40s'", lua_tostring(L, idx));
    *out = a;
    return true;
}

/* A date table {year?, month, day, half?} -> turn number (unchecked range). */
static bool date_at(struct ctx *c, int owner, int idx, const char *field, int default_year,
                    int *y, int *m, int *d, int *half)
{
    lua_State *L = c->s->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TTABLE)
        return fail(c, owner, field,
                    "a date {year =, month =, day =, half =} is needed, not a %s",
                    type_of(L, idx));
    static const char *const keys[] = {"year", "month", "day", "half", NULL};
    if (!check_keys(c, idx, field, keys))
        return false;
    long v;
    if (!int_field(c, idx, field, "year", false, 1800, 2100, default_year, &v))
        return false;
    *y = (int)v;
    if (!int_field(c, idx, field, "month", true, 1, 12, 0, &v))
        return false;
    *m = (int)v;
    if (!int_field(c, idx, field, "day", true, 1, 31, 0, &v))
        return false;
    *d = (int)v;
    char h[8];
    if (!str_field(c, idx, field, "half", false, h, sizeof h))
        return false;
    if (!h[0] || strcmp(h, "dawn") == 0) {
        *half = 0;
    } else if (strcmp(h, "dusk") == 0) {
        *half = 1;
    } else {
        return fail_in(c, idx, field, "half", "must be \"dawn\" or \"dusk\", not \"%s\"", h);
    }
    return true;
}

static bool turn_of_date(struct ctx *c, int owner, int idx, const char *field, int *turn)
{
    int y = 0, m = 1, d = 1, half = 0;
    if (!date_at(c, owner, idx, field, c->g->start_year, &y, &m, &d, &half))
        return false;
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > dm[m - 1] + (m == 2 && leap))
        return fail(c, idx, field, "%d-%02d-%02d is not a date", y, m, d);
    *turn = lb_date_turn(c->g, y, m, d, half);
    if (*turn < 0 || *turn > c->g->last_turn)
        return fail(c, idx, field, "%d-%02d-%02d %s is outside the game (turn %d of 0..%d)", y,
                    m, d, half ? "dusk" : "dawn", *turn, c->g->last_turn);
    return true;
}

/* ====================================================================== the sections */
static bool load_pages(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    static const char *const names[4] = {"briefing", "notes", "sources", "perspectives"};
    static const char *const page_keys[] = {"title", "text", "source", NULL};
    static const char *const source_keys[] = {"id", "text", NULL};
    static const char *const persp_keys[] = {"label", "text", "attribution", NULL};
    /* sources first: pages refer to them */
    static const int order[4] = {2, 0, 1, 3};
    for (int oi = 0; oi < 4; oi++) {
        int w = order[oi];
        lua_Integer n;
        if (!list_field(c, top, "", names[w], false, &n))
            return false;
        int list = lua_gettop(L);
        if (n > SESSION_MAX_PAGES)
            return fail(c, list, names[w], "more than %d entries", SESSION_MAX_PAGES);
        for (lua_Integer i = 1; i <= n; i++) {
            char path[DIAG_FIELD_LEN];
            if (!table_entry(c, list, names[w], i, path, sizeof path))
                return false;
            int e = lua_gettop(L);
            struct session_page *p = &c->s->pages[w][i - 1];
            memset(p, 0, sizeof *p);
            bool ok;
            if (w == 2) {
                ok = check_keys(c, e, path, source_keys) &&
                     str_field(c, e, path, "id", true, p->title, sizeof p->title) &&
                     text_field(c, e, path, "text", true, p->text, sizeof p->text);
                for (int k = 0; ok && k < i - 1; k++)
                    if (strcmp(c->s->pages[2][k].title, p->title) == 0)
                        ok = fail(c, e, path, "duplicate source id '%s'", p->title);
            } else if (w == 3) {
                ok = check_keys(c, e, path, persp_keys) &&
                     text_field(c, e, path, "label", true, p->title, sizeof p->title) &&
                     text_field(c, e, path, "text", true, p->text, sizeof p->text) &&
                     text_field(c, e, path, "attribution", false, p->source, sizeof p->source);
            } else {
                ok = check_keys(c, e, path, page_keys) &&
                     text_field(c, e, path, "title", true, p->title, sizeof p->title) &&
                     text_field(c, e, path, "text", true, p->text, sizeof p->text) &&
                     str_field(c, e, path, "source", false, p->source, sizeof p->source);
                if (ok && p->source[0]) {
                    bool found = false;
                    for (int k = 0; k < c->s->npages[2]; k++)
                        if (strcmp(c->s->pages[2][k].title, p->source) == 0)
                            found = true;
                    if (!found)
                        ok = fail_in(c, e, path, "source",
                                     "unknown source '%s' (not in `sources`)", p->source);
                }
            }
            if (!ok)
                return false;
            c->s->npages[w] = (int)i;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    return true;
}

static bool load_map(struct ctx *c, int top)
{
    char rel[256];
    if (!str_field(c, top, "", "map", true, rel, sizeof rel))
        return false;
    struct diag md;
    size_t len = 0;
    diag_clear(&md);
    char *buf = sb_read_file(c->s, rel, SB_MAX_MAP, &len, &md);
    if (!buf) {
        if (!md.path[0])
            return fail(c, top, "map", "%s", md.msg);
        *c->d = md;
        sb_fmt(c->d->field, sizeof c->d->field, "map");
        c->ok = false;
        return false;
    }
    char full[SESSION_PATH_LEN];
    if (!sb_full_path(c->s, rel, full, sizeof full))
        sb_fmt(full, sizeof full, "%s", rel);
    bool ok = tiled_load_mem_ex(c->g, buf, len, full, c->map, &md);
    free(buf);
    if (!ok) {
        *c->d = md;
        if (!c->d->path[0])
            sb_fmt(c->d->path, sizeof c->d->path, "%s", full);
        c->ok = false;
        return false;
    }
    return true;
}

static bool load_sides(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!list_field(c, top, "", "sides", true, &n))
        return false;
    int list = lua_gettop(L);
    if (n < 1 || n > MAX_SIDES)
        return fail(c, list, "sides", "1..%d sides are needed, not %lld", MAX_SIDES,
                    (long long)n);
    static const char *const keys[] = {"id", "name", "color", "playable", NULL};
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        if (!table_entry(c, list, "sides", i, path, sizeof path))
            return false;
        int e = lua_gettop(L);
        char id[ID_LEN], name[NAME_LEN];
        long color;
        bool playable;
        if (!check_keys(c, e, path, keys) || !str_field(c, e, path, "id", true, id, sizeof id) ||
            !str_field(c, e, path, "name", false, name, sizeof name) ||
            !int_field(c, e, path, "color", false, 0, 0xFFFFFF, 0x808080, &color) ||
            !bool_field(c, e, path, "playable", true, &playable))
            return false;
        if (side_by_id(c->g, id) >= 0)
            return fail_in(c, e, path, "id", "duplicate side id '%s'", id);
        struct diag gd;
        if (game_add_side(c->g, id, name[0] ? name : id, (uint32_t)color,
                          playable ? SIDE_PLAYABLE : 0, &gd) < 0)
            return fail(c, e, path, "%s", gd.msg);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    /* play order: every side exactly once */
    bool present;
    if (!table_field(c, top, "", "order", false, true, &present))
        return false;
    if (present) {
        int o = lua_gettop(L);
        lua_Integer no = (lua_Integer)lua_rawlen(L, o);
        if (no != c->g->nsides)
            return fail(c, o, "order", "must list each of the %d sides once, lists %lld",
                        c->g->nsides, (long long)no);
        int8_t order[MAX_SIDES];
        bool seen[MAX_SIDES] = {false};
        for (lua_Integer i = 1; i <= no; i++) {
            char f[DIAG_FIELD_LEN];
            join_index(f, sizeof f, "order", i);
            lua_rawgeti(L, o, i);
            int side;
            if (!side_at(c, o, lua_gettop(L), f, &side))
                return false;
            if (seen[side])
                return fail(c, o, f, "side '%s' is listed twice", c->g->sides[side].id);
            seen[side] = true;
            order[i - 1] = (int8_t)side;
            lua_pop(L, 1);
        }
        memcpy(c->g->order, order, (size_t)no);
        c->g->norder = (int)no;
        lua_pop(L, 1);
    }

    /* hostile pairs */
    lua_Integer nw;
    if (!list_field(c, top, "", "war", false, &nw))
        return false;
    int w = lua_gettop(L);
    for (lua_Integer i = 1; i <= nw; i++) {
        char f[DIAG_FIELD_LEN];
        join_index(f, sizeof f, "war", i);
        if (lua_rawgeti(L, w, i) != LUA_TTABLE || lua_rawlen(L, -1) != 2)
            return fail(c, w, f, "a pair { \"side_a\", \"side_b\" } is needed");
        int pair = lua_gettop(L), a, b;
        /* the two sides, and an optional dated peace */
        lua_pushnil(L);
        while (lua_next(L, pair)) {
            lua_pop(L, 1);
            bool ok = lua_type(L, -1) == LUA_TSTRING ? !strcmp(lua_tostring(L, -1), "peace")
                                                      : lua_isinteger(L, -1) &&
                                                            lua_tointeger(L, -1) >= 1 &&
                                                            lua_tointeger(L, -1) <= 2;
            if (!ok) {
                char k[48];
                snprintf(k, sizeof k, "%.40s", lua_type(L, -1) == LUA_TSTRING
                                                    ? lua_tostring(L, -1)
                                                    : luaL_typename(L, -1));
                lua_pop(L, 1);
                return fail(c, pair, f,
                            "unknown key '%s': a pair is { \"side_a\", \"side_b\" [, peace = "
                            "date] }",
                            k);
            }
        }
        char fa[DIAG_FIELD_LEN], fb[DIAG_FIELD_LEN];
        join_index(fa, sizeof fa, f, 1);
        join_index(fb, sizeof fb, f, 2);
        lua_rawgeti(L, pair, 1);
        lua_rawgeti(L, pair, 2);
        if (!side_at(c, pair, pair + 1, fa, &a) || !side_at(c, pair, pair + 2, fb, &b))
            return false;
        if (a == b)
            return fail(c, pair, f, "a side cannot be at war with itself");
        game_set_war(c->g, a, b, true);
        lua_pop(L, 2);
        if (rawfield(L, pair, "peace") != LUA_TNIL) {
            char fu[DIAG_FIELD_LEN];
            join(fu, sizeof fu, f, "peace");
            int turn;
            if (!turn_of_date(c, pair, lua_gettop(L), fu, &turn))
                return false;
            if (turn < 1)
                return fail(c, pair, fu, "the peace must come after the first turn");
            game_set_peace(c->g, a, b, turn);
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return true;
}

static bool load_utypes(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!list_field(c, top, "", "unit_types", true, &n))
        return false;
    int list = lua_gettop(L);
    if (n < 1 || n > MAX_UTYPES)
        return fail(c, list, "unit_types", "1..%d unit types are needed, not %lld", MAX_UTYPES,
                    (long long)n);
    static const char *const keys[] = {"id",       "name",  "class",  "symbol",
                                       "mp",       "attack", "defence", "steps",
                                       "morale",   "capacity", "range", "self_supply",
                                       "no_zoc",   "repair", NULL};
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        if (!table_entry(c, list, "unit_types", i, path, sizeof path))
            return false;
        int e = lua_gettop(L);
        struct utype t;
        memset(&t, 0, sizeof t);
        char cls[16], sym[24];
        long mp, att, def, steps, morale, cap, range;
        bool self_supply, no_zoc, repair;
        if (!check_keys(c, e, path, keys) ||
            !str_field(c, e, path, "id", true, t.id, sizeof t.id) ||
            !str_field(c, e, path, "name", false, t.name, sizeof t.name) ||
            !str_field(c, e, path, "class", true, cls, sizeof cls) ||
            !str_field(c, e, path, "symbol", true, sym, sizeof sym) ||
            !int_field(c, e, path, "mp", true, 0, 60, 0, &mp) ||
            !int_field(c, e, path, "attack", true, 0, 99, 0, &att) ||
            !int_field(c, e, path, "defence", true, 0, 99, 0, &def) ||
            !int_field(c, e, path, "steps", true, 1, 12, 0, &steps) ||
            !int_field(c, e, path, "morale", false, 0, 9, 5, &morale) ||
            !int_field(c, e, path, "capacity", false, 0, 12, 0, &cap) ||
            !int_field(c, e, path, "range", false, 0, 4, 0, &range) ||
            !bool_field(c, e, path, "self_supply", false, &self_supply) ||
            !bool_field(c, e, path, "no_zoc", false, &no_zoc) ||
            !bool_field(c, e, path, "repair", false, &repair))
            return false;
        int mc = move_class_from_name(cls);
        if (mc < 0)
            return fail_in(c, e, path, "class", "unknown class '%s' (foot, horse, rail or ship)",
                           cls);
        int sy = symbol_from_name(sym);
        if (sy < 0)
            return fail_in(c, e, path, "symbol",
                           "unknown symbol '%s' (infantry, cavalry, armored_train, ship, "
                           "militia, artillery or hq)",
                           sym);
        if (utype_by_id(c->g, t.id) >= 0)
            return fail_in(c, e, path, "id", "duplicate unit type id '%s'", t.id);
        if (!t.name[0])
            sb_fmt(t.name, sizeof t.name, "%s", t.id);
        t.move_class = (uint8_t)mc;
        t.symbol = (uint8_t)sy;
        t.mp = (uint8_t)mp;
        t.attack = (uint8_t)att;
        t.defence = (uint8_t)def;
        t.steps = (uint8_t)steps;
        t.morale = (uint8_t)morale;
        t.capacity = (uint8_t)cap;
        t.range = (uint8_t)range;
        t.flags = (uint8_t)((self_supply ? UTF_SELF_SUPPLY : 0) | (no_zoc ? UTF_NO_ZOC : 0) |
                            (repair ? UTF_REPAIR : 0));
        struct diag gd;
        if (game_add_utype(c->g, &t, &gd) < 0)
            return fail(c, e, path, "%s", gd.msg);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

/* Hexes of one area spec (list of hexes/places, or {center =, radius =}) into out. */
static int area_hexes(struct ctx *c, int spec, const char *path, struct hex *out, int max)
{
    lua_State *L = c->s->L;
    if (lua_type(L, spec) != LUA_TTABLE) {
        fail(c, 0, path, "an area is a list of hexes/places or {center =, radius =}, not a %s",
             type_of(L, spec));
        return -1;
    }
    if (rawfield(L, spec, "center") != LUA_TNIL) {
        lua_pop(L, 1);
        static const char *const keys[] = {"center", "radius", NULL};
        if (!check_keys(c, spec, path, keys))
            return -1;
        long radius;
        if (!int_field(c, spec, path, "radius", true, 0, 20, 0, &radius))
            return -1;
        char f[DIAG_FIELD_LEN];
        push_field(L, spec, path, "center", f, sizeof f);
        struct hex center;
        bool ok = hex_at(c, spec, lua_gettop(L), f, &center);
        lua_pop(L, 1);
        if (!ok)
            return -1;
        int n = 0;
        struct hex ring[6 * 20];
        for (int k = 0; k <= radius; k++) {
            int m = hex_ring(center, k, ring, 6 * 20);
            for (int j = 0; j < m; j++)
                if (map_contains(c->g, ring[j]) && n < max)
                    out[n++] = ring[j];
        }
        return n;
    }
    lua_pop(L, 1);
    lua_Integer len;
    if (!is_list(L, spec, &len) || len < 1) {
        fail(c, spec, path, "an area is a non-empty list of hexes/places or {center =, radius =}");
        return -1;
    }
    if (len > max) {
        fail(c, spec, path, "more than %d hexes", max);
        return -1;
    }
    for (lua_Integer i = 1; i <= len; i++) {
        char f[DIAG_FIELD_LEN];
        join_index(f, sizeof f, path, i);
        lua_rawgeti(L, spec, i);
        bool ok = hex_at(c, spec, lua_gettop(L), f, &out[i - 1]);
        lua_pop(L, 1);
        if (!ok)
            return -1;
    }
    return (int)len;
}

static bool load_areas(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!id_table_field(c, top, "areas", &n))
        return false;
    int keys = lua_gettop(L), areas = keys - 1;
    static struct hex buf[MAX_AREA_HEXES];
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        const char *key = key_entry(L, keys, "areas", i, path, sizeof path);
        char id[ID_LEN + 8];
        sb_fmt(id, sizeof id, "%s", key);
        if (strlen(key) >= ID_LEN)
            return fail(c, areas, path, "an area id must be 1..%d bytes", ID_LEN - 1);
        lua_rawget(L, areas);
        int spec = lua_gettop(L);
        if (area_by_id(c->g, id) >= 0)
            return fail(c, areas, path, "duplicate area id '%s' (the map declares it too)", id);
        int m = area_hexes(c, spec, path, buf, MAX_AREA_HEXES);
        if (m < 0)
            return false;
        if (m == 0)
            return fail(c, spec, path, "the area has no hex on the map");
        struct diag gd;
        if (game_add_area(c->g, id, buf, m, &gd) < 0)
            return fail(c, spec, path, "%s", gd.msg);
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    return true;
}

/* Can a unit of type t stand on h? (the same rule the core applies, with a reason) */
static const char *stand_problem(const struct game *g, const struct utype *t, struct hex h)
{
    const struct hexinfo *x = map_get(g, h);
    if (!x)
        return "off the map";
    switch (t->move_class) {
    case MOVE_SHIP:
        return x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT) ? NULL
                                                                    : "a ship needs sea or a port";
    case MOVE_RAIL:
        return x->rail ? NULL : "a rail unit needs a hex with track";
    default:
        return hex_is_water(x) ? "a land unit cannot stand on water" : NULL;
    }
}

/* One unit declaration (units[] or reinforcements[]) into spec. */
static bool unit_decl(struct ctx *c, int e, const char *path, bool reinf, struct unit_spec *sp,
                      int *carrier, int *turn)
{
    lua_State *L = c->s->L;
    static const char *const ukeys[] = {"id", "name", "side", "type", "at", "aboard",
                                        "steps", "morale", "tag", NULL};
    static const char *const rkeys[] = {"id", "name", "side", "type", "at", "steps",
                                        "morale", "tag", "date", "turn", NULL};
    memset(sp, 0, sizeof *sp);
    *carrier = -1;
    char type[ID_LEN + 8];
    int side;
    if (!check_keys(c, e, path, reinf ? rkeys : ukeys) ||
        !str_field(c, e, path, "id", true, sp->key, sizeof sp->key) ||
        !text_field(c, e, path, "name", false, sp->name, sizeof sp->name) ||
        !side_field(c, e, path, "side", true, &side) ||
        !str_field(c, e, path, "type", true, type, sizeof type) ||
        !str_field(c, e, path, "tag", false, sp->tag, sizeof sp->tag))
        return false;
    sp->side = (int8_t)side;
    int t = utype_by_id(c->g, type);
    if (t < 0)
        return fail_in(c, e, path, "type", "unknown unit type '%s'", type);
    sp->type = (uint8_t)t;
    const struct utype *ut = &c->g->utypes[t];
    long steps, morale;
    if (!int_field(c, e, path, "steps", false, 1, ut->steps, 0, &steps) ||
        !int_field(c, e, path, "morale", false, 0, 9, -1, &morale))
        return false;
    sp->steps = (uint8_t)steps;
    sp->morale = (int8_t)morale;
    if (!sp->name[0])
        sb_fmt(sp->name, sizeof sp->name, "%s", sp->key);

    /* where */
    int has_at = rawfield(L, e, "at");
    int at_idx = lua_gettop(L);
    int has_aboard = reinf ? (lua_pushnil(L), LUA_TNIL) : rawfield(L, e, "aboard");
    int ab_idx = lua_gettop(L);
    char f[DIAG_FIELD_LEN];
    join(f, sizeof f, path, has_aboard != LUA_TNIL ? "aboard" : "at");
    if (has_at != LUA_TNIL && has_aboard != LUA_TNIL)
        return fail(c, e, path, "give `at` or `aboard`, not both");
    if (has_aboard != LUA_TNIL) {
        if (has_aboard != LUA_TSTRING)
            return fail(c, e, f, "the id of a unit declared in `units` is needed");
        int cu = unit_by_key(c->g, lua_tostring(L, ab_idx));
        if (cu < 0)
            return fail(c, e, f, "unknown unit '%.40s'", lua_tostring(L, ab_idx));
        const struct utype *ct = unit_type(c->g, cu);
        if (!ct || ct->capacity == 0)
            return fail(c, e, f, "unit '%s' cannot carry units", c->g->units[cu].key);
        if (ut->move_class != MOVE_FOOT && ut->move_class != MOVE_HORSE)
            return fail(c, e, f, "only foot and horse units can be carried");
        *carrier = cu;
        sp->pos = c->g->units[cu].pos;
    } else if (has_at == LUA_TNIL) {
        return fail(c, e, f, "missing (a hex {col =, row =} or a place id is needed)");
    } else {
        if (!hex_at(c, e, at_idx, f, &sp->pos))
            return false;
        const char *why = stand_problem(c->g, ut, sp->pos);
        if (why) {
            int col, row;
            hex_to_offset(sp->pos, &col, &row);
            return fail(c, e, f, "%s at col %d, row %d (%s): %s", sp->key, col, row,
                        terrain_name(map_get(c->g, sp->pos)->terrain), why);
        }
    }
    lua_pop(L, 2);

    bool taken = unit_by_key(c->g, sp->key) >= 0;
    for (int i = 0; i < c->g->nreinf && !taken; i++)
        taken = strcmp(c->g->reinf[i].spec.key, sp->key) == 0;
    if (taken)
        return fail_in(c, e, path, "id", "duplicate unit id '%s'", sp->key);

    if (reinf) {
        int tt = rawfield(L, e, "turn");
        lua_pop(L, 1);
        int td = rawfield(L, e, "date");
        int date_idx = lua_gettop(L);
        if (tt != LUA_TNIL && td != LUA_TNIL)
            return fail(c, e, path, "give `turn` or `date`, not both");
        if (td != LUA_TNIL) {
            join(f, sizeof f, path, "date");
            if (!turn_of_date(c, e, date_idx, f, turn))
                return false;
        } else if (tt != LUA_TNIL) {
            long v;
            if (!int_field(c, e, path, "turn", true, 0, c->g->last_turn, 0, &v))
                return false;
            *turn = (int)v;
        } else {
            return fail(c, e, path, "a reinforcement needs `turn` or `date`");
        }
        lua_pop(L, 1);
    }
    return true;
}

static bool load_units(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    for (int pass = 0; pass < 2; pass++) {
        const char *name = pass == 0 ? "units" : "reinforcements";
        lua_Integer n;
        if (!list_field(c, top, "", name, false, &n))
            return false;
        int list = lua_gettop(L);
        /* units: carriers first (two rounds: free units, then those aboard) */
        for (int round = 0; round < (pass == 0 ? 2 : 1); round++) {
            for (lua_Integer i = 1; i <= n; i++) {
                char path[DIAG_FIELD_LEN];
                if (!table_entry(c, list, name, i, path, sizeof path))
                    return false;
                int e = lua_gettop(L);
                if (pass == 0) {
                    bool aboard = rawfield(L, e, "aboard") != LUA_TNIL;
                    lua_pop(L, 1);
                    if (aboard != (round == 1)) {
                        lua_pop(L, 1);
                        continue;
                    }
                }
                struct unit_spec sp;
                int carrier, turn = 0;
                if (!unit_decl(c, e, path, pass == 1, &sp, &carrier, &turn))
                    return false;
                struct diag gd;
                if (pass == 1) {
                    if (game_add_reinf(c->g, &sp, turn, &gd) < 0)
                        return fail(c, e, path, "%s", gd.msg);
                } else if (carrier < 0) {
                    if (game_add_unit(c->g, &sp, &gd) < 0)
                        return fail(c, e, path, "%s", gd.msg);
                } else {
                    /* aboard: count what the carrier already holds */
                    const struct utype *ct = unit_type(c->g, carrier);
                    int load = 0;
                    for (int k = 0; k < c->g->nunits; k++)
                        if (game_unit(c->g, k) && c->g->units[k].carrier == carrier)
                            load += c->g->units[k].steps;
                    int steps = sp.steps ? sp.steps : c->g->utypes[sp.type].steps;
                    if (load + steps > ct->capacity)
                        return fail(c, e, path,
                                    "'%s' (%d steps) does not fit aboard '%s' (capacity %d, "
                                    "%d used)",
                                    sp.key, steps, c->g->units[carrier].key, ct->capacity, load);
                    /* the setup functions place units on hexes they can stand on; a carried
                     * unit rides on its carrier's hex, which may be sea or track */
                    struct hex at = sp.pos;
                    if (stand_problem(c->g, &c->g->utypes[sp.type], at)) {
                        bool found = false;
                        for (int k = 0; k < c->g->width * c->g->height && !found; k++) {
                            struct hex h = map_hex_at(c->g, k);
                            if (!stand_problem(c->g, &c->g->utypes[sp.type], h)) {
                                sp.pos = h;
                                found = true;
                            }
                        }
                        if (!found)
                            return fail(c, e, path, "no land on the map for '%s'", sp.key);
                    }
                    int id = game_add_unit(c->g, &sp, &gd);
                    if (id < 0)
                        return fail(c, e, path, "%s", gd.msg);
                    c->g->units[id].pos = at;
                    c->g->units[id].carrier = (int16_t)carrier;
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    return true;
}

/* supply = { side = { hex/place, ... } } */
static bool load_supply(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!id_table_field(c, top, "supply", &n))
        return false;
    int keys = lua_gettop(L), sup = keys - 1;
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        key_entry(L, keys, "supply", i, path, sizeof path);
        int side;
        if (!side_at(c, sup, lua_gettop(L), path, &side))
            return false;
        lua_rawget(L, sup);
        int list = lua_gettop(L);
        lua_Integer m;
        if (lua_type(L, list) != LUA_TTABLE || !is_list(L, list, &m))
            return fail(c, sup, path, "a list of hexes or places is needed");
        for (lua_Integer j = 1; j <= m; j++) {
            char f[DIAG_FIELD_LEN];
            join_index(f, sizeof f, path, j);
            lua_rawgeti(L, list, j);
            struct hex h;
            if (!hex_at(c, list, lua_gettop(L), f, &h))
                return false;
            map_at(c->g, h)->supply_src |= (uint8_t)(1u << side);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    return true;
}

/* owners = { region_area_or_place = side } */
static bool load_owners(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!id_table_field(c, top, "owners", &n))
        return false;
    int keys = lua_gettop(L), own = keys - 1;
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        const char *region = key_entry(L, keys, "owners", i, path, sizeof path);
        int reg = tiled_region_index(c->map, region);
        int area = area_by_id(c->g, region);
        int place = place_by_id(c->g, region);
        if (reg < 0 && area < 0 && place < 0) {
            char list[200] = "";
            for (int k = 0; k < c->map->nregions; k++) {
                size_t ln = strlen(list);
                sb_fmt(list + ln, sizeof list - ln, "%s%s", k ? ", " : "", c->map->regions[k]);
            }
            return fail(c, own, path,
                        "'%.40s' is not a region of the map (%s), an area or a place", region,
                        list[0] ? list : "it has none");
        }
        char name[ID_LEN];
        sb_copy(name, sizeof name, region);
        lua_rawget(L, own);
        int side = NO_SIDE;
        if (!lua_isboolean(L, -1) || lua_toboolean(L, -1)) {
            if (!side_at(c, own, lua_gettop(L), path, &side))
                return false;
        }
        if (reg >= 0) {
            tiled_set_owner(c->g, c->map, name, side);
        } else if (area >= 0) {
            const struct area *a = &c->g->areas[area];
            for (int k = 0; k < a->count; k++) {
                struct hexinfo *x = map_at(c->g, c->g->area_hexes[a->first + k]);
                if (!hex_is_water(x)) /* water is nobody's */
                    x->owner = (int8_t)side;
            }
        } else {
            map_at(c->g, c->g->places[place].pos)->owner = (int8_t)side;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    return true;
}

/* One condition (top level or a part of all/any); returns its objective index. */
static int load_condition(struct ctx *c, int e, const char *path, int side, bool top_level,
                          int depth)
{
    lua_State *L = c->s->L;
    static const char *const conds[] = {"hold", "hold_n", "destroy", "save", "all", "any"};
    static const char *const top_keys[] = {"id",  "side", "vp",   "name", "by",  "sudden",
                                           "hold", "hold_n", "destroy", "save", "all", "any",
                                           NULL};
    static const char *const part_keys[] = {"hold", "hold_n", "destroy", "save", "all", "any",
                                            NULL};
    if (!check_keys(c, e, path, top_level ? top_keys : part_keys))
        return -1;
    int which = -1;
    for (int k = 0; k < 6; k++) {
        if (rawfield(L, e, conds[k]) != LUA_TNIL) {
            if (which >= 0) {
                lua_pop(L, 1);
                fail(c, e, path, "give one condition, not both `%s` and `%s`", conds[which],
                     conds[k]);
                return -1;
            }
            which = k;
        }
        lua_pop(L, 1);
    }
    if (which < 0) {
        fail(c, e, path, "a condition is needed: hold, hold_n, destroy, save, all or any");
        return -1;
    }
    struct objective o;
    memset(&o, 0, sizeof o);
    o.side = (int8_t)side;
    o.by_turn = -1;
    o.area = -1;
    o.top = top_level;
    char f[DIAG_FIELD_LEN];
    push_field(L, e, path, conds[which], f, sizeof f);
    int v = lua_gettop(L);
    switch (which) {
    case 0: {
        o.kind = OBJ_HOLD_AREA;
        int a;
        if (!area_at(c, e, v, f, &a))
            return -1;
        o.area = (int16_t)a;
        break;
    }
    case 1: {
        o.kind = OBJ_HOLD_N;
        if (lua_type(L, v) != LUA_TTABLE) {
            fail(c, e, f, "{ area = \"id\", n = N } is needed");
            return -1;
        }
        static const char *const keys[] = {"area", "n", NULL};
        if (!check_keys(c, v, f, keys))
            return -1;
        char af[DIAG_FIELD_LEN];
        push_field(L, v, f, "area", af, sizeof af);
        int a;
        if (!area_at(c, v, lua_gettop(L), af, &a))
            return -1;
        lua_pop(L, 1);
        long n;
        /* at most the area's land hexes; an area of water alone has none, and the objective
         * says so itself when the rules refuse it */
        int land = area_land_count(c->g, a);
        if (!int_field(c, v, f, "n", true, 1, land > 0 ? land : MAP_MAX_HEXES, 0, &n))
            return -1;
        o.area = (int16_t)a;
        o.n = (int16_t)n;
        break;
    }
    case 2:
    case 3: {
        o.kind = which == 2 ? OBJ_DESTROY_TAG : OBJ_SAVE_TAG;
        if (which == 2) {
            if (lua_type(L, v) != LUA_TSTRING || lua_rawlen(L, v) == 0 ||
                lua_rawlen(L, v) >= ID_LEN) {
                fail(c, e, f, "a unit tag (string) is needed");
                return -1;
            }
            sb_fmt(o.tag, sizeof o.tag, "%s", lua_tostring(L, v));
        } else {
            if (lua_type(L, v) != LUA_TTABLE) {
                fail(c, e, f, "{ tag = \"tag\", n = N } is needed");
                return -1;
            }
            static const char *const keys[] = {"tag", "n", NULL};
            long n;
            if (!check_keys(c, v, f, keys) ||
                !str_field(c, v, f, "tag", true, o.tag, sizeof o.tag) ||
                !int_field(c, v, f, "n", false, 1, MAX_UNITS, 1, &n))
                return -1;
            o.n = (int16_t)n;
        }
        bool found = false;
        for (int i = 0; i < c->g->nunits && !found; i++)
            if (c->g->units[i].gen && strcmp(c->g->units[i].tag, o.tag) == 0)
                found = true;
        for (int i = 0; i < c->g->nreinf && !found; i++)
            if (strcmp(c->g->reinf[i].spec.tag, o.tag) == 0)
                found = true;
        if (!found) {
            fail(c, e, f, "no unit or reinforcement carries the tag '%s'", o.tag);
            return -1;
        }
        break;
    }
    default: {
        o.kind = which == 4 ? OBJ_AND : OBJ_OR;
        lua_Integer n;
        if (lua_type(L, v) != LUA_TTABLE || !is_list(L, v, &n) || n < 1 || n > MAX_OBJ_KIDS) {
            fail(c, e, f, "a list of 1..%d conditions is needed", MAX_OBJ_KIDS);
            return -1;
        }
        if (depth >= 4) {
            fail(c, e, f, "conditions nested more than 4 deep");
            return -1;
        }
        for (lua_Integer i = 1; i <= n; i++) {
            char kf[DIAG_FIELD_LEN];
            join_index(kf, sizeof kf, f, i);
            if (lua_rawgeti(L, v, i) != LUA_TTABLE) {
                fail(c, v, kf, "a condition table is needed");
                return -1;
            }
            int kid = load_condition(c, lua_gettop(L), kf, side, false, depth + 1);
            if (kid < 0)
                return -1;
            o.kids[o.nkids++] = (int16_t)kid;
            lua_pop(L, 1);
        }
        break;
    }
    }
    lua_pop(L, 1);
    if (top_level) {
        long vp;
        bool sudden;
        char name[TEXT_LEN];
        if (!str_field(c, e, path, "id", true, o.id, sizeof o.id) ||
            !int_field(c, e, path, "vp", false, -1000, 1000, 0, &vp) ||
            !text_field(c, e, path, "name", false, name, sizeof name) ||
            !bool_field(c, e, path, "sudden", false, &sudden))
            return -1;
        for (int i = 0; i < c->g->nobj; i++)
            if (c->g->obj[i].top && strcmp(c->g->obj[i].id, o.id) == 0) {
                fail_in(c, e, path, "id", "duplicate objective id '%s'", o.id);
                return -1;
            }
        o.vp = (int16_t)vp;
        o.sudden = sudden;
        memcpy(o.name, name, sizeof o.name);
        if (rawfield(L, e, "by") != LUA_TNIL) {
            join(f, sizeof f, path, "by");
            int turn;
            if (!turn_of_date(c, e, lua_gettop(L), f, &turn))
                return -1;
            o.by_turn = (int16_t)turn;
        }
        lua_pop(L, 1);
    } else {
        sb_fmt(o.id, sizeof o.id, "%.14s.part%d", path, c->g->nobj);
    }
    struct diag gd;
    int idx = game_add_objective(c->g, &o, &gd);
    if (idx < 0)
        fail(c, e, path, "%s", gd.msg);
    return idx;
}

static bool load_objectives(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!list_field(c, top, "", "objectives", false, &n))
        return false;
    int list = lua_gettop(L);
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        if (!table_entry(c, list, "objectives", i, path, sizeof path))
            return false;
        int e = lua_gettop(L);
        int side;
        if (!side_field(c, e, path, "side", true, &side))
            return false;
        if (load_condition(c, e, path, side, true, 0) < 0)
            return false;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* victory = { draw_band = N } */
    bool present;
    if (!table_field(c, top, "", "victory", false, false, &present))
        return false;
    if (present) {
        int v = lua_gettop(L);
        static const char *const keys[] = {"draw_band", NULL};
        long band;
        if (!check_keys(c, v, "victory", keys) ||
            !int_field(c, v, "victory", "draw_band", false, 0, 255, c->g->rules.draw_band,
                       &band))
            return false;
        c->g->rules.draw_band = (uint8_t)band;
        lua_pop(L, 1);
    }
    return true;
}

static bool load_ai(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!id_table_field(c, top, "ai", &n))
        return false;
    int keys = lua_gettop(L), ai = keys - 1;
    static const char *const kinds[4] = {"objectives", "hold", "avoid", "garrison"};
    static const int hint_kind[4] = {HINT_OBJECTIVE, HINT_HOLD, HINT_AVOID, HINT_GARRISON};
    for (lua_Integer i = 1; i <= n; i++) {
        char path[DIAG_FIELD_LEN];
        key_entry(L, keys, "ai", i, path, sizeof path);
        int side;
        if (!side_at(c, ai, lua_gettop(L), path, &side))
            return false;
        lua_rawget(L, ai);
        int e = lua_gettop(L);
        if (lua_type(L, e) != LUA_TTABLE)
            return fail(c, ai, path, "a table { objectives =, hold =, avoid =, garrison =, "
                                     "posture = } is needed");
        static const char *const allowed[] = {"objectives", "hold", "avoid", "garrison",
                                              "posture", NULL};
        if (!check_keys(c, e, path, allowed))
            return false;
        char posture[ID_LEN];
        if (!str_field(c, e, path, "posture", false, posture, sizeof posture))
            return false;
        static const char *const postures[POSTURE_COUNT] = {"normal", "bold", "careful"};
        int pk = 0;
        while (posture[0] && pk < POSTURE_COUNT && strcmp(posture, postures[pk]) != 0)
            pk++;
        if (pk == POSTURE_COUNT)
            return fail_in(c, e, path, "posture",
                           "unknown posture '%s' (normal, bold or careful)", posture);
        c->g->posture[side] = (uint8_t)pk;
        for (int k = 0; k < (int)(sizeof kinds / sizeof kinds[0]); k++) {
            lua_Integer m;
            if (!list_field(c, e, path, kinds[k], false, &m))
                return false;
            int list = lua_gettop(L);
            for (lua_Integer j = 1; j <= m; j++) {
                char f[DIAG_FIELD_LEN];
                sb_fmt(f, sizeof f, "%s.%s[%lld]", path, kinds[k], (long long)j);
                lua_rawgeti(L, list, j);
                int a;
                if (!area_at(c, list, lua_gettop(L), f, &a))
                    return false;
                struct ai_hint h = {(int8_t)side, (uint8_t)hint_kind[k], (int16_t)a,
                                    (int16_t)(10 * (int)(m - j + 1))};
                struct diag gd;
                if (game_add_hint(c->g, &h, &gd) < 0)
                    return fail(c, list, f, "%s", gd.msg);
                lua_pop(L, 1);
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    return true;
}

static bool load_rules(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    bool present;
    if (!table_field(c, top, "", "rules", false, false, &present))
        return false;
    if (!present)
        return true;
    int r = lua_gettop(L);
    static const char *const keys[] = {"stack_limit", "ship_stack", "rail_mp", "rail_cap",
                                       "supply_range", "draw_band", NULL};
    struct rules *ru = &c->g->rules;
    long v[6];
    if (!check_keys(c, r, "rules", keys) ||
        !int_field(c, r, "rules", "stack_limit", false, 1, 12, ru->stack_limit, &v[0]) ||
        !int_field(c, r, "rules", "ship_stack", false, 1, 12, ru->ship_stack, &v[1]) ||
        !int_field(c, r, "rules", "rail_mp", false, 1, 60, ru->rail_mp, &v[2]) ||
        !int_field(c, r, "rules", "rail_cap", false, 0, 32, ru->rail_cap, &v[3]) ||
        !int_field(c, r, "rules", "supply_range", false, 0, 60, ru->supply_range, &v[4]) ||
        !int_field(c, r, "rules", "draw_band", false, 0, 255, ru->draw_band, &v[5]))
        return false;
    ru->stack_limit = (uint8_t)v[0];
    ru->ship_stack = (uint8_t)v[1];
    ru->rail_mp = (uint8_t)v[2];
    ru->rail_cap = (uint8_t)v[3];
    ru->supply_range = (uint8_t)v[4];
    ru->draw_band = (uint8_t)v[5];
    lua_pop(L, 1);
    return true;
}

static bool load_milestones(struct ctx *c, int top)
{
    lua_State *L = c->s->L;
    lua_Integer n;
    if (!list_field(c, top, "", "milestones", false, &n))
        return false;
    int list = lua_gettop(L);
    if (n > MAX_MILESTONES)
        return fail(c, list, "milestones", "more than %d milestones", MAX_MILESTONES);
    for (lua_Integer i = 1; i <= n; i++) {
        char f[DIAG_FIELD_LEN];
        join_index(f, sizeof f, "milestones", i);
        if (lua_rawgeti(L, list, i) != LUA_TSTRING || lua_rawlen(L, -1) == 0 ||
            lua_rawlen(L, -1) >= TEXT_LEN)
            return fail(c, list, f, "a milestone name (string of 1..%d bytes) is needed",
                        TEXT_LEN - 1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

/* The whole declarative table (at index 1 of this protected call). */
static int build(lua_State *L)
{
    struct ctx *c = lua_touserdata(L, 2);
    int top = 1;
    c->top = top;
    if (lua_type(L, top) != LUA_TTABLE) {
        fail(c, 0, "", "scenario.lua must return the scenario table, not %s",
             lua_isnone(L, top) || lua_isnil(L, top) ? "nothing" : luaL_typename(L, top));
        return 0;
    }
    static const char *const keys[] = {
        "api",        "title",    "description", "start",        "turns",  "recommended_side",
        "difficulty", "map",      "rules",       "sources",      "perspectives", "briefing",
        "notes",      "sides",    "order",       "war",          "unit_types", "areas",
        "units",      "reinforcements", "supply", "objectives", "victory", "ai",
        "milestones", "owners",   NULL};
    struct script *s = c->s;
    long api, turns, difficulty;
    if (!check_keys(c, top, "", keys) ||
        !int_field(c, top, "", "api", true, 1, 1000, 0, &api))
        return 0;
    if (api > SB_API_VERSION) {
        fail(c, top, "api", "the scenario needs API %ld; this engine has API %d", api,
             SB_API_VERSION);
        return 0;
    }
    s->api = (int)api;
    if (!text_field(c, top, "", "title", true, s->title, sizeof s->title) ||
        !text_field(c, top, "", "description", false, s->description, sizeof s->description) ||
        !int_field(c, top, "", "turns", true, 1, 1000, 0, &turns) ||
        !int_field(c, top, "", "difficulty", false, 1, 5, 3, &difficulty))
        return 0;
    s->turns = (int)turns;
    s->difficulty = (int)difficulty;
    int y = 0, m = 1, d = 1, half = 0;
    if (rawfield(L, top, "start") == LUA_TNIL) {
        fail(c, top, "start", "missing (a date {year =, month =, day =, half =} is needed)");
        return 0;
    }
    if (!date_at(c, top, lua_gettop(L), "start", 1920, &y, &m, &d, &half))
        return 0;
    lua_pop(L, 1);
    struct diag gd;
    if (!game_set_dates(c->g, y, m, d, half, (int)turns, &gd)) {
        fail(c, top, gd.field[0] ? gd.field : "start", "%s", gd.msg);
        return 0;
    }
    if (!load_pages(c, top) || !load_map(c, top) || !load_rules(c, top) ||
        !load_sides(c, top) || !load_utypes(c, top) || !load_areas(c, top) ||
        !load_units(c, top) || !load_supply(c, top) || !load_owners(c, top) ||
        !load_objectives(c, top) || !load_ai(c, top) || !load_milestones(c, top))
        return 0;
    char rec[ID_LEN];
    if (!str_field(c, top, "", "recommended_side", false, rec, sizeof rec))
        return 0;
    if (rec[0] && side_by_id(c->g, rec) < 0) {
        fail(c, top, "recommended_side", "unknown side '%s'", rec);
        return 0;
    }
    sb_fmt(s->recommended, sizeof s->recommended, "%s", rec);
    c->ok = true;
    return 0;
}

/* ====================================================================== string tables */
/* Loads `prefix`strings/<lang>.lua ("" for the scenario's own, "common:" for the shared one). */
static bool load_strings(struct script *s, const char *prefix, const char *lang,
                         struct sb_text **out, int *nout, struct diag *d)
{
    char rel[64], full[SESSION_PATH_LEN];
    sb_fmt(rel, sizeof rel, "%sstrings/%s.lua", prefix, lang);
    if (!sb_full_path(s, rel, full, sizeof full))
        return true;
    FILE *f = fopen(full, "rb");
    if (!f)
        return true; /* optional */
    fclose(f);
    if (!sb_load_file(s, rel, d))
        return false;
    bool outer;
    sb_enter(s, SB_LOAD_BUDGET, &outer);
    bool ok = sb_pcall(s, 0, 1, d);
    sb_leave(s, outer);
    if (!ok)
        return false;
    lua_State *L = s->L;
    if (lua_type(L, -1) != LUA_TTABLE) {
        lua_pop(L, 1);
        return diag_set(d, full, 0, NULL, "a string table must return { key = \"text\", ... }");
    }
    int t = lua_gettop(L);
    int n = 0, cap = 0;
    struct sb_text *arr = NULL;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
            const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            diag_set(d, full, 0, k, "keys and texts must be strings (found a %s = %s)",
                     luaL_typename(L, -2), luaL_typename(L, -1));
            lua_settop(L, t - 1);
            free_texts(arr, n);
            return false;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            struct sb_text *na = realloc(arr, (size_t)cap * sizeof *na);
            if (!na) {
                lua_settop(L, t - 1);
                free_texts(arr, n);
                return diag_set(d, full, 0, NULL, "out of memory");
            }
            arr = na;
        }
        arr[n].key = strdup(lua_tostring(L, -2));
        arr[n].val = strdup(lua_tostring(L, -1));
        if (!arr[n].key || !arr[n].val) {
            free(arr[n].key);
            free(arr[n].val);
            lua_settop(L, t - 1);
            free_texts(arr, n);
            return diag_set(d, full, 0, NULL, "out of memory");
        }
        n++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (n > 0)
        qsort(arr, (size_t)n, sizeof *arr, text_cmp);
    *out = arr;
    *nout = n;
    return true;
}

/* Adds the shared table's entries that the scenario's own table lacks. */
static bool merge_common_strings(struct script *s, const char *lang, struct sb_text **arr,
                                 int *n, struct diag *d)
{
    struct sb_text *common = NULL;
    int nc = 0;
    if (!load_strings(s, "common:", lang, &common, &nc, d))
        return false;
    if (nc == 0)
        return true;
    struct sb_text *all = realloc(*arr, (size_t)(*n + nc) * sizeof *all);
    if (!all) {
        free_texts(common, nc);
        return diag_set(d, NULL, 0, NULL, "out of memory");
    }
    int k = *n;
    for (int i = 0; i < nc; i++) {
        if (text_find(all, *n, common[i].key)) {
            free(common[i].key);
            free(common[i].val);
        } else {
            all[k++] = common[i];
        }
    }
    free(common);
    qsort(all, (size_t)k, sizeof *all, text_cmp);
    *arr = all;
    *n = k;
    return true;
}

/* The language code the string tables are for: ru, az or en (anything else is English). */
static const char *lang_code(const char *lang)
{
    if (lang && (strcmp(lang, "ru") == 0 || strcmp(lang, "az") == 0))
        return lang;
    return "en";
}

bool script_set_lang(struct script *s, const char *lang, struct diag *d)
{
    if (!s)
        return false;
    const char *code = lang_code(lang);
    if (strcmp(code, s->lang) == 0)
        return true;
    struct sb_text *t = NULL;
    int n = 0;
    if (strcmp(code, "en") != 0 &&
        (!load_strings(s, "", code, &t, &n, d) || !merge_common_strings(s, code, &t, &n, d))) {
        free_texts(t, n);
        return false; /* the old language stays */
    }
    free_texts(s->texts, s->ntexts);
    s->texts = t;
    s->ntexts = n;
    sb_fmt(s->lang, sizeof s->lang, "%s", code);
    return true;
}

/* ====================================================================== script_load */
bool script_load(struct script *s, const char *dir, const char *lang,
                 const struct option_kv *opts, int nopts, struct game *g, struct diag *d)
{
    diag_clear(d);
    if (!s || !s->L || !dir || !g)
        return diag_set(d, dir, 0, NULL, "no scenario state");
    if (s->nchunks > 0 || s->loading)
        return diag_set(d, dir, 0, NULL, "a script loads one scenario only");
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    if (dl == 0 || dl >= sizeof s->dir)
        return diag_set(d, dir, 0, NULL, "the scenario folder path is empty or too long");
    memcpy(s->dir, dir, dl);
    s->dir[dl] = '\0';
    const char *slash = strrchr(s->dir, '/');
    const char *base = slash ? slash + 1 : s->dir;
    if (strlen(base) == 0 || strlen(base) >= ID_LEN)
        return diag_set(d, s->dir, 0, NULL, "the folder name must be an id of 1..%d bytes",
                        ID_LEN - 1);
    sb_fmt(s->id, sizeof s->id, "%s", base);
    if (slash == s->dir)
        sb_fmt(s->root, sizeof s->root, "/");
    else if (slash)
        sb_fmt(s->root, sizeof s->root, "%.*s", (int)(slash - s->dir), s->dir);
    else
        sb_fmt(s->root, sizeof s->root, ".");
    sb_fmt(s->lang, sizeof s->lang, "%s", lang_code(lang));

    char main_path[SESSION_PATH_LEN];
    sb_fmt(main_path, sizeof main_path, "%s/scenario.lua", s->dir);
    FILE *f = fopen(main_path, "rb");
    if (!f)
        return diag_set(d, main_path, 0, NULL, "missing: a scenario folder needs scenario.lua");
    fclose(f);

    /* string tables: English, then the chosen language; each the scenario's own over the
     * shared scenarios/common/strings/ (sides, framings, sources the scenarios have in common) */
    if (!load_strings(s, "", "en", &s->texts_en, &s->ntexts_en, d) ||
        !merge_common_strings(s, "en", &s->texts_en, &s->ntexts_en, d))
        return false;
    if (strcmp(s->lang, "en") != 0 &&
        (!load_strings(s, "", s->lang, &s->texts, &s->ntexts, d) ||
         !merge_common_strings(s, s->lang, &s->texts, &s->ntexts, d)))
        return false;

    /* run scenario.lua, remembering where each table was built */
    s->nwhere = (size_t)1 << 16;
    s->where = calloc(s->nwhere, sizeof *s->where);
    if (!s->where)
        return diag_set(d, main_path, 0, NULL, "out of memory");
    if (!sb_load_file(s, "scenario.lua", d))
        return false;
    s->opts = opts;
    s->nopts = nopts;
    s->loading = true;
    s->record_where = true;
    s->gload = g;
    bool outer;
    sb_enter(s, SB_LOAD_BUDGET, &outer);
    bool ok = sb_pcall(s, 0, 1, d);
    s->record_where = false;
    s->loading = false;
    if (!ok) {
        sb_leave(s, outer);
        if (!d->path[0])
            sb_fmt(d->path, sizeof d->path, "%s", main_path);
        return false;
    }
    /* unknown options chosen on the command line or in a menu */
    for (int i = 0; i < nopts; i++) {
        bool found = false;
        for (int k = 0; k < s->noptions; k++)
            if (strcmp(s->options[k].id, opts[i].id) == 0)
                found = true;
        if (!found) {
            char list[256] = "";
            for (int k = 0; k < s->noptions; k++) {
                size_t n = strlen(list);
                sb_fmt(list + n, sizeof list - n, "%s%s", k ? ", " : "", s->options[k].id);
            }
            sb_leave(s, outer);
            lua_pop(s->L, 1);
            return diag_set(d, main_path, 0, "options", "unknown option '%s' (%s%s)",
                            opts[i].id,
                            s->noptions ? "the scenario declares: " : "it declares none", list);
        }
    }

    /* build the game from the returned table, protected */
    struct tiled_map *map = calloc(1, sizeof *map);
    if (!map) {
        sb_leave(s, outer);
        return diag_set(d, main_path, 0, NULL, "out of memory");
    }
    struct ctx c = {s, g, d, main_path, map, 0, false};
    lua_pushcfunction(s->L, build);
    lua_insert(s->L, -2);
    lua_pushlightuserdata(s->L, &c);
    struct diag perr;
    bool called = sb_pcall(s, 2, 0, &perr);
    sb_leave(s, outer);
    free(map);
    if (!called) {
        *d = perr;
        if (!d->path[0])
            sb_fmt(d->path, sizeof d->path, "%s", main_path);
        return false;
    }
    if (!c.ok)
        return false;
    if (!lb_resolve_handlers(s, g, d))
        return false;
    sb_fmt(g->scenario_id, sizeof g->scenario_id, "%s", s->id);
    g->scenario_hash = s->hash;
    free(s->where);
    s->where = NULL;
    s->nwhere = 0;
    s->gload = NULL;
    return true;
}
