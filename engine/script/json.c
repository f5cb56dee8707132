/*
 * json.c - the strict JSON reader and the JSON text buffer (see json.h).
 *
 * Reading is one pass of recursive descent whose depth is capped at JSON_MAX_DEPTH, so hostile
 * input cannot exhaust the C stack. Finished values go to a scratch stack; when an array or
 * object closes, its members are copied into one contiguous run in the document's arena, so a
 * document is a handful of large blocks however many values it holds, and json_free() releases
 * them all. Invariant: every value in a document has been fully validated (UTF-8, escapes,
 * number range, unique keys) before json_parse() returns it.
 *
 * Dependencies: libc (strtod for number conversion, given the locale's decimal point in place
 * of JSON's '.'), libm (isinf, floor).
 */
#include "json.h"

#include <locale.h> /* localeconv: the decimal point strtod expects */
#include <math.h>   /* isinf */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ====================================================================== arena */
struct block {
    struct block *next;
    size_t used, cap;
    char *mem;
};

struct json_doc {
    struct block *blocks;
    struct json root;
};

#define BLOCK_MIN ((size_t)64 << 10)
#define ALIGN 16

static void *arena_alloc(struct json_doc *doc, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    struct block *b = doc->blocks;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > BLOCK_MIN ? size : BLOCK_MIN;
        b = malloc(sizeof *b);
        if (!b)
            return NULL;
        b->mem = malloc(cap);
        if (!b->mem) {
            free(b);
            return NULL;
        }
        b->used = 0;
        b->cap = cap;
        b->next = doc->blocks;
        doc->blocks = b;
    }
    void *p = b->mem + b->used;
    b->used += size;
    return p;
}

void json_free(struct json_doc *doc)
{
    if (!doc)
        return;
    struct block *b = doc->blocks;
    while (b) {
        struct block *next = b->next;
        free(b->mem);
        free(b);
        b = next;
    }
    free(doc);
}

/* ====================================================================== parser */
struct parser {
    const char *p, *end;
    const char *line_start;
    int line;
    int depth;
    struct json_doc *doc;
    struct json_error *err;
    bool failed;
    /* finished members waiting for their container to close */
    struct json *vals;
    const char **keys;
    size_t n, cap;
};

static bool fail_at(struct parser *P, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool fail_at(struct parser *P, const char *at, const char *fmt, ...)
{
    if (P->failed)
        return false;
    P->failed = true;
    if (P->err) {
        P->err->line = P->line;
        /* 0 when the position is not on the reported line (a duplicate key's object) */
        P->err->col = at >= P->line_start ? (int)(at - P->line_start) + 1 : 0;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
        va_end(ap);
    }
    return false;
}

static bool oom(struct parser *P)
{
    if (!P->failed && P->err) {
        P->err->line = 0;
        P->err->col = 0;
        snprintf(P->err->msg, sizeof P->err->msg, "out of memory");
    }
    P->failed = true;
    return false;
}

static void skip_ws(struct parser *P)
{
    while (P->p < P->end) {
        char c = *P->p;
        if (c == '\n') {
            P->line++;
            P->line_start = P->p + 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            return;
        }
        P->p++;
    }
}

static const char *describe(char c, char *buf, size_t n)
{
    unsigned char u = (unsigned char)c;
    if (u >= 0x21 && u < 0x7f)
        snprintf(buf, n, "'%c'", c);
    else
        snprintf(buf, n, "byte 0x%02x", u);
    return buf;
}

static bool push(struct parser *P, const struct json *v, const char *key)
{
    if (P->n == P->cap) {
        size_t cap = P->cap ? P->cap * 2 : 256;
        struct json *vals = realloc(P->vals, cap * sizeof *vals);
        if (!vals)
            return oom(P);
        P->vals = vals;
        const char **keys = realloc(P->keys, cap * sizeof *keys);
        if (!keys)
            return oom(P);
        P->keys = keys;
        P->cap = cap;
    }
    P->vals[P->n] = *v;
    P->keys[P->n] = key;
    P->n++;
    return true;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool read_u4(struct parser *P, const char *at, unsigned *out)
{
    if (P->end - at < 4)
        return fail_at(P, at, "truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(at[i]);
        if (h < 0)
            return fail_at(P, at, "bad \\u escape: 4 hex digits expected");
        v = v * 16 + (unsigned)h;
    }
    *out = v;
    return true;
}

static size_t put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xc0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xe0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Length of the well-formed UTF-8 sequence at s (RFC 3629), or 0. */
static size_t utf8_len(const unsigned char *s, const unsigned char *end)
{
    unsigned char c = s[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf)
        n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        if (c == 0xe0)
            lo = 0xa0;
        else if (c == 0xed)
            hi = 0x9f; /* no UTF-16 surrogates */
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        if (c == 0xf0)
            lo = 0x90;
        else if (c == 0xf4)
            hi = 0x8f;
    } else
        return 0;
    if ((size_t)(end - s) < n)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xbf)
            return 0;
    return n;
}

/* P->p is at the opening quote. */
static bool parse_string(struct parser *P, const char **out, size_t *outlen)
{
    const char *start = ++P->p;
    const char *q = start;
    while (q < P->end && *q != '"') {
        if (*q == '\\')
            q++;
        q++;
    }
    if (q >= P->end)
        return fail_at(P, start - 1, "unterminated string");
    char *o = arena_alloc(P->doc, (size_t)(q - start) + 1);
    if (!o)
        return oom(P);
    size_t n = 0;
    const char *s = start;
    while (s < q) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20)
            return fail_at(P, s, "control character (byte 0x%02x) in a string", c);
        if (c >= 0x80) {
            size_t k = utf8_len((const unsigned char *)s, (const unsigned char *)q);
            if (!k)
                return fail_at(P, s, "invalid UTF-8 in a string");
            memcpy(o + n, s, k);
            n += k;
            s += k;
            continue;
        }
        if (c != '\\') {
            o[n++] = (char)c;
            s++;
            continue;
        }
        char e = s[1];
        const char *esc = s;
        s += 2;
        switch (e) {
        case '"': o[n++] = '"'; break;
        case '\\': o[n++] = '\\'; break;
        case '/': o[n++] = '/'; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            unsigned cp;
            if (!read_u4(P, s, &cp))
                return false;
            s += 4;
            if (cp >= 0xdc00 && cp <= 0xdfff)
                return fail_at(P, esc, "lone low surrogate \\u%04x", cp);
            if (cp >= 0xd800 && cp <= 0xdbff) {
                unsigned lo;
                if (q - s < 6 || s[0] != '\\' || s[1] != 'u')
                    return fail_at(P, esc, "high surrogate \\u%04x without its low half", cp);
                if (!read_u4(P, s + 2, &lo))
                    return false;
                if (lo < 0xdc00 || lo > 0xdfff)
                    return fail_at(P, esc, "high surrogate \\u%04x without its low half", cp);
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                s += 6;
            }
            if (cp == 0)
                return fail_at(P, esc, "\\u0000 is not allowed in strings");
            n += put_utf8(o + n, cp);
            break;
        }
        default: {
            char d[16];
            return fail_at(P, esc, "bad escape \\%s", describe(e, d, sizeof d) + 1);
        }
        }
    }
    o[n] = '\0';
    P->p = q + 1;
    *out = o;
    *outlen = n;
    return true;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool parse_number(struct parser *P, struct json *v)
{
    const char *s = P->p, *q = P->p;
    if (q < P->end && *q == '-')
        q++;
    if (q >= P->end || !is_digit(*q))
        return fail_at(P, s, "bad number: a digit is expected");
    if (*q == '0') {
        q++;
        if (q < P->end && is_digit(*q))
            return fail_at(P, s, "bad number: leading zero");
    } else {
        while (q < P->end && is_digit(*q))
            q++;
    }
    if (q < P->end && *q == '.') {
        q++;
        if (q >= P->end || !is_digit(*q))
            return fail_at(P, s, "bad number: a digit must follow '.'");
        while (q < P->end && is_digit(*q))
            q++;
    }
    if (q < P->end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < P->end && (*q == '+' || *q == '-'))
            q++;
        if (q >= P->end || !is_digit(*q))
            return fail_at(P, s, "bad number: a digit must follow the exponent");
        while (q < P->end && is_digit(*q))
            q++;
    }
    char buf[512];
    size_t len = (size_t)(q - s);
    if (len >= sizeof buf)
        return fail_at(P, s, "number too long (%zu characters)", len);
    memcpy(buf, s, len);
    buf[len] = '\0';
    /* strtod reads the locale's decimal point; JSON's is always '.' */
    const char *dp = localeconv()->decimal_point;
    if (dp && dp[0] && dp[0] != '.' && !dp[1]) {
        char *dot = strchr(buf, '.');
        if (dot)
            *dot = dp[0];
    }
    double d = strtod(buf, NULL);
    if (isinf(d))
        return fail_at(P, s, "number out of range: %.40s", buf);
    v->type = JSON_NUMBER;
    v->u.num = d;
    P->p = q;
    return true;
}

static bool parse_value(struct parser *P, struct json *v);

static bool close_container(struct parser *P, struct json *v, size_t base, bool object)
{
    size_t n = P->n - base;
    struct json *items = NULL;
    const char **keys = NULL;
    if (n) {
        if (n > SIZE_MAX / sizeof *items)
            return oom(P);
        items = arena_alloc(P->doc, n * sizeof *items);
        if (!items)
            return oom(P);
        memcpy(items, P->vals + base, n * sizeof *items);
        if (object) {
            keys = arena_alloc(P->doc, n * sizeof *keys);
            if (!keys)
                return oom(P);
            memcpy(keys, P->keys + base, n * sizeof *keys);
        }
    }
    P->n = base;
    v->u.list.items = items;
    v->u.list.keys = keys;
    v->u.list.n = n;
    return true;
}

struct key_ref {
    const char *key;
    int line;
};

static int cmp_key_ref(const void *a, const void *b)
{
    const struct key_ref *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return (x->line > y->line) - (x->line < y->line);
}

/* Refuses an object with a repeated key (checked before the members are moved). */
static bool check_unique(struct parser *P, size_t base, const char *obj_at)
{
    size_t n = P->n - base;
    if (n < 2)
        return true;
    if (n <= 16) {
        for (size_t i = base + 1; i < P->n; i++)
            for (size_t j = base; j < i; j++)
                if (!strcmp(P->keys[i], P->keys[j])) {
                    P->line = P->vals[i].line;
                    return fail_at(P, obj_at, "duplicate key \"%.60s\"", P->keys[i]);
                }
        return true;
    }
    struct key_ref *refs = malloc(n * sizeof *refs);
    if (!refs)
        return oom(P);
    for (size_t i = 0; i < n; i++) {
        refs[i].key = P->keys[base + i];
        refs[i].line = P->vals[base + i].line;
    }
    qsort(refs, n, sizeof *refs, cmp_key_ref);
    for (size_t i = 1; i < n; i++)
        if (!strcmp(refs[i].key, refs[i - 1].key)) {
            P->line = refs[i].line;
            bool r = fail_at(P, obj_at, "duplicate key \"%.60s\"", refs[i].key);
            free(refs);
            return r;
        }
    free(refs);
    return true;
}

static bool parse_array(struct parser *P, struct json *v)
{
    const char *open = P->p++;
    size_t base = P->n;
    v->type = JSON_ARRAY;
    skip_ws(P);
    if (P->p < P->end && *P->p == ']') {
        P->p++;
        return close_container(P, v, base, false);
    }
    for (;;) {
        struct json item;
        if (!parse_value(P, &item) || !push(P, &item, NULL))
            return false;
        skip_ws(P);
        if (P->p >= P->end)
            return fail_at(P, open, "unterminated array (end of input)");
        if (*P->p == ']') {
            P->p++;
            return close_container(P, v, base, false);
        }
        if (*P->p != ',') {
            char d[16];
            return fail_at(P, P->p, "expected ',' or ']' in an array, found %s",
                           describe(*P->p, d, sizeof d));
        }
        const char *comma = P->p++;
        skip_ws(P);
        if (P->p < P->end && *P->p == ']')
            return fail_at(P, comma, "trailing comma in an array");
    }
}

static bool parse_object(struct parser *P, struct json *v)
{
    const char *open = P->p++;
    size_t base = P->n;
    v->type = JSON_OBJECT;
    skip_ws(P);
    if (P->p < P->end && *P->p == '}') {
        P->p++;
        return close_container(P, v, base, true);
    }
    for (;;) {
        skip_ws(P);
        if (P->p >= P->end)
            return fail_at(P, open, "unterminated object (end of input)");
        if (*P->p != '"') {
            char d[16];
            return fail_at(P, P->p, "expected a string key in an object, found %s",
                           describe(*P->p, d, sizeof d));
        }
        const char *key;
        size_t klen;
        if (!parse_string(P, &key, &klen))
            return false;
        skip_ws(P);
        if (P->p >= P->end || *P->p != ':')
            return fail_at(P, P->p, "expected ':' after the key \"%.60s\"", key);
        P->p++;
        struct json item;
        if (!parse_value(P, &item) || !push(P, &item, key))
            return false;
        skip_ws(P);
        if (P->p >= P->end)
            return fail_at(P, open, "unterminated object (end of input)");
        if (*P->p == '}') {
            P->p++;
            if (!check_unique(P, base, open))
                return false;
            return close_container(P, v, base, true);
        }
        if (*P->p != ',') {
            char d[16];
            return fail_at(P, P->p, "expected ',' or '}' in an object, found %s",
                           describe(*P->p, d, sizeof d));
        }
        const char *comma = P->p++;
        skip_ws(P);
        if (P->p < P->end && *P->p == '}')
            return fail_at(P, comma, "trailing comma in an object");
    }
}

static bool match_word(struct parser *P, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(P->end - P->p) < n || memcmp(P->p, w, n) != 0)
        return false;
    P->p += n;
    return true;
}

static bool parse_value(struct parser *P, struct json *v)
{
    skip_ws(P);
    memset(v, 0, sizeof *v);
    v->line = P->line;
    if (P->p >= P->end)
        return fail_at(P, P->p, "unexpected end of input: a value is expected");
    char c = *P->p;
    switch (c) {
    case '{':
    case '[': {
        if (P->depth >= JSON_MAX_DEPTH)
            return fail_at(P, P->p, "nesting deeper than %d levels", JSON_MAX_DEPTH);
        P->depth++;
        bool ok = c == '{' ? parse_object(P, v) : parse_array(P, v);
        P->depth--;
        return ok;
    }
    case '"':
        v->type = JSON_STRING;
        return parse_string(P, &v->u.str.s, &v->u.str.len);
    case 't':
        if (match_word(P, "true")) {
            v->type = JSON_BOOL;
            v->u.b = true;
            return true;
        }
        break;
    case 'f':
        if (match_word(P, "false")) {
            v->type = JSON_BOOL;
            v->u.b = false;
            return true;
        }
        break;
    case 'n':
        if (match_word(P, "null")) {
            v->type = JSON_NULL;
            return true;
        }
        break;
    default:
        if (c == '-' || is_digit(c))
            return parse_number(P, v);
        break;
    }
    char d[16];
    return fail_at(P, P->p, "unexpected %s: a value is expected", describe(c, d, sizeof d));
}

struct json_doc *json_parse(const char *buf, size_t len, struct json_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (len > JSON_MAX_SIZE) {
        if (err)
            snprintf(err->msg, sizeof err->msg, "input of %zu bytes is larger than %zu", len,
                     JSON_MAX_SIZE);
        return NULL;
    }
    struct json_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        if (err)
            snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    struct parser P = {0};
    P.p = buf ? buf : "";
    P.end = P.p + (buf ? len : 0);
    P.line_start = P.p;
    P.line = 1;
    P.doc = doc;
    P.err = err;
    if (P.end - P.p >= 3 && !memcmp(P.p, "\xef\xbb\xbf", 3))
        P.p += 3;
    bool ok = parse_value(&P, &doc->root);
    if (ok) {
        skip_ws(&P);
        if (P.p < P.end) {
            char d[16];
            ok = fail_at(&P, P.p, "unexpected %s after the JSON value",
                         describe(*P.p, d, sizeof d));
        }
    }
    free(P.vals);
    free(P.keys);
    if (!ok) {
        json_free(doc);
        return NULL;
    }
    return doc;
}

const struct json *json_root(const struct json_doc *doc)
{
    return doc ? &doc->root : NULL;
}

/* ====================================================================== access */
const char *json_type_name(enum json_type t)
{
    switch (t) {
    case JSON_NULL: return "null";
    case JSON_BOOL: return "a boolean";
    case JSON_NUMBER: return "a number";
    case JSON_STRING: return "a string";
    case JSON_ARRAY: return "an array";
    case JSON_OBJECT: return "an object";
    }
    return "?";
}

const struct json *json_get(const struct json *v, const char *key)
{
    if (!v || v->type != JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->u.list.n; i++)
        if (!strcmp(v->u.list.keys[i], key))
            return &v->u.list.items[i];
    return NULL;
}

const struct json *json_at(const struct json *v, size_t i)
{
    if (!v || (v->type != JSON_ARRAY && v->type != JSON_OBJECT) || i >= v->u.list.n)
        return NULL;
    return &v->u.list.items[i];
}

const char *json_key(const struct json *v, size_t i)
{
    if (!v || v->type != JSON_OBJECT || i >= v->u.list.n)
        return NULL;
    return v->u.list.keys[i];
}

size_t json_len(const struct json *v)
{
    if (!v || (v->type != JSON_ARRAY && v->type != JSON_OBJECT))
        return 0;
    return v->u.list.n;
}

bool json_int(const struct json *v, long long *out)
{
    const double lim = 9007199254740992.0; /* 2^53 */
    if (!v || v->type != JSON_NUMBER)
        return false;
    double d = v->u.num;
    if (!(d >= -lim && d <= lim) || d != floor(d))
        return false;
    *out = (long long)d;
    return true;
}

const char *json_str(const struct json *v)
{
    return v && v->type == JSON_STRING ? v->u.str.s : NULL;
}

/* ====================================================================== writing */
static bool buf_reserve(struct json_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void json_buf_add(struct json_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void json_buf_puts(struct json_buf *b, const char *s)
{
    json_buf_add(b, s, strlen(s));
}

void json_buf_printf(struct json_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !buf_reserve(b, (size_t)n)) {
        if (n < 0)
            b->failed = true;
        va_end(ap2);
        return;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}

void json_buf_string(struct json_buf *b, const char *s)
{
    json_buf_add(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': json_buf_add(b, "\\\"", 2); break;
        case '\\': json_buf_add(b, "\\\\", 2); break;
        case '\n': json_buf_add(b, "\\n", 2); break;
        case '\r': json_buf_add(b, "\\r", 2); break;
        case '\t': json_buf_add(b, "\\t", 2); break;
        default:
            if (*p < 0x20)
                json_buf_printf(b, "\\u%04x", *p);
            else
                json_buf_add(b, (const char *)p, 1);
        }
    }
    json_buf_add(b, "\"", 1);
}

void json_buf_fini(struct json_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}
