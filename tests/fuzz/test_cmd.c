/*
 * test_cmd.c - seeded mutation runs over cmd_decode(): command lines as saves hold them, mutated,
 * are refused with a message or decode to a command that encodes back to a line decoding to the
 * same command.
 */
#include "fuzz.h"
#include "harness.h"
#include "game.h"

static void random_cmd(struct fuzz_rng *r, struct cmd *c)
{
    memset(c, 0, sizeof *c);
    c->kind = (uint8_t)(1 + fuzz_below(r, CMD_KIND_COUNT - 1));
    c->origin = (uint8_t)fuzz_below(r, 3);
    c->side = (int8_t)((int)fuzz_below(r, MAX_SIDES + 1) - 1);
    c->utype = (uint8_t)fuzz_below(r, MAX_UTYPES);
    c->unit = (int16_t)((int)fuzz_below(r, 400) - 1);
    c->target = (int16_t)((int)fuzz_below(r, 400) - 1);
    c->to.q = (int16_t)((int)fuzz_below(r, 200) - 50);
    c->to.r = (int16_t)((int)fuzz_below(r, 200) - 50);
    c->value = (int32_t)((int)fuzz_below(r, 2000) - 1000);
    c->nunits = (uint8_t)fuzz_below(r, MAX_ATTACKERS + 1);
    for (int i = 0; i < c->nunits; i++)
        c->units[i] = (int16_t)fuzz_below(r, 400);
    static const char *const texts[] = {"", "msg.baku_falls", "reason with spaces",
                                        "\xd0\x91\xd0\xb0\xd0\xba\xd1\x83", "a=b", "x\\y"};
    snprintf(c->text, sizeof c->text, "%s", texts[fuzz_below(r, 6)]);
    snprintf(c->text2, sizeof c->text2, "%s", fuzz_below(r, 2) ? "" : "key1");
    snprintf(c->tag, sizeof c->tag, "%s", fuzz_below(r, 2) ? "" : "tag_x");
}

static bool strings_terminated(const struct cmd *c)
{
    return memchr(c->text, 0, sizeof c->text) && memchr(c->text2, 0, sizeof c->text2) &&
           memchr(c->tag, 0, sizeof c->tag);
}

/* The line decoded: a message when refused; a stable round trip when accepted. */
static bool check_line(const char *line, const char *what)
{
    struct cmd c;
    char err[256];
    memset(&c, 0x5a, sizeof c);
    memset(err, 0x5a, sizeof err);
    err[sizeof err - 1] = 0;
    if (!cmd_decode(line, &c, err, sizeof err)) {
        if (!memchr(err, 0, sizeof err) || !err[0]) {
            fprintf(stderr, "%s: refused without a message\n", what);
            return false;
        }
        return true;
    }
    if (!strings_terminated(&c) || c.kind >= CMD_KIND_COUNT || c.nunits > MAX_ATTACKERS) {
        fprintf(stderr, "%s: decoded to an impossible command (kind %d, nunits %d)\n", what,
                c.kind, c.nunits);
        return false;
    }
    char a[1024], b[1024];
    if (!cmd_encode(&c, a, sizeof a)) {
        fprintf(stderr, "%s: decoded command does not encode\n", what);
        return false;
    }
    struct cmd c2;
    if (!cmd_decode(a, &c2, err, sizeof err)) {
        fprintf(stderr, "%s: re-encoded line \"%s\" is refused: %s\n", what, a, err);
        return false;
    }
    if (!cmd_encode(&c2, b, sizeof b) || strcmp(a, b)) {
        fprintf(stderr, "%s: round trip differs: \"%s\" vs \"%s\"\n", what, a, b);
        return false;
    }
    return true;
}

static void test_roundtrip(void)
{
    struct fuzz_plan plan = fuzz_plan(3000);
    int bad = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed, k);
        struct cmd c, back;
        random_cmd(&r, &c);
        char line[1024], err[256];
        if (!cmd_encode(&c, line, sizeof line)) {
            fprintf(stderr, "cmd seed 0x%llx case %d: encode failed\n",
                    (unsigned long long)plan.seed, k);
            bad++;
            continue;
        }
        if (!cmd_decode(line, &back, err, sizeof err)) {
            fprintf(stderr, "cmd seed 0x%llx case %d: \"%s\" refused: %s\n",
                    (unsigned long long)plan.seed, k, line, err);
            bad++;
            continue;
        }
        char again[1024];
        if (!cmd_encode(&back, again, sizeof again) || strcmp(line, again)) {
            fprintf(stderr, "cmd seed 0x%llx case %d: \"%s\" comes back as \"%s\"\n",
                    (unsigned long long)plan.seed, k, line, again);
            bad++;
        }
    }
    CHECK_EQ_INT(bad, 0);
    printf("cmd: %d encode/decode round trips, %d bad\n", plan.count, bad);
}

static void test_mutations(void)
{
    struct fuzz_plan plan = fuzz_plan(4000);
    struct fuzz_buf b = {0}, other = {0};
    int bad = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed ^ 0xc0ffee, k);
        struct cmd c;
        char line[1024];
        random_cmd(&r, &c);
        cmd_encode(&c, line, sizeof line);
        fuzz_set(&b, line, strlen(line));
        random_cmd(&r, &c);
        cmd_encode(&c, line, sizeof line);
        fuzz_set(&other, line, strlen(line));
        int nmut = 1 + (int)fuzz_below(&r, 3);
        enum fuzz_op op = FOP_BITFLIP;
        for (int m = 0; m < nmut; m++)
            op = fuzz_mutate(&r, &b, &other);
        /* the decoder takes a C string: an inserted NUL ends it */
        char what[160];
        snprintf(what, sizeof what, "cmd seed 0x%llx case %d (%s)",
                 (unsigned long long)plan.seed, k, fuzz_op_names[op]);
        if (!check_line(b.d, what)) {
            bad++;
            CHECK(!"mutated command line broke a promise");
        }
    }
    fuzz_free(&b);
    fuzz_free(&other);
    printf("cmd: %d mutated lines, %d bad\n", plan.count, bad);
}

static void test_hostile_lines(void)
{
    static const char *const lines[] = {
        "", " ", "move", "move side=0", "nosuchkind side=0", "move side=999999999999",
        "move side=-129", "move unit=40000", "attack units=1,2,3,4,5,6,7,8,9,10,11",
        "attack units=,,,", "move q=1e309 r=NaN", "move side=0 side=1", "move =1", "move side=",
        "message text=\"unterminated", "spawn text2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "move side=0x10", "move side=+1", "move side=1 garbage", "\xff\xfe move",
        "end_phase side=0 \xc0\x80",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "hostile line %zu", i);
        CHECK(check_line(lines[i], what));
    }
    /* a very long line */
    struct fuzz_buf b = {0};
    fuzz_set(&b, "message text=", 13);
    for (int i = 0; i < 100000; i++)
        fuzz_splice(&b, b.n, 0, "x", 1);
    CHECK(check_line(b.d, "100000-byte text"));
    fuzz_free(&b);
}

static const struct test_case tests[] = {
    {"roundtrip", test_roundtrip},
    {"mutations", test_mutations},
    {"hostile_lines", test_hostile_lines},
};

HARNESS_MAIN(tests)
