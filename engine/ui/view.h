/*
 * view.h - the camera over the hex map: hex <-> pixel (pointy-top, the floats of the game live
 * here and nowhere in the rules), smooth pan and zoom, and what part of the map is visible.
 *
 * World coordinates are hex-size units: the centre of axial (q, r) is at
 * x = sqrt(3) * (q + r / 2), y = 3/2 * r. The screen shows world point (cx, cy) at the centre
 * of `area`, with `zoom` pixels per unit (the hex's centre-to-corner radius in pixels).
 */
#ifndef B20_VIEW_H
#define B20_VIEW_H

#include <stdbool.h>

#include <SDL.h>

#include "hex.h"

#define VIEW_SQRT3 1.7320508075688772

struct view {
    double cx, cy, zoom;          /* now */
    double tx, ty, tzoom;         /* where smooth motion is heading */
    double min_zoom, max_zoom;
    SDL_Rect area;                /* the map's part of the screen, output pixels */
    int cols, rows;               /* map size in offset columns and rows */
};

void view_hex_to_world(struct hex h, double *x, double *y);
struct hex view_world_to_hex(double x, double y);   /* cube rounding */
void view_init(struct view *v, int cols, int rows, SDL_Rect area);
void view_set_area(struct view *v, SDL_Rect area);
void view_to_screen(const struct view *v, double wx, double wy, float *sx, float *sy);
void view_to_world(const struct view *v, float sx, float sy, double *wx, double *wy);
void view_hex_center(const struct view *v, struct hex h, float *sx, float *sy);
struct hex view_pixel_to_hex(const struct view *v, float sx, float sy);
/* Corner i (0..5) of a hex of radius rad at (cx, cy); the side toward direction d runs from
 * corner d to corner d+1. */
void view_corner(float cx, float cy, float rad, int i, float *x, float *y);
/* Whole theatre in view (target; instant when `now`). */
void view_fit(struct view *v, bool now);
/* Frames the n hexes given with `margin` hexes to spare around them, never closer than
 * `closest` (a zoom) nor farther out than the whole map. */
void view_frame(struct view *v, const struct hex *hs, int n, double margin, double closest,
                bool now);
/* Zoom by factor keeping the world point under (sx, sy) in place. */
void view_zoom_at(struct view *v, double factor, float sx, float sy, bool now);
void view_pan_pixels(struct view *v, double dx, double dy, bool now);
void view_center_on(struct view *v, struct hex h, bool now);
/* Moves now toward target; dt in seconds. Returns true while moving. */
bool view_update(struct view *v, double dt);
/* Offset-coordinate rectangle that covers the visible area (clamped to the map), plus margin. */
void view_visible(const struct view *v, int *c0, int *r0, int *c1, int *r1);
bool view_hex_visible(const struct view *v, struct hex h);

#endif
