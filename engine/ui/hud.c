/*
 * hud.c - the play screen around the map: the top bar (turn, date, time of day, whose phase,
 * scores, undo and end-phase buttons), the side panel (selected unit with its actions, the
 * hex under the mouse, the move or attack preview, overlay switches, minimap), the event log,
 * the path preview and hex highlights on the map, and the attack dialog with odds, modifiers
 * and the six possible results.
 *
 * Everything shown comes from the rules' own queries: move_path() for costs, cmd_validate()
 * for "why not", combat_preview() for odds, supply_compute() and move_in_enemy_zoc().
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"


static const int act_kind[6] = { CMD_ENTRAIN, CMD_DETRAIN, CMD_EMBARK, CMD_DISEMBARK,
                                 CMD_CUT_RAIL, CMD_REPAIR_RAIL };
static const char *const act_key[6] = { "act.entrain", "act.detrain", "act.embark",
                                        "act.disembark", "act.cut", "act.repair" };

static void block(struct ui *u, SDL_Rect r)
{
    if (u->nblocks < UI_MAX_BLOCKS)
        u->blocks[u->nblocks++].r = r;
}

/* ====================================================================== text helpers */


static const char *terrain_label(const struct ui *u, int t)
{
    char key[40];
    snprintf(key, sizeof key, "terrain.%s", terrain_name(t));
    const char *v = lang_get(&u->lang, key);
    return v == key ? terrain_name(t) : v;
}

/* ====================================================================== top bar */

static void top_bar(struct ui *u, const struct game *g)
{
    struct gfx *gx = &u->gfx;
    int th = ui_topbar_h(u), pad = ui_px(u, 10), fs = ui_px(u, 16);
    SDL_Rect bar = { 0, 0, gx->w, th };
    block(u, bar);
    gfx_rect(gx, 0, 0, (float)gx->w, (float)th, u->set.contrast ? 0x000000ffu : 0x161b20ffu);
    gfx_rect(gx, 0, (float)th - 2, (float)gx->w, 2, 0x3a4550ffu);
    /* buttons from the right */
    int active = game_active_side(g);
    int bh = th - ui_px(u, 10), by = ui_px(u, 5);
    float rx = (float)gx->w - (float)pad;
    struct { int id; const char *key; bool en; } btns[] = {
        { BTN_MENU, "hud.menu", true },
        { BTN_HELP, "hud.help", true },
        { BTN_END, "hud.end_phase", !g->result.over && active >= 0 && !u->ai_side[active] },
        { BTN_UNDO, "hud.undo", ui_can_undo(u) },
    };
    for (int i = 0; i < 4; i++) {
        int w, h;
        gfx_text_size(gx, ui_px(u, 15), true, ui_tr(u, btns[i].key), &w, &h);
        int bw = w + ui_px(u, 22);
        rx -= (float)bw;
        SDL_Rect r = { (int)rx, by, bw, bh };
        if (widget_button(u, r, ui_tr(u, btns[i].key), btns[i].en, false, btns[i].id)) {
            switch (btns[i].id) {
            case BTN_MENU: ui_push(u, SCR_MAIN); break;
            case BTN_HELP: ui_push(u, SCR_HELP); break;
            case BTN_END: ui_end_phase(u); break;
            default: ui_undo(u); break;
            }
        }
        rx -= (float)pad / 2;
    }
    /* the left side: turn, date, who plays; pieces that do not fit before the buttons are
     * left out (the date first), the last one is cut at the buttons */
    char buf[160], date[80];
    ui_format_date(u, g, g->turn, date, sizeof date);
    /* the turns counted to the last on which anyone can fight (a dated peace ends the game's
     * war before its last turn: Red Bridge's treaty) */
    int last = game_last_fight_turn(g);
    if (g->turn > last)
        last = g->last_turn;
    snprintf(buf, sizeof buf, ui_tr(u, "hud.turn"), g->turn + 1, last + 1);
    float x = (float)pad, cy = (float)th / 2;
    float limit = rx - (float)pad;
    char side_txt[200] = "";
    if (active >= 0)
        snprintf(side_txt, sizeof side_txt, "%s — %s%s%s", ui_side_name(u, active),
                 ui_tr(u, g->phase == PHASE_MOVE ? "phase.move" : "phase.combat"),
                 u->ai_side[active] ? " " : "", u->ai_side[active] ? ui_tr(u, "hud.computer") : "");
    int w1, w2, w3, hh;
    gfx_text_size(gx, fs, true, buf, &w1, &hh);
    gfx_text_size(gx, fs, false, date, &w2, &hh);
    gfx_text_size(gx, fs, true, side_txt, &w3, &hh);
    float chip = (float)ui_px(u, 22);
    bool show_date = x + (float)(w1 + w2 + w3) + chip + (float)pad * 5 <= limit;
    u->bar_cramped = !show_date; /* the side panel repeats date and phase */
    gfx_clip(gx, &(SDL_Rect){ 0, 0, (int)limit > 0 ? (int)limit : 0, th });
    x += (float)gfx_text(gx, fs, true, x, cy, buf, UI_TEXT, GFX_MIDDLE) + (float)pad;
    if (show_date)
        x += (float)gfx_text(gx, fs, false, x, cy, date, UI_DIM, GFX_MIDDLE) + (float)pad * 2;
    if (active >= 0) {
        gfx_rect(gx, x, cy - chip / 2, chip, chip, ui_side_rgba(u, active));
        counter_side_mark(u, active, x + 2, cy - chip / 2 + 2, chip * 0.5f, 0xffffffffu);
        x += chip + (float)pad / 2;
        x += (float)gfx_text(gx, fs, true, x, cy, side_txt, UI_TEXT, GFX_MIDDLE) + (float)pad * 2;
    }
    gfx_clip(gx, NULL);
    /* scores: a chip with the side's mark and its points; names when there is room */
    int nsides = g->nsides;
    float need = 0;
    for (int s = 0; s < nsides; s++) {
        int w, h;
        if (!side_competes(g, s))
            continue;
        snprintf(buf, sizeof buf, "%s %d", ui_side_name(u, s), game_score(g, s));
        gfx_text_size(gx, fs, true, buf, &w, &h);
        need += (float)w + (float)ui_px(u, 14) + (float)pad * 1.5f;
    }
    bool names = rx - need > x;
    float need_short = 0;
    for (int s = 0; s < nsides; s++) {
        int w, h;
        if (!side_competes(g, s))
            continue;
        snprintf(buf, sizeof buf, "%d", game_score(g, s));
        gfx_text_size(gx, fs, true, buf, &w, &h);
        need_short += (float)w + (float)ui_px(u, 14) + (float)pad * 1.5f;
    }
    /* no room even for the numbers: the side panel shows them instead */
    u->scores_in_panel = (!names && rx - need_short <= x) || u->bar_cramped;
    if (u->scores_in_panel)
        return;
    for (int s = nsides - 1; s >= 0; s--) {
        if (!side_competes(g, s))
            continue;
        if (names)
            snprintf(buf, sizeof buf, "%s %d", ui_side_name(u, s), game_score(g, s));
        else
            snprintf(buf, sizeof buf, "%d", game_score(g, s));
        int w, h;
        gfx_text_size(gx, fs, true, buf, &w, &h);
        float sw = (float)ui_px(u, 14);
        rx -= (float)w + sw + (float)pad * 1.5f;
        if (rx < x)
            break;
        gfx_rect(gx, rx, cy - sw / 2, sw, sw, ui_side_rgba(u, s));
        counter_side_mark(u, s, rx + 1, cy - sw / 2 + 1, sw * 0.55f, 0xffffffffu);
        gfx_text(gx, fs, true, rx + sw + (float)pad / 2, cy, buf, UI_TEXT, GFX_MIDDLE);
    }
}

/* ====================================================================== side panel */

static int line(struct ui *u, int x, int y, int w, int px, bool bold, const char *s, uint32_t c)
{
    return gfx_text_wrap(&u->gfx, px, bold, (float)x, (float)y, w, s, c);
}

void hud_objective_text(const struct ui *u, const struct play *p, int idx, const char **mark_out,
                        char *head, size_t nh, char *state, size_t ns)
{
    const struct game *g = play_game(p);
    const struct objective *o = &g->obj[idx];
    bool dated = o->by_turn >= 0, over = g->result.over;
    bool now = objective_met(g, idx);
    const char *mark, *key;
    char date[80] = "";
    if (dated)
        ui_format_date(u, g, o->by_turn, date, sizeof date);
    if (dated && o->state != OBJ_PENDING) {
        mark = o->state == OBJ_MET ? "\u2713" : "\u2717"; /* check mark, ballot x */
        key = o->state == OBJ_MET ? "obj.met_on" : "obj.failed_on";
    } else if (dated) {
        mark = now ? "\u25cf" : "\u25cb"; /* black circle, white circle */
        key = now ? "obj.by_now" : "obj.by_not";
    } else if (over) {
        bool met = objective_scores(g, idx);
        mark = met ? "\u2713" : "\u2717";
        key = met ? "obj.end_met" : "obj.end_failed";
    } else {
        bool met = objective_scores(g, idx);
        mark = met ? "\u25cf" : "\u25cb";
        key = met ? "obj.end_now" : "obj.end_not";
    }
    *mark_out = mark;
    snprintf(head, nh, ui_tr(u, "obj.head"), play_text(p, o->name[0] ? o->name : o->id), o->vp);
    snprintf(state, ns, ui_tr(u, key), date);
    if (o->sudden && !over && o->state == OBJ_PENDING) {
        size_t len = strlen(state);
        snprintf(state + len, ns > len ? ns - len : 0, " \u00b7 %s", ui_tr(u, "obj.sudden"));
    }
}

/* Whether objective i is listed: a scored one of a side in the contest. */
static bool listed(const struct game *g, int i)
{
    return g->obj[i].top && side_competes(g, g->obj[i].side);
}

int hud_objectives(struct ui *u, const struct play *p, const uint32_t colors[MAX_SIDES], int x,
                   int y, int w, int bottom, int first, bool compact, int skip, int *left_out)
{
    struct gfx *gx = &u->gfx;
    const struct game *g = play_game(p);
    int fs = ui_px(u, compact ? 15 : 14), fd = ui_px(u, 13);
    float sw = (float)ui_px(u, 12);
    /* room for an objective's lines, or it is left out rather than cut */
    int room = compact ? fs + ui_px(u, 6) : fs + fd + ui_px(u, 10);
    int left = 0, seen = 0;
    for (int k = 0; k < g->nsides; k++) {
        int s = (first >= 0 && first < g->nsides ? first + k : k) % g->nsides;
        bool heading = compact; /* the compact form names the side on every line */
        for (int i = 0; i < g->nobj; i++) {
            const struct objective *o = &g->obj[i];
            if (!listed(g, i) || o->side != s || seen++ < skip)
                continue;
            if (y + room + (heading ? 0 : fs + ui_px(u, 2)) >= bottom) {
                left++;
                continue;
            }
            if (!heading) {
                gfx_rect(gx, (float)x, (float)y + 3, sw, sw, colors[s]);
                y += line(u, x + (int)sw + 6, y, w - (int)sw - 6, fs, true,
                          play_text(p, g->sides[s].name), UI_TEXT) + ui_px(u, 2);
                heading = true;
            }
            char head[TEXT_LEN + 48], state[200];
            const char *mark;
            hud_objective_text(u, p, i, &mark, head, sizeof head, state, sizeof state);
            int ind = ui_px(u, compact ? 18 : 22);
            if (compact) {
                char buf[TEXT_LEN + 300];
                snprintf(buf, sizeof buf, "%s \u00b7 %s \u2014 %s", head,
                         play_text(p, g->sides[s].name), state);
                gfx_rect(gx, (float)x, (float)y + 4, sw * 0.8f, sw * 0.8f, colors[s]);
                line(u, x + (int)sw + 2, y, ind, fs, false, mark, UI_TEXT);
                y += line(u, x + (int)sw + 2 + ind, y, w - (int)sw - 2 - ind, fs, false, buf,
                          UI_TEXT) + ui_px(u, 2);
            } else {
                line(u, x + ui_px(u, 6), y, ind, fs, false, mark, UI_TEXT);
                y += line(u, x + ind, y, w - ind, fs, false, head, UI_TEXT);
                y += line(u, x + ind, y, w - ind, fd, false, state, UI_DIM) + ui_px(u, 4);
            }
        }
        if (heading && !compact)
            y += ui_px(u, 6);
    }
    if (left_out)
        *left_out = left;
    return y;
}

int hud_objectives_listed(const struct game *g)
{
    int total = 0;
    for (int i = 0; i < g->nobj; i++)
        total += listed(g, i);
    return total;
}

void hud_objectives_scrolled(struct ui *u, const struct play *p, const uint32_t colors[MAX_SIDES],
                             int x, int y, int w, int bottom, int first, int *scroll)
{
    int total = hud_objectives_listed(play_game(p));
    if (*scroll > total - 1)
        *scroll = total - 1;
    if (*scroll < 0)
        *scroll = 0;
    char buf[160];
    if (*scroll > 0) {
        snprintf(buf, sizeof buf, ui_tr(u, "obj.above"), *scroll);
        y += line(u, x, y, w, ui_px(u, 13), false, buf, UI_DIM) + ui_px(u, 4);
    }
    int more = ui_px(u, 36), left = 0; /* two lines of the "more below" note */
    y = hud_objectives(u, p, colors, x, y, w, bottom - more, first, false, *scroll, &left);
    if (left > 0) {
        snprintf(buf, sizeof buf, ui_tr(u, "obj.below"), left);
        line(u, x, y, w, ui_px(u, 13), false, buf, UI_DIM);
    }
}

/* The objectives in the side panel, from y down to bottom, under a title: the mouse wheel over
 * the panel scrolls them (u->scroll). */
static void panel_objectives(struct ui *u, const struct game *g, int x, int y, int w, int bottom)
{
    if (hud_objectives_listed(g) == 0 || y + ui_px(u, 60) >= bottom)
        return;
    y += line(u, x, y, w, ui_px(u, 16), true, ui_tr(u, "obj.title"), UI_ACCENT) + ui_px(u, 6);
    hud_objectives_scrolled(u, u->play, u->side_color, x, y, w, bottom,
                            u->viewer >= 0 ? u->viewer : 0, &u->scroll);
}

static bool action_ok(struct ui *u, const struct game *g, int kind, enum cmd_status *why)
{
    const struct unit *un = game_unit(g, u->sel);
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = (uint8_t)kind;
    c.origin = ORIGIN_PLAYER;
    c.side = (int8_t)game_active_side(g);
    c.unit = (int16_t)u->sel;
    c.target = NO_UNIT;
    c.to = un->pos;
    *why = CMD_ERR_NO_TARGET;
    for (int d = -1; d < 6; d++) {
        struct hex h = d < 0 ? un->pos : hex_neighbor(un->pos, d);
        if (kind == CMD_EMBARK) {
            int ids[16];
            int n = units_at(g, h, ids, 16, false);
            for (int i = 0; i < n; i++) {
                if (ids[i] == u->sel)
                    continue;
                c.target = (int16_t)ids[i];
                enum cmd_status st = cmd_validate(g, &c);
                if (st == CMD_OK)
                    return true;
                if (*why == CMD_ERR_NO_TARGET)
                    *why = st;
            }
            continue;
        }
        c.to = h;
        enum cmd_status st = cmd_validate(g, &c);
        if (st == CMD_OK)
            return true;
        if (*why == CMD_ERR_NO_TARGET || d < 0)
            *why = st;
        if (kind != CMD_DISEMBARK && kind != CMD_REPAIR_RAIL)
            break;
    }
    return false;
}

static int unit_card(struct ui *u, const struct game *g, SDL_Rect p, int y)
{
    const struct unit *un = game_unit(g, u->sel);
    const struct utype *ut = unit_type(g, u->sel);
    if (!un || !ut)
        return y;
    int pad = ui_px(u, 12), fs = ui_px(u, 15), cs = ui_px(u, 64);
    int x = p.x + pad, w = p.w - 2 * pad;
    counter_draw(u, u->sel, (float)(x + cs / 2), (float)(y + cs / 2 + 2), (float)cs, false);
    int tx = x + cs + pad, tw = w - cs - pad;
    int ty = y;
    ty += line(u, tx, ty, tw, ui_px(u, 17), true, ui_stext(u, un->name), UI_TEXT);
    char buf[200];
    snprintf(buf, sizeof buf, "%s · %s", ui_stext(u, ut->name), ui_side_name(u, un->side));
    ty += line(u, tx, ty, tw, fs, false, buf, UI_DIM);
    y = (ty > y + cs + 4 ? ty : y + cs + 4) + ui_px(u, 4);
    snprintf(buf, sizeof buf, ui_tr(u, "unit.stats"), un->steps, ut->steps,
             unit_attack_factor(g, u->sel), unit_defence_factor(g, u->sel), un->mp > 0 ? un->mp : 0,
             ut->mp, un->morale);
    y += line(u, x, y, w, fs, false, buf, UI_TEXT);
    if (un->supply)
        snprintf(buf, sizeof buf, ui_tr(u, un->supply == 1 ? "unit.out_supply1" : "unit.out_supply"),
                 un->supply);
    else
        snprintf(buf, sizeof buf, "%s", ui_tr(u, "unit.in_supply"));
    y += line(u, x, y, w, fs, false, buf, un->supply ? UI_BAD : UI_GOOD);
    buf[0] = 0;
    if (un->flags & UF_ENTRAINED)
        strncat(buf, ui_tr(u, "unit.entrained"), sizeof buf - strlen(buf) - 1);
    if (un->flags & UF_ROUTED) {
        strncat(buf, buf[0] ? " · " : "", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "unit.routed"), sizeof buf - strlen(buf) - 1);
    }
    if (un->flags & UF_ATTACKED) {
        strncat(buf, buf[0] ? " · " : "", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "unit.attacked"), sizeof buf - strlen(buf) - 1);
    }
    if (un->carrier != NO_UNIT && game_unit(g, un->carrier)) {
        char c2[120];
        snprintf(c2, sizeof c2, ui_tr(u, "unit.aboard"),
                 ui_stext(u, game_unit(g, un->carrier)->name));
        strncat(buf, buf[0] ? " · " : "", sizeof buf - strlen(buf) - 1);
        strncat(buf, c2, sizeof buf - strlen(buf) - 1);
    }
    if (buf[0])
        y += line(u, x, y, w, fs, false, buf, UI_ACCENT);
    y += ui_px(u, 6);
    /* actions */
    bool mine = un->side == game_active_side(g) && !u->ai_side[un->side];
    int bw = (w - 2 * ui_px(u, 6)) / 3, bh = ui_px(u, 30);
    for (int i = 0; i < 6; i++) {
        SDL_Rect r = { x + (i % 3) * (bw + ui_px(u, 6)), y + (i / 3) * (bh + ui_px(u, 6)), bw, bh };
        enum cmd_status why = CMD_OK;
        bool ok = mine && action_ok(u, g, act_kind[i], &why);
        if (widget_button(u, r, ui_tr(u, act_key[i]), ok, false, BTN_ACT + i))
            ui_action(u, act_kind[i]);
        if (u->hot_id == BTN_ACT + i && !ok && mine) {
            snprintf(buf, sizeof buf, "%s", cmd_status_str(why));
            u->toast_t = u->toast_t > 0.2 ? u->toast_t : 0.2;
            snprintf(u->toast, sizeof u->toast, "%s: %s", ui_tr(u, act_key[i]), buf);
        }
    }
    y += 2 * (bh + ui_px(u, 6)) + ui_px(u, 4);
    return y;
}

static int hex_card(struct ui *u, const struct game *g, SDL_Rect p, int y, struct hex h)
{
    const struct hexinfo *x = map_get(g, h);
    if (!x)
        return y;
    int pad = ui_px(u, 12), fs = ui_px(u, 15);
    int left = p.x + pad, w = p.w - 2 * pad;
    char buf[300];
    int col, row;
    hex_to_offset(h, &col, &row);
    if (x->place >= 0)
        snprintf(buf, sizeof buf, "%s  (%02d.%02d)", ui_place_name(u, x->place), col, row);
    else
        snprintf(buf, sizeof buf, "%s  (%02d.%02d)", terrain_label(u, x->terrain), col, row);
    y += line(u, left, y, w, ui_px(u, 17), true, buf, UI_TEXT);
    snprintf(buf, sizeof buf, "%s", terrain_label(u, x->terrain));
    if (x->flags & HEXF_STATION) {
        strncat(buf, " · ", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "hex.station"), sizeof buf - strlen(buf) - 1);
    }
    if (x->flags & HEXF_PORT) {
        strncat(buf, " · ", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "hex.port"), sizeof buf - strlen(buf) - 1);
    }
    if (x->flags & HEXF_OILFIELD) {
        strncat(buf, " · ", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "hex.oil"), sizeof buf - strlen(buf) - 1);
    }
    if (x->rail) {
        strncat(buf, " · ", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, (x->flags & HEXF_RAIL_CUT) ? "hex.rail_cut" : "hex.rail"),
                sizeof buf - strlen(buf) - 1);
    }
    if (x->river) {
        strncat(buf, " · ", sizeof buf - strlen(buf) - 1);
        strncat(buf, ui_tr(u, "hex.river"), sizeof buf - strlen(buf) - 1);
    }
    y += line(u, left, y, w, fs, false, buf, UI_DIM);
    char own[120];
    snprintf(own, sizeof own, ui_tr(u, "hex.owner"), ui_side_name(u, x->owner));
    if (x->vp) {
        char vp[40];
        snprintf(vp, sizeof vp, ui_tr(u, "hex.vp"), x->vp);
        strncat(own, " · ", sizeof own - strlen(own) - 1);
        strncat(own, vp, sizeof own - strlen(own) - 1);
    }
    y += line(u, left, y, w, fs, false, own, x->owner >= 0 ? UI_TEXT : UI_DIM);
    int idx = map_index(g, h);
    if (u->viewer >= 0 && u->viewer < g->nsides && x->terrain != TERRAIN_SEA) {
        const uint8_t *sup = ui_supply(u, u->viewer);
        bool zoc = move_in_enemy_zoc(g, u->viewer, h);
        snprintf(buf, sizeof buf, "%s%s%s", ui_tr(u, sup && sup[idx] ? "hex.supplied" :
                                                  "hex.unsupplied"),
                 zoc ? " · " : "", zoc ? ui_tr(u, "hex.zoc") : "");
        y += line(u, left, y, w, fs, false, buf, sup && sup[idx] ? UI_DIM : UI_BAD);
    }
    int ids[16];
    int n = units_at(g, h, ids, 16, true);
    for (int i = 0; i < n && i < 6; i++) {
        const struct unit *un = game_unit(g, ids[i]);
        const struct utype *ut = unit_type(g, ids[i]);
        if (!un || !ut)
            continue;
        float cs = (float)ui_px(u, 26);
        counter_draw(u, ids[i], (float)left + cs / 2, (float)y + cs / 2 + 2, cs, false);
        snprintf(buf, sizeof buf, "%s%s", un->carrier != NO_UNIT ? "↳ " : "",
                 ui_stext(u, un->name));
        gfx_text(&u->gfx, fs, false, (float)left + cs + 8, (float)y + cs / 2 + 2, buf, UI_TEXT,
                 GFX_MIDDLE);
        y += (int)cs + ui_px(u, 5);
    }
    return y + ui_px(u, 6);
}

/* what clicking the hovered hex would do */
static int preview_card(struct ui *u, const struct game *g, SDL_Rect p, int y, struct hex h)
{
    const struct unit *su = u->sel != NO_UNIT ? game_unit(g, u->sel) : NULL;
    if (!su || su->side != game_active_side(g) || hex_eq(su->pos, h) || u->ai_side[su->side])
        return y;
    int pad = ui_px(u, 12), fs = ui_px(u, 15);
    int left = p.x + pad, w = p.w - 2 * pad;
    char buf[300];
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.origin = ORIGIN_PLAYER;
    c.side = su->side;
    c.unit = (int16_t)u->sel;
    c.target = NO_UNIT;
    c.to = h;
    int ids[16];
    int n = units_at(g, h, ids, 16, false);
    bool hostile = false;
    for (int i = 0; i < n; i++)
        hostile |= sides_hostile(g, su->side, game_unit(g, ids[i])->side);
    gfx_rect(&u->gfx, (float)left, (float)y, (float)w, 1, 0x46525eff);
    y += ui_px(u, 6);
    if (hostile) {
        c.kind = CMD_ATTACK;
        c.nunits = 1;
        c.units[0] = (int16_t)u->sel;
        struct combat_preview pv;
        memset(&pv, 0, sizeof pv);
        enum cmd_status st = combat_preview(g, &c, &pv);
        if (st != CMD_OK) {
            snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "prev.no_attack"), cmd_status_str(st));
            return y + line(u, left, y, w, fs, false, buf, UI_BAD);
        }
        snprintf(buf, sizeof buf, ui_tr(u, "prev.attack"), pv.attack, pv.defence,
                 crt_col_names[pv.col]);
        y += line(u, left, y, w, fs, true, buf, UI_ACCENT);
        return y + line(u, left, y, w, fs, false, ui_tr(u, "prev.click_attack"), UI_DIM);
    }
    c.kind = CMD_MOVE;
    enum cmd_status st = cmd_validate(g, &c);
    if (st != CMD_OK) {
        snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "msg.cant_move"), cmd_status_str(st));
        return y + line(u, left, y, w, fs, false, buf, UI_BAD);
    }
    int cost = 0;
    ui_path(u, h, &cost);
    snprintf(buf, sizeof buf, ui_tr(u, n > 0 ? "prev.move_stack" : "prev.move"), cost,
             su->mp - cost);
    return y + line(u, left, y, w, fs, true, buf, UI_GOOD);
}

static void side_panel(struct ui *u, const struct game *g)
{
    struct gfx *gx = &u->gfx;
    SDL_Rect p = ui_panel_rect(u);
    block(u, p);
    gfx_rect(gx, (float)p.x, (float)p.y, (float)p.w, (float)p.h,
             u->set.contrast ? 0x000000ffu : UI_PANEL);
    gfx_rect(gx, (float)p.x, (float)p.y, 2, (float)p.h, 0x3a4550ffu);
    int pad = ui_px(u, 12);
    if (u->cls.replaying) { /* the whole panel tells the step's story */
        class_panel_text(u, (SDL_Rect){ p.x + pad, p.y + pad, p.w - 2 * pad, p.h - 2 * pad });
        return;
    }
    /* minimap and overlay switches at the bottom */
    int mm_w = p.w - 2 * pad;
    int mm_h = g->width > 0 ? (int)((float)mm_w * (float)g->height * 1.5f /
                                    ((float)g->width * (float)VIEW_SQRT3 + 0.9f)) : 0;
    if (mm_h > p.h / 3)
        mm_h = p.h / 3;
    int bottom = p.y + p.h - pad;
    if (u->ov_minimap) {
        SDL_Rect mm = { p.x + pad, bottom - mm_h, mm_w, mm_h };
        paint_minimap(u, mm);
        SDL_Point mp = { u->click_x, u->click_y };
        if (u->click && SDL_PointInRect(&mp, &mm)) {
            u->click = false;
            double fx = (double)(mp.x - mm.x) / mm.w, fy = (double)(mp.y - mm.y) / mm.h;
            int col = (int)(fx * g->width), row = (int)(fy * g->height);
            view_center_on(&u->view, hex_from_offset(col, row), false);
        }
        bottom -= mm_h + pad;
    }
    static const char *const ov_key[5] = { "ov.grid", "ov.supply", "ov.zoc", "ov.rail",
                                           "ov.range" };
    bool *ov_val[5] = { &u->ov_grid, &u->ov_supply, &u->ov_zoc, &u->ov_rail, &u->ov_range };
    int bh = ui_px(u, 28), gap = ui_px(u, 4);
    int bw = (mm_w - 4 * gap) / 5;
    /* one row of five switches while every label fits in readable type, else two rows (three
     * and two): "Снабжение" does not fit a fifth of a narrow panel */
    bool two_rows = false;
    for (int i = 0; i < 5 && !two_rows; i++) {
        int w, h;
        gfx_text_size(gx, ui_px(u, 12), true, ui_tr(u, ov_key[i]), &w, &h);
        two_rows = w > bw - 8;
    }
    /* where the real forces stood on this date (presentation mode has it in the narrator bar) */
    if (!u->set.present && class_history(u)) {
        SDL_Rect r = { p.x + pad, bottom - bh, mm_w, bh };
        if (u->cls.ov_history)
            gfx_round_rect(gx, (float)r.x - 2, (float)r.y - 2, (float)r.w + 4, (float)r.h + 4,
                           6, UI_ACCENT);
        if (widget_button(u, r, ui_tr(u, "class.history"), true, false, RP_HIST))
            u->cls.ov_history = !u->cls.ov_history;
        bottom -= bh + gap;
    }
    for (int i = 0; i < 5; i++) {
        SDL_Rect r = { p.x + pad + i * (bw + gap), bottom - bh, bw, bh };
        if (two_rows) { /* three on the upper row, two below */
            int row = i < 3 ? 0 : 1, k = i < 3 ? i : i - 3, n = i < 3 ? 3 : 2;
            int w = (mm_w - (n - 1) * gap) / n;
            r = (SDL_Rect){ p.x + pad + k * (w + gap), bottom - bh - (1 - row) * (bh + gap), w,
                            bh };
        }
        if (*ov_val[i])
            gfx_round_rect(gx, (float)r.x - 2, (float)r.y - 2, (float)r.w + 4, (float)r.h + 4,
                           6, UI_ACCENT);
        if (widget_button(u, r, ui_tr(u, ov_key[i]), true, false, BTN_OV + i))
            *ov_val[i] = !*ov_val[i];
    }
    bottom -= bh + pad + (two_rows ? bh + gap : 0);
    /* top down: unit, hex, preview */
    int y = p.y + pad;
    gfx_clip(gx, &(SDL_Rect){ p.x, p.y, p.w, bottom - p.y });
    if (u->scores_in_panel) {
        int fs = ui_px(u, 15);
        if (u->bar_cramped) {
            char line1[240], date[80];
            ui_format_date(u, g, g->turn, date, sizeof date);
            int active = game_active_side(g);
            snprintf(line1, sizeof line1, "%s · %s — %s", date, ui_side_name(u, active),
                     ui_tr(u, g->phase == PHASE_MOVE ? "phase.move" : "phase.combat"));
            y += line(u, p.x + pad, y, p.w - 2 * pad, fs, true, line1, UI_TEXT) + ui_px(u, 4);
        }
        float sw = (float)ui_px(u, 14), x = (float)(p.x + pad);
        int row_h = 0;
        for (int s = 0; s < g->nsides; s++) {
            char buf[32];
            if (!side_competes(g, s))
                continue;
            snprintf(buf, sizeof buf, "%d", game_score(g, s));
            int w, h;
            gfx_text_size(gx, fs, true, buf, &w, &h);
            if (x + sw + (float)w + 8 > (float)(p.x + p.w - pad)) {
                x = (float)(p.x + pad);
                y += h + ui_px(u, 4);
            }
            gfx_rect(gx, x, (float)y + (float)h / 2 - sw / 2, sw, sw, ui_side_rgba(u, s));
            counter_side_mark(u, s, x + 1, (float)y + (float)h / 2 - sw / 2 + 1, sw * 0.55f,
                              0xffffffffu);
            gfx_text(gx, fs, true, x + sw + 6, (float)y, buf, UI_TEXT, GFX_LEFT);
            x += sw + (float)w + (float)pad;
            row_h = h;
        }
        if (row_h > 0)
            y += row_h + ui_px(u, 10);
    }
    if (u->sel != NO_UNIT && game_unit(g, u->sel))
        y = unit_card(u, g, p, y);
    bool have_hex = u->hover_ok || u->cursor_on;
    struct hex h = u->cursor_on ? u->cursor : u->hover;
    if (!have_hex && u->sel != NO_UNIT && game_unit(g, u->sel)) {
        /* nothing pointed at: describe where the selected unit stands */
        h = game_unit(g, u->sel)->pos;
        have_hex = true;
    }
    if (have_hex) {
        if (y > p.y + pad) {
            gfx_rect(gx, (float)(p.x + pad), (float)y, (float)(p.w - 2 * pad), 1, 0x46525eff);
            y += ui_px(u, 8);
        }
        y = preview_card(u, g, p, y, h);
        y += ui_px(u, 6);
        y = hex_card(u, g, p, y, h);
    } else if (u->sel == NO_UNIT) {
        y += line(u, p.x + pad, y, p.w - 2 * pad, ui_px(u, 15), false, ui_tr(u, "hud.hint"),
                  UI_DIM) + ui_px(u, 12);
        /* nothing selected, nothing pointed at: how each side wins, and where it stands */
        panel_objectives(u, g, p.x + pad, y, p.w - 2 * pad, bottom);
    }
    gfx_clip(gx, NULL);
}

/* ====================================================================== on the map */

static void hex_outline(struct ui *u, struct hex h, float width, uint32_t c)
{
    float cx, cy, z = (float)u->view.zoom;
    view_hex_center(&u->view, h, &cx, &cy);
    for (int d = 0; d < 6; d++) {
        float ax, ay, bx, by;
        view_corner(cx, cy, z * 0.96f, d, &ax, &ay);
        view_corner(cx, cy, z * 0.96f, (d + 1) % 6, &bx, &by);
        gfx_line(&u->gfx, ax, ay, bx, by, width, c);
        gfx_disc(&u->gfx, ax, ay, width / 2, c);
    }
}

void hud_map_marks(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g || u->screen == SCR_HANDOVER)
        return;
    struct gfx *gx = &u->gfx;
    gfx_clip(gx, &u->view.area);
    float z = (float)u->view.zoom;
    const struct unit *su = u->sel != NO_UNIT ? game_unit(g, u->sel) : NULL;
    /* targets of a pick-a-hex action */
    if (su && u->mode != MODE_NORMAL) {
        struct cmd c;
        memset(&c, 0, sizeof c);
        c.kind = u->mode == MODE_DISEMBARK ? CMD_DISEMBARK : CMD_REPAIR_RAIL;
        c.origin = ORIGIN_PLAYER;
        c.side = su->side;
        c.unit = (int16_t)u->sel;
        c.target = NO_UNIT;
        for (int d = -1; d < 6; d++) {
            c.to = d < 0 ? su->pos : hex_neighbor(su->pos, d);
            if (cmd_validate(g, &c) == CMD_OK)
                hex_outline(u, c.to, fmaxf(2.5f, z * 0.1f), 0x56b4e9ffu);
        }
    }
    /* path preview */
    struct hex h = u->cursor_on ? u->cursor : u->hover;
    bool have = u->hover_ok || u->cursor_on;
    if (su && have && su->side == game_active_side(g) && !hex_eq(su->pos, h) &&
        u->mode == MODE_NORMAL) {
        int cost = 0;
        int n = ui_path(u, h, &cost);
        const struct hex *path = u->path;
        if (n > 1) {
            SDL_FPoint pts[256];
            for (int i = 0; i < n; i++)
                view_hex_center(&u->view, path[i], &pts[i].x, &pts[i].y);
            float w = fmaxf(3.0f, z * 0.16f);
            gfx_polyline(gx, pts, n, w + 3, 0x000000b0u);
            gfx_polyline(gx, pts, n, w, 0xffe14dffu);
            gfx_disc(gx, pts[n - 1].x, pts[n - 1].y, w * 1.6f, 0xffe14dffu);
            char buf[16];
            snprintf(buf, sizeof buf, "%d", cost);
            float bx = pts[n - 1].x + z * 0.45f, by = pts[n - 1].y - z * 0.45f;
            int fs = ui_px(u, 15);
            gfx_disc(gx, bx, by, (float)fs * 0.9f, 0x111111e0u);
            gfx_text(gx, fs, true, bx, by, buf, 0xffe14dffu, GFX_CENTER | GFX_MIDDLE);
        }
    }
    if (u->hover_ok && !u->cursor_on)
        hex_outline(u, u->hover, fmaxf(2.0f, z * 0.06f), 0xffffffc0u);
    if (u->cursor_on)
        hex_outline(u, u->cursor, fmaxf(3.0f, z * 0.1f), 0xffe14dffu);
    gfx_flush(gx);
    gfx_clip(gx, NULL);
}

static void event_log(struct ui *u)
{
    if (!u->ov_log || u->nlog == 0 || u->cls.replaying)
        return; /* a replay tells its story in the narrator bar */
    struct gfx *gx = &u->gfx;
    SDL_Rect a = u->view.area;
    int fs = ui_px(u, 14), lh = (int)((float)fs * 1.35f), n = u->nlog < 6 ? u->nlog : 6;
    int w = a.w * 55 / 100, pad = ui_px(u, 8);
    if (w > ui_px(u, 640))
        w = ui_px(u, 640);
    int h = n * lh + 2 * pad;
    float x = (float)(a.x + pad), y = (float)(a.y + a.h - h - pad);
    gfx_round_rect(gx, x, y, (float)w, (float)h, 8, u->set.contrast ? 0x000000f0u : 0x101418c8u);
    gfx_clip(gx, &(SDL_Rect){ (int)x, (int)y, w, h });
    for (int i = 0; i < n; i++) {
        const struct ui_log_line *l = &u->log[u->nlog - n + i];
        float ly = y + (float)pad + (float)(i * lh);
        float sx = x + (float)pad;
        if (l->side >= 0) {
            float s = (float)fs * 0.7f;
            gfx_rect(gx, sx, ly + (float)lh / 2 - s / 2, s, s, ui_side_rgba(u, l->side));
        }
        gfx_text(gx, fs, false, sx + (float)fs, ly + (float)lh / 2, l->text,
                 i == n - 1 ? UI_TEXT : UI_DIM, GFX_MIDDLE);
    }
    gfx_clip(gx, NULL);
}

static void toast_and_banner(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    SDL_Rect a = u->view.area;
    int fs = ui_px(u, 16);
    if (u->mode != MODE_NORMAL) {
        const char *s = ui_tr(u, u->mode == MODE_DISEMBARK ? "msg.pick_disembark" :
                                                            "msg.pick_repair");
        int w, h;
        gfx_text_size(gx, fs, true, s, &w, &h);
        gfx_round_rect(gx, (float)(a.x + a.w / 2 - w / 2 - 12), (float)(a.y + 10),
                       (float)w + 24, (float)h + 12, 8, 0x0072b2f0u);
        gfx_text(gx, fs, true, (float)(a.x + a.w / 2), (float)(a.y + 16), s, 0xffffffffu,
                 GFX_CENTER);
    }
    if (u->toast_t > 0 && u->toast[0] && !u->shot_mode) {
        int w, h;
        gfx_text_size(gx, fs, false, u->toast, &w, &h);
        int alpha = u->toast_t > 0.5 ? 235 : (int)(u->toast_t * 470);
        float y = (float)(a.y + a.h) - (float)h - (float)ui_px(u, 150);
        gfx_round_rect(gx, (float)(a.x + a.w / 2 - w / 2 - 14), y - 6, (float)w + 28,
                       (float)h + 12, 8, gfx_alpha(0x111111ffu, alpha));
        gfx_text(gx, fs, false, (float)(a.x + a.w / 2), y, u->toast, gfx_alpha(UI_TEXT, alpha),
                 GFX_CENTER);
    }
}

/* ====================================================================== attack dialog */

static uint32_t result_color(int r)
{
    switch (r) {
    case CRT_AL2: case CRT_AL: case CRT_AR: return 0xd55e00ffu;
    case CRT_NE: return 0x7a8590ffu;
    case CRT_EX: return 0xe69f00ffu;
    default: return 0x009e73ffu;
    }
}

static void attack_dialog(struct ui *u, const struct game *g)
{
    struct gfx *gx = &u->gfx;
    int w = ui_px(u, 560), pad = ui_px(u, 16), fs = ui_px(u, 16);
    if (w > gx->w - 20)
        w = gx->w - 20;
    int rowh = ui_px(u, 34);
    int h = pad * 2 + ui_px(u, 40) + (u->atk_ncand + 1) * rowh + ui_px(u, 256);
    SDL_Rect r = { gx->w / 2 - w / 2, gx->h / 2 - h / 2, w, h };
    gfx_rect(gx, 0, 0, (float)gx->w, (float)gx->h, 0x00000070u);
    widget_panel(u, r, true);
    int x = r.x + pad, y = r.y + pad;
    char buf[300], where[80];
    const struct hexinfo *hx = map_get(g, u->atk_hex);
    int col, row;
    hex_to_offset(u->atk_hex, &col, &row);
    if (hx && hx->place >= 0)
        snprintf(where, sizeof where, "%s", ui_place_name(u, hx->place));
    else
        snprintf(where, sizeof where, "%02d.%02d", col, row);
    snprintf(buf, sizeof buf, ui_tr(u, "atk.title"), where);
    y += gfx_text_wrap(gx, ui_px(u, 20), true, (float)x, (float)y, w - 2 * pad, buf, UI_TEXT);
    y += ui_px(u, 8);
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = CMD_ATTACK;
    c.origin = ORIGIN_PLAYER;
    c.side = (int8_t)game_active_side(g);
    c.to = u->atk_hex;
    c.target = NO_UNIT;
    for (int i = 0; i < u->atk_ncand; i++) {
        SDL_Rect br = { x, y, w - 2 * pad, rowh - 4 };
        const struct unit *un = game_unit(g, u->atk_cand[i]);
        snprintf(buf, sizeof buf, "%d  [%s]  %s  (%d)", i + 1, u->atk_on[i] ? "x" : " ",
                 un ? ui_stext(u, un->name) : "?", unit_attack_factor(g, u->atk_cand[i]));
        if (widget_button(u, br, buf, true, false, BTN_ATK_UNIT + i))
            u->atk_on[i] = !u->atk_on[i];
        if (u->atk_on[i])
            c.units[c.nunits++] = u->atk_cand[i];
        y += rowh;
    }
    c.unit = c.nunits ? c.units[0] : NO_UNIT;
    /* the advance after combat: on unless the player keeps the attackers where they stand */
    y += ui_px(u, 6);
    SDL_Rect hb = { x, y, w - 2 * pad, rowh - 4 };
    snprintf(buf, sizeof buf, ui_tr(u, "atk.advance"), u->atk_hold ? " " : "x");
    if (widget_button(u, hb, buf, true, false, BTN_ATK_HOLD))
        u->atk_hold = !u->atk_hold;
    c.value = u->atk_hold ? ATTACK_HOLD : 0;
    y += rowh;
    struct combat_preview pv;
    memset(&pv, 0, sizeof pv);
    enum cmd_status st = c.nunits ? combat_preview(g, &c, &pv) : CMD_ERR_NO_UNIT;
    if (st == CMD_OK) {
        snprintf(buf, sizeof buf, ui_tr(u, "atk.odds"), pv.attack, pv.defence,
                 crt_col_names[pv.base_col], crt_col_names[pv.col]);
        y += gfx_text_wrap(gx, fs, true, (float)x, (float)y, w - 2 * pad, buf, UI_ACCENT);
        snprintf(buf, sizeof buf, ui_tr(u, "atk.shifts"), pv.shift_terrain, pv.shift_river,
                 pv.shift_morale, pv.shift_supply, pv.shift_train);
        y += gfx_text_wrap(gx, fs, false, (float)x, (float)y, w - 2 * pad, buf, UI_DIM);
        y += ui_px(u, 8);
        int cw = (w - 2 * pad) / 6, ch = ui_px(u, 54);
        for (int d = 0; d < 6; d++) {
            float cx = (float)(x + d * cw);
            gfx_round_rect(gx, cx + 2, (float)y, (float)cw - 4, (float)ch, 6,
                           result_color(pv.results[d]));
            snprintf(buf, sizeof buf, "%d", d + 1);
            gfx_text(gx, ui_px(u, 13), false, cx + (float)cw / 2, (float)y + 4, buf, 0xffffffd0u,
                     GFX_CENTER);
            gfx_text(gx, ui_px(u, 17), true, cx + (float)cw / 2, (float)(y + ch) - 6,
                     crt_result_name(pv.results[d]), 0xffffffffu, GFX_CENTER | GFX_BOTTOM);
        }
        y += ch + ui_px(u, 6);
        y += gfx_text_wrap(gx, ui_px(u, 13), false, (float)x, (float)y, w - 2 * pad,
                           ui_tr(u, "atk.legend"), UI_DIM);
    } else {
        snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "prev.no_attack"), cmd_status_str(st));
        y += gfx_text_wrap(gx, fs, false, (float)x, (float)y, w - 2 * pad, buf, UI_BAD);
    }
    int bw = ui_px(u, 150), bh = ui_px(u, 38);
    SDL_Rect go = { r.x + r.w - pad - bw, r.y + r.h - pad - bh, bw, bh };
    SDL_Rect no = { go.x - bw - pad, go.y, bw, bh };
    if (widget_button(u, no, ui_tr(u, "atk.cancel"), true, false, BTN_ATK_CANCEL))
        u->atk_open = false;
    if (widget_button(u, go, ui_tr(u, "atk.go"), st == CMD_OK, true, BTN_ATK_GO))
        ui_attack_commit(u);
}

/* ====================================================================== the whole HUD */

void hud_draw(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g)
        return;
    if (u->screen != SCR_HANDOVER) {
        event_log(u);
        toast_and_banner(u);
    }
    /* widgets under a dialog or a menu take no clicks */
    bool click = u->click;
    bool modal = u->atk_open || u->nerrors > 0 || u->message[0] || u->screen != SCR_PLAY;
    if (modal)
        u->click = false;
    top_bar(u, g);
    side_panel(u, g);
    u->click = u->screen == SCR_PLAY && !u->nerrors && !u->message[0] ? click : false;
    if (u->atk_open && u->screen == SCR_PLAY)
        attack_dialog(u, g);
    if (u->screen != SCR_PLAY || u->nerrors || u->message[0])
        u->click = click;
}
