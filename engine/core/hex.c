/*
 * hex.c - axial hex arithmetic (pointy-top, see hex.h), after the Red Blob Games guide.
 * Invariant: every function is pure and integer-only. Depends on libc only.
 */
#include "hex.h"

#include <stdlib.h>

static const struct hex dirs[HEX_DIRS] = {
    {+1, 0}, {+1, -1}, {0, -1}, {-1, 0}, {-1, +1}, {0, +1},
};

struct hex hex_make(int q, int r)
{
    struct hex h = {q, r};
    return h;
}

bool hex_eq(struct hex a, struct hex b)
{
    return a.q == b.q && a.r == b.r;
}

struct hex hex_add(struct hex a, struct hex b)
{
    return hex_make(a.q + b.q, a.r + b.r);
}

struct hex hex_sub(struct hex a, struct hex b)
{
    return hex_make(a.q - b.q, a.r - b.r);
}

struct hex hex_dir_vec(int dir)
{
    return dirs[((dir % HEX_DIRS) + HEX_DIRS) % HEX_DIRS];
}

struct hex hex_neighbor(struct hex h, int dir)
{
    return hex_add(h, hex_dir_vec(dir));
}

int hex_distance(struct hex a, struct hex b)
{
    int dq = abs(a.q - b.q), dr = abs(a.r - b.r), ds = abs((-a.q - a.r) - (-b.q - b.r));
    int m = dq > dr ? dq : dr;
    return m > ds ? m : ds;
}

int hex_dir_to(struct hex a, struct hex b)
{
    struct hex d = hex_sub(b, a);
    for (int i = 0; i < HEX_DIRS; i++)
        if (hex_eq(d, dirs[i]))
            return i;
    return -1;
}

int hex_ring(struct hex c, int k, struct hex *out, int max)
{
    int n = 0;
    if (k <= 0) {
        if (max > 0)
            out[n++] = c;
        return n;
    }
    /* start k steps toward SW (4), then walk k steps in each direction 0..5 */
    struct hex h = c;
    for (int i = 0; i < k; i++)
        h = hex_neighbor(h, HEX_SW);
    for (int d = 0; d < HEX_DIRS; d++)
        for (int i = 0; i < k; i++) {
            if (n < max)
                out[n] = h;
            n++;
            h = hex_neighbor(h, d);
        }
    return n < max ? n : max;
}

/* Round a cube point given as (x, y, z) / den to the nearest hex; x + y + z == 0. */
static struct hex cube_round(long long x, long long y, long long z, long long den)
{
    /* nearest integers: floor((2v + den) / (2 den)) */
    long long rx = x >= 0 ? (2 * x + den) / (2 * den) : -((-2 * x + den - 1) / (2 * den));
    long long ry = y >= 0 ? (2 * y + den) / (2 * den) : -((-2 * y + den - 1) / (2 * den));
    long long rz = z >= 0 ? (2 * z + den) / (2 * den) : -((-2 * z + den - 1) / (2 * den));
    long long dx = llabs(rx * den - x), dy = llabs(ry * den - y), dz = llabs(rz * den - z);
    if (dx > dy && dx > dz)
        rx = -ry - rz;
    else if (dy > dz)
        ry = -rx - rz;
    else
        rz = -rx - ry;
    (void)rz;
    return hex_make((int)rx, (int)ry);
}

int hex_line(struct hex a, struct hex b, struct hex *out, int max)
{
    int n = hex_distance(a, b);
    if (n == 0) {
        if (max > 0)
            out[0] = a;
        return max > 0 ? 1 : 0;
    }
    /* lerp in cube space scaled by n * SCALE; the nudge (1, 2, -3) / SCALE breaks ties */
    const long long scale = 1000000;
    long long ax = a.q, ay = a.r, az = -a.q - a.r;
    long long bx = b.q, by = b.r, bz = -b.q - b.r;
    int count = 0;
    for (int i = 0; i <= n && count < max; i++) {
        long long den = (long long)n * scale;
        long long x = (ax * (n - i) + bx * i) * scale + n * 1;
        long long y = (ay * (n - i) + by * i) * scale + n * 2;
        long long z = (az * (n - i) + bz * i) * scale - n * 3;
        out[count++] = cube_round(x, y, z, den);
    }
    return count;
}

struct hex hex_from_offset(int col, int row)
{
    /* odd-r: q = col - (row - (row & 1)) / 2 */
    return hex_make(col - (row - (row & 1)) / 2, row);
}

void hex_to_offset(struct hex h, int *col, int *row)
{
    *row = h.r;
    *col = h.q + (h.r - (h.r & 1)) / 2;
}
