/*
 * input.c - SDL events to actions: the mouse on the map (click, drag to pan, wheel to zoom
 * about the pointer, right click to cancel), the keyboard (every action has a key, a hex
 * cursor for keyboard-only play), text entry for save names, window events (size, high-DPI)
 * and the keys that work on every screen (help, full screen, size, contrast, quit).
 *
 * Mouse positions arrive in window points and are turned into renderer pixels (u->dpi), the
 * unit everything is drawn in. Clicks on panels and dialogs go to their widgets (drawn in the
 * next frame); clicks on the map become ui_click_hex().
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

static void zoom_keys(struct ui *u, double f)
{
    SDL_Rect a = u->view.area;
    view_zoom_at(&u->view, f, (float)(a.x + a.w / 2), (float)(a.y + a.h / 2), false);
}

static void move_cursor(struct ui *u, int dir)
{
    const struct game *g = ui_game(u);
    struct hex h = u->cursor;
    int col, row;
    hex_to_offset(h, &col, &row);
    switch (dir) {
    case 0: col--; break;
    case 1: col++; break;
    case 2: row--; break;
    default: row++; break;
    }
    if (col < 0 || row < 0 || col >= g->width || row >= g->height)
        return;
    u->cursor = hex_from_offset(col, row);
    u->cursor_on = true;
    u->hover = u->cursor;
    u->hover_ok = true;
    if (!view_hex_visible(&u->view, u->cursor) ||
        fabs(u->view.tzoom) < 1) /* keep the cursor on screen */
        view_center_on(&u->view, u->cursor, false);
    else {
        float x, y;
        view_hex_center(&u->view, u->cursor, &x, &y);
        SDL_Rect a = u->view.area;
        float m = (float)u->view.zoom * 2;
        if (x < a.x + m || x > a.x + a.w - m || y < a.y + m || y > a.y + a.h - m)
            view_center_on(&u->view, u->cursor, false);
    }
}

static bool in_blocks(const struct ui *u, int x, int y)
{
    SDL_Point p = { x, y };
    for (int i = 0; i < u->nblocks; i++)
        if (SDL_PointInRect(&p, &u->blocks[i].r))
            return true;
    return false;
}

static unsigned pan_bit(SDL_Keycode k, Uint16 mod)
{
    if (mod & KMOD_SHIFT)
        return 0;
    switch (k) {
    case SDLK_LEFT: case SDLK_a: return 1;
    case SDLK_RIGHT: case SDLK_d: return 2;
    case SDLK_UP: case SDLK_w: return 4;
    case SDLK_DOWN: case SDLK_s: return 8;
    default: return 0;
    }
}

static bool play_key(struct ui *u, SDL_Keycode k, Uint16 mod)
{
    bool ctrl = (mod & KMOD_CTRL) != 0, shift = (mod & KMOD_SHIFT) != 0;
    if (ctrl && k == SDLK_s) {
        ui_push(u, SCR_SAVE);
        return true;
    }
    if (ctrl && (k == SDLK_z)) {
        ui_undo(u);
        return true;
    }
    if (ctrl && k == SDLK_o) {
        ui_list_saves(u);
        ui_push(u, SCR_LOAD);
        return true;
    }
    if (ctrl)
        return false;
    if (shift) {
        switch (k) {
        case SDLK_LEFT: case SDLK_a: move_cursor(u, 0); return true;
        case SDLK_RIGHT: case SDLK_d: move_cursor(u, 1); return true;
        case SDLK_UP: case SDLK_w: move_cursor(u, 2); return true;
        case SDLK_DOWN: case SDLK_s: move_cursor(u, 3); return true;
        case SDLK_TAB: ui_next_unit(u, -1); return true;
        default: break;
        }
    }
    switch (k) {
    case SDLK_ESCAPE:
        if (u->mode != MODE_NORMAL)
            u->mode = MODE_NORMAL;
        else if (u->sel != NO_UNIT)
            u->sel = NO_UNIT;
        else
            ui_push(u, SCR_MAIN);
        return true;
    case SDLK_KP_4: move_cursor(u, 0); return true;
    case SDLK_KP_6: move_cursor(u, 1); return true;
    case SDLK_KP_8: move_cursor(u, 2); return true;
    case SDLK_KP_2: move_cursor(u, 3); return true;
    case SDLK_SPACE:
    case SDLK_KP_5:
        if (!u->cursor_on && u->sel != NO_UNIT) {
            const struct unit *un = game_unit(ui_game(u), u->sel);
            if (un) {
                u->cursor = un->pos;
                u->cursor_on = true;
            }
        } else {
            u->cursor_on = true;
            ui_click_hex_ex(u, u->cursor, (mod & (KMOD_SHIFT | KMOD_CTRL)) != 0);
        }
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_end_phase(u);
        return true;
    case SDLK_TAB:
    case SDLK_n:
        ui_next_unit(u, 1);
        return true;
    case SDLK_e: ui_action(u, CMD_ENTRAIN); return true;
    case SDLK_q: ui_action(u, CMD_DETRAIN); return true;
    case SDLK_b: ui_action(u, CMD_EMBARK); return true;
    case SDLK_o: ui_action(u, CMD_DISEMBARK); return true;
    case SDLK_c: ui_action(u, CMD_CUT_RAIL); return true;
    case SDLK_r: ui_action(u, CMD_REPAIR_RAIL); return true;
    case SDLK_u: ui_undo(u); return true;
    case SDLK_g: u->ov_grid = !u->ov_grid; return true;
    case SDLK_1: u->ov_supply = !u->ov_supply; return true;
    case SDLK_2: u->ov_zoc = !u->ov_zoc; return true;
    case SDLK_3: u->ov_rail = !u->ov_rail; return true;
    case SDLK_4: u->ov_range = !u->ov_range; return true;
    case SDLK_m: u->ov_minimap = !u->ov_minimap; return true;
    case SDLK_l: u->ov_log = !u->ov_log; return true;
    case SDLK_y: u->cls.ov_history = !u->cls.ov_history; return true;
    case SDLK_LEFTBRACKET: /* the side panel's objectives, one up (the panel clamps) */
        if (u->scroll > 0)
            u->scroll--;
        return true;
    case SDLK_RIGHTBRACKET:
        u->scroll++;
        return true;
    case SDLK_x:
        anim_skip(u);
        u->ai_fast = true;
        return true;
    case SDLK_i:
        u->pages_which = PAGES_BRIEFING;
        u->page = 0;
        ui_push(u, SCR_PAGES);
        return true;
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: case SDLK_PAGEUP:
        zoom_keys(u, 1.25);
        return true;
    case SDLK_MINUS: case SDLK_KP_MINUS: case SDLK_PAGEDOWN:
        zoom_keys(u, 0.8);
        return true;
    case SDLK_HOME:
        view_fit(&u->view, false);
        return true;
    case SDLK_END:
        if (u->sel != NO_UNIT && game_unit(ui_game(u), u->sel))
            view_center_on(&u->view, game_unit(ui_game(u), u->sel)->pos, false);
        return true;
    default:
        return pan_bit(k, mod) != 0;
    }
}

static bool global_key(struct ui *u, SDL_Keycode k, Uint16 mod)
{
    bool ctrl = (mod & KMOD_CTRL) != 0;
    if (k == SDLK_F11 || (k == SDLK_RETURN && (mod & KMOD_ALT))) {
        u->set.fullscreen = !u->set.fullscreen;
        ui_apply_settings(u);
        return true;
    }
    if (k == SDLK_F1 || (k == SDLK_h && u->screen == SCR_PLAY && !ctrl)) {
        if (u->screen != SCR_HELP)
            ui_push(u, SCR_HELP);
        return true;
    }
    if (k == SDLK_F9) {
        u->set.contrast = !u->set.contrast;
        return true;
    }
    if (ctrl && (k == SDLK_EQUALS || k == SDLK_PLUS || k == SDLK_KP_PLUS)) {
        u->set.scale_pct = u->set.scale_pct >= 300 ? 300 : u->set.scale_pct + 25;
        ui_apply_settings(u);
        return true;
    }
    if (ctrl && (k == SDLK_MINUS || k == SDLK_KP_MINUS)) {
        u->set.scale_pct = u->set.scale_pct <= 75 ? 75 : u->set.scale_pct - 25;
        ui_apply_settings(u);
        return true;
    }
    if (ctrl && k == SDLK_q) {
        u->quit = true;
        return true;
    }
    return false;
}

void input_hover(struct ui *u)
{
    const struct game *g = ui_game(u);
    SDL_Point p = { u->mouse_x, u->mouse_y };
    SDL_Rect a = u->view.area;
    u->hover_ok = false;
    if (!g || !u->mouse_in || !SDL_PointInRect(&p, &a) || in_blocks(u, p.x, p.y))
        return;
    struct hex h = view_pixel_to_hex(&u->view, (float)p.x, (float)p.y);
    if (map_contains(g, h)) {
        u->hover = h;
        u->hover_ok = true;
        u->cursor_on = false;
    }
}

void ui_event(struct ui *u, const SDL_Event *e)
{
    float k = u->dpi > 0 ? u->dpi : 1.0f;
    switch (e->type) {
    case SDL_QUIT:
        u->quit = true;
        return;
    case SDL_RENDER_TARGETS_RESET:
        u->cache.valid = false; /* the map layer's texture lost its picture */
        u->backdrop.tex_w = 0;  /* and so did the menus' backdrop */
        return;
    case SDL_RENDER_DEVICE_RESET:
        u->cache.valid = false;
        paint_fini(u);
        if (u->backdrop.tex) /* as the map layer's: made again for the new device */
            SDL_DestroyTexture(u->backdrop.tex);
        u->backdrop.tex = NULL;
        gfx_drop_textures(&u->gfx);
        return;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_LEAVE)
            u->mouse_in = false;
        else if (e->window.event == SDL_WINDOWEVENT_ENTER)
            u->mouse_in = true;
        else if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                 e->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)
            ui_apply_settings(u);
        return;
    case SDL_MOUSEMOTION: {
        int x = (int)((float)e->motion.x * k), y = (int)((float)e->motion.y * k);
        u->mouse_in = true;
        if (u->dragging && u->screen == SCR_PLAY) {
            int dx = x - u->drag_x, dy = y - u->drag_y;
            if (abs(dx) + abs(dy) > 4 || u->drag_moved) {
                view_pan_pixels(&u->view, -(double)(x - u->mouse_x), -(double)(y - u->mouse_y),
                                true);
                u->drag_moved = true;
            }
        }
        u->mouse_x = x;
        u->mouse_y = y;
        if (u->screen == SCR_PLAY)
            input_hover(u);
        return;
    }
    case SDL_MOUSEBUTTONDOWN: {
        int x = (int)((float)e->button.x * k), y = (int)((float)e->button.y * k);
        u->mouse_x = x;
        u->mouse_y = y;
        u->mouse_in = true;
        bool map = u->screen == SCR_PLAY && !u->atk_open && u->nerrors == 0 && !u->message[0] &&
                   !in_blocks(u, x, y);
        if (map) {
            u->dragging = true;
            u->drag_moved = false;
            u->drag_x = x;
            u->drag_y = y;
            input_hover(u);
        } else if (e->button.button == SDL_BUTTON_LEFT) {
            u->click = true;
            u->click_x = x;
            u->click_y = y;
        }
        return;
    }
    case SDL_MOUSEBUTTONUP: {
        if (!u->dragging)
            return;
        u->dragging = false;
        if (u->drag_moved)
            return;
        if (e->button.button == SDL_BUTTON_LEFT) {
            input_hover(u);
            if (u->hover_ok)
                ui_click_hex_ex(u, u->hover, (SDL_GetModState() & (KMOD_SHIFT | KMOD_CTRL)) != 0);
        } else if (e->button.button == SDL_BUTTON_RIGHT) {
            u->mode = MODE_NORMAL;
            u->sel = NO_UNIT;
        }
        return;
    }
    case SDL_MOUSEWHEEL:
        if (u->screen == SCR_PLAY && !in_blocks(u, u->mouse_x, u->mouse_y)) {
            double f = pow(1.18, (double)e->wheel.y);
            view_zoom_at(&u->view, f, (float)u->mouse_x, (float)u->mouse_y, false);
        } else if (u->screen == SCR_SETUP &&
                   SDL_PointInRect(&(SDL_Point){ u->mouse_x, u->mouse_y }, &u->goals_box)) {
            u->goals_scroll -= e->wheel.y; /* the draw keeps it within the list */
            if (u->goals_scroll < 0)
                u->goals_scroll = 0;
        } else {
            u->scroll -= e->wheel.y;
            if (u->scroll < 0)
                u->scroll = 0;
        }
        return;
    case SDL_TEXTINPUT:
        if (u->screen == SCR_SAVE) {
            size_t n = strlen(u->save_name);
            for (const char *c = e->text.text; *c && n + 1 < sizeof u->save_name; c++) {
                unsigned char ch = (unsigned char)*c;
                if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '-' || ch == '_') {
                    u->save_name[n++] = (char)ch;
                    u->save_name[n] = 0;
                }
            }
        }
        return;
    case SDL_KEYUP:
        u->pan_keys &= ~pan_bit(e->key.keysym.sym, 0);
        return;
    case SDL_KEYDOWN: {
        SDL_Keycode key = e->key.keysym.sym;
        Uint16 mod = e->key.keysym.mod;
        if (dialog_key(u, key))
            return;
        if (global_key(u, key, mod))
            return;
        if (u->screen == SCR_PLAY) {
            unsigned b = pan_bit(key, mod);
            if (b && !(mod & KMOD_CTRL)) {
                u->pan_keys |= b;
                view_pan_pixels(&u->view, b == 1 ? -40 : b == 2 ? 40 : 0,
                                b == 4 ? -40 : b == 8 ? 40 : 0, false);
                return;
            }
            play_key(u, key, mod);
        } else {
            menu_key(u, key, mod);
        }
        return;
    }
    default:
        return;
    }
}

