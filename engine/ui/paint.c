/*
 * paint.c - the map: terrain, coast, ownership, rivers, roads, railways, map symbols, place
 * labels, the overlays (supply, zones of control, rail network, movement range) and the
 * minimap. All art is procedural: flat colours plus small glyphs placed by a hash of the hex,
 * so the same hex always looks the same and nothing needs loading.
 *
 * Only hexes inside the view are visited, and glyphs are skipped when hexes are too small to
 * show them, so a full-map frame stays cheap (see docs/ui.md for the measured time).
 * Depends on gfx, view and the rules core's read-only queries.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"

/* ====================================================================== colours */

static const uint32_t terrain_rgba[TERRAIN_COUNT] = {
    0x4f86b8ffu, /* sea */
    0x5b95c6ffu, /* lake */
    0xcfdb9effu, /* plain */
    0xe2d197ffu, /* steppe */
    0x8db36fffu, /* forest */
    0xc8b47fffu, /* hills */
    0xa89a8cffu, /* mountains */
    0xa7c2a0ffu, /* marsh */
    0xd6cdbdffu, /* city */
};

static const uint32_t terrain_contrast[TERRAIN_COUNT] = {
    0x2f6fb0ffu, 0x3f80c0ffu, 0xf2f5d0ffu, 0xf5e08affu, 0x5f9a45ffu,
    0xd4a860ffu, 0x9a8878ffu, 0x8fc0b8ffu, 0xe0e0e0ffu,
};

static uint32_t hash_hex(struct hex h)
{
    uint32_t x = (uint32_t)h.q * 73856093u ^ (uint32_t)h.r * 19349663u;
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return x;
}

static float hrand(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return (float)((*s >> 8) & 0xffff) / 65535.0f;
}

static bool is_water(int t)
{
    return t == TERRAIN_SEA || t == TERRAIN_LAKE;
}

uint32_t ui_side_rgba(const struct ui *u, int side)
{
    if (side < 0 || side >= MAX_SIDES)
        return 0x808080ffu;
    return u->side_color[side];
}

/* ====================================================================== helpers */

static void hex_points(float cx, float cy, float rad, SDL_FPoint p[6])
{
    for (int i = 0; i < 6; i++)
        view_corner(cx, cy, rad, i, &p[i].x, &p[i].y);
}

static void side_mid(float cx, float cy, float rad, int d, float *x, float *y)
{
    float ax, ay, bx, by;
    view_corner(cx, cy, rad, d, &ax, &ay);
    view_corner(cx, cy, rad, (d + 1) % 6, &bx, &by);
    *x = (ax + bx) / 2;
    *y = (ay + by) / 2;
}

/* a band inside the hex along side d, from fraction a to b of the side */
static void side_band(struct gfx *gx, float cx, float cy, float rad, int d, float width, float a,
                      float b, uint32_t c)
{
    float ax, ay, bx, by;
    view_corner(cx, cy, rad, d, &ax, &ay);
    view_corner(cx, cy, rad, (d + 1) % 6, &bx, &by);
    float k = width / (rad * 0.866f);
    float iax = ax + (cx - ax) * k, iay = ay + (cy - ay) * k;
    float ibx = bx + (cx - bx) * k, iby = by + (cy - by) * k;
    SDL_FPoint p[4] = {
        { ax + (bx - ax) * a, ay + (by - ay) * a },
        { ax + (bx - ax) * b, ay + (by - ay) * b },
        { iax + (ibx - iax) * b, iay + (iby - iay) * b },
        { iax + (ibx - iax) * a, iay + (iby - iay) * a },
    };
    gfx_quad(gx, p, c);
}

static void hatch(struct gfx *gx, float cx, float cy, float rad, float dir, uint32_t c, float w)
{
    float r = rad * 0.78f;
    float ux = cosf(dir), uy = sinf(dir), nx = -uy, ny = ux;
    for (int k = -2; k <= 2; k++) {
        float off = (float)k * r * 0.4f;
        float half = sqrtf(fmaxf(r * r - off * off, 0.0f));
        float mx = cx + nx * off, my = cy + ny * off;
        gfx_line(gx, mx - ux * half, my - uy * half, mx + ux * half, my + uy * half, w, c);
    }
}

/* ====================================================================== terrain glyphs */

static void glyphs(struct ui *u, const struct hexinfo *x, struct hex h, float cx, float cy,
                   float z)
{
    struct gfx *gx = &u->gfx;
    uint32_t s = hash_hex(h);
    switch (x->terrain) {
    case TERRAIN_FOREST:
        for (int i = 0; i < 5; i++) {
            float px = cx + (hrand(&s) - 0.5f) * z * 1.1f, py = cy + (hrand(&s) - 0.5f) * z;
            float r = z * (0.15f + hrand(&s) * 0.06f);
            gfx_tri(gx, px, py - r * 1.6f, px - r, py + r * 0.6f, px + r, py + r * 0.6f,
                    0x3e6b33ffu);
            gfx_tri(gx, px, py - r * 1.6f, px - r * 0.2f, py + r * 0.6f, px + r, py + r * 0.6f,
                    0x4f8040ffu);
        }
        break;
    case TERRAIN_HILLS:
        for (int i = 0; i < 3; i++) {
            float px = cx + (hrand(&s) - 0.5f) * z * 0.9f, py = cy + (hrand(&s) - 0.3f) * z * 0.7f;
            float r = z * (0.22f + hrand(&s) * 0.08f);
            SDL_FPoint p[9];
            for (int k = 0; k < 9; k++) {
                float a = 3.14159f * (float)k / 8.0f;
                p[k] = (SDL_FPoint){ px - cosf(a) * r, py - sinf(a) * r * 0.75f };
            }
            gfx_poly(gx, p, 9, 0xa8935fffu);
            gfx_line(gx, px - r, py, px + r, py, fmaxf(1.0f, z * 0.03f), 0x7f6b40ffu);
        }
        break;
    case TERRAIN_MOUNTAINS:
        for (int i = 0; i < 3; i++) {
            float px = cx + ((float)i - 1.0f) * z * 0.42f + (hrand(&s) - 0.5f) * z * 0.15f;
            float py = cy + z * 0.25f + (hrand(&s) - 0.5f) * z * 0.2f;
            float hgt = z * (0.55f + hrand(&s) * 0.25f), w = z * 0.32f;
            gfx_tri(gx, px, py - hgt, px - w, py, px + w, py, 0x7d6f62ffu);
            gfx_tri(gx, px, py - hgt, px + w * 0.1f, py, px + w, py, 0x66594dffu);
            gfx_tri(gx, px, py - hgt, px - w * 0.33f, py - hgt * 0.66f, px + w * 0.33f,
                    py - hgt * 0.66f, 0xf4f4f4ffu);
        }
        break;
    case TERRAIN_MARSH:
        for (int i = 0; i < 4; i++) {
            float px = cx + (hrand(&s) - 0.5f) * z * 1.0f, py = cy + (hrand(&s) - 0.5f) * z * 0.9f;
            float w = z * 0.18f, t = fmaxf(1.0f, z * 0.035f);
            gfx_line(gx, px - w, py, px + w, py, t, 0x4f7f9fffu);
            gfx_line(gx, px, py, px, py - w * 0.9f, t, 0x527a45ffu);
            gfx_line(gx, px, py, px - w * 0.5f, py - w * 0.7f, t, 0x527a45ffu);
            gfx_line(gx, px, py, px + w * 0.5f, py - w * 0.7f, t, 0x527a45ffu);
        }
        break;
    case TERRAIN_STEPPE:
        for (int i = 0; i < 5; i++) {
            float px = cx + (hrand(&s) - 0.5f) * z * 1.1f, py = cy + (hrand(&s) - 0.5f) * z;
            float w = z * 0.08f, t = fmaxf(1.0f, z * 0.03f);
            gfx_line(gx, px, py, px - w, py - w * 1.4f, t, 0xb09a5cffu);
            gfx_line(gx, px, py, px + w, py - w * 1.4f, t, 0xb09a5cffu);
        }
        break;
    case TERRAIN_CITY:
        for (int i = 0; i < 7; i++) {
            float px = cx + (hrand(&s) - 0.5f) * z * 0.9f, py = cy + (hrand(&s) - 0.5f) * z * 0.8f;
            float w = z * (0.12f + hrand(&s) * 0.1f), hh = z * (0.1f + hrand(&s) * 0.1f);
            gfx_rect(gx, px - w / 2, py - hh / 2, w, hh, i % 3 ? 0x8a7f74ffu : 0xa0554aff);
        }
        break;
    case TERRAIN_SEA:
    case TERRAIN_LAKE:
        if ((s & 3) == 0) {
            float px = cx + (hrand(&s) - 0.5f) * z * 0.6f, py = cy + (hrand(&s) - 0.5f) * z * 0.6f;
            SDL_FPoint p[7];
            for (int k = 0; k < 7; k++)
                p[k] = (SDL_FPoint){ px + ((float)k - 3) * z * 0.07f,
                                     py + sinf((float)k * 1.4f) * z * 0.05f };
            gfx_polyline(gx, p, 7, fmaxf(1.0f, z * 0.03f), 0xffffff50u);
        }
        break;
    default:
        break;
    }
}

/* ====================================================================== map symbols */

static void anchor(struct gfx *gx, float x, float y, float s, uint32_t c)
{
    float t = fmaxf(1.2f, s * 0.12f);
    gfx_ring(gx, x, y - s * 0.75f, s * 0.18f, t, c);
    gfx_line(gx, x, y - s * 0.58f, x, y + s * 0.6f, t, c);
    gfx_line(gx, x - s * 0.35f, y - s * 0.3f, x + s * 0.35f, y - s * 0.3f, t, c);
    SDL_FPoint arc[7];
    for (int k = 0; k < 7; k++) {
        float a = 3.14159f * (float)k / 6.0f;
        arc[k] = (SDL_FPoint){ x - cosf(a) * s * 0.55f, y + s * 0.1f + sinf(a) * s * 0.5f };
    }
    gfx_polyline(gx, arc, 7, t, c);
}

static void derrick(struct gfx *gx, float x, float y, float s, uint32_t c)
{
    float t = fmaxf(1.2f, s * 0.1f);
    gfx_line(gx, x - s * 0.45f, y + s * 0.6f, x, y - s * 0.7f, t, c);
    gfx_line(gx, x + s * 0.45f, y + s * 0.6f, x, y - s * 0.7f, t, c);
    gfx_line(gx, x - s * 0.3f, y + s * 0.2f, x + s * 0.3f, y + s * 0.2f, t, c);
    gfx_line(gx, x - s * 0.15f, y - s * 0.25f, x + s * 0.15f, y - s * 0.25f, t, c);
    gfx_line(gx, x - s * 0.3f, y + s * 0.2f, x + s * 0.15f, y - s * 0.25f, t * 0.7f, c);
    gfx_rect(gx, x - s * 0.55f, y + s * 0.6f, s * 1.1f, t, c);
}

static void cross(struct gfx *gx, float x, float y, float s, float t, uint32_t c)
{
    gfx_line(gx, x - s, y - s, x + s, y + s, t, c);
    gfx_line(gx, x - s, y + s, x + s, y - s, t, c);
}

/* ====================================================================== labels */

struct label {
    int place;
    int prio;
    float x, y;
};

static int label_prio(const struct game *g, const struct hexinfo *x)
{
    int p = x->vp * 4;
    if (x->terrain == TERRAIN_CITY)
        p += 40;
    if (x->flags & HEXF_TOWN)
        p += 16;
    if (x->flags & (HEXF_STATION | HEXF_PORT))
        p += 6;
    if (x->flags & HEXF_OILFIELD)
        p += 4;
    (void)g;
    return p;
}

/* How much of a label's rectangle runs under the counters of the stacks within two hexes of
 * its place `at` (counters are drawn over the map, and would hide it), in pixels. */
static int under_counters(struct ui *u, const struct game *g, const uint8_t *held, struct hex at,
                          SDL_Rect r)
{
    int hidden = 0;
    float z = (float)u->view.zoom, size = fmaxf(6.0f, z * 1.12f);
    for (int dq = -2; dq <= 2; dq++)
        for (int dr = -2; dr <= 2; dr++) {
            struct hex h = hex_make(at.q + dq, at.r + dr);
            int idx = map_index(g, h);
            if (idx < 0 || !held[idx] || hex_distance(h, at) > 2)
                continue;
            float cx, cy;
            view_hex_center(&u->view, h, &cx, &cy);
            /* the stack's top counters sit up and to the right by up to three offsets, and a
             * stack's count is a disc at its top left corner */
            float lift = size * 0.09f * (float)(held[idx] > 4 ? 3 : held[idx] - 1);
            float badge = held[idx] > 1 ? size * 0.27f : 0;
            SDL_Rect c = { (int)(cx - size / 2 - badge), (int)(cy - size / 2 - lift - badge),
                           (int)(size + lift + badge), (int)(size + lift + badge) };
            SDL_Rect o;
            if (SDL_IntersectRect(&r, &c, &o))
                hidden += o.w * o.h;
        }
    return hidden;
}

static void draw_labels(struct ui *u, const struct game *g)
{
    static struct label cand[MAX_PLACES];
    static uint8_t held[MAP_MAX_HEXES]; /* counters standing on each hex (at most 255) */
    SDL_Rect placed[MAX_PLACES];
    int nc = 0, np = 0;
    float z = (float)u->view.zoom;
    memset(held, 0, sizeof held);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *un = game_unit(g, i);
        int idx = un && un->carrier == NO_UNIT ? map_index(g, un->pos) : -1;
        if (idx >= 0 && held[idx] < 255)
            held[idx]++;
    }
    int need = z < 7 ? 40 : z < 12 ? 16 : z < 20 ? 6 : 0;
    for (int i = 0; i < g->nplaces; i++) {
        const struct hexinfo *x = map_get(g, g->places[i].pos);
        if (!x || !view_hex_visible(&u->view, g->places[i].pos))
            continue;
        int p = label_prio(g, x);
        if (p < need)
            continue;
        view_hex_center(&u->view, g->places[i].pos, &cand[nc].x, &cand[nc].y);
        cand[nc].place = i;
        cand[nc].prio = p;
        nc++;
    }
    /* most important first */
    for (int i = 1; i < nc; i++) {
        struct label l = cand[i];
        int j = i - 1;
        while (j >= 0 && cand[j].prio < l.prio) {
            cand[j + 1] = cand[j];
            j--;
        }
        cand[j + 1] = l;
    }
    for (int i = 0; i < nc; i++) {
        const char *name = ui_place_name(u, cand[i].place);
        bool big = cand[i].prio >= 40;
        float base = fminf(fmaxf(z * 0.30f, 11.0f), 20.0f) + (big ? 3.0f : 0.0f);
        /* the interface scale makes labels bigger, but never much wider than a hex is tall */
        float want = base * (u->set.contrast ? 1.2f : 1.0f) * u->scale;
        int px = (int)fminf(want, fmaxf(base, z * (big ? 0.62f : 0.5f)));
        int w, h;
        gfx_text_size(&u->gfx, px, big, name, &w, &h);
        /* under the place, as a map has it; above it when stacks near it would hide that */
        float ly = cand[i].y + z * 0.52f;
        SDL_Rect r = { (int)(cand[i].x - (float)w / 2) - 3, (int)ly - 1, w + 6, h + 2 };
        struct hex at = g->places[cand[i].place].pos;
        int below = under_counters(u, g, held, at, r);
        if (below > 0) {
            float lift = held[map_index(g, at)] ? z * 1.12f : z * 0.62f; /* clear of counters */
            float ay = cand[i].y - lift - (float)h;
            SDL_Rect a = { r.x, (int)ay - 1, r.w, r.h };
            if (under_counters(u, g, held, at, a) < below) {
                ly = ay;
                r = a;
            }
        }
        bool clash = false;
        for (int k = 0; k < np && !clash; k++)
            clash = SDL_HasIntersection(&r, &placed[k]);
        if (clash)
            continue;
        placed[np++] = r;
        uint32_t bg = u->set.contrast ? 0x000000e0u : 0xfffcf0c8u;
        uint32_t fg = u->set.contrast ? 0xffffffffu : 0x1b1b1bffu;
        gfx_round_rect(&u->gfx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, (float)h * 0.3f,
                       bg);
        gfx_text(&u->gfx, px, big, cand[i].x, ly, name, fg, GFX_CENTER);
    }
}

/* ====================================================================== the map */

static void paint_layers(struct ui *u)
{
    const struct game *g = ui_game(u);
    struct gfx *gx = &u->gfx;
    struct view *v = &u->view;
    SDL_Rect area = v->area;
    gfx_clip(gx, &area);
    gfx_blend(gx, false);
    gfx_rect(gx, (float)area.x, (float)area.y, (float)area.w, (float)area.h,
             u->set.contrast ? 0x000000ffu : 0x2a3440ffu);
    int c0, r0, c1, r1;
    view_visible(v, &c0, &r0, &c1, &r1);
    float z = (float)v->zoom;
    const uint32_t *pal = u->set.contrast ? terrain_contrast : terrain_rgba;
    bool detail = z >= 11;
    const uint8_t *sup = u->ov_supply ? ui_supply(u, u->viewer) : NULL;
    const struct reach *rc = u->ov_range && u->sel != NO_UNIT ? ui_reach(u) : NULL;

    /* pass 1: terrain fill and shallows (opaque: drawn without blending), then glyphs */
    gfx_blend(gx, false);
    for (int pass = 0; pass < 2; pass++) {
    if (pass == 1) {
        gfx_blend(gx, true);
        if (!detail)
            break;
    }
    for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            if (!x)
                continue;
            float cx, cy;
            view_hex_center(v, h, &cx, &cy);
            uint32_t c = pal[x->terrain < TERRAIN_COUNT ? x->terrain : TERRAIN_PLAIN];
            float jit = 1.0f + ((float)(hash_hex(h) & 15) - 7.5f) / 260.0f;
            c = gfx_shade(c, jit);
            if (!is_water(x->terrain) && x->owner >= 0 && x->owner < g->nsides)
                c = gfx_mix(c, ui_side_rgba(u, x->owner), u->set.contrast ? 0.23f : 0.13f);
            if (is_water(x->terrain)) {
                for (int d = 0; d < 6; d++) {
                    const struct hexinfo *n = map_get(g, hex_neighbor(h, d));
                    if (n && !is_water(n->terrain)) {
                        c = gfx_mix(c, 0x9fd0e8ffu, 0.35f);
                        break;
                    }
                }
            }
            if (pass == 0) {
                SDL_FPoint p[6];
                hex_points(cx, cy, z + 0.6f, p);
                gfx_poly(gx, p, 6, c);
            } else if (!u->set.contrast || (x->terrain != TERRAIN_PLAIN &&
                                            x->terrain != TERRAIN_SEA)) {
                glyphs(u, x, h, cx, cy, z);
            }
        }
    }
    }

    /* pass 2: coast, ownership, grid */
    for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            if (!x)
                continue;
            float cx, cy;
            view_hex_center(v, h, &cx, &cy);
            bool water = is_water(x->terrain);
            if (!water && x->owner >= 0 && x->owner < g->nsides) {
                uint32_t oc = ui_side_rgba(u, x->owner); /* the tint is in the fill */
                float bw = fmaxf(1.5f, z * 0.13f);
                for (int d = 0; d < 6; d++) {
                    const struct hexinfo *n = map_get(g, hex_neighbor(h, d));
                    if (n && (n->owner == x->owner || is_water(n->terrain)))
                        continue;
                    uint32_t bc = gfx_alpha(oc, 235);
                    switch (x->owner % 3) {
                    case 0:
                        side_band(gx, cx, cy, z, d, bw, 0, 1, bc);
                        break;
                    case 1: /* dashed */
                        for (int k = 0; k < 4; k += 2)
                            side_band(gx, cx, cy, z, d, bw, (float)k / 4 + 0.04f,
                                      (float)(k + 1) / 4 + 0.08f, bc);
                        break;
                    default: /* thin double line */
                        side_band(gx, cx, cy, z, d, bw * 0.4f, 0, 1, bc);
                        side_band(gx, cx, cy, z * 0.82f, d, bw * 0.4f, 0.1f, 0.9f, bc);
                        break;
                    }
                }
            }
            if (!water) {
                for (int d = 0; d < 6; d++) {
                    const struct hexinfo *n = map_get(g, hex_neighbor(h, d));
                    if (!n || !is_water(n->terrain))
                        continue;
                    float ax, ay, bx, by;
                    view_corner(cx, cy, z, d, &ax, &ay);
                    view_corner(cx, cy, z, (d + 1) % 6, &bx, &by);
                    gfx_line(gx, ax, ay, bx, by, fmaxf(1.2f, z * 0.07f), 0x5b4a32c0u);
                }
            }
            if (u->ov_grid && z >= 5) {
                uint32_t gc = u->set.contrast ? 0x000000a0u : z < 14 ? 0x20202026u : 0x2020204au;
                for (int d = 0; d < 3; d++) {
                    float ax, ay, bx, by;
                    view_corner(cx, cy, z, d, &ax, &ay);
                    view_corner(cx, cy, z, d + 1, &bx, &by);
                    gfx_line(gx, ax, ay, bx, by, z >= 30 ? 1.4f : 1.0f, gc);
                }
            }
        }
    }

    /* pass 3: rivers, roads, rails */
    float rw = fmaxf(1.5f, z * 0.15f), dw = fmaxf(1.0f, z * 0.07f), tw = fmaxf(1.5f, z * 0.1f);
    for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            if (!x || !(x->river | x->road | x->rail))
                continue;
            float cx, cy;
            view_hex_center(v, h, &cx, &cy);
            for (int d = 0; d < 6; d++) {
                if (!(x->river & (1 << d)))
                    continue;
                if (d >= 3 && map_get(g, hex_neighbor(h, d)))
                    continue; /* the neighbour draws it */
                float ax, ay, bx, by;
                view_corner(cx, cy, z, d, &ax, &ay);
                view_corner(cx, cy, z, (d + 1) % 6, &bx, &by);
                gfx_line(gx, ax, ay, bx, by, rw, 0x2f6fbdffu);
                gfx_disc(gx, ax, ay, rw * 0.5f, 0x2f6fbdffu);
                gfx_disc(gx, bx, by, rw * 0.5f, 0x2f6fbdffu);
            }
            if (z >= 5) {
                for (int d = 0; d < 6; d++) {
                    if (!(x->road & (1 << d)) || (x->rail & (1 << d)))
                        continue;
                    float mx, my;
                    side_mid(cx, cy, z, d, &mx, &my);
                    gfx_line(gx, cx, cy, mx, my, dw, 0x9a6232ffu);
                    gfx_disc(gx, cx, cy, dw * 0.5f, 0x9a6232ffu);
                }
            }
            if (x->rail) {
                uint32_t lc = u->ov_rail ? 0x101010ffu : 0x2a2a2aff;
                float w = u->ov_rail ? tw * 1.5f : tw;
                for (int d = 0; d < 6; d++) {
                    if (!(x->rail & (1 << d)))
                        continue;
                    float mx, my;
                    side_mid(cx, cy, z, d, &mx, &my);
                    if (u->ov_rail)
                        gfx_line(gx, cx, cy, mx, my, w * 2.2f, 0xffd84af0u);
                    gfx_line(gx, cx, cy, mx, my, w, lc);
                    if (z >= 16) {
                        float dx = mx - cx, dy = my - cy, len = sqrtf(dx * dx + dy * dy);
                        float nx = -dy / len, ny = dx / len;
                        for (float t = 0.2f; t < 1.0f; t += 0.3f) {
                            float px = cx + dx * t, py = cy + dy * t;
                            gfx_line(gx, px - nx * w * 1.3f, py - ny * w * 1.3f,
                                     px + nx * w * 1.3f, py + ny * w * 1.3f, w * 0.45f, lc);
                        }
                    }
                }
                gfx_disc(gx, cx, cy, w * 0.5f, lc);
            }
        }
    }

    /* pass 4: bridges, symbols, victory points, cuts */
    for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            if (!x)
                continue;
            float cx, cy;
            view_hex_center(v, h, &cx, &cy);
            for (int d = 0; d < 6 && z >= 7; d++) {
                if (!(x->bridge & (1 << d)) || (d >= 3 && map_get(g, hex_neighbor(h, d))))
                    continue;
                float mx, my;
                side_mid(cx, cy, z, d, &mx, &my);
                float ux = (mx - cx) / (z * 0.866f), uy = (my - cy) / (z * 0.866f);
                float nx = -uy, ny = ux, L = z * 0.2f, o = z * 0.12f;
                uint32_t bc = (x->blown & (1 << d)) ? 0xd00000ffu : 0x202020ffu;
                for (int k = -1; k <= 1; k += 2)
                    gfx_line(gx, mx - ux * L + nx * o * (float)k, my - uy * L + ny * o * (float)k,
                             mx + ux * L + nx * o * (float)k, my + uy * L + ny * o * (float)k,
                             fmaxf(1.2f, z * 0.05f), bc);
                if (x->blown & (1 << d))
                    cross(gx, mx, my, z * 0.12f, fmaxf(1.5f, z * 0.06f), 0xe00000ffu);
            }
            if (z >= 9) {
                float s = z * 0.2f;
                if (x->flags & HEXF_STATION) {
                    gfx_rect(gx, cx - s * 0.6f, cy - s * 0.6f, s * 1.2f, s * 1.2f, 0x202020ffu);
                    gfx_rect(gx, cx - s * 0.4f, cy - s * 0.4f, s * 0.8f, s * 0.8f, 0xffffffffu);
                } else if ((x->flags & HEXF_TOWN) && x->terrain != TERRAIN_CITY) {
                    gfx_disc(gx, cx, cy, s * 0.55f, 0x202020ffu);
                }
                if (x->flags & HEXF_PORT)
                    anchor(gx, cx + z * 0.5f, cy - z * 0.1f, z * 0.22f, 0x14365cffu);
                if (x->flags & HEXF_OILFIELD)
                    derrick(gx, cx - z * 0.5f, cy - z * 0.05f, z * 0.28f, 0x111111ffu);
            } else if (x->flags & (HEXF_TOWN | HEXF_STATION)) {
                gfx_disc(gx, cx, cy, fmaxf(1.5f, z * 0.2f), 0x202020ffu);
            }
            if (x->vp > 0) {
                float sy = cy - z * 0.55f;
                float sr = fmaxf(3.5f, z * 0.2f);
                gfx_star(gx, cx, sy, sr * 1.25f, 0x2a2000ffu);
                gfx_star(gx, cx, sy, sr, 0xffc61affu);
            }
            if ((x->flags & HEXF_RAIL_CUT) && x->rail) {
                float s = fmaxf(3.0f, z * (u->ov_rail ? 0.32f : 0.22f));
                cross(gx, cx, cy, s, fmaxf(2.0f, s * 0.35f), 0xffffffffu);
                cross(gx, cx, cy, s, fmaxf(1.2f, s * 0.2f), 0xe00000ffu);
            }
        }
    }

    /* pass 5: overlays */
    for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            int idx = map_index(g, h);
            if (!x || idx < 0)
                continue;
            float cx, cy;
            view_hex_center(v, h, &cx, &cy);
            bool water = is_water(x->terrain);
            if (sup && !water && !sup[idx]) {
                SDL_FPoint p[6];
                hex_points(cx, cy, z, p);
                gfx_poly(gx, p, 6, 0x7a1f5a40u);
                if (z >= 8)
                    hatch(gx, cx, cy, z, 0.785f, 0x7a1f5a90u, fmaxf(1.0f, z * 0.05f));
            }
            if (u->ov_zoc && !water && u->viewer >= 0 && move_in_enemy_zoc(g, u->viewer, h)) {
                SDL_FPoint p[6];
                hex_points(cx, cy, z, p);
                gfx_poly(gx, p, 6, 0xe69f0040u);
                if (z >= 8)
                    hatch(gx, cx, cy, z, -0.785f, 0xb36b00b0u, fmaxf(1.0f, z * 0.05f));
            }
            if (rc) {
                const struct unit *su = game_unit(g, u->sel);
                bool start = su && hex_eq(su->pos, h);
                if (rc->cost[idx] < 0 && !start) {
                    SDL_FPoint p[6];
                    hex_points(cx, cy, z + 0.6f, p);
                    gfx_poly(gx, p, 6, u->set.contrast ? 0x000000a8u : 0x10141870u);
                } else if (!start && rc->stop[idx] && z >= 8) {
                    gfx_ring(gx, cx, cy, z * 0.62f, fmaxf(1.5f, z * 0.06f), 0xe69f00e0u);
                }
            }
        }
    }
    draw_labels(u, g);
    gfx_flush(gx);
    gfx_clip(gx, NULL);
}

/* ====================================================================== legend samples */

/* One legend entry drawn in a hex of radius z at (cx, cy): a terrain, or a map symbol on
 * plain ground, exactly as the map draws it. */
void paint_sample(struct ui *u, int what, float cx, float cy, float z)
{
    struct gfx *gx = &u->gfx;
    const uint32_t *pal = u->set.contrast ? terrain_contrast : terrain_rgba;
    int t = what < TERRAIN_COUNT ? what : TERRAIN_PLAIN;
    SDL_FPoint p[6];
    hex_points(cx, cy, z, p);
    gfx_poly(gx, p, 6, pal[t]);
    struct hexinfo x;
    memset(&x, 0, sizeof x);
    x.terrain = (uint8_t)t;
    if (what < TERRAIN_COUNT)
        glyphs(u, &x, hex_make(what, 3), cx, cy, z);
    float s = z * 0.2f, tw = fmaxf(1.5f, z * 0.1f);
    switch (what) {
    case PS_STAR:
        gfx_star(gx, cx, cy, z * 0.3f, 0x2a2000ffu);
        gfx_star(gx, cx, cy, z * 0.24f, 0xffc61affu);
        break;
    case PS_STATION:
        gfx_line(gx, cx - z * 0.86f, cy, cx + z * 0.86f, cy, tw, 0x2a2a2aff);
        gfx_rect(gx, cx - s * 0.6f, cy - s * 0.6f, s * 1.2f, s * 1.2f, 0x202020ffu);
        gfx_rect(gx, cx - s * 0.4f, cy - s * 0.4f, s * 0.8f, s * 0.8f, 0xffffffffu);
        break;
    case PS_TOWN:
        gfx_disc(gx, cx, cy, s * 0.55f, 0x202020ffu);
        break;
    case PS_PORT:
        anchor(gx, cx, cy, z * 0.3f, 0x14365cffu);
        break;
    case PS_OIL:
        derrick(gx, cx, cy, z * 0.35f, 0x111111ffu);
        break;
    case PS_RAIL:
        gfx_line(gx, cx - z * 0.86f, cy, cx + z * 0.86f, cy, tw, 0x2a2a2aff);
        for (float k = -0.6f; k <= 0.61f; k += 0.3f)
            gfx_line(gx, cx + z * k, cy - tw * 1.3f, cx + z * k, cy + tw * 1.3f, tw * 0.45f,
                     0x2a2a2aff);
        break;
    case PS_ROAD:
        gfx_line(gx, cx - z * 0.86f, cy, cx + z * 0.86f, cy, fmaxf(1.0f, z * 0.07f), 0x9a6232ffu);
        break;
    case PS_RIVER:
    case PS_BRIDGE: {
        float ax, ay, bx, by;
        view_corner(cx, cy, z, 0, &ax, &ay);
        view_corner(cx, cy, z, 1, &bx, &by);
        gfx_line(gx, ax, ay, bx, by, fmaxf(1.5f, z * 0.15f), 0x2f6fbdffu);
        if (what == PS_BRIDGE) {
            float mx = (ax + bx) / 2, my = (ay + by) / 2;
            gfx_line(gx, cx, cy, mx + z * 0.2f, my, tw, 0x2a2a2aff);
            gfx_line(gx, mx - z * 0.2f, my - z * 0.12f, mx + z * 0.2f, my - z * 0.12f,
                     fmaxf(1.2f, z * 0.05f), 0x202020ffu);
            gfx_line(gx, mx - z * 0.2f, my + z * 0.12f, mx + z * 0.2f, my + z * 0.12f,
                     fmaxf(1.2f, z * 0.05f), 0x202020ffu);
        }
        break;
    }
    case PS_CUT:
        gfx_line(gx, cx - z * 0.86f, cy, cx + z * 0.86f, cy, tw, 0x2a2a2aff);
        cross(gx, cx, cy, z * 0.22f, fmaxf(2.0f, z * 0.08f), 0xffffffffu);
        cross(gx, cx, cy, z * 0.22f, fmaxf(1.2f, z * 0.045f), 0xe00000ffu);
        break;
    case PS_SUPPLY:
        gfx_poly(gx, p, 6, 0x7a1f5a40u);
        hatch(gx, cx, cy, z, 0.785f, 0x7a1f5a90u, fmaxf(1.0f, z * 0.05f));
        break;
    case PS_ZOC:
        gfx_poly(gx, p, 6, 0xe69f0040u);
        hatch(gx, cx, cy, z, -0.785f, 0xb36b00b0u, fmaxf(1.0f, z * 0.05f));
        break;
    case PS_STOP:
        gfx_ring(gx, cx, cy, z * 0.62f, fmaxf(1.5f, z * 0.06f), 0xe69f00e0u);
        break;
    case PS_FRONT0:
    case PS_FRONT1:
        for (int d = 0; d < 6; d++) {
            if (what == PS_FRONT0) {
                side_band(gx, cx, cy, z, d, fmaxf(1.5f, z * 0.13f), 0, 1, u->side_color[0]);
            } else {
                for (int k = 0; k < 4; k += 2)
                    side_band(gx, cx, cy, z, d, fmaxf(1.5f, z * 0.13f), (float)k / 4 + 0.04f,
                              (float)(k + 1) / 4 + 0.08f, u->side_color[1]);
            }
        }
        break;
    default:
        break;
    }
}

/* ====================================================================== the cache */

/* What the cached picture depends on besides the camera. */
static void cache_key(const struct ui *u, struct paint_cache_key *k)
{
    memset(k, 0, sizeof *k);
    k->version = u->version;
    k->sel = u->ov_range ? u->sel : NO_UNIT;
    k->viewer = (u->ov_supply || u->ov_zoc) ? u->viewer : -1;
    k->flags = (u->ov_grid ? 1 : 0) | (u->ov_supply ? 2 : 0) | (u->ov_zoc ? 4 : 0) |
               (u->ov_rail ? 8 : 0) | (u->ov_range ? 16 : 0) | (u->set.contrast ? 32 : 0);
    k->scale = u->scale;
    snprintf(k->lang, sizeof k->lang, "%s", u->lang.code);
}

static bool covers(const struct paint_cache *c, const struct view *v)
{
    double x0, y0, x1, y1;
    view_to_world(v, (float)v->area.x, (float)v->area.y, &x0, &y0);
    view_to_world(v, (float)(v->area.x + v->area.w), (float)(v->area.y + v->area.h), &x1, &y1);
    double cx1 = c->wx0 + c->w / c->zoom, cy1 = c->wy0 + c->h / c->zoom;
    return x0 >= c->wx0 - 1e-9 && y0 >= c->wy0 - 1e-9 && x1 <= cx1 + 1e-9 && y1 <= cy1 + 1e-9;
}

static bool render_cache(struct ui *u, const struct view *cam)
{
    struct paint_cache *c = &u->cache;
    int w = cam->area.w * 3 / 2, h = cam->area.h * 3 / 2;
    if (w > 4096)
        w = 4096;
    if (h > 4096)
        h = 4096;
    if (!c->tex || c->w != w || c->h != h) {
        if (c->tex)
            SDL_DestroyTexture(c->tex);
        c->tex = SDL_CreateTexture(u->ren, SDL_PIXELFORMAT_RGBA8888, SDL_TEXTUREACCESS_TARGET, w,
                                   h);
        if (!c->tex)
            return false;
        c->w = w;
        c->h = h;
    }
    SDL_Texture *old = SDL_GetRenderTarget(u->ren);
    if (SDL_SetRenderTarget(u->ren, c->tex) != 0)
        return false;
    struct view saved = u->view;
    u->view = *cam;
    u->view.area = (SDL_Rect){ 0, 0, w, h };
    u->view.cx = cam->cx;
    u->view.cy = cam->cy;
    SDL_SetRenderDrawBlendMode(u->ren, SDL_BLENDMODE_BLEND);
    paint_layers(u);
    gfx_flush(&u->gfx);
    view_to_world(&u->view, 0, 0, &c->wx0, &c->wy0);
    c->zoom = cam->zoom;
    u->view = saved;
    SDL_SetRenderTarget(u->ren, old);
    SDL_SetTextureBlendMode(c->tex, SDL_BLENDMODE_NONE);
    cache_key(u, &c->key);
    c->valid = true;
    c->renders++;
    return true;
}

void paint_map(struct ui *u)
{
    const struct game *g = ui_game(u);
    struct view *v = &u->view;
    if (!g)
        return;
    struct paint_cache *c = &u->cache;
    struct paint_cache_key k;
    cache_key(u, &k);
    bool moving = fabs(v->zoom - v->tzoom) > v->zoom * 1e-6 || fabs(v->cx - v->tx) > 1e-6 ||
                  fabs(v->cy - v->ty) > 1e-6;
    bool fresh = c->valid && memcmp(&k, &c->key, sizeof k) == 0;
    bool ok = fresh && covers(c, v) && (moving || c->zoom == v->zoom);
    if (!ok) {
        /* while the camera glides, draw where it is heading so the next frames only scale */
        struct view cam = *v;
        if (moving && fresh) {
            cam.cx = v->tx;
            cam.cy = v->ty;
            cam.zoom = v->tzoom;
        }
        if (!render_cache(u, &cam) || !covers(c, v)) {
            if (!render_cache(u, v)) {
                paint_layers(u);
                return;
            }
        }
    }
    float sx, sy;
    view_to_screen(v, c->wx0, c->wy0, &sx, &sy);
    float k2 = (float)(v->zoom / c->zoom);
    SDL_FRect dst = { sx, sy, (float)c->w * k2, (float)c->h * k2 };
    if (c->zoom == v->zoom) {
        /* whole pixels at scale 1: SDL copies rows instead of resampling */
        dst.x = floorf(sx + 0.5f);
        dst.y = floorf(sy + 0.5f);
    }
    gfx_clip(&u->gfx, &v->area);
    SDL_RenderCopyF(u->ren, c->tex, NULL, &dst);
    gfx_clip(&u->gfx, NULL);
}

void paint_fini(struct ui *u)
{
    if (u->cache.tex)
        SDL_DestroyTexture(u->cache.tex);
    memset(&u->cache, 0, sizeof u->cache);
}

/* ====================================================================== minimap */

void paint_minimap(struct ui *u, SDL_Rect r)
{
    paint_minimap_of(u, ui_game(u), u->side_color, r, true);
}

void paint_minimap_of(struct ui *u, const struct game *g, const uint32_t *colors, SDL_Rect r,
                      bool camera)
{
    struct gfx *gx = &u->gfx;
    if (!g || g->width <= 0 || g->height <= 0)
        return;
    gfx_rect(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, 0x101418ffu);
    /* a plain grid of cells (the half-hex stagger would leave notches at the edges) */
    float cw = (float)r.w / (float)g->width, ch = (float)r.h / (float)g->height;
    const uint32_t *pal = u->set.contrast ? terrain_contrast : terrain_rgba;
    for (int row = 0; row < g->height; row++) {
        for (int col = 0; col < g->width; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            if (!x)
                continue;
            uint32_t c = pal[x->terrain < TERRAIN_COUNT ? x->terrain : 0];
            if (!is_water(x->terrain) && x->owner >= 0)
                c = gfx_mix(c, colors[x->owner < MAX_SIDES ? x->owner : 0], 0.45f);
            if (x->rail)
                c = gfx_mix(c, 0x000000ffu, 0.45f);
            float px = (float)r.x + (float)col * cw, py = (float)r.y + (float)row * ch;
            float pw = fminf(ceilf(cw) + 1.0f, (float)(r.x + r.w) - floorf(px));
            float ph = fminf(ceilf(ch) + 1.0f, (float)(r.y + r.h) - floorf(py));
            gfx_rect(gx, floorf(px), floorf(py), pw, ph, c);
        }
    }
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *un = game_unit(g, i);
        if (!un || un->carrier != NO_UNIT)
            continue;
        int col, row;
        hex_to_offset(un->pos, &col, &row);
        float px = (float)r.x + ((float)col + 0.5f) * cw;
        float py = (float)r.y + ((float)row + 0.5f) * ch;
        float s = fmaxf(2.5f, cw * 0.9f);
        gfx_rect(gx, px - s / 2 - 1, py - s / 2 - 1, s + 2, s + 2, 0x000000ffu);
        int side = un->side >= 0 && un->side < MAX_SIDES ? un->side : 0;
        gfx_rect(gx, px - s / 2, py - s / 2, s, s, colors[side]);
    }
    gfx_frame(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, 1.0f, 0x5a6672ffu);
    if (!camera)
        return;
    /* the camera's rectangle */
    double x0, y0, x1, y1;
    const struct view *v = &u->view;
    view_to_world(v, (float)v->area.x, (float)v->area.y, &x0, &y0);
    view_to_world(v, (float)(v->area.x + v->area.w), (float)(v->area.y + v->area.h), &x1, &y1);
    float sx = cw / (float)VIEW_SQRT3, sy = ch / 1.5f;
    float fx0 = (float)r.x + (float)(x0 + VIEW_SQRT3 / 2) * sx;
    float fy0 = (float)r.y + (float)(y0 + 0.75) * sy;
    float fx1 = (float)r.x + (float)(x1 + VIEW_SQRT3 / 2) * sx;
    float fy1 = (float)r.y + (float)(y1 + 0.75) * sy;
    fx0 = fmaxf(fx0, (float)r.x);
    fy0 = fmaxf(fy0, (float)r.y);
    fx1 = fminf(fx1, (float)(r.x + r.w));
    fy1 = fminf(fy1, (float)(r.y + r.h));
    if (fx1 > fx0 && fy1 > fy0)
        gfx_frame(gx, fx0, fy0, fx1 - fx0, fy1 - fy0, 2.0f, 0xffffffffu);
    gfx_frame(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, 1.0f, 0x5a6672ffu);
}

void ui_backdrop_free(struct ui_backdrop *b)
{
    free(b->terrain);
    free(b->rail);
    if (b->tex)
        SDL_DestroyTexture(b->tex);
    memset(b, 0, sizeof *b);
}

static void draw_backdrop(struct ui *u, const struct ui_backdrop *b)
{
    struct gfx *gx = &u->gfx;
    const uint32_t bg = 0x1a2026ffu;
    gfx_rect(gx, 0, 0, (float)gx->w, (float)gx->h, bg);
    int w = b->w, h = b->h;
    if (!b->terrain || w <= 1 || h <= 1)
        return;
    /* the radius at which the map covers the window (its ragged edges past the window's),
     * centred on it */
    double ww = ((double)w - 1.0) * VIEW_SQRT3, wh = ((double)h - 1.0) * 1.5;
    double z = fmax((double)gx->w / ww, (double)gx->h / wh);
    struct view v;
    view_init(&v, w, h, (SDL_Rect){ 0, 0, gx->w, gx->h });
    v.zoom = v.tzoom = z;
    v.cx = v.tx = ww / 2 + VIEW_SQRT3 / 4;
    v.cy = v.ty = wh / 2;
    const uint32_t *pal = u->set.contrast ? terrain_contrast : terrain_rgba;
    float m = (float)z * 2;
    for (int pass = 0; pass < 3; pass++)
        for (int row = 0; row < h; row++)
            for (int col = 0; col < w; col++) {
                struct hex hx = hex_from_offset(col, row);
                float cx, cy;
                view_hex_center(&v, hx, &cx, &cy);
                if (cx < -m || cy < -m || cx > (float)gx->w + m || cy > (float)gx->h + m)
                    continue;
                int t = b->terrain[row * w + col];
                if (pass == 0) {
                    SDL_FPoint p[6];
                    hex_points(cx, cy, (float)z + 0.5f, p);
                    gfx_poly(gx, p, 6, gfx_mix(pal[t < TERRAIN_COUNT ? t : 0], bg, 0.62f));
                } else if (pass == 1) { /* the hex edges, faintly */
                    for (int d = 0; d < 3; d++) {
                        float ax, ay, bx, by;
                        view_corner(cx, cy, (float)z, d, &ax, &ay);
                        view_corner(cx, cy, (float)z, d + 1, &bx, &by);
                        gfx_line(gx, ax, ay, bx, by, 1.0f, 0x00000030u);
                    }
                } else { /* the railways */
                    for (int d = 0; d < 3; d++) {
                        if (!(b->rail[row * w + col] & (1u << d)))
                            continue;
                        float nx, ny;
                        view_hex_center(&v, hex_neighbor(hx, d), &nx, &ny);
                        gfx_line(gx, cx, cy, nx, ny, fmaxf(1.5f, (float)z * 0.16f), 0x0b0d10b0u);
                    }
                }
            }
    int fs = ui_px(u, 15), layer = gx->rec_layer;
    gx->rec_layer = 0; /* map names, under the menus: not the interface's texts */
    for (int i = 0; i < b->nlabels; i++) {
        float cx, cy;
        view_hex_center(&v, hex_from_offset(b->labels[i].col, b->labels[i].row), &cx, &cy);
        gfx_ring(gx, cx, cy, (float)z * 0.45f, fmaxf(1.5f, (float)z * 0.14f), 0xc9c2b0a0u);
        gfx_text(gx, fs, false, cx, cy + (float)z * 0.7f, b->labels[i].name, 0xc9c2b0b0u,
                 GFX_CENTER);
    }
    gx->rec_layer = layer;
}

void paint_backdrop(struct ui *u, struct ui_backdrop *b)
{
    struct gfx *gx = &u->gfx;
    /* some four thousand hexes: drawn into a texture when the window, scale or contrast
     * changes, copied in the frames between */
    if (!b->tex || b->tex_w != gx->w || b->tex_h != gx->h || b->tex_scale != u->scale ||
        b->tex_contrast != u->set.contrast) {
        if (b->tex)
            SDL_DestroyTexture(b->tex);
        b->tex = SDL_CreateTexture(u->ren, SDL_PIXELFORMAT_RGBA8888, SDL_TEXTUREACCESS_TARGET,
                                   gx->w, gx->h);
        SDL_Texture *old = SDL_GetRenderTarget(u->ren);
        if (!b->tex || SDL_SetRenderTarget(u->ren, b->tex) != 0) {
            if (b->tex)
                SDL_DestroyTexture(b->tex);
            b->tex = NULL;
            draw_backdrop(u, b); /* straight to the window, every frame */
            return;
        }
        SDL_SetRenderDrawBlendMode(u->ren, SDL_BLENDMODE_BLEND);
        draw_backdrop(u, b);
        gfx_flush(gx);
        SDL_SetRenderTarget(u->ren, old);
        SDL_SetTextureBlendMode(b->tex, SDL_BLENDMODE_NONE);
        b->tex_w = gx->w;
        b->tex_h = gx->h;
        b->tex_scale = u->scale;
        b->tex_contrast = u->set.contrast;
    }
    gfx_flush(gx);
    SDL_RenderCopy(u->ren, b->tex, NULL, NULL);
}
