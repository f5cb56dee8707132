/*
 * strings.c - string, table and utf8 functions whose C work is charged to the script's
 * instruction budget.
 *
 * The count hook only sees Lua instructions: one call to string.rep, string.upper or a
 * pattern search with many backtracking quantifiers can run for minutes inside C. So:
 *   - the pattern functions (find, match, gmatch, gsub) are our own implementation of Lua's
 *     pattern language (Lua 5.4 reference manual, section 6.4.1) with a step counter that
 *     charges the budget every few hundred matching steps;
 *   - string.rep refuses results larger than SB_MAX_STRING and charges their size;
 *   - every other string/utf8 function is wrapped to charge the length of its string
 *     arguments, and the table functions charge the number of elements they touch.
 * The original functions stay reachable only through the wrappers' upvalues and a private
 * registry table (so argument errors still name them, e.g. 'string.upper').
 *
 * Depends on Lua 5.4 and sandbox.c (sb_charge).
 */
#include "sandbox.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>

#include <lauxlib.h>

/* ====================================================================== charging wrappers */
#define BYTES_PER_STEP 16

/* Upvalue 1: the original function. Charges the length of every string argument. */
static int charged_call(lua_State *L)
{
    int top = lua_gettop(L);
    long n = 0;
    for (int i = 1; i <= top; i++)
        if (lua_type(L, i) == LUA_TSTRING)
            n += (long)(lua_rawlen(L, i) / BYTES_PER_STEP);
    sb_charge(L, n + 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, top, LUA_MULTRET);
    return lua_gettop(L);
}

/* Upvalue 1: the original table function. Charges the elements it may touch. */
static int charged_table_call(lua_State *L)
{
    int top = lua_gettop(L);
    long n = 1;
    if (lua_type(L, 1) == LUA_TTABLE) {
        long len = (long)lua_rawlen(L, 1);
        n += len / 8;
    }
    /* explicit ranges (concat i j, unpack i j, move f e): their size */
    const char *which = lua_tostring(L, lua_upvalueindex(2));
    if (which && (strcmp(which, "move") == 0 || strcmp(which, "concat") == 0 ||
                  strcmp(which, "unpack") == 0)) {
        int ia = strcmp(which, "move") == 0 ? 2 : strcmp(which, "concat") == 0 ? 3 : 2;
        if (lua_type(L, ia) == LUA_TNUMBER && lua_type(L, ia + 1) == LUA_TNUMBER) {
            lua_Integer a = lua_tointeger(L, ia), b = lua_tointeger(L, ia + 1);
            if (b > a && (lua_Unsigned)b - (lua_Unsigned)a >= (lua_Unsigned)1 << 24)
                return luaL_error(L, "table.%s: a range of more than 2^24 elements", which);
            if (b > a)
                n += (long)(b - a);
        }
    }
    if (which && strcmp(which, "sort") == 0) {
        long len = lua_type(L, 1) == LUA_TTABLE ? (long)lua_rawlen(L, 1) : 0;
        long lg = 1;
        while ((1L << lg) < len && lg < 62)
            lg++;
        n += len * lg / 4;
    }
    sb_charge(L, n);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, top, LUA_MULTRET);
    return lua_gettop(L);
}

/* ====================================================================== pattern matching */
#define MAX_CAPTURES 32
#define MAX_MATCH_DEPTH 200
#define CAP_UNFINISHED (-1)
#define CAP_POSITION (-2)
#define ESC '%'
#define SPECIALS "^$*+?.([%-"

struct mstate {
    const char *src, *src_end; /* the subject */
    const char *p_end;         /* end of the pattern */
    lua_State *L;
    int depth;                 /* recursion left */
    int level;                 /* captures open or closed */
    long steps;                /* matching steps not yet charged */
    struct {
        const char *init;
        ptrdiff_t len;
    } cap[MAX_CAPTURES];
};

static const char *do_match(struct mstate *ms, const char *s, const char *p);

static void step(struct mstate *ms)
{
    if (++ms->steps >= 256) {
        sb_charge(ms->L, ms->steps);
        ms->steps = 0;
    }
}

static void ms_reset(struct mstate *ms)
{
    ms->level = 0;
    ms->depth = MAX_MATCH_DEPTH;
}

static void ms_init(struct mstate *ms, lua_State *L, const char *s, size_t ls, const char *p,
                    size_t lp)
{
    ms->L = L;
    ms->src = s;
    ms->src_end = s + ls;
    ms->p_end = p + lp;
    ms->steps = 0;
    ms_reset(ms);
}

static void ms_flush(struct mstate *ms)
{
    if (ms->steps) {
        long n = ms->steps;
        ms->steps = 0;
        sb_charge(ms->L, n);
    }
}

/* The end of the single-character class starting at p. */
static const char *class_end(struct mstate *ms, const char *p)
{
    char c = *p++;
    if (c == ESC) {
        if (p >= ms->p_end)
            luaL_error(ms->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^')
            p++;
        /* the first character of a set is taken literally, even ']' */
        do {
            if (p >= ms->p_end)
                luaL_error(ms->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == ESC && p < ms->p_end)
                p++;
        } while (*p != ']');
        return p + 1;
    }
    return p;
}

static bool class_match(int c, int cl)
{
    bool r;
    switch (tolower(cl)) {
    case 'a': r = isalpha(c); break;
    case 'c': r = iscntrl(c); break;
    case 'd': r = isdigit(c); break;
    case 'g': r = isgraph(c); break;
    case 'l': r = islower(c); break;
    case 'p': r = ispunct(c); break;
    case 's': r = isspace(c); break;
    case 'u': r = isupper(c); break;
    case 'w': r = isalnum(c); break;
    case 'x': r = isxdigit(c); break;
    default: return cl == c;
    }
    return isupper(cl) ? !r : r;
}

/* p points at '[', last at the closing ']'. */
static bool set_match(int c, const char *p, const char *last)
{
    bool neg = false;
    p++;
    if (*p == '^') {
        neg = true;
        p++;
    }
    while (p < last) {
        if (*p == ESC && p + 1 < last) {
            p++;
            if (class_match(c, (unsigned char)*p))
                return !neg;
            p++;
        } else if (p + 2 < last && p[1] == '-') {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2])
                return !neg;
            p += 3;
        } else {
            if ((unsigned char)*p == c)
                return !neg;
            p++;
        }
    }
    return neg;
}

static bool single_match(struct mstate *ms, const char *s, const char *p, const char *ep)
{
    if (s >= ms->src_end)
        return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case ESC: return class_match(c, (unsigned char)p[1]);
    case '[': return set_match(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

static const char *match_balance(struct mstate *ms, const char *s, const char *p)
{
    if (p + 1 >= ms->p_end)
        luaL_error(ms->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= ms->src_end || *s != p[0])
        return NULL;
    int open = 1;
    while (++s < ms->src_end) {
        step(ms);
        if (*s == p[1]) {
            if (--open == 0)
                return s + 1;
        } else if (*s == p[0]) {
            open++;
        }
    }
    return NULL;
}

static const char *max_expand(struct mstate *ms, const char *s, const char *p, const char *ep)
{
    ptrdiff_t i = 0;
    while (single_match(ms, s + i, p, ep)) {
        step(ms);
        i++;
    }
    for (; i >= 0; i--) {
        const char *r = do_match(ms, s + i, ep + 1);
        if (r)
            return r;
    }
    return NULL;
}

static const char *min_expand(struct mstate *ms, const char *s, const char *p, const char *ep)
{
    for (;;) {
        const char *r = do_match(ms, s, ep + 1);
        if (r)
            return r;
        if (!single_match(ms, s, p, ep))
            return NULL;
        s++;
        step(ms);
    }
}

static const char *start_capture(struct mstate *ms, const char *s, const char *p, int what)
{
    if (ms->level >= MAX_CAPTURES)
        luaL_error(ms->L, "too many captures");
    ms->cap[ms->level].init = s;
    ms->cap[ms->level].len = what;
    ms->level++;
    const char *r = do_match(ms, s, p);
    if (!r)
        ms->level--;
    return r;
}

static const char *end_capture(struct mstate *ms, const char *s, const char *p)
{
    int l = -1;
    for (int i = ms->level - 1; i >= 0; i--)
        if (ms->cap[i].len == CAP_UNFINISHED) {
            l = i;
            break;
        }
    if (l < 0)
        luaL_error(ms->L, "invalid pattern capture");
    ms->cap[l].len = s - ms->cap[l].init;
    const char *r = do_match(ms, s, p);
    if (!r)
        ms->cap[l].len = CAP_UNFINISHED;
    return r;
}

static int check_capture(struct mstate *ms, int l)
{
    l -= '1';
    if (l < 0 || l >= ms->level || ms->cap[l].len == CAP_UNFINISHED)
        return luaL_error(ms->L, "invalid capture index %%%d", l + 1);
    return l;
}

static const char *match_capture(struct mstate *ms, const char *s, int l)
{
    l = check_capture(ms, l);
    size_t len = (size_t)ms->cap[l].len;
    if ((size_t)(ms->src_end - s) >= len && memcmp(ms->cap[l].init, s, len) == 0)
        return s + len;
    return NULL;
}

static const char *do_match(struct mstate *ms, const char *s, const char *p)
{
    if (ms->depth-- == 0)
        luaL_error(ms->L, "pattern too complex");
    for (;;) {
        step(ms);
        if (p == ms->p_end)
            break;
        if (*p == '(') {
            s = p[1] == ')' ? start_capture(ms, s, p + 2, CAP_POSITION)
                            : start_capture(ms, s, p + 1, CAP_UNFINISHED);
            break;
        }
        if (*p == ')') {
            s = end_capture(ms, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == ms->p_end) {
            s = s == ms->src_end ? s : NULL;
            break;
        }
        if (*p == ESC && p[1] == 'b') {
            s = match_balance(ms, s, p + 2);
            if (!s)
                break;
            p += 4;
            continue;
        }
        if (*p == ESC && p[1] == 'f') {
            p += 2;
            if (*p != '[')
                luaL_error(ms->L, "missing '[' after '%%f' in pattern");
            const char *ep = class_end(ms, p);
            int prev = s == ms->src ? '\0' : (unsigned char)s[-1];
            int cur = s < ms->src_end ? (unsigned char)*s : '\0';
            if (!set_match(prev, p, ep - 1) && set_match(cur, p, ep - 1)) {
                p = ep;
                continue;
            }
            s = NULL;
            break;
        }
        if (*p == ESC && p[1] >= '0' && p[1] <= '9') {
            s = match_capture(ms, s, (unsigned char)p[1]);
            if (!s)
                break;
            p += 2;
            continue;
        }
        /* a single-character class, maybe with a quantifier */
        const char *ep = class_end(ms, p);
        if (!single_match(ms, s, p, ep)) {
            if (*ep == '*' || *ep == '?' || *ep == '-') {
                p = ep + 1;
                continue;
            }
            s = NULL;
            break;
        }
        if (*ep == '?') {
            const char *r = do_match(ms, s + 1, ep + 1);
            if (r) {
                s = r;
                break;
            }
            p = ep + 1;
            continue;
        }
        if (*ep == '+') {
            s = max_expand(ms, s + 1, p, ep);
            break;
        }
        if (*ep == '*') {
            s = max_expand(ms, s, p, ep);
            break;
        }
        if (*ep == '-') {
            s = min_expand(ms, s, p, ep);
            break;
        }
        s++;
        p = ep;
    }
    ms->depth++;
    return s;
}

/* Pushes capture i (or the whole match s..e when there are no captures). */
static void push_capture(struct mstate *ms, int i, const char *s, const char *e)
{
    if (i >= ms->level) {
        if (i != 0)
            luaL_error(ms->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(ms->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t len = ms->cap[i].len;
    if (len == CAP_UNFINISHED)
        luaL_error(ms->L, "unfinished capture");
    if (len == CAP_POSITION)
        lua_pushinteger(ms->L, (ms->cap[i].init - ms->src) + 1);
    else
        lua_pushlstring(ms->L, ms->cap[i].init, (size_t)len);
}

static int push_captures(struct mstate *ms, const char *s, const char *e)
{
    int n = (ms->level == 0 && s) ? 1 : ms->level;
    luaL_checkstack(ms->L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(ms, i, s, e);
    return n;
}

/* 1-based init as Lua's string functions take it, to a 0-based offset (may be > len). */
static size_t start_offset(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return (size_t)pos - 1;
    if (pos == 0 || pos < -(lua_Integer)len)
        return 0;
    return len + (size_t)pos;
}

/* Plain substring search, charged per candidate position. */
static const char *find_plain(lua_State *L, const char *s, size_t ls, const char *p, size_t lp)
{
    if (lp == 0)
        return s;
    if (lp > ls)
        return NULL;
    long pending = 0;
    const char *end = s + (ls - lp) + 1;
    while (s < end) {
        const char *c = memchr(s, p[0], (size_t)(end - s));
        if (!c)
            break;
        pending += 1 + (long)(lp / BYTES_PER_STEP);
        if (pending > 4096) {
            sb_charge(L, pending);
            pending = 0;
        }
        if (memcmp(c + 1, p + 1, lp - 1) == 0) {
            sb_charge(L, pending);
            return c;
        }
        s = c + 1;
    }
    sb_charge(L, pending + (long)(ls / BYTES_PER_STEP));
    return NULL;
}

static int find_aux(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !strpbrk(p, SPECIALS))) {
        const char *r = find_plain(L, s + init, ls - init, p, lp);
        if (r) {
            lua_pushinteger(L, (r - s) + 1);
            lua_pushinteger(L, (lua_Integer)((r - s) + lp));
            return 2;
        }
        luaL_pushfail(L);
        return 1;
    }
    struct mstate ms;
    bool anchor = *p == '^';
    if (anchor) {
        p++;
        lp--;
    }
    ms_init(&ms, L, s, ls, p, lp);
    const char *s1 = s + init;
    do {
        ms_reset(&ms);
        const char *e = do_match(&ms, s1, p);
        if (e) {
            ms_flush(&ms);
            if (find) {
                lua_pushinteger(L, (s1 - s) + 1);
                lua_pushinteger(L, e - s);
                return push_captures(&ms, NULL, NULL) + 2;
            }
            return push_captures(&ms, s1, e);
        }
    } while (s1++ < ms.src_end && !anchor);
    ms_flush(&ms);
    luaL_pushfail(L);
    return 1;
}

static int str_find(lua_State *L)
{
    return find_aux(L, true);
}

static int str_match(lua_State *L)
{
    return find_aux(L, false);
}

/* gmatch state: offsets into the subject (upvalue 1); pattern is upvalue 2. */
struct gm_state {
    size_t pos;
    size_t last;  /* end of the last match, or SIZE_MAX */
};

static int gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    struct gm_state *gm = lua_touserdata(L, lua_upvalueindex(3));
    struct mstate ms;
    ms_init(&ms, L, s, ls, p, lp);
    for (size_t src = gm->pos; src <= ls; src++) {
        ms_reset(&ms);
        const char *e = do_match(&ms, s + src, p);
        if (e && (size_t)(e - s) != gm->last) {
            ms_flush(&ms);
            gm->pos = gm->last = (size_t)(e - s);
            return push_captures(&ms, s + src, e);
        }
    }
    ms_flush(&ms);
    gm->pos = ls + 1;
    return 0;
}

static int str_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    struct gm_state *gm = lua_newuserdatauv(L, sizeof *gm, 0);
    gm->pos = init > ls ? ls + 1 : init;
    gm->last = (size_t)-1;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

static void add_string_repl(struct mstate *ms, luaL_Buffer *b, const char *s, const char *e)
{
    size_t l;
    lua_State *L = ms->L;
    const char *news = lua_tolstring(L, 3, &l);
    const char *end = news + l;
    const char *p;
    while ((p = memchr(news, ESC, (size_t)(end - news))) != NULL) {
        luaL_addlstring(b, news, (size_t)(p - news));
        p++;
        if (p >= end)
            luaL_error(L, "invalid use of '%c' in replacement string", ESC);
        if (*p == ESC) {
            luaL_addchar(b, *p);
        } else if (*p == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (isdigit((unsigned char)*p)) {
            push_capture(ms, *p - '1', s, e);
            luaL_tolstring(L, -1, NULL);
            lua_remove(L, -2);
            luaL_addvalue(b);
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", ESC);
        }
        news = p + 1;
    }
    luaL_addlstring(b, news, (size_t)(end - news));
}

static void add_value(struct mstate *ms, luaL_Buffer *b, const char *s, const char *e, int tr)
{
    lua_State *L = ms->L;
    if (tr == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(ms, s, e);
        lua_call(L, n, 1);
    } else if (tr == LUA_TTABLE) {
        push_capture(ms, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_string_repl(ms, b, s, e);
        return;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

static int str_gsub(lua_State *L)
{
    size_t srcl, lp;
    const char *src = luaL_checklstring(L, 1, &srcl);
    const char *p = luaL_checklstring(L, 2, &lp);
    const char *lastmatch = NULL;
    int tr = lua_type(L, 3);
    lua_Integer max_s = luaL_optinteger(L, 4, (lua_Integer)srcl + 1);
    luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION ||
                            tr == LUA_TTABLE,
                     3, "string/function/table");
    bool anchor = *p == '^';
    if (anchor) {
        p++;
        lp--;
    }
    lua_settop(L, 4);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    struct mstate ms;
    ms_init(&ms, L, src, srcl, p, lp);
    lua_Integer n = 0;
    bool changed = false;
    while (n < max_s) {
        ms_reset(&ms);
        const char *e = do_match(&ms, src, p);
        if (e && e != lastmatch) {
            n++;
            changed = true;
            add_value(&ms, &b, src, e, tr);
            src = lastmatch = e;
        } else if (src < ms.src_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchor)
            break;
    }
    ms_flush(&ms);
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, src, (size_t)(ms.src_end - src));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}

static int str_rep(lua_State *L)
{
    size_t l, lsep;
    const char *s = luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char *sep = luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || (l == 0 && lsep == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    /* total = n*l + (n-1)*lsep, checked against the cap without overflow */
    size_t unit = l + lsep;
    if ((lua_Unsigned)n > SB_MAX_STRING / (unit ? unit : 1) + 1)
        return luaL_error(L, "string.rep: the result would exceed %d MiB",
                          (int)(SB_MAX_STRING >> 20));
    size_t total = (size_t)n * l + ((size_t)n - 1) * lsep;
    if (total > SB_MAX_STRING)
        return luaL_error(L, "string.rep: the result would exceed %d MiB",
                          (int)(SB_MAX_STRING >> 20));
    sb_charge(L, (long)(total / BYTES_PER_STEP) + 1);
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, total);
    for (lua_Integer i = 0; i < n; i++) {
        memcpy(p, s, l);
        p += l;
        if (lsep > 0 && i + 1 < n) {
            memcpy(p, sep, lsep);
            p += lsep;
        }
    }
    luaL_pushresultsize(&b, total);
    return 1;
}

/* ====================================================================== installing */
/* Wraps every function field of the table at idx with fn (upvalues: original, name), except
 * the names listed in skip. The originals go to loaded[libname] for error messages. */
static void wrap_all(lua_State *L, int idx, const char *libname, lua_CFunction fn,
                     const char *const *skip)
{
    idx = lua_absindex(L, idx);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_newtable(L); /* originals */
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, libname);
    int orig = lua_gettop(L);
    /* collect names first: the table is changed while we go */
    lua_newtable(L);
    int names = lua_gettop(L);
    int nn = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushvalue(L, -2);
            lua_rawseti(L, names, ++nn);
        }
        lua_pop(L, 1);
    }
    for (int i = 1; i <= nn; i++) {
        lua_rawgeti(L, names, i);
        const char *name = lua_tostring(L, -1);
        bool skipped = false;
        for (int k = 0; skip && skip[k]; k++)
            if (strcmp(skip[k], name) == 0)
                skipped = true;
        if (!skipped) {
            lua_getfield(L, idx, name);
            lua_pushvalue(L, -1);
            lua_setfield(L, orig, name);
            lua_pushvalue(L, -2);
            lua_pushcclosure(L, fn, 2);
            lua_setfield(L, idx, name);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 3); /* names, originals, loaded */
}

void sb_open_strings(lua_State *L, int string_idx, int table_idx, int utf8_idx)
{
    string_idx = lua_absindex(L, string_idx);
    table_idx = lua_absindex(L, table_idx);
    utf8_idx = lua_absindex(L, utf8_idx);
    static const char *const own[] = {"find", "match", "gmatch", "gsub", "rep", NULL};
    wrap_all(L, string_idx, "string", charged_call, own);
    static const luaL_Reg funcs[] = {{"find", str_find},   {"match", str_match},
                                     {"gmatch", str_gmatch}, {"gsub", str_gsub},
                                     {"rep", str_rep},     {NULL, NULL}};
    for (const luaL_Reg *r = funcs; r->name; r++) {
        lua_pushcfunction(L, r->func);
        lua_setfield(L, string_idx, r->name);
    }
    wrap_all(L, table_idx, "table", charged_table_call, NULL);
    wrap_all(L, utf8_idx, "utf8", charged_call, NULL);
}
