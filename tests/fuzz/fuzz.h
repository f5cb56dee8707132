/*
 * fuzz.h - shared pieces of the seeded mutation tests: a xorshift64* generator (no libc rand, so
 * every run and every machine sees the same cases), the mutators, file utilities, and the checks
 * every loader's test makes (a refusal names its file; what loads is a valid state).
 *
 * Every case is derived from (seed, case number) alone: fuzz_case_rng(seed, k) gives the
 * generator for case k, so a failing case replays on its own with FUZZ_CASE=k (and FUZZ_SEED=s
 * to try another seed; FUZZ_CASES=n to run more or fewer cases). See docs/robustness.md.
 */
#ifndef B20_FUZZ_H
#define B20_FUZZ_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game.h"

#define FUZZ_DEFAULT_SEED 0x20200427u

struct fuzz_rng {
    uint64_t s;
};

static inline uint64_t fuzz_next(struct fuzz_rng *r)
{
    uint64_t x = r->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform-enough in [0, n); n == 0 gives 0. */
static inline size_t fuzz_below(struct fuzz_rng *r, size_t n)
{
    return n ? (size_t)(fuzz_next(r) % n) : 0;
}

static inline struct fuzz_rng fuzz_case_rng(uint64_t seed, int k)
{
    /* splitmix64 of seed and case number, never zero */
    uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (uint64_t)(k + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    struct fuzz_rng r = {z ? z : 1};
    return r;
}

/* Seed, case range and count from the environment (FUZZ_SEED, FUZZ_CASE, FUZZ_CASES). */
struct fuzz_plan {
    uint64_t seed;
    int first, count;
};

static inline struct fuzz_plan fuzz_plan(int default_cases)
{
    struct fuzz_plan p = {FUZZ_DEFAULT_SEED, 0, default_cases};
    const char *s = getenv("FUZZ_SEED");
    if (s && *s)
        p.seed = strtoull(s, NULL, 0);
    s = getenv("FUZZ_CASES");
    if (s && *s && atoi(s) > 0)
        p.count = atoi(s);
    s = getenv("FUZZ_CASE");
    if (s && *s) {
        p.first = atoi(s);
        p.count = 1;
    }
    return p;
}

/* A growable byte buffer (always NUL-terminated, so text loaders can take it too). */
struct fuzz_buf {
    char *d;
    size_t n, cap;
};

static inline void fuzz_reserve(struct fuzz_buf *b, size_t need)
{
    if (need + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need + 1)
        cap *= 2;
    char *d = realloc(b->d, cap);
    if (!d) {
        fprintf(stderr, "fuzz: out of memory\n");
        exit(1);
    }
    b->d = d;
    b->cap = cap;
}

static inline void fuzz_set(struct fuzz_buf *b, const char *src, size_t n)
{
    fuzz_reserve(b, n);
    if (n)
        memcpy(b->d, src, n);
    b->n = n;
    b->d[n] = 0;
}

static inline void fuzz_splice(struct fuzz_buf *b, size_t at, size_t del, const char *ins,
                               size_t nins)
{
    if (at > b->n)
        at = b->n;
    if (del > b->n - at)
        del = b->n - at;
    /* `ins` may lie in the buffer itself (a range of it spliced back in): copy it out first,
     * since growing the buffer may move it and the shift below overwrites it */
    char *own = NULL;
    uintptr_t p = (uintptr_t)ins, lo = (uintptr_t)b->d;
    if (nins && b->d && p >= lo && p < lo + b->cap) {
        own = malloc(nins);
        if (!own) {
            fprintf(stderr, "fuzz: out of memory\n");
            exit(1);
        }
        memcpy(own, ins, nins);
        ins = own;
    }
    fuzz_reserve(b, b->n - del + nins);
    memmove(b->d + at + nins, b->d + at + del, b->n - at - del);
    if (nins)
        memcpy(b->d + at, ins, nins);
    free(own);
    b->n = b->n - del + nins;
    b->d[b->n] = 0;
}

static inline void fuzz_free(struct fuzz_buf *b)
{
    free(b->d);
    b->d = NULL;
    b->n = b->cap = 0;
}

/* Reads a whole file; exits the test with a message when it cannot (the fixtures must exist). */
static inline void fuzz_read_file(const char *path, struct fuzz_buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "fuzz: cannot open fixture %s\n", path);
        exit(1);
    }
    b->n = 0;
    char tmp[65536];
    size_t got;
    while ((got = fread(tmp, 1, sizeof tmp, f)) > 0)
        fuzz_splice(b, b->n, 0, tmp, got);
    fclose(f);
    fuzz_reserve(b, b->n);
    b->d[b->n] = 0;
}

static inline int fuzz_write_file(const char *path, const char *d, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = n ? fwrite(d, 1, n, f) : 0;
    return (fclose(f) == 0 && w == n) ? 0 : -1;
}

/* The source tree: $B20_SRC, else the parent of the working directory. */
static inline const char *fuzz_src(void)
{
    const char *s = getenv("B20_SRC");
    return s && *s ? s : "..";
}

/* Tokens that stress number, string and structure handling in every text format here. */
static const char *const fuzz_tokens[] = {
    "0", "-1", "1e309", "-1e309", "NaN", "nan", "inf", "-inf", "1e-400", "9223372036854775808",
    "-9223372036854775809", "4294967296", "2147483648", "-2147483649", "65536", "32768",
    "-32769", "1.5", "0x7fffffff", "00", "-0", "1e", ".5", "\"\"", "\"\\u0000\"",
    "\"\\ud800\"", "\"\\uDFFF\"", "\xff\xfe", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
    "\xe2\x82", "null", "true", "false", "[]", "{}", "[", "]", "{", "}", ",", ":", "\"", "\\",
    "\n", "\r\n", "\t", " ", "=", ";", "--", "[[", "]]", "\x01", "\x7f", "%s%n%x", "../..",
    "/", "*", "#",
};
#define FUZZ_NTOKENS (sizeof fuzz_tokens / sizeof fuzz_tokens[0])

/* Mutation kinds; names print with failures so a report says what was done. */
enum fuzz_op {
    FOP_BITFLIP,
    FOP_BYTE_SET,
    FOP_INSERT_BYTES,
    FOP_DELETE_BYTES,
    FOP_TRUNCATE,
    FOP_SPLICE,
    FOP_TOKEN_INSERT,
    FOP_NUMBER_REPLACE,
    FOP_LONG_STRING,
    FOP_DEEP_NEST,
    FOP_DUP_RANGE,
    FOP_BAD_UTF8,
    FOP_COUNT
};

static const char *const fuzz_op_names[FOP_COUNT] = {
    "bitflip", "byte-set", "insert-bytes", "delete-bytes", "truncate", "splice",
    "token-insert", "number-replace", "long-string", "deep-nest", "dup-range", "bad-utf8",
};

/* Replaces a run of digits (with sign) near pos by a token from the hostile numbers. */
static inline void fuzz_replace_number(struct fuzz_rng *r, struct fuzz_buf *b)
{
    static const char *const nums[] = {
        "1e309", "-1e309", "NaN", "-0", "0", "-1", "9223372036854775808", "2147483648",
        "-2147483649", "4294967295", "65535", "32767", "-32768", "1e-400",
        "123456789012345678901234567890",
        "0.000001", "1.7976931348623157e308", "99999", "-99999", "255", "256", "-129", "3.5",
    };
    if (!b->n)
        return;
    size_t start = fuzz_below(r, b->n), at = b->n;
    for (size_t i = 0; i < b->n; i++) {
        size_t j = (start + i) % b->n;
        if (b->d[j] >= '0' && b->d[j] <= '9') {
            at = j;
            break;
        }
    }
    if (at == b->n)
        return;
    size_t s = at, e = at;
    while (s > 0 && b->d[s - 1] >= '0' && b->d[s - 1] <= '9')
        s--;
    if (s > 0 && b->d[s - 1] == '-')
        s--;
    while (e < b->n && ((b->d[e] >= '0' && b->d[e] <= '9') || b->d[e] == '.'))
        e++;
    const char *t = nums[fuzz_below(r, sizeof nums / sizeof nums[0])];
    fuzz_splice(b, s, e - s, t, strlen(t));
}

/* Applies one mutation; `other` (may be NULL) is a second input for splicing. Returns the op. */
static inline enum fuzz_op fuzz_mutate(struct fuzz_rng *r, struct fuzz_buf *b,
                                       const struct fuzz_buf *other)
{
    enum fuzz_op op = (enum fuzz_op)fuzz_below(r, FOP_COUNT);
    size_t at = fuzz_below(r, b->n + 1);
    switch (op) {
    case FOP_BITFLIP:
        if (b->n)
            b->d[at % b->n] = (char)(b->d[at % b->n] ^ (1u << fuzz_below(r, 8)));
        break;
    case FOP_BYTE_SET:
        if (b->n)
            b->d[at % b->n] = (char)fuzz_below(r, 256);
        break;
    case FOP_INSERT_BYTES: {
        char tmp[16];
        size_t n = 1 + fuzz_below(r, sizeof tmp);
        for (size_t i = 0; i < n; i++)
            tmp[i] = (char)fuzz_below(r, 256);
        fuzz_splice(b, at, 0, tmp, n);
        break;
    }
    case FOP_DELETE_BYTES:
        fuzz_splice(b, at, 1 + fuzz_below(r, 64), NULL, 0);
        break;
    case FOP_TRUNCATE:
        b->n = at;
        b->d[b->n] = 0;
        break;
    case FOP_SPLICE:
        if (other && other->n) {
            size_t from = fuzz_below(r, other->n);
            size_t n = 1 + fuzz_below(r, other->n - from);
            if (n > 4096)
                n = 4096;
            fuzz_splice(b, at, fuzz_below(r, 256), other->d + from, n);
        } else {
            fuzz_splice(b, at, 0, b->d, at / 2);
        }
        break;
    case FOP_TOKEN_INSERT: {
        const char *t = fuzz_tokens[fuzz_below(r, FUZZ_NTOKENS)];
        fuzz_splice(b, at, fuzz_below(r, 3), t, strlen(t));
        break;
    }
    case FOP_NUMBER_REPLACE:
        fuzz_replace_number(r, b);
        break;
    case FOP_LONG_STRING: {
        size_t n = 100 + fuzz_below(r, 70000);
        char c = "aZ9_\"\\x \xd0"[fuzz_below(r, 9)];
        char *tmp = malloc(n);
        if (!tmp)
            break;
        memset(tmp, c, n);
        fuzz_splice(b, at, 0, tmp, n);
        free(tmp);
        break;
    }
    case FOP_DEEP_NEST: {
        size_t depth = 10 + fuzz_below(r, 3000);
        const char *open = fuzz_below(r, 2) ? "[" : "{";
        char *tmp = malloc(depth);
        if (!tmp)
            break;
        memset(tmp, open[0], depth);
        fuzz_splice(b, at, 0, tmp, depth);
        free(tmp);
        break;
    }
    case FOP_DUP_RANGE:
        if (b->n) {
            size_t from = fuzz_below(r, b->n);
            size_t n = 1 + fuzz_below(r, b->n - from);
            if (n > 2048)
                n = 2048;
            char *tmp = malloc(n);
            if (!tmp)
                break;
            memcpy(tmp, b->d + from, n);
            fuzz_splice(b, at, 0, tmp, n);
            free(tmp);
        }
        break;
    case FOP_BAD_UTF8: {
        static const char *const bad[] = {"\x80", "\xc3", "\xe2\x28\xa1", "\xf0\x28\x8c\xbc",
                                          "\xfe", "\xff", "\xc0\xaf", "\xed\xb0\x80"};
        const char *t = bad[fuzz_below(r, sizeof bad / sizeof bad[0])];
        fuzz_splice(b, at, 0, t, strlen(t));
        break;
    }
    case FOP_COUNT:
        break;
    }
    return op;
}

/* Line-level mutations for text formats (saves, Lua): delete, duplicate or swap whole lines.
 * Returns a short name of what was done. */
static inline const char *fuzz_mutate_lines(struct fuzz_rng *r, struct fuzz_buf *b)
{
    size_t nl = 0;
    for (size_t i = 0; i < b->n; i++)
        nl += b->d[i] == '\n';
    if (!nl)
        return "none";
    size_t pick = fuzz_below(r, nl), line = 0, s = 0;
    for (size_t i = 0; i < b->n && line < pick; i++)
        if (b->d[i] == '\n') {
            line++;
            s = i + 1;
        }
    size_t e = s;
    while (e < b->n && b->d[e] != '\n')
        e++;
    if (e < b->n)
        e++;
    switch (fuzz_below(r, 3)) {
    case 0:
        fuzz_splice(b, s, e - s, NULL, 0);
        return "delete-line";
    case 1: {
        size_t n = e - s;
        char *tmp = malloc(n + 1);
        if (!tmp)
            return "none";
        memcpy(tmp, b->d + s, n);
        fuzz_splice(b, s, 0, tmp, n);
        free(tmp);
        return "duplicate-line";
    }
    default: {
        /* move the line somewhere else */
        size_t n = e - s;
        char *tmp = malloc(n + 1);
        if (!tmp)
            return "none";
        memcpy(tmp, b->d + s, n);
        fuzz_splice(b, s, n, NULL, 0);
        size_t to = fuzz_below(r, b->n + 1);
        while (to > 0 && to < b->n && b->d[to - 1] != '\n')
            to--;
        fuzz_splice(b, to, 0, tmp, n);
        free(tmp);
        return "move-line";
    }
    }
}

/* A refusal must say what is wrong and name the file: `path`, or any file when NULL. */
static inline bool fuzz_refusal_named(const char *what, const struct diag *d, const char *path)
{
    if (getenv("FUZZ_VERBOSE"))
        fprintf(stderr, "%s: %s:%d: %s: %s\n", what, d->path, d->line, d->field, d->msg);
    if (d->msg[0] && (path ? strcmp(d->path, path) == 0 : d->path[0] != 0))
        return true;
    fprintf(stderr, "%s: refused without a message naming %s (path \"%s\", msg \"%s\")\n", what,
            path ? path : "a file", d->path, d->msg);
    return false;
}

/* Whatever loads (or starts: `when`) must pass every invariant of the state. */
static inline bool fuzz_state_valid(const char *what, const char *when, const struct game *g)
{
    struct diag c;
    if (game_check(g, &c))
        return true;
    char line[800];
    diag_format(&c, line, sizeof line);
    fprintf(stderr, "%s: %s but game_check fails: %s\n", what, when, line);
    return false;
}

#endif
