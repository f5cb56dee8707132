/*
 * hex.h - axial hex coordinates for the Baku 1920 rules core.
 *
 * ORIENTATION: pointy-top hexes, axial (q, r), s = -q - r derived.
 * Directions are numbered counter-clockwise from east:
 *   0 = E (+1, 0)   1 = NE (+1, -1)   2 = NW (0, -1)
 *   3 = W (-1, 0)   4 = SW (-1, +1)   5 = SE (0, +1)
 * The opposite of direction d is (d + 3) % 6.
 * Offset coordinates (col, row) are "odd-r": odd rows are shifted half a hex to the
 * right, which is what the Tiled editor calls staggeraxis "y", staggerindex "odd".
 * Integer-only: no floats here (pixel conversion lives in the UI).
 */
#ifndef B20_HEX_H
#define B20_HEX_H

#include <stdbool.h>

#define HEX_DIRS 6

struct hex {
    int q, r;
};

enum hex_dir { HEX_E, HEX_NE, HEX_NW, HEX_W, HEX_SW, HEX_SE };

struct hex hex_make(int q, int r);
bool hex_eq(struct hex a, struct hex b);
struct hex hex_add(struct hex a, struct hex b);
struct hex hex_sub(struct hex a, struct hex b);
struct hex hex_dir_vec(int dir);
struct hex hex_neighbor(struct hex h, int dir);
int hex_distance(struct hex a, struct hex b);
/* Direction from a to an adjacent hex b, or -1 when not adjacent. */
int hex_dir_to(struct hex a, struct hex b);
/* Writes the ring of radius k around c into out (6k hexes, 1 for k = 0); returns count. */
int hex_ring(struct hex c, int k, struct hex *out, int max);
/* Integer line from a to b: distance+1 hexes, each adjacent to the previous; returns count.
 * Ties are broken toward the side of a nudge of (+1e-6, +2e-6, -3e-6) in cube space. */
int hex_line(struct hex a, struct hex b, struct hex *out, int max);
/* odd-r offset <-> axial */
struct hex hex_from_offset(int col, int row);
void hex_to_offset(struct hex h, int *col, int *row);

#endif
