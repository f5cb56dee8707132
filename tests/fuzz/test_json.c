/*
 * test_json.c - seeded mutation runs over json_parse(): every mutated input is either refused
 * with a message and a position, or parsed into a tree that keeps the reader's promises (strict
 * UTF-8 strings without NUL, depth within JSON_MAX_DEPTH, finite numbers) and that writes back
 * to text which parses to the same tree.
 */
#include <math.h>

#include "fuzz.h"
#include "harness.h"
#include "json.h"

static struct fuzz_buf seeds[4];
static int nseeds;
static int cases_run;

static const char *const small_seeds[] = {
    "{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\\u00e9\\n\\\"x\\\"\"}}",
    "[{\"name\": \"km_per_hex\", \"type\": \"int\", \"value\": 10}, \"\xd0\x91\xd0\xb0\xd0\xba\xd1"
    "\x83\", [[[[]]]], {}]",
};

static bool utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k;
        unsigned cp;
        if (c < 0x80) {
            if (c == 0)
                return false;
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (p[i + j] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += k + 1;
    }
    return true;
}

/* Checks the tree's promises; returns false (after printing) on the first broken one. */
static bool tree_ok(const struct json *v, int depth, const char *what)
{
    if (depth > JSON_MAX_DEPTH + 1) {
        fprintf(stderr, "%s: depth %d beyond JSON_MAX_DEPTH\n", what, depth);
        return false;
    }
    if (v->line < 1) {
        fprintf(stderr, "%s: value with line %d\n", what, v->line);
        return false;
    }
    switch (v->type) {
    case JSON_NUMBER:
        if (!isfinite(v->u.num)) {
            fprintf(stderr, "%s: non-finite number accepted\n", what);
            return false;
        }
        return true;
    case JSON_STRING:
        if (strlen(v->u.str.s) != v->u.str.len || !utf8_valid(v->u.str.s, v->u.str.len)) {
            fprintf(stderr, "%s: string with NUL or invalid UTF-8 accepted\n", what);
            return false;
        }
        return json_str(v) == v->u.str.s;
    case JSON_ARRAY:
    case JSON_OBJECT:
        if (json_len(v) != v->u.list.n)
            return false;
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (v->type == JSON_OBJECT) {
                const char *k = json_key(v, i);
                if (!k || !utf8_valid(k, strlen(k))) {
                    fprintf(stderr, "%s: bad object key\n", what);
                    return false;
                }
                if (json_get(v, k) != json_at(v, i)) {
                    fprintf(stderr, "%s: json_get(\"%s\") is not member %zu (duplicate key?)\n",
                            what, k, i);
                    return false;
                }
            }
            if (!tree_ok(json_at(v, i), depth + 1, what))
                return false;
        }
        return json_at(v, v->u.list.n) == NULL;
    default:
        return true;
    }
}

static void write_tree(struct json_buf *b, const struct json *v)
{
    switch (v->type) {
    case JSON_NULL:
        json_buf_puts(b, "null");
        break;
    case JSON_BOOL:
        json_buf_puts(b, v->u.b ? "true" : "false");
        break;
    case JSON_NUMBER:
        json_buf_printf(b, "%.17g", v->u.num);
        break;
    case JSON_STRING:
        json_buf_string(b, v->u.str.s);
        break;
    case JSON_ARRAY:
    case JSON_OBJECT:
        json_buf_puts(b, v->type == JSON_ARRAY ? "[" : "{");
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (i)
                json_buf_puts(b, ",\n");
            if (v->type == JSON_OBJECT) {
                json_buf_string(b, json_key(v, i));
                json_buf_puts(b, ":");
            }
            write_tree(b, json_at(v, i));
        }
        json_buf_puts(b, v->type == JSON_ARRAY ? "]" : "}");
        break;
    }
}

static bool tree_equal(const struct json *a, const struct json *b)
{
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case JSON_NULL:
        return true;
    case JSON_BOOL:
        return a->u.b == b->u.b;
    case JSON_NUMBER:
        return a->u.num == b->u.num;
    case JSON_STRING:
        return a->u.str.len == b->u.str.len && !memcmp(a->u.str.s, b->u.str.s, a->u.str.len);
    default:
        if (a->u.list.n != b->u.list.n)
            return false;
        for (size_t i = 0; i < a->u.list.n; i++) {
            if (a->type == JSON_OBJECT && strcmp(json_key(a, i), json_key(b, i)))
                return false;
            if (!tree_equal(json_at(a, i), json_at(b, i)))
                return false;
        }
        return true;
    }
}

/* One input: refused with a message, or a sound tree that round-trips. */
static bool check_input(const char *buf, size_t len, const char *what)
{
    cases_run++;
    struct json_error err;
    memset(&err, 0x5a, sizeof err);
    struct json_doc *doc = json_parse(buf, len, &err);
    if (!doc) {
        if (!memchr(err.msg, 0, sizeof err.msg) || !err.msg[0] || err.line < 0 || err.col < 0) {
            fprintf(stderr, "%s: refused without a message or with a bad position\n", what);
            return false;
        }
        int lines = 1;
        for (size_t i = 0; i < len; i++)
            lines += buf[i] == '\n';
        if (err.line > lines) {
            fprintf(stderr, "%s: error line %d beyond the input's %d lines (%s)\n", what,
                    err.line, lines, err.msg);
            return false;
        }
        return true;
    }
    bool ok = json_root(doc) && tree_ok(json_root(doc), 1, what);
    if (ok) {
        struct json_buf out = {0};
        write_tree(&out, json_root(doc));
        struct json_error e2;
        struct json_doc *again = out.failed ? NULL : json_parse(out.data, out.len, &e2);
        if (!again) {
            fprintf(stderr, "%s: accepted tree does not parse back: %s\n", what,
                    out.failed ? "out of memory" : e2.msg);
            ok = false;
        } else if (!tree_equal(json_root(doc), json_root(again))) {
            fprintf(stderr, "%s: accepted tree parses back different\n", what);
            ok = false;
        }
        json_free(again);
        json_buf_fini(&out);
    }
    json_free(doc);
    return ok;
}

static void load_seeds(void)
{
    if (nseeds)
        return;
    char p[1024];
    snprintf(p, sizeof p, "%s/scenarios/common/caucasus1920.tmj", fuzz_src());
    fuzz_read_file(p, &seeds[nseeds++]);
    snprintf(p, sizeof p, "%s/scenarios/examples/map.tmj", fuzz_src());
    fuzz_read_file(p, &seeds[nseeds++]);
    for (size_t i = 0; i < sizeof small_seeds / sizeof small_seeds[0]; i++)
        fuzz_set(&seeds[nseeds++], small_seeds[i], strlen(small_seeds[i]));
}

static void test_seeds_parse(void)
{
    load_seeds();
    for (int i = 0; i < nseeds; i++) {
        struct json_error err;
        struct json_doc *doc = json_parse(seeds[i].d, seeds[i].n, &err);
        CHECK(doc != NULL);
        if (doc)
            CHECK(check_input(seeds[i].d, seeds[i].n, "seed"));
        json_free(doc);
    }
}

static void test_mutations(void)
{
    load_seeds();
    struct fuzz_plan plan = fuzz_plan(3000);
    struct fuzz_buf b = {0};
    int bad = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed, k);
        /* the big map costs more per parse: one case in eight */
        int s = (k % 8 == 0) ? 0 : 1 + (int)fuzz_below(&r, (size_t)(nseeds - 1));
        fuzz_set(&b, seeds[s].d, seeds[s].n);
        int nmut = 1 + (int)fuzz_below(&r, 4);
        enum fuzz_op ops[4];
        for (int m = 0; m < nmut; m++)
            ops[m] = fuzz_mutate(&r, &b, &seeds[(s + 1) % nseeds]);
        char what[160];
        snprintf(what, sizeof what, "json seed 0x%llx case %d (input %d, %s%s%s)",
                 (unsigned long long)plan.seed, k, s, fuzz_op_names[ops[0]],
                 nmut > 1 ? " +" : "", nmut > 1 ? fuzz_op_names[ops[1]] : "");
        if (!check_input(b.d, b.n, what)) {
            bad++;
            CHECK(!"mutated JSON broke a promise");
        }
    }
    fuzz_free(&b);
    printf("json: %d mutated inputs, %d bad\n", plan.count, bad);
}

static void test_truncations(void)
{
    load_seeds();
    /* every 97th prefix of the big map and every prefix of the small inputs */
    int n = 0;
    for (int s = 0; s < nseeds; s++) {
        size_t step = seeds[s].n > 20000 ? 97 : 1;
        for (size_t at = 0; at < seeds[s].n; at += step) {
            char what[96];
            snprintf(what, sizeof what, "json truncation of input %d at byte %zu", s, at);
            CHECK(check_input(seeds[s].d, at, what));
            n++;
        }
    }
    printf("json: %d truncations\n", n);
}

static void test_depth_and_numbers(void)
{
    struct fuzz_buf b = {0};
    /* exactly at the depth limit is fine, one deeper is refused with a message */
    for (int depth = JSON_MAX_DEPTH - 1; depth <= JSON_MAX_DEPTH + 1; depth++) {
        b.n = 0;
        for (int i = 0; i < depth; i++)
            fuzz_splice(&b, b.n, 0, "[", 1);
        for (int i = 0; i < depth; i++)
            fuzz_splice(&b, b.n, 0, "]", 1);
        struct json_error err;
        struct json_doc *doc = json_parse(b.d, b.n, &err);
        if (depth <= JSON_MAX_DEPTH)
            CHECK(doc != NULL);
        else
            CHECK(doc == NULL && err.msg[0]);
        json_free(doc);
    }
    /* a very deep input is refused without recursing to death */
    b.n = 0;
    for (int i = 0; i < 200000; i++)
        fuzz_splice(&b, b.n, 0, i % 2 ? "{\"a\":" : "[", i % 2 ? 5 : 1);
    CHECK(check_input(b.d, b.n, "200000 levels"));
    static const char *const refused[] = {
        "1e309", "-1e309", "[NaN]", "[Infinity]", "01", "[1,]", "{\"a\":1,}", "\"\\u0000\"",
        "\"\\ud800\"", "{\"a\":1,\"a\":2}", "\"\xc0\x80\"", "\"\xed\xa0\x80\"", "// x\n1",
        "1 2", "\"a\tb\"", "", " ", "\"\xf4\x90\x80\x80\"",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        struct json_error err;
        struct json_doc *doc = json_parse(refused[i], strlen(refused[i]), &err);
        if (doc)
            fprintf(stderr, "accepted: %s\n", refused[i]);
        CHECK(doc == NULL && err.msg[0]);
        json_free(doc);
    }
    /* a 1 MB string goes through intact */
    b.n = 0;
    fuzz_splice(&b, 0, 0, "\"", 1);
    for (int i = 0; i < 1 << 20; i++)
        fuzz_splice(&b, b.n, 0, "\xd0\x91", 2);
    fuzz_splice(&b, b.n, 0, "\"", 1);
    struct json_error err;
    struct json_doc *doc = json_parse(b.d, b.n, &err);
    CHECK(doc && json_root(doc)->u.str.len == (size_t)2 << 20);
    json_free(doc);
    fuzz_free(&b);
}

static void test_report(void)
{
    printf("json: %d inputs checked in all\n", cases_run);
    for (int i = 0; i < nseeds; i++)
        fuzz_free(&seeds[i]);
    nseeds = 0;
}

static const struct test_case tests[] = {
    {"seeds_parse", test_seeds_parse},
    {"mutations", test_mutations},
    {"truncations", test_truncations},
    {"depth_and_numbers", test_depth_and_numbers},
    {"report", test_report},
};

HARNESS_MAIN(tests)
