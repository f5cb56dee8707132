/*
 * sandbox.c - the scenario's Lua state and the walls around it.
 *
 * A scenario is untrusted code. This module makes sure that running it can neither harm the
 * machine nor hang or crash the game:
 *   - only the base, table, string, math, utf8 and coroutine libraries are opened, without the
 *     functions that reach files, the process, bytecode or the global random generator;
 *   - chunks are loaded as text only (crafted bytecode can crash the VM);
 *   - files are read from the scenario's own folder or the shared common/ folder, never
 *     through "..", absolute paths or odd characters;
 *   - a lua_Alloc with a byte cap turns memory bombs into a Lua error;
 *   - a count hook charges an instruction budget per entry into Lua and a call hook bounds the
 *     call depth; C library work the hook cannot see is charged by strings.c;
 *   - the string metatable and the library tables are read-only.
 * Invariant: every entry into Lua goes through sb_enter/sb_leave and sb_pcall, so a Lua error
 * ends as a struct diag, never as a longjmp into the caller or an abort.
 *
 * Depends on Lua 5.4 (lua.h, lauxlib.h, lualib.h), libc and the rules core (diag.h).
 */
#include "sandbox.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h> /* access: is a shipped common/ file there */

#include <lauxlib.h>
#include <lualib.h>

/* ====================================================================== allocator */
struct script *sb_script(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

static void hook(lua_State *L, lua_Debug *ar);

static void store_where(struct script *s, const void *p, int chunk, int line)
{
    size_t mask = s->nwhere - 1;
    size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < s->nwhere; i++) {
        struct sb_where *w = &s->where[(h + i) & mask];
        if (!w->p || w->p == p) {
            if (!w->p && s->where_used >= s->nwhere / 4 * 3)
                return; /* a script building that many tables gets no more lines */
            if (!w->p)
                s->where_used++;
            w->p = p;
            w->chunk = chunk;
            w->line = line;
            return;
        }
    }
    /* the table is full: the oldest entries keep their lines, this one goes without */
}

/* A table was just allocated while the scenario loads. Lua attributes a constructor to the
 * line of the token before its '{' (often the line above), so the table waits until the next
 * instruction runs - the first of its contents - and takes that instruction's line. The count
 * hook runs on every instruction meanwhile. */
static void note_table(struct script *s, const void *p)
{
    if (!s->where)
        return;
    if (s->npending == (int)(sizeof s->pending / sizeof s->pending[0])) {
        memmove(s->pending, s->pending + 1, sizeof s->pending - sizeof s->pending[0]);
        s->npending--;
    }
    s->pending[s->npending++] = p;
    if (!s->fine_hook) {
        s->fine_hook = true;
        lua_sethook(s->L, hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
    }
}

static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct script *s = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        s->mem -= old;
        return NULL;
    }
    if (nsize > old && s->mem - old + nsize > SB_MEM_CAP) {
        if (!s->mem_refused) {
            s->mem_refused = true;
            char path[DIAG_PATH_LEN];
            int line = 0;
            if (s->L && sb_where_now(s->L, path, sizeof path, &line))
                snprintf(s->mem_where, sizeof s->mem_where, "%.120s:%d", path, line);
            else
                s->mem_where[0] = '\0';
        }
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p)
        return NULL;
    s->mem = s->mem - old + nsize;
    if (s->mem > s->mem_peak)
        s->mem_peak = s->mem;
    if (!ptr && osize == LUA_TTABLE && s->record_where && s->L)
        note_table(s, p);
    return p;
}

/* ====================================================================== locations */
const char *sb_chunk_path(const struct script *s, const char *name)
{
    for (int i = 0; i < s->nchunks; i++)
        if (strcmp(s->chunks[i].name, name) == 0)
            return s->chunks[i].path;
    return NULL;
}

bool sb_where_now(lua_State *L, char *path, size_t len, int *line)
{
    struct script *s = sb_script(L);
    lua_Debug ar;
    for (int level = 0; level < 64 && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar))
            continue;
        if (ar.currentline <= 0 || ar.source[0] != '@')
            continue;
        const char *full = sb_chunk_path(s, ar.source + 1);
        snprintf(path, len, "%s", full ? full : ar.source + 1);
        *line = ar.currentline;
        return true;
    }
    return false;
}

bool sb_table_where(struct script *s, int idx, const char **path, int *line)
{
    if (!s->where || lua_type(s->L, idx) != LUA_TTABLE)
        return false;
    const void *p = lua_topointer(s->L, idx);
    size_t mask = s->nwhere - 1;
    size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < s->nwhere; i++) {
        const struct sb_where *w = &s->where[(h + i) & mask];
        if (!w->p)
            return false;
        if (w->p == p) {
            *path = s->chunks[w->chunk].path;
            *line = w->line;
            return true;
        }
    }
    return false;
}

/* ====================================================================== budget and depth */
static void raise_here(lua_State *L, const char *what)
{
    char path[DIAG_PATH_LEN];
    int line = 0;
    lua_Debug ar;
    /* the name Lua reports in messages, so that the error parses like any other */
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
        lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, what);
    } else if (sb_where_now(L, path, sizeof path, &line)) {
        lua_pushfstring(L, "%s:%d: %s", path, line, what);
    } else {
        lua_pushstring(L, what);
    }
    lua_error(L);
}

static void hook(lua_State *L, lua_Debug *ar)
{
    struct script *s = sb_script(L);
    if (ar->event == LUA_HOOKCOUNT) {
        /* this thread ran its hook count of instructions since the last call */
        s->used += lua_gethookcount(L);
        if (s->npending > 0 && lua_getinfo(L, "Sl", ar) && ar->source[0] == '@') {
            const char *full = sb_chunk_path(s, ar->source + 1);
            int chunk = -1;
            for (int i = 0; full && i < s->nchunks; i++)
                if (s->chunks[i].path == full)
                    chunk = i;
            for (int i = 0; chunk >= 0 && i < s->npending; i++)
                store_where(s, s->pending[i], chunk, ar->currentline);
        }
        s->npending = 0;
        s->fine_hook = false;
        if (s->used > s->budget) {
            /* from now on every instruction of this thread fails, so a pcall in a loop
             * cannot swallow the stop */
            lua_sethook(L, hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
            raise_here(L, "instruction budget exhausted (endless loop?)");
        }
        if (lua_gethookcount(L) != SB_HOOK_STEP)
            lua_sethook(L, hook, LUA_MASKCOUNT | LUA_MASKCALL, SB_HOOK_STEP);
    } else if (ar->event == LUA_HOOKCALL || ar->event == LUA_HOOKTAILCALL) {
        lua_Debug deep;
        if (lua_getstack(L, SB_MAX_DEPTH, &deep))
            raise_here(L, "calls nested too deep (endless recursion?)");
    }
}

void sb_enter(struct script *s, long budget, bool *outer)
{
    *outer = !s->in_entry;
    if (*outer) {
        s->in_entry = true;
        s->used = 0;
        s->budget = budget;
        s->mem_refused = false;
        s->fine_hook = false;
        s->npending = 0;
        s->nprints = 0;
        lua_sethook(s->L, hook, LUA_MASKCOUNT | LUA_MASKCALL, SB_HOOK_STEP);
    }
}

void sb_leave(struct script *s, bool outer)
{
    if (outer) {
        s->in_entry = false;
        lua_sethook(s->L, hook, LUA_MASKCOUNT | LUA_MASKCALL, SB_HOOK_STEP);
    }
}

void sb_charge(lua_State *L, long n)
{
    struct script *s = sb_script(L);
    if (n <= 0)
        return;
    if (n > s->budget - s->used) {
        s->used = s->budget + 1;
        lua_sethook(L, hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
        luaL_error(L, "instruction budget exhausted (too much work in a library call)");
    }
    s->used += n;
}

/* ====================================================================== errors */
/* Message handler: a string error stays as it is; anything else becomes a description. */
/* Does msg start with "name:123:"? */
static bool has_position(const char *msg)
{
    const char *c = strchr(msg, ':');
    while (c) {
        const char *p = c + 1;
        if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9')
                p++;
            if (*p == ':')
                return true;
        }
        if (c[1] == ' ' || c[1] == '\0')
            return false;
        c = strchr(c + 1, ':');
    }
    return false;
}

static int msgh(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING) {
        /* raised by a C function called from C (a wrapper, a deprecated alias): no position
         * yet, so give the Lua line that led here */
        char path[DIAG_PATH_LEN];
        int line = 0;
        if (!has_position(lua_tostring(L, 1)) && sb_where_now(L, path, sizeof path, &line))
            lua_pushfstring(L, "%s:%d: %s", path, line, lua_tostring(L, 1));
        return 1;
    }
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
        return 1;
    char path[DIAG_PATH_LEN];
    int line = 0;
    const char *tn = luaL_typename(L, 1);
    if (sb_where_now(L, path, sizeof path, &line))
        lua_pushfstring(L, "%s:%d: (error object is a %s value)", path, line, tn);
    else
        lua_pushfstring(L, "(error object is a %s value)", tn);
    return 1;
}

/* Splits "name:line: message" into d, mapping the chunk name to its full path. */
static void parse_error(const struct script *s, const char *msg, struct diag *d)
{
    diag_clear(d);
    const char *p = msg;
    /* a known chunk name first (names may contain ':' only as "common:") */
    for (int i = 0; i < s->nchunks; i++) {
        size_t n = strlen(s->chunks[i].name);
        if (strncmp(msg, s->chunks[i].name, n) == 0 && msg[n] == ':' && msg[n + 1] >= '0' &&
            msg[n + 1] <= '9') {
            char *end = NULL;
            long line = strtol(msg + n + 1, &end, 10);
            if (end && *end == ':') {
                p = end + 1;
                while (*p == ' ')
                    p++;
                /* "a.lua:4: a.lua:3: msg" (an error passed on by coroutine.wrap, say): the
                 * inner position is where it happened */
                for (int k = 0; k < s->nchunks; k++) {
                    size_t m = strlen(s->chunks[k].name);
                    if (strncmp(p, s->chunks[k].name, m) == 0 && p[m] == ':' &&
                        p[m + 1] >= '0' && p[m + 1] <= '9') {
                        parse_error(s, p, d);
                        return;
                    }
                }
                sb_copy(d->path, sizeof d->path, s->chunks[i].path);
                d->line = (int)line;
                snprintf(d->msg, sizeof d->msg, "%s", p);
                return;
            }
        }
    }
    /* "path:line: msg" where path is already a full path (from raise_here/msgh) */
    const char *c = strchr(msg, ':');
    while (c) {
        char *end = NULL;
        long line = (c[1] >= '0' && c[1] <= '9') ? strtol(c + 1, &end, 10) : 0;
        if (end && *end == ':' && line > 0 && (size_t)(c - msg) < sizeof d->path) {
            memcpy(d->path, msg, (size_t)(c - msg));
            d->path[c - msg] = '\0';
            const char *full = sb_chunk_path(s, d->path);
            if (full)
                sb_copy(d->path, sizeof d->path, full);
            d->line = (int)line;
            p = end + 1;
            while (*p == ' ')
                p++;
            snprintf(d->msg, sizeof d->msg, "%s", p);
            return;
        }
        c = strchr(c + 1, ':');
    }
    snprintf(d->msg, sizeof d->msg, "%s", msg);
}

bool sb_pcall(struct script *s, int nargs, int nres, struct diag *d)
{
    lua_State *L = s->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    int st = lua_pcall(L, nargs, nres, base);
    lua_remove(L, base);
    if (st == LUA_OK)
        return true;
    if (st == LUA_ERRMEM || s->mem_refused) {
        /* the allocator said no: where it happened was noted then (the stack is gone now) */
        diag_clear(d);
        if (s->mem_where[0]) {
            char msg[sizeof s->mem_where + 8];
            snprintf(msg, sizeof msg, "%s: x", s->mem_where);
            parse_error(s, msg, d);
        }
        snprintf(d->msg, sizeof d->msg, "memory limit of %d MiB exceeded",
                 (int)(SB_MEM_CAP >> 20));
        lua_pop(L, 1);
        s->mem_refused = false;
        return false;
    }
    const char *msg = lua_tostring(L, -1);
    parse_error(s, msg ? msg : "error without a message", d);
    if (st == LUA_ERRERR) {
        char inner[DIAG_MSG_LEN];
        sb_copy(inner, sizeof inner, d->msg);
        sb_fmt(d->msg, sizeof d->msg, "error while reporting an error: %s", inner);
    }
    lua_pop(L, 1);
    return false;
}

void sb_record_error(struct script *s, const struct diag *d)
{
    if (s->nerrors < SB_MAX_ERRORS) {
        s->errors[s->nerrors++] = *d;
    } else {
        /* keep the first ones (the cause), count the rest in the last slot */
        struct diag *last = &s->errors[SB_MAX_ERRORS - 1];
        snprintf(last->msg, sizeof last->msg, "more script errors were dropped");
        last->path[0] = '\0';
        last->line = 0;
        last->field[0] = '\0';
    }
}

void sb_fmt(char *dst, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst, n, fmt, ap);
    va_end(ap);
}

void sb_log(struct script *s, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    fprintf(stderr, "[%s] %s\n", s->id[0] ? s->id : "scenario", buf);
}

/* ====================================================================== files */
/* A scenario-relative path: letters, digits, '_', '-', '.', '/'; no "..", no leading '/'. */
static bool path_ok(const char *rel, size_t len, char *why, size_t wlen)
{
    if (len == 0 || len > 200)
        return snprintf(why, wlen, "a path of 1..200 characters is needed"), false;
    if (strlen(rel) != len)
        return snprintf(why, wlen, "the path contains a zero byte"), false;
    if (rel[0] == '/')
        return snprintf(why, wlen, "absolute paths are not allowed"), false;
    for (size_t i = 0; i < len; i++) {
        char c = rel[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || c == '-' || c == '.' || c == '/';
        if (!ok)
            return snprintf(why, wlen, "character '%c' is not allowed in a path",
                            c >= 32 && c < 127 ? c : '?'),
                   false;
    }
    /* no ".." component, no "." component, no empty component */
    const char *p = rel;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return snprintf(why, wlen, "'..', '.' and empty path parts are not allowed"), false;
        p += n;
        if (*p == '/')
            p++;
    }
    if (rel[len - 1] == '/')
        return snprintf(why, wlen, "the path names a folder"), false;
    return true;
}

/* Resolves rel to a full path and a short chunk name; false with why. */
static bool resolve(const struct script *s, const char *rel, char *full, size_t flen, char *name,
                    size_t nlen, char *why, size_t wlen)
{
    const char *base = s->dir;
    const char *folder = s->id;
    const char *file = rel;
    if (strncmp(rel, "common:", 7) == 0) {
        file = rel + 7;
        folder = "common";
    }
    if (!path_ok(file, strlen(file), why, wlen))
        return false;
    int n;
    if (file != rel) {
        n = snprintf(full, flen, "%s/common/%s", s->root, file);
        /* a scenario outside the game's folder (the user's data folder, --scenario-dir) still
         * reaches the shipped common/ folder, which the application names in B20_COMMON_DIR */
        const char *shipped = getenv("B20_COMMON_DIR");
        if (n >= 0 && (size_t)n < flen && access(full, R_OK) != 0 && shipped && shipped[0]) {
            char alt[SESSION_PATH_LEN];
            int m = snprintf(alt, sizeof alt, "%s/%s", shipped, file);
            if (m > 0 && (size_t)m < sizeof alt && (size_t)m < flen && access(alt, R_OK) == 0) {
                memcpy(full, alt, (size_t)m + 1);
                n = m;
            }
        }
    } else {
        n = snprintf(full, flen, "%s/%s", base, file);
    }
    if (n < 0 || (size_t)n >= flen)
        return snprintf(why, wlen, "the path is too long"), false;
    snprintf(name, nlen, "%s/%s", folder, file);
    return true;
}

bool sb_full_path(const struct script *s, const char *rel, char *full, size_t flen)
{
    char name[128], why[128];
    return resolve(s, rel, full, flen, name, sizeof name, why, sizeof why);
}

char *sb_read_file(struct script *s, const char *rel, size_t max, size_t *len, struct diag *d)
{
    char full[SESSION_PATH_LEN], name[128], why[128];
    if (!resolve(s, rel, full, sizeof full, name, sizeof name, why, sizeof why)) {
        diag_set(d, NULL, 0, NULL, "cannot use path '%s': %s", rel, why);
        return NULL;
    }
    FILE *f = fopen(full, "rb");
    if (!f) {
        diag_set(d, full, 0, NULL, "cannot open: %s", strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap >= max + 1)
                break;
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    bool err = ferror(f);
    fclose(f);
    if (!buf) {
        diag_set(d, full, 0, NULL, "out of memory reading the file");
        return NULL;
    }
    if (err || n > max) {
        free(buf);
        diag_set(d, full, 0, NULL, err ? "read error" : "the file is larger than %zu bytes", max);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    /* FNV-1a over the name and the bytes, folded into the scenario's content hash */
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char *p = name; *p; p++)
        h = (h ^ (uint8_t)*p) * 0x100000001b3ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)buf[i]) * 0x100000001b3ull;
    s->hash = (s->hash ^ h) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
    return buf;
}

bool sb_load_file(struct script *s, const char *rel, struct diag *d)
{
    char full[SESSION_PATH_LEN], name[128], why[128];
    if (!resolve(s, rel, full, sizeof full, name, sizeof name, why, sizeof why))
        return diag_set(d, NULL, 0, NULL, "cannot use path '%s': %s", rel, why);
    size_t len = 0;
    char *buf = sb_read_file(s, rel, SB_MAX_FILE, &len, d);
    if (!buf)
        return false;
    int idx = -1;
    for (int i = 0; i < s->nchunks; i++)
        if (strcmp(s->chunks[i].name, name) == 0)
            idx = i;
    if (idx < 0) {
        if (s->nchunks >= SB_MAX_CHUNKS) {
            free(buf);
            return diag_set(d, full, 0, NULL, "more than %d Lua files", SB_MAX_CHUNKS);
        }
        idx = s->nchunks++;
        snprintf(s->chunks[idx].name, sizeof s->chunks[idx].name, "%s", name);
        snprintf(s->chunks[idx].path, sizeof s->chunks[idx].path, "%s", full);
    }
    if (len > 0 && buf[0] == LUA_SIGNATURE[0]) {
        free(buf);
        return diag_set(d, full, 0, NULL, "precompiled (binary) chunks are refused: "
                                          "scenarios are Lua source text");
    }
    char chunkname[sizeof s->chunks[idx].name + 1];
    snprintf(chunkname, sizeof chunkname, "@%s", name);
    int st = luaL_loadbufferx(s->L, buf, len, chunkname, "t");
    free(buf);
    if (st != LUA_OK) {
        const char *msg = lua_tostring(s->L, -1);
        if (st == LUA_ERRMEM)
            diag_set(d, full, 0, NULL, "memory limit of %d MiB exceeded while parsing",
                     (int)(SB_MEM_CAP >> 20));
        else
            parse_error(s, msg ? msg : "syntax error", d);
        if (!d->path[0])
            sb_copy(d->path, sizeof d->path, full);
        lua_pop(s->L, 1);
        return false;
    }
    return true;
}

/* ====================================================================== read-only tables */
static int ro_newindex(lua_State *L)
{
    return luaL_error(L, "this table is read-only (field '%s')",
                      lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?");
}

static int ro_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_next(L, 1))
        return 2;
    lua_pushnil(L);
    return 1;
}

/* __pairs of a proxy: iterate the real table (upvalue 1) */
static int ro_pairs(lua_State *L)
{
    lua_pushcfunction(L, ro_next);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

void sb_freeze(lua_State *L)
{
    int t = lua_absindex(L, -1);
    lua_newtable(L);                 /* proxy */
    lua_createtable(L, 0, 4);        /* its metatable */
    lua_pushvalue(L, t);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, ro_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, t);
    lua_pushcclosure(L, ro_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, t);
}

/* ====================================================================== safe base functions */
static int sb_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_type(L, 2) == LUA_TTABLE && (lua_pushliteral(L, "__gc"), lua_rawget(L, 2)) != LUA_TNIL)
        return luaL_error(L, "__gc metamethods are not allowed in scenarios");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

static void open_lib(lua_State *L, const char *name, lua_CFunction f)
{
    luaL_requiref(L, name, f, 1);
    lua_pop(L, 1);
}

/* Builds the sandboxed globals; runs protected (memory errors are possible). */
static int open_body(lua_State *L)
{
    open_lib(L, "_G", luaopen_base);
    open_lib(L, LUA_TABLIBNAME, luaopen_table);
    open_lib(L, LUA_STRLIBNAME, luaopen_string);
    open_lib(L, LUA_MATHLIBNAME, luaopen_math);
    open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
    open_lib(L, LUA_COLIBNAME, luaopen_coroutine);

    /* base: no files, no code from strings, no GC control, no warnings to stderr */
    static const char *const base_off[] = {"dofile", "loadfile", "load", "loadstring",
                                           "require", "collectgarbage", "print", "warn",
                                           "module", "setfenv", "getfenv", "newproxy"};
    for (size_t i = 0; i < sizeof base_off / sizeof base_off[0]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, base_off[i]);
    }
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, sb_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
    /* libraries that must not exist even if luaL_requiref left them in package.loaded */
    static const char *const gone[] = {"io", "os", "debug", "package", "_LOADED"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, gone[i]);
    }
    lua_pushnil(L);
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);

    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_getglobal(L, LUA_TABLIBNAME);
    lua_getglobal(L, LUA_UTF8LIBNAME);
    /* stack: string math table utf8 */
    int top = lua_gettop(L);
    sb_open_strings(L, top - 3, top - 1, top);
    lua_settop(L, top - 4);

    /* the string metatable: its __index is the real string table, hidden and read-only */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lb_open_api(L);

    /* every library table becomes a read-only proxy */
    static const char *const frozen[] = {LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME,
                                         LUA_UTF8LIBNAME, LUA_COLIBNAME, "game", "unit",
                                         "hex", "rng", "on"};
    for (size_t i = 0; i < sizeof frozen / sizeof frozen[0]; i++) {
        if (lua_getglobal(L, frozen[i]) == LUA_TTABLE) {
            sb_freeze(L);
            lua_setglobal(L, frozen[i]);
        } else {
            lua_pop(L, 1);
        }
    }
    return 0;
}

bool sb_open(struct script *s)
{
    s->L = lua_newstate(sb_alloc, s);
    if (!s->L)
        return false;
    lua_pushcfunction(s->L, open_body);
    if (lua_pcall(s->L, 0, 0, 0) != LUA_OK) {
        lua_close(s->L);
        s->L = NULL;
        return false;
    }
    lua_sethook(s->L, hook, LUA_MASKCOUNT | LUA_MASKCALL, SB_HOOK_STEP);
    return true;
}

void sb_close(struct script *s)
{
    if (s->L) {
        /* finalizers are refused, but closing still runs under a budget */
        s->in_entry = true;
        s->used = 0;
        s->budget = SB_EVENT_BUDGET;
        lua_close(s->L);
        s->L = NULL;
    }
}
