/*
 * test_tiled.c - seeded mutation runs over tiled_load_mem(): the theatre map and the example
 * map, mutated byte- and token-wise, must be refused with a message that names the file, or
 * load into a map whose invariants hold (game_check) and that writes back (tiled_save) to a
 * file that loads again.
 */
#include "fuzz.h"
#include "harness.h"
#include "tiled.h"

static struct fuzz_buf big, small;
static const char *const BIG_PATH = "caucasus1920.tmj";
static const char *const SMALL_PATH = "map.tmj";

static void load_seeds(void)
{
    if (big.n)
        return;
    char p[1024];
    snprintf(p, sizeof p, "%s/scenarios/common/caucasus1920.tmj", fuzz_src());
    fuzz_read_file(p, &big);
    snprintf(p, sizeof p, "%s/scenarios/examples/map.tmj", fuzz_src());
    fuzz_read_file(p, &small);
}

static struct tiled_map info;
static int loaded, refused;

/* One input; `what` names the case in failure messages. */
static bool check_map(const char *buf, size_t len, const char *path, const char *what)
{
    struct game *g = game_new();
    if (!g)
        return false;
    struct diag d;
    memset(&d, 0, sizeof d);
    bool ok = true;
    if (!tiled_load_mem_ex(g, buf, len, path, &info, &d)) {
        refused++;
        if (!fuzz_refusal_named(what, &d, path))
            ok = false;
    } else {
        loaded++;
        if (!fuzz_state_valid(what, "loaded", g))
            ok = false;
        char *out = NULL;
        size_t outlen = 0;
        if (ok && !tiled_save(g, &info, &out, &outlen)) {
            fprintf(stderr, "%s: loaded but tiled_save fails\n", what);
            ok = false;
        }
        if (out) {
            struct game *g2 = game_new();
            struct diag d2;
            if (g2 && !tiled_load_mem(g2, out, outlen, "resaved.tmj", &d2)) {
                char line[800];
                diag_format(&d2, line, sizeof line);
                fprintf(stderr, "%s: loaded, saved, and the saved map is refused: %s\n", what,
                        line);
                ok = false;
            } else if (g2 && (g2->width != g->width || g2->height != g->height ||
                              g2->nplaces != g->nplaces)) {
                fprintf(stderr, "%s: the saved map loads different\n", what);
                ok = false;
            }
            game_free(g2);
            free(out);
        }
    }
    game_free(g);
    return ok;
}

static void test_seeds_load(void)
{
    load_seeds();
    CHECK(check_map(big.d, big.n, BIG_PATH, "theatre map"));
    CHECK(check_map(small.d, small.n, SMALL_PATH, "example map"));
    struct game *g = game_new();
    struct diag d;
    CHECK(tiled_load_mem(g, small.d, small.n, SMALL_PATH, &d));
    game_free(g);
}

/* A mutation that keeps the text valid JSON, so the map loader's own checks are reached: a
 * number or a string token is replaced by another valid one. */
static const char *mutate_json_value(struct fuzz_rng *r, struct fuzz_buf *b)
{
    static const char *const nums[] = {"-1", "0", "1", "2", "7", "300", "65536", "1000000000",
                                       "2147483648", "-2147483649", "1.5", "-0.5", "1e300",
                                       "63", "64", "127", "128", "4294967295"};
    static const char *const strs[] = {
        "\"\"", "\"x\"", "\"terrain\"", "\"rail\"", "\"road\"", "\"river\"",
        "\"bridge\"", "\"region\"", "\"places\"", "\"mask\"", "\"hexagonal\"",
        "\"orthogonal\"", "\"x\"", "\"odd\"", "\"even\"", "\"int\"", "\"string\"",
        "\"bool\"", "\"objectgroup\"", "\"tilelayer\"", "\"clear\"", "\"sea\"",
        "\"\\u00e9\\u0431\"", "true", "null", "[]", "{}", "-1"};
    /* collect the token spans once per call: strings (with escapes) and numbers */
    size_t pick = fuzz_below(r, 4096), seen = 0, s0 = 0, e0 = 0;
    bool found = false;
    for (int pass = 0; pass < 2 && !found; pass++) {
        seen = 0;
        for (size_t i = 0; i < b->n; i++) {
            size_t s = i, e;
            char c = b->d[i];
            if (c == '"') {
                e = i + 1;
                while (e < b->n && b->d[e] != '"')
                    e += b->d[e] == '\\' ? 2 : 1;
                if (e >= b->n)
                    break;
                e++;
            } else if ((c >= '0' && c <= '9') || c == '-') {
                e = i + 1;
                while (e < b->n && strchr("0123456789.eE+-", b->d[e]))
                    e++;
            } else {
                continue;
            }
            if (pass == 1 && seen == pick) {
                s0 = s;
                e0 = e;
                found = true;
                break;
            }
            seen++;
            i = e - 1;
        }
        if (!seen)
            return "none";
        pick %= seen;
    }
    if (!found)
        return "none";
    bool is_str = b->d[s0] == '"';
    const char *t = is_str && fuzz_below(r, 3) ? strs[fuzz_below(r, sizeof strs / sizeof strs[0])]
                                               : nums[fuzz_below(r, sizeof nums / sizeof nums[0])];
    fuzz_splice(b, s0, e0 - s0, t, strlen(t));
    return is_str ? "json-string" : "json-number";
}

static void run_mutations(const struct fuzz_buf *seed, const struct fuzz_buf *other,
                          const char *path, int cases, int salt)
{
    struct fuzz_plan plan = fuzz_plan(cases);
    struct fuzz_buf b = {0};
    int bad = 0;
    loaded = refused = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed ^ (uint64_t)salt, k);
        fuzz_set(&b, seed->d, seed->n);
        int nmut = 1 + (int)fuzz_below(&r, 3);
        bool valid = fuzz_below(&r, 3) != 0;
        char ops[120] = "";
        for (int m = 0; m < nmut; m++) {
            const char *name = valid ? mutate_json_value(&r, &b)
                                     : fuzz_op_names[fuzz_mutate(&r, &b, other)];
            size_t l = strlen(ops);
            snprintf(ops + l, sizeof ops - l, "%s%s", m ? " +" : "", name);
        }
        char what[240];
        snprintf(what, sizeof what, "tiled %s seed 0x%llx case %d (%s)", path,
                 (unsigned long long)plan.seed, k, ops);
        if (!check_map(b.d, b.n, path, what)) {
            bad++;
            CHECK(!"mutated map broke a promise");
        }
    }
    fuzz_free(&b);
    printf("tiled %s: %d mutated maps (%d loaded, %d refused), %d bad\n", path, plan.count,
           loaded, refused, bad);
}

static void test_small_mutations(void)
{
    load_seeds();
    run_mutations(&small, &big, SMALL_PATH, 2500, 1);
}

static void test_big_mutations(void)
{
    load_seeds();
    run_mutations(&big, &small, BIG_PATH, 300, 2);
}

/* Number fields of the small map set to hostile values one at a time, in every position. */
static void test_numbers_everywhere(void)
{
    load_seeds();
    static const char *const nums[] = {"-1", "0", "1e309", "2147483648", "100000", "1.5",
                                       "-99999", "65537"};
    struct fuzz_buf b = {0};
    int n = 0;
    size_t i = 0;
    while (i < small.n) {
        if (small.d[i] >= '0' && small.d[i] <= '9') {
            size_t e = i;
            while (e < small.n && small.d[e] >= '0' && small.d[e] <= '9')
                e++;
            const char *t = nums[n % (int)(sizeof nums / sizeof nums[0])];
            fuzz_set(&b, small.d, small.n);
            fuzz_splice(&b, i, e - i, t, strlen(t));
            char what[120];
            snprintf(what, sizeof what, "tiled number at byte %zu set to %s", i, t);
            CHECK(check_map(b.d, b.n, SMALL_PATH, what));
            n++;
            i = e;
        } else {
            i++;
        }
    }
    fuzz_free(&b);
    printf("tiled: %d numbers replaced\n", n);
}

static void test_truncations(void)
{
    load_seeds();
    int n = 0;
    for (size_t at = 0; at < small.n; at += 7, n++) {
        char what[80];
        snprintf(what, sizeof what, "tiled truncated at byte %zu", at);
        CHECK(check_map(small.d, at, SMALL_PATH, what));
    }
    for (size_t at = 0; at < big.n; at += 4099, n++) {
        char what[80];
        snprintf(what, sizeof what, "tiled theatre truncated at byte %zu", at);
        CHECK(check_map(big.d, at, BIG_PATH, what));
    }
    printf("tiled: %d truncations\n", n);
}

static void test_report(void)
{
    fuzz_free(&big);
    fuzz_free(&small);
}

static const struct test_case tests[] = {
    {"seeds_load", test_seeds_load},
    {"small_mutations", test_small_mutations},
    {"big_mutations", test_big_mutations},
    {"numbers_everywhere", test_numbers_everywhere},
    {"truncations", test_truncations},
    {"report", test_report},
};

HARNESS_MAIN(tests)
