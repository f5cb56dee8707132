/*
 * tiled.h - the theatre map file: Tiled's JSON map format (.tmj), hexagonal, read into the map
 * part of a game under setup and written back. The format is specified in docs/map-format.md;
 * in short:
 *   - "orientation":"hexagonal", "staggeraxis":"y", "staggerindex":"odd" (pointy-top hexes,
 *     odd rows shifted right: the odd-r offset coordinates of hex.h), map property km_per_hex;
 *   - embedded tilesets whose tiles carry a property saying what they mean (terrain = a
 *     terrain_name(), mask = a 6-bit direction mask, region = a region id), so nothing depends
 *     on gids or images;
 *   - tile layers "terrain" (required), "rail", "road", "river", "bridge" (masks; hex-side
 *     features are stored on both hexes of the side and must agree) and "region";
 *   - object layer "places": point objects named with the display name, properties id, alt,
 *     station, port, oilfield, town, vp; the point's pixel position picks the hex.
 *
 * Regions: struct hexinfo has no region field, so the loader returns each hex's region (the
 * polity it belonged to in 1920: "adr", "georgia", "dagestan"...) in a struct tiled_map. A
 * scenario maps regions to sides, e.g. tiled_set_owner(g, &map, "dagestan", red).
 *
 * Errors name the file, the JSON line and the field: "layers[2].data[517]: gid 300 is not a
 * terrain tile (hex col 49, row 9)", "layers[1] (rail): hex (12,7) side 0 (E): rail on one hex
 * only". Depends on the rules core (game.h), json.h and libc/libm.
 */
#ifndef B20_TILED_H
#define B20_TILED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game.h"

#define TILED_MAX_REGIONS 32
#define TILED_TEXT_LEN 256
#define TILED_MAX_FILE ((size_t)16 << 20)
#define TILED_MAX_TILES 65536 /* tiles in all tilesets together */

/* What a map file holds beyond struct game. */
struct tiled_map {
    char name[NAME_LEN];              /* map property "name" ("" when absent) */
    char projection[TILED_TEXT_LEN];  /* map property "projection" ("" when absent) */
    char image_prefix[TILED_TEXT_LEN]; /* tileset images are <prefix><tileset>.png */
    int nregions;
    char regions[TILED_MAX_REGIONS][ID_LEN]; /* every region the tilesets define, gid order */
    int8_t region[MAP_MAX_HEXES];     /* by map_index(): index into regions, -1 for none */
};

/* Reads a map file from memory into g (which must not be started): game_set_map, terrain,
 * rail/road/river/bridge masks, place flags and victory points, game_add_place for each place.
 * On refusal returns false with path, line and field in d; g may then be half filled and
 * should be discarded. `path` only labels errors (may be NULL). */
bool tiled_load_mem(struct game *g, const char *buf, size_t len, const char *path,
                    struct diag *d);
/* The same, also filling *info (may be NULL) with name, projection and regions. */
bool tiled_load_mem_ex(struct game *g, const char *buf, size_t len, const char *path,
                       struct tiled_map *info, struct diag *d);
/* Reads the file at path (at most TILED_MAX_FILE bytes) and loads it as above. */
bool tiled_load_file(struct game *g, const char *path, struct tiled_map *info, struct diag *d);

/* Region queries on what tiled_load_mem_ex returned. */
int tiled_region_index(const struct tiled_map *m, const char *name); /* -1 when unknown */
/* The region of hex h, or NULL when it has none or is off the map. */
const char *tiled_region_name(const struct tiled_map *m, const struct game *g, struct hex h);
/* Hexes of a region into out (up to max); returns how many the region has, -1 if unknown. */
int tiled_region_hexes(const struct tiled_map *m, const struct game *g, const char *name,
                       struct hex *out, int max);
/* Setup helper: gives every hex of the region to side (or NO_SIDE). Returns the number of
 * hexes, or -1 when the region is unknown or the side out of range. */
int tiled_set_owner(struct game *g, const struct tiled_map *m, const char *region, int side);

/* Writes g's map (and info's name, projection and regions when info is not NULL) in the same
 * format. *out is a NUL-terminated malloc'ed text of *len bytes; the caller frees it. Hex
 * flags and victory points go on the first place of their hex (or on a "marker" object when
 * the hex has no place). Returns false only when memory runs out. */
bool tiled_save(const struct game *g, const struct tiled_map *info, char **out, size_t *len);

/* Pixel <-> hex in a map's geometry (tile width/height, hex side length): the hex whose centre
 * is nearest, ties to the lower row then the lower column, as Tiled picks it. */
void tiled_hex_center(int tilewidth, int tileheight, int hexside, int col, int row, double *x,
                      double *y);
void tiled_pixel_to_hex(int tilewidth, int tileheight, int hexside, double x, double y,
                        int *col, int *row);

#endif
