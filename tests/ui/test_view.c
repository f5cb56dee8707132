/*
 * test_view.c - the camera's geometry: hex <-> pixel round trips at many zoom levels and
 * offsets, the corner layout (side d lies halfway to neighbour d), zooming about a point, and
 * the visible range covering the screen.
 */
#include <math.h>

#include "harness.h"
#include "view.h"

static void round_trip(void)
{
    struct view v;
    view_init(&v, 40, 30, (SDL_Rect){ 0, 40, 1200, 760 });
    const double zooms[] = { 4, 9.5, 24, 61, 150 };
    for (int zi = 0; zi < 5; zi++) {
        v.zoom = v.tzoom = zooms[zi];
        v.cx = v.tx = 13.7;
        v.cy = v.ty = 9.1;
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 40; col++) {
                struct hex h = hex_from_offset(col, row);
                float x, y;
                view_hex_center(&v, h, &x, &y);
                CHECK(hex_eq(view_pixel_to_hex(&v, x, y), h));
                /* well inside the hex (0.8 of the inner radius) still maps to it */
                for (int d = 0; d < 6; d++) {
                    float a = (float)d * 1.0471976f + 0.3f;
                    float r = (float)v.zoom * 0.866f * 0.8f;
                    CHECK(hex_eq(view_pixel_to_hex(&v, x + cosf(a) * r, y + sinf(a) * r), h));
                }
            }
        }
    }
}

static void sides_face_neighbours(void)
{
    struct hex h = hex_make(3, 4);
    double hx, hy;
    view_hex_to_world(h, &hx, &hy);
    for (int d = 0; d < 6; d++) {
        float ax, ay, bx, by;
        view_corner((float)hx, (float)hy, 1.0f, d, &ax, &ay);
        view_corner((float)hx, (float)hy, 1.0f, (d + 1) % 6, &bx, &by);
        double nx, ny;
        view_hex_to_world(hex_neighbor(h, d), &nx, &ny);
        double mx = (ax + bx) / 2, my = (ay + by) / 2;
        CHECK(fabs(mx - (hx + nx) / 2) < 1e-4);
        CHECK(fabs(my - (hy + ny) / 2) < 1e-4);
        /* each corner is at distance 1 from the centre */
        CHECK(fabs(hypot(ax - hx, ay - hy) - 1.0) < 1e-5);
    }
}

static void world_rounding_matches_offsets(void)
{
    for (int row = 0; row < 12; row++) {
        for (int col = 0; col < 12; col++) {
            struct hex h = hex_from_offset(col, row);
            double x, y;
            view_hex_to_world(h, &x, &y);
            CHECK(hex_eq(view_world_to_hex(x + 0.3, y - 0.2), h));
            int c2, r2;
            hex_to_offset(view_world_to_hex(x, y), &c2, &r2);
            CHECK_EQ_INT(c2, col);
            CHECK_EQ_INT(r2, row);
        }
    }
}

static void zoom_keeps_anchor(void)
{
    struct view v;
    view_init(&v, 60, 50, (SDL_Rect){ 0, 0, 1000, 700 });
    float sx = 310, sy = 222;
    double wx0, wy0;
    view_to_world(&v, sx, sy, &wx0, &wy0);
    view_zoom_at(&v, 2.0, sx, sy, true);
    double wx1, wy1;
    view_to_world(&v, sx, sy, &wx1, &wy1);
    CHECK(fabs(wx0 - wx1) < 1e-6 && fabs(wy0 - wy1) < 1e-6);
    /* zoom is clamped */
    view_zoom_at(&v, 1e6, sx, sy, true);
    CHECK(v.zoom <= v.max_zoom + 1e-9);
    view_zoom_at(&v, 1e-6, sx, sy, true);
    CHECK(v.zoom >= v.min_zoom - 1e-9);
}

static void fit_shows_everything(void)
{
    struct view v;
    view_init(&v, 96, 96, (SDL_Rect){ 0, 0, 1920, 1080 });
    float x, y;
    view_hex_center(&v, hex_from_offset(0, 0), &x, &y);
    CHECK(x >= 0 && y >= 0);
    view_hex_center(&v, hex_from_offset(95, 95), &x, &y);
    CHECK(x <= 1920 && y <= 1080);
    int c0, r0, c1, r1;
    view_visible(&v, &c0, &r0, &c1, &r1);
    CHECK_EQ_INT(c0, 0);
    CHECK_EQ_INT(r0, 0);
    CHECK_EQ_INT(c1, 95);
    CHECK_EQ_INT(r1, 95);
}

static void frame_shows_the_hexes(void)
{
    struct view v;
    view_init(&v, 96, 96, (SDL_Rect){ 0, 0, 1200, 800 });
    double whole = v.zoom;
    /* three hexes in a corner: close in on them, all in view, the map's edges kept out */
    struct hex hs[3] = { hex_from_offset(1, 1), hex_from_offset(3, 2), hex_from_offset(2, 4) };
    view_frame(&v, hs, 3, 2.0, 60.0, true);
    CHECK(v.zoom > whole * 3);
    CHECK(v.zoom <= 60.0 + 1e-9);
    for (int i = 0; i < 3; i++)
        CHECK(view_hex_visible(&v, hs[i]));
    double wx, wy;
    view_to_world(&v, 0, 0, &wx, &wy); /* the view's corner is still over the map */
    CHECK(wx >= -VIEW_SQRT3 / 2 - 1e-9 && wy >= -1.0 - 1e-9);
    /* no closer than asked */
    view_frame(&v, hs, 1, 0.5, 30.0, true);
    CHECK(fabs(v.zoom - 30.0) < 1e-9);
    /* hexes spread over the whole map: never farther out than the whole map */
    struct hex far[2] = { hex_from_offset(0, 0), hex_from_offset(95, 95) };
    view_frame(&v, far, 2, 4.0, 60.0, true);
    CHECK(v.zoom >= whole * 0.99);
    view_frame(&v, far, 0, 4.0, 60.0, true); /* nothing to frame: nothing changes */
    CHECK(v.zoom >= whole * 0.99);
}

static void smooth_motion_arrives(void)
{
    struct view v;
    view_init(&v, 40, 30, (SDL_Rect){ 0, 0, 800, 600 });
    view_zoom_at(&v, 3.0, 400, 300, false);
    view_pan_pixels(&v, 120, -40, false);
    int frames = 0;
    while (view_update(&v, 1.0 / 60) && frames < 600)
        frames++;
    CHECK(frames < 120); /* settles within two seconds */
    CHECK(fabs(v.zoom - v.tzoom) < 1e-9 && fabs(v.cx - v.tx) < 1e-9);
}

static const struct test_case tests[] = {
    { "round_trip", round_trip },
    { "sides_face_neighbours", sides_face_neighbours },
    { "world_rounding_matches_offsets", world_rounding_matches_offsets },
    { "zoom_keeps_anchor", zoom_keeps_anchor },
    { "fit_shows_everything", fit_shows_everything },
    { "frame_shows_the_hexes", frame_shows_the_hexes },
    { "smooth_motion_arrives", smooth_motion_arrives },
};

HARNESS_MAIN(tests)
