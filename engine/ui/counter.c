/*
 * counter.c - units drawn as wargame counters: a square in the side's colour with a NATO-style
 * type symbol in a white box, attack-defence-movement along the bottom, step pips on the right
 * and status marks (moved, routed, out of supply, entrained, carrying). Each side also has its
 * own corner mark (triangle, disc, diamond, square, bar, ring) so sides differ by shape, not
 * only by colour. Stacks are drawn as stacks: the counters below peek out up and right.
 * Depends on gfx, view and read-only queries of the rules core.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"

static uint32_t ink_on(uint32_t bg)
{
    float r = (float)(bg >> 24), g = (float)((bg >> 16) & 0xff), b = (float)((bg >> 8) & 0xff);
    float lum = 0.2126f * r + 0.7152f * g + 0.0722f * b;
    return lum > 140 ? 0x111111ffu : 0xffffffffu;
}

void counter_side_mark(struct ui *u, int side, float x, float y, float s, uint32_t fg)
{
    struct gfx *gx = &u->gfx;
    switch (side % 6) {
    case 0: /* triangle in the corner */
        gfx_tri(gx, x, y, x + s, y, x, y + s, fg);
        break;
    case 1: /* disc */
        gfx_disc(gx, x + s * 0.45f, y + s * 0.45f, s * 0.36f, fg);
        break;
    case 2: { /* diamond */
        SDL_FPoint p[4] = { { x + s * 0.45f, y }, { x + s * 0.9f, y + s * 0.45f },
                            { x + s * 0.45f, y + s * 0.9f }, { x, y + s * 0.45f } };
        gfx_poly(gx, p, 4, fg);
        break;
    }
    case 3:
        gfx_rect(gx, x + s * 0.1f, y + s * 0.1f, s * 0.7f, s * 0.7f, fg);
        break;
    case 4:
        gfx_rect(gx, x, y + s * 0.25f, s, s * 0.35f, fg);
        break;
    default:
        gfx_ring(gx, x + s * 0.45f, y + s * 0.45f, s * 0.3f, s * 0.14f, fg);
        break;
    }
}

static void symbol(struct gfx *gx, int sym, float x, float y, float w, float h, float t)
{
    uint32_t ink = 0x111111ffu;
    switch (sym) {
    case SYM_INFANTRY:
        gfx_line(gx, x, y, x + w, y + h, t, ink);
        gfx_line(gx, x, y + h, x + w, y, t, ink);
        break;
    case SYM_CAVALRY:
        gfx_line(gx, x, y + h, x + w, y, t, ink);
        break;
    case SYM_ARMORED_TRAIN: {
        /* the armour "track" oval on a rail with sleepers */
        float cx = x + w / 2, cy = y + h * 0.42f, rw = w * 0.34f, rh = h * 0.22f;
        SDL_FPoint p[24];
        for (int i = 0; i < 24; i++) {
            float a = (float)i * 6.2831853f / 24.0f;
            float ex = cosf(a) * rw, ey = sinf(a) * rh;
            ex += ex > 0 ? w * 0.06f : -w * 0.06f;
            p[i] = (SDL_FPoint){ cx + ex, cy + ey };
        }
        for (int i = 0; i < 24; i++)
            gfx_line(gx, p[i].x, p[i].y, p[(i + 1) % 24].x, p[(i + 1) % 24].y, t, ink);
        float ry = y + h * 0.84f;
        gfx_line(gx, x + w * 0.1f, ry, x + w * 0.9f, ry, t, ink);
        for (int i = 0; i < 5; i++) {
            float sx = x + w * (0.16f + 0.17f * (float)i);
            gfx_line(gx, sx, ry - h * 0.08f, sx, ry + h * 0.08f, t * 0.8f, ink);
        }
        break;
    }
    case SYM_SHIP: {
        float by = y + h * 0.62f;
        SDL_FPoint hull[4] = { { x + w * 0.08f, by }, { x + w * 0.92f, by },
                               { x + w * 0.78f, y + h * 0.88f }, { x + w * 0.2f, y + h * 0.88f } };
        gfx_poly(gx, hull, 4, ink);
        gfx_rect(gx, x + w * 0.35f, y + h * 0.38f, w * 0.3f, h * 0.24f, ink);
        gfx_line(gx, x + w * 0.5f, y + h * 0.12f, x + w * 0.5f, y + h * 0.4f, t, ink);
        break;
    }
    case SYM_MILITIA:
        /* irregulars: the infantry cross with a dashed frame (drawn by the caller) and a bar */
        gfx_line(gx, x, y, x + w, y + h, t, ink);
        gfx_line(gx, x, y + h, x + w, y, t, ink);
        gfx_rect(gx, x + w * 0.3f, y + h * 0.42f, w * 0.4f, h * 0.16f, ink);
        break;
    case SYM_ARTILLERY:
        gfx_disc(gx, x + w / 2, y + h / 2, fminf(w, h) * 0.2f, ink);
        break;
    case SYM_HQ:
        gfx_rect(gx, x, y + h * 0.45f, w, t, ink);
        break;
    default:
        break;
    }
}

void counter_draw(struct ui *u, int unit, float cx, float cy, float size, bool selected)
{
    const struct game *g = ui_game(u);
    const struct unit *un = game_unit(g, unit);
    const struct utype *ut = unit_type(g, unit);
    if (!un || !ut)
        return;
    struct gfx *gx = &u->gfx;
    uint32_t fill = ui_side_rgba(u, un->side);
    uint32_t ink = ink_on(fill);
    float s = size, x = cx - s / 2, y = cy - s / 2;
    /* only the side to play shows what is spent; the others show their printed values */
    bool own_turn = un->side == game_active_side(g);
    bool spent = own_turn && un->mp <= 0 && (un->flags & UF_MOVED);
    if (selected) {
        float pulse = 0.5f + 0.5f * sinf((float)u->time * 6.0f);
        gfx_rect(gx, x - s * 0.12f, y - s * 0.12f, s * 1.24f, s * 1.24f,
                 gfx_alpha(0xffe14dffu, 150 + (int)(pulse * 105)));
    }
    /* shadow, body, edge */
    gfx_rect(gx, x + s * 0.06f, y + s * 0.06f, s, s, 0x00000070u);
    gfx_rect(gx, x, y, s, s, u->set.contrast ? 0x000000ffu : gfx_shade(fill, 0.55f));
    float e = fmaxf(1.0f, s * (u->set.contrast ? 0.06f : 0.035f));
    gfx_rect(gx, x + e, y + e, s - 2 * e, s - 2 * e, fill);
    if (s < 12) {
        counter_side_mark(u, un->side, x + e, y + e, s * 0.45f, ink);
        return;
    }
    counter_side_mark(u, un->side, x + e, y + e, s * 0.24f, gfx_alpha(ink, 200));

    /* the type symbol */
    float bw = s * 0.56f, bh = s * 0.36f, bx = cx - bw / 2, by = y + s * 0.2f;
    float t = fmaxf(1.0f, s * 0.045f);
    if (ut->symbol != SYM_SHIP) {
        gfx_rect(gx, bx, by, bw, bh, 0xffffffffu);
        if (ut->symbol == SYM_MILITIA) {
            gfx_dash(gx, bx, by, bx + bw, by, t, s * 0.07f, s * 0.05f, 0x111111ffu);
            gfx_dash(gx, bx, by + bh, bx + bw, by + bh, t, s * 0.07f, s * 0.05f, 0x111111ffu);
            gfx_dash(gx, bx, by, bx, by + bh, t, s * 0.07f, s * 0.05f, 0x111111ffu);
            gfx_dash(gx, bx + bw, by, bx + bw, by + bh, t, s * 0.07f, s * 0.05f, 0x111111ffu);
        } else {
            gfx_frame(gx, bx, by, bw, bh, t, 0x111111ffu);
        }
        symbol(gx, ut->symbol, bx, by, bw, bh, t);
    } else {
        gfx_rect(gx, bx, by, bw, bh, 0xffffffffu);
        symbol(gx, ut->symbol, bx, by, bw, bh, t);
    }

    /* steps as pips down the right edge */
    float pr = s * 0.045f;
    for (int i = 0; i < ut->steps && i < 6; i++) {
        float py = y + s * 0.2f + (float)i * pr * 2.6f, px = x + s - s * 0.09f;
        if (i < un->steps)
            gfx_disc(gx, px, py, pr, ink);
        else
            gfx_ring(gx, px, py, pr, fmaxf(1.0f, pr * 0.5f), ink);
    }

    /* attack-defence-movement */
    if (s >= 22) {
        char buf[32];
        snprintf(buf, sizeof buf, "%d-%d-%d", unit_attack_factor(g, unit),
                 unit_defence_factor(g, unit), own_turn ? (un->mp > 0 ? un->mp : 0) : ut->mp);
        int px = (int)(s * 0.24f);
        gfx_text(gx, px, true, cx, y + s * 0.97f, buf, ink, GFX_CENTER | GFX_BOTTOM);
    }

    /* status marks */
    if (un->flags & UF_ROUTED)
        gfx_line(gx, x + e, y + s - e, x + s - e, y + e, s * 0.08f, 0xd00000d0u);
    if (un->supply > 0) {
        float rx = x + s * 0.16f, ry = y + s * 0.78f;
        gfx_disc(gx, rx, ry, s * 0.12f, 0xffffffffu);
        gfx_ring(gx, rx, ry, s * 0.1f, s * 0.04f, 0xc0102aff);
        gfx_line(gx, rx - s * 0.07f, ry + s * 0.07f, rx + s * 0.07f, ry - s * 0.07f, s * 0.035f,
                 0xc0102aff);
    }
    if (un->flags & UF_ENTRAINED) {
        float ry = y + s * 0.1f;
        gfx_rect(gx, cx - s * 0.18f, ry - s * 0.04f, s * 0.36f, s * 0.08f, ink);
    }
    int nc = 0;
    {
        int all[16];
        int n = units_at(g, un->pos, all, 16, true);
        for (int i = 0; i < n; i++) {
            const struct unit *o = game_unit(g, all[i]);
            if (o && o->carrier == unit)
                nc++;
        }
    }
    if (nc > 0) {
        float bx2 = x + s - s * 0.3f, by2 = y - s * 0.12f;
        gfx_round_rect(gx, bx2, by2, s * 0.34f, s * 0.24f, s * 0.06f, 0x111111ffu);
        char buf[16];
        snprintf(buf, sizeof buf, "+%d", nc);
        gfx_text(gx, (int)(s * 0.19f), true, bx2 + s * 0.17f, by2 + s * 0.12f, buf,
                 0xffffffffu, GFX_CENTER | GFX_MIDDLE);
    }
    if (spent || (own_turn && (un->flags & UF_ATTACKED))) {
        /* spent this phase: a grey veil so fresh units stand out */
        gfx_rect(gx, x, y, s, s, 0x30303060u);
    }
}

static int cmp_pair(const void *a, const void *b)
{
    const int *x = a, *y = b;
    if (x[0] != y[0])
        return x[0] < y[0] ? -1 : 1;
    return (x[1] > y[1]) - (x[1] < y[1]);
}

/* Every unit on the map, stacks drawn bottom-up, the selected unit always on top. Units are
 * bucketed by hex once per frame (sorted by map index, so rows draw top to bottom). */
void counter_stacks(struct ui *u)
{
    const struct game *g = ui_game(u);
    struct view *v = &u->view;
    if (!g)
        return;
    gfx_clip(&u->gfx, &v->area);
    float z = (float)v->zoom;
    float size = fmaxf(6.0f, z * 1.12f);
    static int pairs[MAX_UNITS][2];
    int np = 0;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *un = game_unit(g, i);
        if (!un || un->carrier != NO_UNIT || anim_unit_pos(u, i, NULL, NULL))
            continue;
        if (!view_hex_visible(v, un->pos))
            continue;
        int idx = map_index(g, un->pos);
        if (idx < 0)
            continue;
        pairs[np][0] = idx;
        pairs[np][1] = i == u->sel ? MAX_UNITS + i : i; /* the selected unit sorts last */
        np++;
    }
    qsort(pairs, (size_t)np, sizeof pairs[0], cmp_pair);
    for (int a = 0; a < np;) {
        int b = a;
        while (b < np && pairs[b][0] == pairs[a][0])
            b++;
        int ns = b - a;
        struct hex h = map_hex_at(g, pairs[a][0]);
        float cx, cy;
        view_hex_center(v, h, &cx, &cy);
        float off = size * 0.09f;
        int layers = ns > 4 ? 4 : ns;
        for (int i = 0; i < layers; i++) {
            int id = pairs[b - layers + i][1] % MAX_UNITS;
            float k = (float)(layers - 1 - i);
            counter_draw(u, id, cx + off * k, cy - off * k, size, id == u->sel);
        }
        if (ns > 1 && size >= 18) {
            char buf[16];
            snprintf(buf, sizeof buf, "%d", ns);
            float bx = cx - size * 0.5f - size * 0.1f, by = cy - size * 0.5f - size * 0.1f;
            gfx_disc(&u->gfx, bx, by, size * 0.17f, 0x111111ffu);
            gfx_text(&u->gfx, (int)(size * 0.22f), true, bx, by, buf, 0xffffffffu,
                     GFX_CENTER | GFX_MIDDLE);
        }
        a = b;
    }
    /* units in motion */
    for (int i = 0; i < g->nunits; i++) {
        double wx, wy;
        if (!anim_unit_pos(u, i, &wx, &wy))
            continue;
        float sx, sy;
        view_to_screen(v, wx, wy, &sx, &sy);
        counter_draw(u, i, sx, sy, size, i == u->sel);
    }
    gfx_flush(&u->gfx);
    gfx_clip(&u->gfx, NULL);
}
