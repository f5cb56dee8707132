/*
 * anim.c - what the player sees happen: the events game_apply() reports become short
 * animations (a counter sliding hex by hex along its path, a flash and result text over a
 * battle, a spark where track is cut) and lines in the event log. The rules have already
 * happened when an animation starts, so skipping or speeding them up changes nothing.
 *
 * Invariant: anims[] is a queue; only the first ANIM_MOVE of a unit moves it, later ones wait.
 * Animations run one after another for moves (so the computer's moves can be followed) and
 * together with the flashes and texts.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"

static double speed_factor(const struct ui *u)
{
    switch (u->set.anim_speed) {
    case 1:
        return 1.6;
    case 3:
        return 0.45;
    default:
        return 1.0;
    }
}

static struct ui_anim *add(struct ui *u, int kind)
{
    if (u->set.anim_speed == 0 || u->shot_mode)
        return NULL;
    if (u->nanims == UI_MAX_ANIMS)
        anim_skip(u);
    struct ui_anim *a = &u->anims[u->nanims++];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->unit = NO_UNIT;
    return a;
}

static const char *unit_label(const struct ui *u, const struct game *g, int id)
{
    const struct unit *un = game_unit(g, id);
    if (un)
        return ui_stext(u, un->name);
    if (id >= 0 && id < g->nunits)
        return ui_stext(u, g->units[id].name);
    return "?";
}

static void hex_name(const struct ui *u, const struct game *g, struct hex h, char *out, size_t n)
{
    const struct hexinfo *x = map_get(g, h);
    if (x && x->place >= 0) {
        snprintf(out, n, "%s", ui_place_name(u, x->place));
        return;
    }
    int col, row;
    hex_to_offset(h, &col, &row);
    snprintf(out, n, "%02d.%02d", col, row);
}

/* The event log's line for event e, in the language the interface speaks now (false: the
 * event has no line); *side receives the side whose colour marks it (-1: none). Kept apart
 * from the animations so that the log can be written again in another language. */
bool anim_event_text(const struct ui *u, const struct event *e, char *out, size_t n, int *side)
{
    const struct game *g = ui_game(u);
    char where[64];
    *side = e->side;
    if (!g)
        return false;
    switch (e->kind) {
    case EV_RETREAT:
        hex_name(u, g, e->to, where, sizeof where);
        snprintf(out, n, ui_tr(u, "log.retreat"), unit_label(u, g, e->unit), where);
        return true;
    case EV_CAPTURED: {
        const struct hexinfo *x = map_get(g, e->to);
        if (!x || (x->place < 0 && x->vp <= 0))
            return false;
        hex_name(u, g, e->to, where, sizeof where);
        snprintf(out, n, ui_tr(u, "log.captured"), ui_side_name(u, e->side), where);
        return true;
    }
    case EV_ATTACK:
        hex_name(u, g, e->to, where, sizeof where);
        snprintf(out, n, ui_tr(u, "log.attack"), ui_side_name(u, e->side), where,
                 e->a >= 0 && e->a < CRT_COLS ? crt_col_names[e->a] : "?", (int)e->b, e->text);
        return true;
    case EV_LOSS:
        snprintf(out, n, ui_tr(u, e->a == 1 ? "log.loss1" : "log.loss"), unit_label(u, g, e->unit),
                 (int)e->a);
        return true;
    case EV_DESTROYED:
    case EV_ROUTED:
    case EV_ENTRAINED:
    case EV_DETRAINED:
    case EV_DISEMBARKED:
    case EV_SUPPLY_LOST: {
        const char *key = e->kind == EV_DESTROYED ? "log.destroyed"
                          : e->kind == EV_ROUTED   ? "log.routed"
                          : e->kind == EV_ENTRAINED ? "log.entrained"
                          : e->kind == EV_DETRAINED ? "log.detrained"
                          : e->kind == EV_DISEMBARKED ? "log.disembarked"
                                                      : "log.supply_lost";
        snprintf(out, n, ui_tr(u, key), unit_label(u, g, e->unit));
        return true;
    }
    case EV_RAIL_CUT:
    case EV_RAIL_REPAIRED:
        hex_name(u, g, e->to, where, sizeof where);
        snprintf(out, n, ui_tr(u, e->kind == EV_RAIL_CUT ? "log.rail_cut" : "log.rail_repaired"),
                 where);
        return true;
    case EV_EMBARKED:
        snprintf(out, n, ui_tr(u, "log.embarked"), unit_label(u, g, e->unit),
                 unit_label(u, g, e->unit2));
        return true;
    case EV_TURN_BEGAN: {
        char date[80];
        ui_format_date(u, g, (int)e->a, date, sizeof date);
        snprintf(out, n, ui_tr(u, "log.turn"), (int)e->a + 1, date);
        *side = -1;
        return true;
    }
    case EV_PHASE_BEGAN:
        snprintf(out, n, "%s: %s", ui_side_name(u, e->side),
                 ui_tr(u, e->a == PHASE_MOVE ? "phase.move" : "phase.combat"));
        return true;
    case EV_REINFORCED:
        hex_name(u, g, e->to, where, sizeof where);
        snprintf(out, n, ui_tr(u, "log.reinforced"), unit_label(u, g, e->unit), where);
        return true;
    case EV_MILESTONE:
    case EV_GAME_OVER:
        snprintf(out, n, ui_tr(u, e->kind == EV_MILESTONE ? "log.milestone" : "log.game_over"),
                 ui_stext(u, e->text));
        return true;
    case EV_SCORE:
        snprintf(out, n, ui_tr(u, "log.score"), ui_side_name(u, e->side), (int)e->a);
        return true;
    case EV_WAR:
        snprintf(out, n, ui_tr(u, e->a ? "log.war" : "log.peace"), ui_side_name(u, e->side),
                 ui_side_name(u, e->side2));
        return true;
    default:
        return false;
    }
}

void anim_events(struct ui *u, const struct events *ev)
{
    const struct game *g = ui_game(u);
    if (!g || !ev)
        return;
    struct ui_anim *mv = NULL;
    for (int i = 0; i < ev->n; i++) {
        const struct event *e = &ev->ev[i];
        char line[sizeof u->log[0].text];
        int side;
        if (anim_event_text(u, e, line, sizeof line, &side))
            ui_log_event(u, side, e, line);
        switch (e->kind) {
        case EV_ENTERED:
            if (!mv || mv->unit != e->unit || mv->npath >= 24) {
                mv = add(u, ANIM_MOVE);
                if (mv) {
                    mv->unit = e->unit;
                    mv->path[0] = e->from;
                    mv->npath = 1;
                }
            }
            if (mv)
                mv->path[mv->npath++] = e->to;
            break;
        case EV_MOVED:
        case EV_RETREAT:
        case EV_ADVANCE:
            if (!(mv && mv->unit == e->unit) && !hex_eq(e->from, e->to)) {
                mv = add(u, ANIM_MOVE);
                if (mv) {
                    mv->unit = e->unit;
                    mv->path[0] = e->from;
                    mv->path[1] = e->to;
                    mv->npath = 2;
                }
            }
            mv = NULL;
            break;
        case EV_CAPTURED: {
            struct ui_anim *a = add(u, ANIM_FLASH);
            if (a) {
                a->at = e->to;
                a->dur = 0.5;
                a->color = ui_side_rgba(u, e->side);
            }
            break;
        }
        case EV_ATTACK: {
            const char *col = e->a >= 0 && e->a < CRT_COLS ? crt_col_names[e->a] : "?";
            struct ui_anim *a = add(u, ANIM_FLASH);
            if (a) {
                a->at = e->to;
                a->dur = 0.7;
                a->color = 0xffd23fffu;
            }
            a = add(u, ANIM_TEXT);
            if (a) {
                a->at = e->to;
                a->dur = 1.6;
                a->color = 0xffffffffu;
                snprintf(a->text, sizeof a->text, "%s  %s", col, e->text);
            }
            break;
        }
        case EV_RAIL_CUT: {
            struct ui_anim *a = add(u, ANIM_CUT);
            if (a) {
                a->at = e->to;
                a->dur = 0.8;
            }
            break;
        }
        case EV_TURN_BEGAN: {
            char date[80];
            ui_format_date(u, g, (int)e->a, date, sizeof date);
            struct ui_anim *a = add(u, ANIM_BANNER);
            if (a) {
                a->dur = 1.8;
                a->color = 0xffffffffu;
                snprintf(a->text, sizeof a->text, "%s", date);
            }
            break;
        }
        case EV_MESSAGE:
            ui_scenario_message(u, e->side, ui_stext(u, e->text));
            break;
        default:
            break;
        }
    }
    /* movement time: a fixed time per hex entered */
    for (int i = 0; i < u->nanims; i++) {
        struct ui_anim *a = &u->anims[i];
        if (a->kind == ANIM_MOVE && a->dur == 0)
            a->dur = (a->npath > 1 ? 0.11 * (a->npath - 1) : 0.05) * speed_factor(u);
    }
}

static bool first_move_of(const struct ui *u, int idx)
{
    for (int i = 0; i < idx; i++)
        if (u->anims[i].kind == ANIM_MOVE)
            return false;
    return true;
}

void anim_update(struct ui *u, double dt)
{
    int w = 0;
    for (int i = 0; i < u->nanims; i++) {
        struct ui_anim *a = &u->anims[i];
        bool runs = a->kind != ANIM_MOVE || first_move_of(u, i);
        if (runs)
            a->t += dt;
        if (a->t < a->dur)
            u->anims[w++] = *a;
    }
    u->nanims = w;
}

bool anim_busy(const struct ui *u)
{
    for (int i = 0; i < u->nanims; i++)
        if (u->anims[i].kind == ANIM_MOVE)
            return true;
    return false;
}

void anim_skip(struct ui *u)
{
    u->nanims = 0;
}

bool anim_unit_pos(const struct ui *u, int unit, double *wx, double *wy)
{
    for (int i = 0; i < u->nanims; i++) {
        const struct ui_anim *a = &u->anims[i];
        if (a->kind != ANIM_MOVE || a->unit != unit)
            continue;
        if (!wx)
            return true;
        double f = a->dur > 0 ? a->t / a->dur : 1.0;
        if (f < 0)
            f = 0;
        if (f > 1)
            f = 1;
        double p = f * (a->npath - 1);
        int k = (int)floor(p);
        if (k >= a->npath - 1)
            k = a->npath - 2;
        if (k < 0) {
            view_hex_to_world(a->path[0], wx, wy);
            return true;
        }
        double x0, y0, x1, y1, t = p - k;
        view_hex_to_world(a->path[k], &x0, &y0);
        view_hex_to_world(a->path[k + 1], &x1, &y1);
        t = t * t * (3 - 2 * t);
        *wx = x0 + (x1 - x0) * t;
        *wy = y0 + (y1 - y0) * t;
        return true;
    }
    return false;
}

void anim_draw(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    float z = (float)u->view.zoom;
    gfx_clip(gx, &u->view.area);
    for (int i = 0; i < u->nanims; i++) {
        const struct ui_anim *a = &u->anims[i];
        float f = a->dur > 0 ? (float)(a->t / a->dur) : 1.0f;
        float cx, cy;
        view_hex_center(&u->view, a->at, &cx, &cy);
        switch (a->kind) {
        case ANIM_FLASH:
            gfx_ring(gx, cx, cy, z * (0.4f + f * 0.8f), z * 0.15f * (1 - f),
                     gfx_alpha(a->color, (int)(255 * (1 - f))));
            break;
        case ANIM_CUT:
            for (int k = 0; k < 8; k++) {
                float ang = (float)k * 0.785f + f;
                float r0 = z * 0.2f * f, r1 = z * (0.3f + 0.5f * f);
                gfx_line(gx, cx + cosf(ang) * r0, cy + sinf(ang) * r0, cx + cosf(ang) * r1,
                         cy + sinf(ang) * r1, fmaxf(1.5f, z * 0.06f),
                         gfx_alpha(0xff5a1fffu, (int)(255 * (1 - f))));
            }
            break;
        case ANIM_TEXT: {
            int px = ui_px(u, 18);
            float y = cy - z * 0.8f - f * z * 0.6f;
            int tw, th;
            gfx_text_size(gx, px, true, a->text, &tw, &th);
            gfx_round_rect(gx, cx - (float)tw / 2 - 6, y - 2, (float)tw + 12, (float)th + 4, 6,
                           gfx_alpha(0x111111ffu, (int)(220 * (1 - f * f))));
            gfx_text(gx, px, true, cx, y, a->text, a->color, GFX_CENTER);
            break;
        }
        case ANIM_BANNER: {
            /* the new date across the middle of the map, fading in and out */
            SDL_Rect a2 = u->view.area;
            float k = f < 0.15f ? f / 0.15f : f > 0.7f ? (1 - f) / 0.3f : 1.0f;
            int px = ui_px(u, 30);
            int tw, th;
            gfx_text_size(gx, px, true, a->text, &tw, &th);
            float y = (float)a2.y + (float)a2.h * 0.22f;
            gfx_rect(gx, (float)a2.x, y - (float)th * 0.5f, (float)a2.w, (float)th * 2.0f,
                     gfx_alpha(0x101418ffu, (int)(190 * k)));
            gfx_text(gx, px, true, (float)(a2.x + a2.w / 2), y + (float)th * 0.5f, a->text,
                     gfx_alpha(a->color, (int)(255 * k)), GFX_CENTER | GFX_MIDDLE);
            break;
        }
        default:
            break;
        }
    }
    gfx_flush(gx);
    gfx_clip(gx, NULL);
}
