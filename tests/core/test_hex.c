/* test_hex.c - hex arithmetic and the random generator (engine/core/hex.c, rng.c). */
#include "harness.h"
#include "hex.h"
#include "rng.h"

static void test_distance(void)
{
    CHECK_EQ_INT(hex_distance(hex_make(0, 0), hex_make(0, 0)), 0);
    CHECK_EQ_INT(hex_distance(hex_make(0, 0), hex_make(3, 0)), 3);
    CHECK_EQ_INT(hex_distance(hex_make(0, 0), hex_make(3, -3)), 3);
    CHECK_EQ_INT(hex_distance(hex_make(0, 0), hex_make(2, 2)), 4);
    CHECK_EQ_INT(hex_distance(hex_make(-2, 5), hex_make(4, -1)), 6);
    CHECK_EQ_INT(hex_distance(hex_make(1, 2), hex_make(-3, 1)), 5);
    for (int q = -3; q <= 3; q++)
        for (int r = -3; r <= 3; r++) {
            struct hex a = hex_make(q, r), b = hex_make(r, -q + 1);
            CHECK_EQ_INT(hex_distance(a, b), hex_distance(b, a));
        }
}

static void test_neighbors(void)
{
    struct hex c = hex_make(4, -2);
    for (int d = 0; d < 6; d++) {
        struct hex n = hex_neighbor(c, d);
        CHECK_EQ_INT(hex_distance(c, n), 1);
        CHECK_EQ_INT(hex_dir_to(c, n), d);
        CHECK_EQ_INT(hex_dir_to(n, c), (d + 3) % 6);
    }
    CHECK(hex_eq(hex_neighbor(hex_make(0, 0), HEX_E), hex_make(1, 0)));
    CHECK(hex_eq(hex_neighbor(hex_make(0, 0), HEX_NW), hex_make(0, -1)));
    CHECK_EQ_INT(hex_dir_to(hex_make(0, 0), hex_make(2, 0)), -1);
}

static void test_rings(void)
{
    struct hex out[64];
    CHECK_EQ_INT(hex_ring(hex_make(1, 1), 0, out, 64), 1);
    for (int k = 1; k <= 5; k++) {
        int n = hex_ring(hex_make(1, 1), k, out, 64);
        CHECK_EQ_INT(n, 6 * k);
        for (int i = 0; i < n; i++) {
            CHECK_EQ_INT(hex_distance(out[i], hex_make(1, 1)), k);
            for (int j = 0; j < i; j++)
                CHECK(!hex_eq(out[i], out[j]));
        }
    }
}

static void test_lines(void)
{
    struct hex out[64];
    struct hex ends[][2] = {{{0, 0}, {5, -2}}, {{0, 0}, {0, 7}}, {{-3, 4}, {6, -5}},
                            {{2, 2}, {2, 2}},  {{0, 0}, {3, 3}}, {{10, 1}, {-4, 8}}};
    for (size_t t = 0; t < sizeof ends / sizeof ends[0]; t++) {
        struct hex a = ends[t][0], b = ends[t][1];
        int n = hex_line(a, b, out, 64);
        CHECK_EQ_INT(n, hex_distance(a, b) + 1);
        CHECK(hex_eq(out[0], a));
        CHECK(hex_eq(out[n - 1], b));
        for (int i = 1; i < n; i++)
            CHECK_EQ_INT(hex_distance(out[i - 1], out[i]), 1);
    }
}

static void test_offset(void)
{
    for (int row = -3; row < 9; row++)
        for (int col = -2; col < 9; col++) {
            int c2, r2;
            hex_to_offset(hex_from_offset(col, row), &c2, &r2);
            CHECK_EQ_INT(c2, col);
            CHECK_EQ_INT(r2, row);
        }
    /* odd-r: the east neighbour keeps the row; odd rows are shifted right */
    CHECK(hex_eq(hex_from_offset(0, 1), hex_make(0, 1)));
    CHECK(hex_eq(hex_from_offset(1, 2), hex_make(0, 2)));
    /* (0,0)'s SE neighbour is (0,1) and (0,1)'s SE neighbour is (1,2) */
    int c, r;
    hex_to_offset(hex_neighbor(hex_from_offset(0, 1), HEX_SE), &c, &r);
    CHECK_EQ_INT(c, 1);
    CHECK_EQ_INT(r, 2);
}

static void test_rng(void)
{
    struct rng a, b, c;
    rng_seed(&a, 42, 7);
    rng_seed(&b, 42, 7);
    rng_seed(&c, 43, 7);
    int same = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t x = rng_next(&a), y = rng_next(&b), z = rng_next(&c);
        CHECK(x == y);
        same += x == z;
    }
    CHECK(same < 3);
    /* a d6 is fair within tolerance over 60000 rolls */
    int counts[7] = {0};
    for (int i = 0; i < 60000; i++) {
        int r = rng_roll(&a, 6);
        CHECK(r >= 1 && r <= 6);
        counts[r]++;
    }
    for (int f = 1; f <= 6; f++)
        CHECK(counts[f] > 9500 && counts[f] < 10500);
    struct rng d1, d2;
    rng_derive(&d1, 1, 2, 3);
    rng_derive(&d2, 1, 2, 3);
    CHECK(rng_next(&d1) == rng_next(&d2));
    rng_derive(&d2, 1, 2, 4);
    CHECK(rng_next(&d1) != rng_next(&d2));
    for (int i = 0; i < 1000; i++)
        CHECK(rng_below(&a, 10) < 10);
}

static const struct test_case tests[] = {
    {"distance", test_distance}, {"neighbors", test_neighbors}, {"rings", test_rings},
    {"lines", test_lines},       {"offset", test_offset},       {"rng", test_rng},
};
HARNESS_MAIN(tests)
