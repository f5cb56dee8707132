/*
 * test_input.c - the game played through SDL events: select, move (and refused moves),
 * undo, the keyboard cursor, end phase by key and by button, attack through the dialog,
 * overlays, menus, hotseat hand-over, the computer's turn run step by step, error dialogs,
 * and save/load through the menus on a real scenario. Each test checks the game state the
 * events produced, not just that nothing crashed.
 */
#include <dirent.h>
#include <sys/stat.h>

#include <SDL_image.h>

#include "harness.h"
#include "session.h"
#include "ui_fixture.h"

static int red_inf, red_cav, white_inf;

/* red infantry at (inf_col,7), red cavalry at (3,5), white infantry at (12,7) with `white_steps`
 * steps (0: full) */
static struct fx_ui *start_steps(const struct ui_host *host, int inf_col, int white_steps)
{
    struct game *g = fx_game();
    red_inf = fx_add(g, "r_inf", 0, UT_INF, inf_col, 7);
    red_cav = fx_add(g, "r_cav", 0, UT_CAV, 3, 5);
    white_inf = fx_add(g, "w_inf", 1, UT_INF, 12, 7);
    if (white_steps > 0)
        g->units[white_inf].steps = (uint8_t)white_steps;
    fx_begin(g);
    struct fx_ui *f = fx_ui_new(1280, 800, host);
    if (!f) {
        game_free(g);
        return NULL;
    }
    ui_start_play(&f->u, play_new_game(g), NULL);
    view_fit(&f->u.view, true); /* the whole theatre, then closer: the same view every time */
    view_zoom_at(&f->u.view, 2.0, 400, 400, true);
    view_center_on(&f->u.view, fx_at(7, 7), true);
    fx_frame(f);
    return f;
}

static struct fx_ui *start_with(const struct ui_host *host, int inf_col)
{
    return start_steps(host, inf_col, 0);
}

static struct fx_ui *start(const struct ui_host *host)
{
    return start_with(host, 5);
}

static const struct unit *U(struct fx_ui *f, int id)
{
    return game_unit(ui_game(&f->u), id);
}

static void select_move_undo(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    fx_click_hex(f, fx_at(5, 7));
    CHECK_EQ_INT(f->u.sel, red_inf);
    /* the reachable set is shown and the hex two steps east is in it */
    const struct reach *r = ui_reach(&f->u);
    CHECK(r && r->cost[map_index(ui_game(&f->u), fx_at(6, 7))] > 0);
    fx_click_hex(f, fx_at(6, 7));
    CHECK(hex_eq(U(f, red_inf)->pos, fx_at(6, 7)));
    CHECK(f->u.nlog > 0);
    /* undo puts it back */
    fx_key(f, SDLK_u, 0);
    CHECK(hex_eq(U(f, red_inf)->pos, fx_at(5, 7)));
    /* too far: refused with a reason, nothing moves */
    fx_click_hex(f, fx_at(5, 7));
    f->u.sel = red_inf;
    CHECK(view_hex_visible(&f->u.view, fx_at(9, 8)));
    fx_click_hex(f, fx_at(9, 8));
    CHECK(hex_eq(U(f, red_inf)->pos, fx_at(5, 7)));
    CHECK(f->u.toast[0] != 0);
    /* right click deselects */
    float x, y;
    view_hex_center(&f->u.view, fx_at(8, 8), &x, &y);
    fx_click(f, x, y, SDL_BUTTON_RIGHT);
    CHECK_EQ_INT(f->u.sel, NO_UNIT);
    fx_ui_free(f);
}

static void keyboard_only(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    /* Tab selects a unit of the side to play; Space puts the cursor on it */
    fx_key(f, SDLK_TAB, 0);
    CHECK(f->u.sel == red_inf || f->u.sel == red_cav);
    f->u.sel = red_inf;
    f->u.cursor_on = false;
    fx_key(f, SDLK_SPACE, 0);
    CHECK(f->u.cursor_on && hex_eq(f->u.cursor, fx_at(5, 7)));
    /* Shift+Right moves the cursor one column, Space moves the unit there */
    fx_key(f, SDLK_RIGHT, KMOD_LSHIFT);
    CHECK(hex_eq(f->u.cursor, fx_at(6, 7)));
    fx_key(f, SDLK_SPACE, 0);
    CHECK(hex_eq(U(f, red_inf)->pos, fx_at(6, 7)));
    /* zoom and pan keys move the camera */
    double z = f->u.view.tzoom, cx = f->u.view.tx;
    fx_key(f, SDLK_PLUS, 0);
    CHECK(f->u.view.tzoom > z);
    fx_key(f, SDLK_d, 0);
    CHECK(f->u.view.tx > cx);
    /* overlays toggle */
    bool sup = f->u.ov_supply;
    fx_key(f, SDLK_1, 0);
    CHECK(f->u.ov_supply != sup);
    CHECK(ui_supply(&f->u, 0) != NULL);
    /* Enter ends the phase */
    int phase = ui_game(&f->u)->phase;
    fx_key(f, SDLK_RETURN, 0);
    CHECK(ui_game(&f->u)->phase != phase);
    fx_ui_free(f);
}

static void friendly_hex_selects_unless_forced(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    fx_click_hex(f, fx_at(3, 5));
    CHECK_EQ_INT(f->u.sel, red_cav);
    fx_click_hex(f, fx_at(5, 7)); /* our infantry's hex: select it, do not move the cavalry */
    CHECK_EQ_INT(f->u.sel, red_inf);
    CHECK(hex_eq(U(f, red_cav)->pos, fx_at(3, 5)));
    /* the cavalry again, the cursor on the infantry, Shift+Space: move into the stack */
    fx_click_hex(f, fx_at(3, 5));
    CHECK_EQ_INT(f->u.sel, red_cav);
    f->u.cursor = fx_at(5, 7);
    f->u.cursor_on = true;
    fx_key(f, SDLK_SPACE, KMOD_LSHIFT);
    CHECK(hex_eq(U(f, red_cav)->pos, fx_at(5, 7)));
    fx_ui_free(f);
}

static void end_phase_button(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    int phase = ui_game(&f->u)->phase;
    CHECK(fx_click_button(f, BTN_END));
    CHECK(ui_game(&f->u)->phase != phase);
    fx_ui_free(f);
}

static void attack_through_dialog(void)
{
    struct fx_ui *f = start_with(NULL, 11); /* red infantry next to the white one */
    CHECK(f != NULL);
    if (!f)
        return;
    fx_key(f, SDLK_RETURN, 0); /* to red's combat phase */
    CHECK_EQ_INT(ui_game(&f->u)->phase, PHASE_COMBAT);
    fx_click_hex(f, fx_at(11, 7));
    CHECK_EQ_INT(f->u.sel, red_inf);
    fx_click_hex(f, fx_at(12, 7));
    CHECK(f->u.atk_open);
    CHECK(f->u.atk_ncand >= 1 && f->u.atk_on[0]);
    IMG_SavePNG(f->surf, "ui_attack.png");
    /* the dialog shows odds: drawing it ran combat_preview; Enter commits */
    fx_key(f, SDLK_RETURN, 0);
    CHECK(!f->u.atk_open);
    const struct unit *ri = U(f, red_inf);
    bool attacked = !ri || (ri->flags & UF_ATTACKED) || !hex_eq(ri->pos, fx_at(11, 7)) ||
                    !U(f, white_inf) || !hex_eq(U(f, white_inf)->pos, fx_at(12, 7));
    CHECK(attacked);
    bool logged = false;
    for (int i = 0; i < f->u.nlog; i++)
        logged |= strstr(f->u.log[i].text, "attacks") != NULL;
    CHECK(logged);
    fx_ui_free(f);
}

static void attack_holding_ground(void)
{
    /* H in the attack dialog turns the advance after combat off (and on again). The blow at
     * the white company, down to its last step, empties its hex (the fixture's seed rolls a
     * result that does): with the advance on, the red infantry moves in; off, it keeps its
     * own hex */
    for (int hold = 0; hold < 2; hold++) {
        struct fx_ui *f = start_steps(NULL, 11, 1);
        CHECK(f != NULL);
        if (!f)
            return;
        fx_key(f, SDLK_RETURN, 0); /* to red's combat phase */
        fx_click_hex(f, fx_at(11, 7));
        fx_click_hex(f, fx_at(12, 7));
        CHECK(f->u.atk_open && !f->u.atk_hold);
        fx_key(f, SDLK_h, 0);
        CHECK(f->u.atk_hold);
        CHECK(f->u.screen == SCR_PLAY && f->u.atk_open); /* H is the dialog's, not help */
        if (!hold) /* and on again, with the mouse this time */
            CHECK(fx_click_button(f, BTN_ATK_HOLD));
        else
            IMG_SavePNG(f->surf, "ui_attack_hold.png");
        CHECK_EQ_INT(f->u.atk_hold, hold);
        fx_key(f, SDLK_RETURN, 0);
        CHECK(!f->u.atk_open);
        const struct unit *wi = U(f, white_inf);
        CHECK(!wi || !hex_eq(wi->pos, fx_at(12, 7))); /* emptied */
        const struct unit *ri = U(f, red_inf);
        CHECK(ri && hex_eq(ri->pos, hold ? fx_at(11, 7) : fx_at(12, 7)));
        fx_ui_free(f);
    }
}

static void menus_by_keyboard(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    /* walk down to Options */
    for (int i = 0; i < 10 && menu_focus_id(&f->u) != M_OPTIONS; i++)
        fx_key(f, SDLK_DOWN, 0);
    CHECK_EQ_INT(menu_focus_id(&f->u), M_OPTIONS);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.screen, SCR_OPTIONS);
    int scale = f->u.set.scale_pct;
    fx_key(f, SDLK_RIGHT, 0); /* the first row is the interface size */
    CHECK(f->u.set.scale_pct > scale);
    fx_key(f, SDLK_LEFT, 0);
    CHECK_EQ_INT(f->u.set.scale_pct, scale);
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    fx_key(f, SDLK_F1, 0);
    CHECK_EQ_INT(f->u.screen, SCR_HELP);
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    /* a click on the Menu button does the same as Esc */
    CHECK(fx_click_button(f, BTN_MENU));
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    fx_ui_free(f);
}

static void hotseat_handover(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    int guard = 0;
    while (game_active_side(ui_game(&f->u)) == 0 && guard++ < 4)
        fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(game_active_side(ui_game(&f->u)), 1);
    CHECK_EQ_INT(f->u.screen, SCR_HANDOVER);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    /* news for one side reaches its own player only: white's player is on; a message for
     * red waits for red's turn, one for white comes up now */
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = CMD_MESSAGE;
    c.origin = ORIGIN_SCRIPT;
    c.unit = NO_UNIT;
    c.target = NO_UNIT;
    c.side = 0;
    snprintf(c.text, sizeof c.text, "For red: the reserve is near.");
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
    CHECK(!ui_message_up(&f->u));
    for (int i = 0; i < f->u.nlog; i++)
        CHECK(strstr(f->u.log[i].text, "reserve is near") == NULL);
    c.side = 1;
    snprintf(c.text, sizeof c.text, "For white: hold the city.");
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
    CHECK(ui_message_up(&f->u));
    CHECK_STR_CONTAINS(f->u.message, "hold the city");
    CHECK(strstr(f->u.message, "reserve is near") == NULL);
    fx_key(f, SDLK_RETURN, 0); /* read */
    guard = 0;
    while (game_active_side(ui_game(&f->u)) == 1 && guard++ < 4)
        fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.screen, SCR_HANDOVER); /* red's turn: its news waits behind the screen */
    CHECK(!ui_message_up(&f->u));
    fx_key(f, SDLK_RETURN, 0);
    CHECK(ui_message_up(&f->u));
    CHECK_STR_CONTAINS(f->u.message, "reserve is near");
    fx_ui_free(f);
}

static void computer_turn_in_steps(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    f->u.ai_side[1] = 1;
    int turn = ui_game(&f->u)->turn;
    while (game_active_side(ui_game(&f->u)) == 0 && !ui_game(&f->u)->result.over)
        fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(game_active_side(ui_game(&f->u)), 1);
    CHECK(f->u.screen == SCR_PLAY); /* no hand-over to a computer */
    /* the computer plays one step per frame; the window keeps drawing meanwhile */
    int frames = 0;
    while (game_active_side(ui_game(&f->u)) == 1 && frames < 2000) {
        fx_frame(f);
        frames++;
    }
    CHECK(frames > 1);
    CHECK(frames < 2000);
    CHECK_EQ_INT(game_active_side(ui_game(&f->u)), 0);
    CHECK(ui_game(&f->u)->turn == turn + 1);
    fx_ui_free(f);
}

/* The computer thinks about a copy of the state on a thread of its own: its command is the
 * one the planner gives for that state, and it carries the state's hash, so a command thought
 * about a state the game has left is known for what it is. */
static void ai_worker_thinks_on_a_copy(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    struct game *g = game_clone(ui_game(&f->u));
    struct ai_worker w;
    CHECK(aiw_init(&w));
    CHECK(aiw_start(&w, g, 0, AI_HARD));
    CHECK(!aiw_start(&w, g, 0, AI_HARD)); /* one job at a time */
    struct cmd c;
    int polls = 0;
    while (!aiw_poll(&w, 5, &c) && polls < 4000)
        polls++;
    CHECK(polls < 4000);
    CHECK(w.hash == game_hash(g));
    struct cmd here = ai_next(g, 0, AI_HARD);
    CHECK(memcmp(&c, &here, sizeof c) == 0);
    CHECK(!aiw_poll(&w, 0, &c)); /* nothing more to hand over */
    /* a job started, then the game moves on: its command is for the state it left */
    uint64_t before = game_hash(g);
    CHECK(aiw_start(&w, g, 0, AI_HARD));
    CHECK_EQ_INT(game_apply(g, &here, NULL), CMD_OK);
    polls = 0;
    while (!aiw_poll(&w, 5, &c) && polls < 4000)
        polls++;
    CHECK(w.hash == before && w.hash != game_hash(g));
    /* a job still running when the worker is freed is waited for */
    CHECK(aiw_start(&w, g, 0, AI_HARD));
    aiw_fini(&w);
    game_free(g);
    fx_ui_free(f);
}

static void error_dialog_blocks_and_closes(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    ui_error(&f->u, "Title", "something went wrong: file x.lua:3");
    fx_frame(f);
    int phase = ui_game(&f->u)->phase;
    fx_click_button(f, BTN_END); /* swallowed by the dialog */
    CHECK_EQ_INT(ui_game(&f->u)->phase, phase);
    CHECK_EQ_INT(f->u.nerrors, 1);
    CHECK(fx_click_button(f, DLG_OK));
    CHECK_EQ_INT(f->u.nerrors, 0);
    /* a bare game cannot be saved: a dialog, not a crash */
    CHECK(!ui_save_game(&f->u, "x"));
    CHECK_EQ_INT(f->u.nerrors, 1);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 0);
    fx_ui_free(f);
}

static void drag_pans_without_clicking(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    float x, y;
    view_hex_center(&f->u.view, fx_at(5, 7), &x, &y); /* start the drag on a unit */
    double cx = f->u.view.cx;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = (int)x;
    e.motion.y = (int)y;
    ui_event(&f->u, &e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = (int)x;
    e.button.y = (int)y;
    ui_event(&f->u, &e);
    for (int i = 1; i <= 10; i++) {
        memset(&e, 0, sizeof e);
        e.type = SDL_MOUSEMOTION;
        e.motion.x = (int)x - 12 * i;
        e.motion.y = (int)y;
        ui_event(&f->u, &e);
    }
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONUP;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = (int)x - 120;
    e.button.y = (int)y;
    ui_event(&f->u, &e);
    fx_frame(f);
    CHECK(f->u.view.cx > cx + 1.0);       /* dragged left: the map moved, camera east */
    CHECK_EQ_INT(f->u.sel, NO_UNIT);      /* and nothing was selected */
    /* the wheel zooms about the pointer */
    double z = f->u.view.tzoom;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = 2;
    ui_event(&f->u, &e);
    CHECK(f->u.view.tzoom > z);
    /* a click on the minimap moves the camera there */
    fx_frame(f);
    double tx = f->u.view.tx;
    SDL_Rect p = ui_panel_rect(&f->u);
    fx_click(f, (float)(p.x + p.w - 20), (float)(p.y + p.h - 20), SDL_BUTTON_LEFT);
    CHECK(f->u.view.tx > tx);
    fx_ui_free(f);
}

static void scenario_message_shown(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = CMD_MESSAGE;
    c.origin = ORIGIN_SCRIPT;
    c.side = -1;
    c.unit = NO_UNIT;
    c.target = NO_UNIT;
    snprintf(c.text, sizeof c.text, "The bridge at Samur is taken.");
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
    CHECK_STR_CONTAINS(f->u.message, "Samur");
    fx_frame(f);
    int phase = ui_game(&f->u)->phase;
    fx_key(f, SDLK_RETURN, 0); /* closes the message, does not end the phase */
    CHECK_EQ_INT(f->u.message[0], 0);
    CHECK_EQ_INT(ui_game(&f->u)->phase, phase);
    fx_ui_free(f);
}

static void computer_plays_to_the_end(void)
{
    struct fx_ui *f = start(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    f->u.ai_side[0] = f->u.ai_side[1] = 1;
    fx_key(f, SDLK_x, 0); /* skip the animations */
    int frames = 0;
    while (!ui_game(&f->u)->result.over && frames < 40000) {
        fx_frame(f);
        frames++;
    }
    CHECK(ui_game(&f->u)->result.over);
    CHECK_EQ_INT(f->u.screen, SCR_VICTORY);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_victory.png");
    fx_key(f, SDLK_RETURN, 0); /* look at the map */
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    /* the finished game opened again (a save made at its end) shows its result first */
    struct game *again = game_clone(ui_game(&f->u));
    CHECK(again != NULL);
    if (again) {
        ui_start_play(&f->u, play_new_game(again), NULL);
        CHECK_EQ_INT(f->u.screen, SCR_VICTORY);
        fx_frame(f);
        fx_key(f, SDLK_RETURN, 0);
        CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    }
    fx_ui_free(f);
}

/* ---------------------------------------------------------------- on a real scenario */

/* A window (1280 x 800) on bundled scenario `id` (from B20_DATA_DIR) started with `seed`, or
 * NULL, the test failed, when it does not open. */
static struct fx_ui *start_real(const char *id, uint64_t seed)
{
    static struct play_dirs pd;
    struct ui_host host;
    const char *data = getenv("B20_DATA_DIR");
    play_host(&host, &pd, data && data[0] ? data : ".", NULL, 0);
    struct diag d;
    diag_clear(&d);
    struct play *p = play_open_id(&pd, id, NULL, 0, seed, "en", &d);
    CHECK(p != NULL);
    if (!p) {
        fprintf(stderr, "%s\n", d.msg);
        return NULL;
    }
    struct fx_ui *f = fx_ui_new(1280, 800, &host);
    CHECK(f != NULL);
    if (!f) {
        play_free(p);
        return NULL;
    }
    ui_start_play(&f->u, p, NULL);
    return f;
}

/* Who plays each side goes into the saves and the autosave, and comes back with a game loaded
 * into a window that had none (it used to come back as every side a person's, Armenia and
 * Georgia included, whose phases then waited for a click). A save that does not say gives a
 * person the sides a person may play and the computer the others. */
static void players_kept_in_saves(void)
{
    struct fx_ui *f = start_real("baku1920", 5);
    if (!f)
        return;
    snprintf(f->u.save_dir, sizeof f->u.save_dir, "ui-test-saves");
    const struct game *g = ui_game(&f->u);
    int red = side_by_id(g, "red"), adr = side_by_id(g, "adr");
    int arm = side_by_id(g, "armenia"), geo = side_by_id(g, "georgia");
    CHECK(red >= 0 && adr >= 0 && arm >= 0 && geo >= 0);
    if (red < 0 || adr < 0 || arm < 0 || geo < 0) {
        fx_ui_free(f);
        return;
    }
    uint8_t want[MAX_SIDES] = { 0 };
    want[adr] = want[arm] = want[geo] = 1;
    memcpy(f->u.ai_side, want, sizeof want);
    CHECK(ui_save_game(&f->u, "players-test"));
    /* the turn ends: the autosave says the same */
    for (int guard = 0; guard < 40 && ui_game(&f->u)->turn == 0; guard++) {
        struct cmd c;
        memset(&c, 0, sizeof c);
        c.kind = CMD_END_PHASE;
        c.side = (int8_t)game_active_side(ui_game(&f->u));
        ui_command(&f->u, &c);
    }
    CHECK_EQ_INT(ui_game(&f->u)->turn, 1);
    FILE *af = fopen("ui-test-saves/autosave-baku1920.b20save", "r");
    CHECK(af != NULL);
    bool said = false;
    char line[1200];
    while (af && fgets(line, sizeof line, af))
        said |= !strcmp(line, "players red=human adr=computer armenia=computer georgia=computer\n");
    if (af)
        fclose(af);
    CHECK(said);
    fx_ui_free(f);

    /* a window with no game loads it: the same players */
    static struct play_dirs pd;
    struct ui_host host;
    const char *data = getenv("B20_DATA_DIR");
    play_host(&host, &pd, data && data[0] ? data : ".", NULL, 0);
    f = fx_ui_new(1280, 800, &host);
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(ui_load_game(&f->u, "ui-test-saves/players-test.b20save"));
    CHECK(!memcmp(f->u.ai_side, want, sizeof want));
    CHECK_EQ_INT(f->u.last_human, red);
    /* the same save without its players line */
    FILE *in = fopen("ui-test-saves/players-test.b20save", "r");
    FILE *out = fopen("ui-test-saves/no-players.b20save", "w");
    CHECK(in && out);
    while (in && out && fgets(line, sizeof line, in))
        if (strncmp(line, "players ", 8) != 0)
            fputs(line, out);
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    struct fx_ui *f2 = fx_ui_new(1280, 800, &host);
    CHECK(f2 != NULL);
    if (f2) {
        CHECK(ui_load_game(&f2->u, "ui-test-saves/no-players.b20save"));
        CHECK(f2->u.ai_side[red] == 0 && f2->u.ai_side[adr] == 0);
        CHECK(f2->u.ai_side[arm] == 1 && f2->u.ai_side[geo] == 1);
        fx_ui_free(f2);
    }
    /* over a game of the same scenario, a save that does not say keeps its players */
    CHECK(ui_load_game(&f->u, "ui-test-saves/no-players.b20save"));
    CHECK(!memcmp(f->u.ai_side, want, sizeof want));
    remove("ui-test-saves/players-test.b20save");
    remove("ui-test-saves/no-players.b20save");
    remove("ui-test-saves/autosave-baku1920.b20save");
    fx_ui_free(f);
}

static void save_and_load_through_menus(void)
{
    struct fx_ui *f = start_real("baku1920", 11);
    if (!f)
        return;
    snprintf(f->u.save_dir, sizeof f->u.save_dir, "ui-test-saves");
    fx_frame(f);
    fx_key(f, SDLK_RETURN, 0); /* play a little */
    f->u.screen = SCR_PLAY;
    f->u.nback = 0;
    uint64_t h = game_hash(ui_game(&f->u));
    /* Ctrl+S, type a name, Enter */
    fx_key(f, SDLK_s, KMOD_LCTRL);
    CHECK_EQ_INT(f->u.screen, SCR_SAVE);
    f->u.save_name[0] = 0;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "ui-test/../x");
    ui_event(&f->u, &e); /* only safe characters are kept */
    CHECK(strcmp(f->u.save_name, "ui-testx") == 0);
    f->u.focus = 0;
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 0);
    struct stat st;
    CHECK(stat("ui-test-saves/ui-testx.b20save", &st) == 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    /* play on, then load it back through the load screen */
    fx_key(f, SDLK_RETURN, 0);
    f->u.screen = SCR_PLAY;
    f->u.nback = 0;
    CHECK(game_hash(ui_game(&f->u)) != h);
    fx_key(f, SDLK_o, KMOD_LCTRL);
    CHECK_EQ_INT(f->u.screen, SCR_LOAD);
    int idx = -1;
    for (int i = 0; i < f->u.nsaves; i++)
        if (!strcmp(f->u.saves[i], "ui-testx.b20save"))
            idx = i;
    CHECK(idx >= 0);
    /* its row says what it holds and when it was written */
    if (idx >= 0) {
        CHECK_STR_CONTAINS(f->u.save_info[idx], "The Baku Operation, April-May 1920, turn 1");
        CHECK_EQ_INT((int)strlen(f->u.save_when[idx]), 16);
    }
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_load.png");
    f->u.focus = idx;
    /* Left and Right change settings, never load: the row has a value now */
    uint64_t played_on = game_hash(ui_game(&f->u));
    fx_key(f, SDLK_RIGHT, 0);
    fx_key(f, SDLK_LEFT, 0);
    CHECK_EQ_INT(f->u.screen, SCR_LOAD);
    CHECK(game_hash(ui_game(&f->u)) == played_on);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    CHECK(game_hash(ui_game(&f->u)) == h);
    /* a save that cannot be written: a dialog naming the problem */
    snprintf(f->u.save_dir, sizeof f->u.save_dir, "/proc/no-such-dir");
    CHECK(!ui_save_game(&f->u, "nope"));
    CHECK_EQ_INT(f->u.nerrors, 1);
    fx_key(f, SDLK_RETURN, 0);
    /* a broken save file: refused with a dialog */
    FILE *bf = fopen("ui-test-saves/broken.b20save", "w");
    if (bf) {
        fputs("this is not a save\n", bf);
        fclose(bf);
    }
    CHECK(!ui_load_game(&f->u, "ui-test-saves/broken.b20save"));
    CHECK_EQ_INT(f->u.nerrors, 1);
    CHECK(game_hash(ui_game(&f->u)) == h); /* the game in play is kept */
    fx_key(f, SDLK_RETURN, 0);
    /* deleting a save from the load screen: "Delete a save…", then the save chosen twice */
    snprintf(f->u.save_dir, sizeof f->u.save_dir, "ui-test-saves");
    fx_key(f, SDLK_o, KMOD_LCTRL);
    CHECK_EQ_INT(f->u.screen, SCR_LOAD);
    int before = f->u.nsaves, broken = -1;
    for (int i = 0; i < f->u.nsaves; i++)
        if (!strcmp(f->u.saves[i], "broken.b20save"))
            broken = i;
    CHECK(broken >= 0);
    CHECK(broken < 0 || f->u.save_info[broken][0] == 0); /* not a save: its row says nothing */
    f->u.focus = f->u.nsaves; /* the item after the saves */
    CHECK_EQ_INT(menu_focus_id(&f->u), LD_DELETE);
    fx_key(f, SDLK_RETURN, 0);
    CHECK(f->u.load_delete);
    f->u.focus = broken;
    fx_key(f, SDLK_RETURN, 0); /* armed, not yet deleted */
    CHECK_EQ_INT(f->u.delete_armed, broken);
    CHECK(stat("ui-test-saves/broken.b20save", &st) == 0);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_delete_save.png");
    fx_key(f, SDLK_RETURN, 0); /* chosen again: gone */
    CHECK(stat("ui-test-saves/broken.b20save", &st) != 0);
    CHECK_EQ_INT(f->u.nsaves, before - 1);
    CHECK_EQ_INT(f->u.screen, SCR_LOAD);
    CHECK_EQ_INT(f->u.nerrors, 0);
    CHECK(stat("ui-test-saves/ui-testx.b20save", &st) == 0); /* the others stay */
    /* a save gone from the disk between the two choices: a dialog naming it */
    FILE *sf = fopen("ui-test-saves/gone.b20save", "w");
    if (sf) {
        fputs("x\n", sf);
        fclose(sf);
    }
    mkdir("ui-test-saves/folder.b20save", 0700); /* not a file: not listed */
    fx_key(f, SDLK_ESCAPE, 0);
    fx_key(f, SDLK_o, KMOD_LCTRL);
    int gone = -1;
    for (int i = 0; i < f->u.nsaves; i++) {
        CHECK(strcmp(f->u.saves[i], "folder.b20save") != 0);
        if (!strcmp(f->u.saves[i], "gone.b20save"))
            gone = i;
    }
    CHECK(gone >= 0);
    f->u.focus = f->u.nsaves;
    fx_key(f, SDLK_RETURN, 0);
    f->u.focus = gone;
    fx_key(f, SDLK_RETURN, 0);
    remove("ui-test-saves/gone.b20save");
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 1);
    remove("ui-test-saves/folder.b20save");
    fx_ui_free(f);
}

/* What a scenario prints (print() in a handler) shows in the event log: the example's
 * reserve arriving as the landing begins. */
static void scenario_prints_in_log(void)
{
    struct fx_ui *f = start_real("examples", 5);
    if (!f)
        return;
    bool seen = false;
    for (int guard = 0; guard < 40 && !seen && !ui_game(&f->u)->result.over; guard++) {
        struct cmd c;
        memset(&c, 0, sizeof c);
        c.kind = CMD_END_PHASE;
        c.side = (int8_t)game_active_side(ui_game(&f->u));
        ui_command(&f->u, &c);
        f->u.message[0] = 0; /* the scenario's messages read */
        for (int i = 0; i < f->u.nlog && !seen; i++)
            seen = strstr(f->u.log[i].text, "Script: scenario.lua:") &&
                   strstr(f->u.log[i].text, "reserve arrived");
    }
    CHECK(seen);
    fx_frame(f);
    fx_ui_free(f);
}

/* The scenario's opening messages (handlers on its first date) come up when the game is
 * shown, and go into the log; a briefing opened over the map comes first. */
static void opening_message_shown(void)
{
    struct fx_ui *f = start_real("red_bridge", 3);
    if (!f)
        return;
    /* the camera opens on the border clash, not on the whole theatre */
    struct view whole = f->u.view;
    view_fit(&whole, true);
    CHECK(f->u.view.zoom > whole.zoom * 2);
    const struct game *g = ui_game(&f->u);
    for (int i = 0; i < g->nunits; i++)
        if (game_unit(g, i) && g->units[i].side == side_by_id(g, "red"))
            CHECK(view_hex_visible(&f->u.view, g->units[i].pos));
    CHECK(ui_message_up(&f->u));
    CHECK_STR_CONTAINS(f->u.message, "Red detachments stand at the Georgian frontier");
    bool logged = false;
    for (int i = 0; i < f->u.nlog; i++)
        logged = logged || strstr(f->u.log[i].text, "Red detachments") != NULL;
    CHECK(logged);
    ui_push(&f->u, SCR_PAGES); /* a briefing over the map: the message waits */
    CHECK(!ui_message_up(&f->u));
    fx_frame(f);
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    CHECK(ui_message_up(&f->u));
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_opening_message.png");
    fx_key(f, SDLK_RETURN, 0);
    CHECK(!ui_message_up(&f->u));
    fx_ui_free(f);
    /* the tutorial's first lessons come the same way, on its first movement phase */
    f = start_real("tutorial", 1);
    if (!f)
        return;
    CHECK(ui_message_up(&f->u));
    CHECK_STR_CONTAINS(f->u.message, "Welcome. You play the Red side.");
    fx_ui_free(f);
}

#define MENU_SAVES "ui-test-menu-saves"

/* A fixture whose menus list and open the real scenarios (the host the game itself uses), its
 * saves in MENU_SAVES (emptied first unless keep_saves), one frame drawn. */
static struct fx_ui *menu_fixture(struct ui_host *host, int w, int h, bool keep_saves)
{
    static struct play_dirs pd;
    const char *data = getenv("B20_DATA_DIR");
    play_host(host, &pd, data && data[0] ? data : ".", NULL, 0);
    struct fx_ui *f = fx_ui_new(w, h, host);
    CHECK(f != NULL);
    if (!f)
        return NULL;
    snprintf(f->u.save_dir, sizeof f->u.save_dir, MENU_SAVES);
    mkdir(MENU_SAVES, 0700);
    DIR *sd = opendir(MENU_SAVES);
    for (struct dirent *e; sd && !keep_saves && (e = readdir(sd));) {
        char p[600];
        snprintf(p, sizeof p, MENU_SAVES "/%.300s", e->d_name);
        if (e->d_name[0] != '.')
            remove(p);
    }
    if (sd)
        closedir(sd);
    fx_frame(f);
    return f;
}

static void new_game_from_menus(void)
{
    struct ui_host host;
    struct fx_ui *f = menu_fixture(&host, 1280, 800, false);
    if (!f)
        return;
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    /* behind the menu, the main scenario's map: its terrain, railways and chief places, drawn
     * once into a texture for the window */
    CHECK(f->u.backdrop.terrain != NULL && f->u.backdrop.tex != NULL);
    bool baku = false;
    for (int i = 0; i < f->u.backdrop.nlabels; i++)
        baku |= !strcmp(f->u.backdrop.labels[i].name, "Baku");
    CHECK(baku);
    IMG_SavePNG(f->surf, "ui_menu.png");
    fx_key(f, SDLK_RETURN, 0); /* New game is first without a game in play */
    CHECK_EQ_INT(f->u.screen, SCR_SCENARIOS);
    CHECK(f->u.nscen >= 1);
    IMG_SavePNG(f->surf, "ui_scenarios.png");
    fx_key(f, SDLK_RETURN, 0); /* the first scenario */
    CHECK_EQ_INT(f->u.screen, SCR_SETUP);
    CHECK(f->u.pending != NULL);
    IMG_SavePNG(f->surf, "ui_setup.png");
    /* every side human (hotseat), then Start */
    const struct game *pg = play_game(f->u.pending);
    for (int s = 0; s < pg->nsides; s++)
        f->u.ai_side[s] = 0;
    fx_frame(f);
    CHECK(fx_click_button(f, SET_START));
    CHECK(f->u.play != NULL);
    CHECK(f->u.screen == SCR_PLAY || f->u.screen == SCR_PAGES);
    if (f->u.screen == SCR_PAGES) {
        IMG_SavePNG(f->surf, "ui_briefing.png");
        fx_key(f, SDLK_RIGHT, 0);
        fx_key(f, SDLK_ESCAPE, 0);
    }
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    /* a scenario folder that does not load: an error dialog */
    CHECK(host.open(host.ctx, "/nonexistent/scenario", NULL, 0, 1, "en", &(struct diag){ 0 }) ==
          NULL);
    fx_ui_free(f);
}

static int objective_by_id(const struct game *g, const char *id)
{
    for (int i = 0; i < g->nobj; i++)
        if (!strcmp(g->obj[i].id, id))
            return i;
    return -1;
}

/* How each side wins, and where it stands: with nothing selected the side panel lists every
 * side's objectives (points, when each is judged, met now or not), and the victory screen
 * lists them again with how they ended. Texts never overlap, in every language. */
static void objectives_shown(void)
{
    struct fx_ui *f = start_real("examples", 5);
    if (!f)
        return;
    const struct game *g = ui_game(&f->u);
    int delay = objective_by_id(g, "delay"), take = objective_by_id(g, "take_town");
    CHECK(delay >= 0 && take >= 0);
    if (delay < 0 || take < 0) {
        fx_ui_free(f);
        return;
    }
    char head[300], state[300];
    const char *mark;
    hud_objective_text(&f->u, f->u.play, delay, &mark, head, sizeof head, state, sizeof state);
    CHECK_STR_CONTAINS(head, "Hold the town through the second evening · 25 points");
    CHECK_STR_CONTAINS(state, "by 2 June 1920, dusk · met now");
    CHECK(!strcmp(mark, "\u25cf"));
    hud_objective_text(&f->u, f->u.play, take, &mark, head, sizeof head, state, sizeof state);
    CHECK_STR_CONTAINS(head, "Hold the town at the end · 10 points");
    CHECK_STR_CONTAINS(state, "judged at the end · not met now");
    CHECK(!strcmp(mark, "\u25cb"));
    /* the panel shows them: more interface texts than without objectives, none overlapping */
    static const char *const langs[3] = { "en", "ru", "az" };
    for (int l = 0; l < 3; l++) {
        snprintf(f->u.set.lang, sizeof f->u.set.lang, "%s", langs[l]);
        ui_apply_settings(&f->u);
        f->u.gfx.rec_on = true;
        f->u.sel = NO_UNIT;
        f->u.hover_ok = f->u.cursor_on = false;
        fx_frame(f);
        int with = f->u.gfx.nrec;
        CHECK_EQ_INT(fx_text_overlaps(f), 0);
        struct game *mut = (struct game *)ui_game(&f->u);
        int nobj = mut->nobj;
        mut->nobj = 0;
        fx_frame(f);
        mut->nobj = nobj;
        CHECK(with >= f->u.gfx.nrec + 10); /* a title, two sides, five objectives of two lines */
    }
    snprintf(f->u.set.lang, sizeof f->u.set.lang, "en");
    ui_apply_settings(&f->u);
    /* nobody moves: Blue holds the town to the end */
    for (int guard = 0; guard < 60 && !g->result.over; guard++) {
        struct cmd c;
        memset(&c, 0, sizeof c);
        c.kind = CMD_END_PHASE;
        c.side = (int8_t)game_active_side(g);
        ui_command(&f->u, &c);
    }
    CHECK(g->result.over);
    /* the finished game is its autosave: Continue would open on the result */
    char ap[700];
    snprintf(ap, sizeof ap, "%s/autosave-examples.b20save", f->u.save_dir);
    struct play *ended = f->u.host.load(f->u.host.ctx, ap, "en", &(struct diag){ 0 });
    CHECK(ended && play_game(ended)->result.over);
    play_free(ended);
    remove(ap);
    hud_objective_text(&f->u, f->u.play, delay, &mark, head, sizeof head, state, sizeof state);
    CHECK_STR_CONTAINS(state, "met on 2 June 1920, dusk");
    CHECK(!strcmp(mark, "\u2713"));
    hud_objective_text(&f->u, f->u.play, take, &mark, head, sizeof head, state, sizeof state);
    CHECK_STR_CONTAINS(state, "not met at the end");
    CHECK(!strcmp(mark, "\u2717"));
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_objectives_end.png");
    /* the result screen's other choices: the game's record saved, the same game set up again
     * (its players kept: here both a person's, where a new game gives Blue to the computer) */
    CHECK_EQ_INT(f->u.screen, SCR_VICTORY);
    CHECK(fx_click_button(f, VIC_LOG));
    CHECK_EQ_INT(f->u.nerrors, 0);
    CHECK_STR_CONTAINS(f->u.cls.last_export, ".html");
    uint8_t players[MAX_SIDES];
    memcpy(players, f->u.ai_side, sizeof players);
    CHECK(fx_click_button(f, VIC_AGAIN));
    CHECK_EQ_INT(f->u.screen, SCR_SETUP);
    CHECK(f->u.pending && !strcmp(play_game(f->u.pending)->scenario_id, "examples"));
    CHECK(!memcmp(f->u.ai_side, players, sizeof players));
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    fx_ui_free(f);

    /* the main scenario has more objectives than the panel holds: those without room are left
     * out, not cut, and the mouse wheel over the panel brings them up */
    f = start_real("baku1920", 3);
    if (!f)
        return;
    g = ui_game(&f->u);
    int total = 0, left = -1;
    for (int i = 0; i < g->nobj; i++)
        total += g->obj[i].top && side_competes(g, g->obj[i].side);
    CHECK(total > 12);
    f->u.sel = NO_UNIT;
    fx_frame(f);
    hud_objectives(&f->u, f->u.play, f->u.side_color, 0, 0, 300, 400, 0, false, 0, &left);
    CHECK(left > 0 && left < total);
    hud_objectives(&f->u, f->u.play, f->u.side_color, 0, 0, 300, 400, 0, false, total - 2, &left);
    CHECK_EQ_INT(left, 0);
    SDL_Rect p = ui_panel_rect(&f->u);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = p.x + p.w / 2;
    e.motion.y = p.y + p.h / 4;
    ui_event(&f->u, &e);
    f->u.hover_ok = f->u.cursor_on = false;
    for (int k = 0; k < 3 * total; k++) {
        memset(&e, 0, sizeof e);
        e.type = SDL_MOUSEWHEEL;
        e.wheel.y = -1;
        ui_event(&f->u, &e);
    }
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK_EQ_INT(f->u.scroll, total - 1); /* the last objective stays in view */
    f->u.message[0] = 0; /* the opening news read: keys go to the map again */
    fx_key(f, SDLK_LEFTBRACKET, 0); /* and the keys bring them back one by one */
    CHECK_EQ_INT(f->u.scroll, total - 2);
    fx_key(f, SDLK_RIGHTBRACKET, 0);
    fx_key(f, SDLK_RIGHTBRACKET, 0);
    CHECK_EQ_INT(f->u.scroll, total - 1);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_objectives_scrolled.png");
    fx_ui_free(f);
}

static void wheel_at(struct fx_ui *f, int x, int y, int dy)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = x;
    e.motion.y = y;
    ui_event(&f->u, &e);
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = dy;
    ui_event(&f->u, &e);
    fx_frame(f);
}

/* Setting up a game: beside the sides and options, what each side plays for (the objectives,
 * their points, how the points decide), which the wheel over that panel scrolls; the computer's
 * level is chosen there too, and kept. Texts never overlap, in every language; a window too
 * narrow for both panels keeps the one. */
static void setup_shows_goals(void)
{
    struct ui_host host;
    struct fx_ui *f = menu_fixture(&host, 1280, 800, false);
    if (!f)
        return;
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.screen, SCR_SCENARIOS);
    int idx = -1;
    for (int i = 0; i < f->u.nscen; i++)
        if (!strcmp(f->u.scen[i].id, "baku1920"))
            idx = i;
    CHECK(idx >= 0);
    if (idx < 0) {
        fx_ui_free(f);
        return;
    }
    ui_open_scenario(&f->u, idx);
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_SETUP);
    CHECK(f->u.goals_box.w > 0 && f->u.goals_box.h > 0);
    struct game *pg = (struct game *)play_game(f->u.pending);
    static const char *const langs[3] = { "en", "ru", "az" };
    for (int l = 0; l < 3; l++) {
        snprintf(f->u.set.lang, sizeof f->u.set.lang, "%s", langs[l]);
        ui_apply_settings(&f->u);
        f->u.gfx.rec_on = true;
        fx_frame(f);
        CHECK_EQ_INT(fx_text_overlaps(f), 0);
        int with = f->u.gfx.nrec, nobj = pg->nobj;
        pg->nobj = 0;
        fx_frame(f);
        pg->nobj = nobj;
        /* a title, two sides, objectives of two lines each, the note of more below */
        CHECK(with >= f->u.gfx.nrec + 20);
    }
    snprintf(f->u.set.lang, sizeof f->u.set.lang, "en");
    ui_apply_settings(&f->u);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_setup_goals.png");
    /* the wheel over the panel scrolls the objectives, not the options beside it */
    SDL_Rect gb = f->u.goals_box;
    wheel_at(f, gb.x + gb.w / 2, gb.y + gb.h / 2, -2);
    CHECK_EQ_INT(f->u.goals_scroll, 2);
    CHECK_EQ_INT(f->u.scroll, 0);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    wheel_at(f, gb.x + gb.w / 2, gb.y + gb.h / 2, -100);
    int total = 0;
    for (int i = 0; i < pg->nobj; i++)
        total += pg->obj[i].top && side_competes(pg, pg->obj[i].side);
    CHECK_EQ_INT(f->u.goals_scroll, total - 1); /* the last stays in sight */
    wheel_at(f, gb.x - 200, gb.y + gb.h / 2, -1);
    CHECK_EQ_INT(f->u.goals_scroll, total - 1);
    CHECK_EQ_INT(f->u.scroll, 1);
    wheel_at(f, gb.x + gb.w / 2, gb.y + gb.h / 2, 100);
    CHECK_EQ_INT(f->u.goals_scroll, 0);
    /* the computer's level, from the setup, saved with the settings */
    CHECK_EQ_INT(f->u.set.ai_level, AI_NORMAL);
    CHECK(fx_click_button(f, SET_AI));
    CHECK_EQ_INT(f->u.set.ai_level, AI_HARD);
    FILE *sf = fopen("ui-test-config/baku1920/settings.txt", "r");
    CHECK(sf != NULL);
    if (sf) {
        char buf[512] = "";
        size_t nr = fread(buf, 1, sizeof buf - 1, sf);
        buf[nr] = 0;
        fclose(sf);
        CHECK_STR_CONTAINS(buf, "ai_level=4");
    }
    fx_key(f, SDLK_RIGHT, 0); /* the focus is on the row: Right goes round to easy */
    CHECK_EQ_INT(f->u.set.ai_level, AI_EASY);
    fx_ui_free(f);

    /* presentation mode's large print on a projector: both still, nothing overlapping */
    f = menu_fixture(&host, 1920, 1080, false);
    if (!f)
        return;
    f->u.set.scale_pct = 200;
    ui_apply_settings(&f->u);
    fx_key(f, SDLK_RETURN, 0);
    ui_open_scenario(&f->u, idx);
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK(f->u.goals_box.w > 0);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_setup_goals_large.png");
    fx_ui_free(f);

    /* a window too narrow for both: the sides and options alone, centred */
    f = menu_fixture(&host, 700, 600, false);
    if (!f)
        return;
    fx_key(f, SDLK_RETURN, 0);
    ui_open_scenario(&f->u, idx);
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_SETUP);
    CHECK_EQ_INT(f->u.goals_box.w, 0);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    fx_ui_free(f);
}

/* The main menu of a window with no game offers Continue when there is a save: the newest, so
 * the autosave of the game last left. Leaving the window saves the game in play as its
 * autosave, mid-turn; Continue brings it back as it was, with its players. */
static void continue_where_left(void)
{
    struct ui_host host;
    struct fx_ui *f = menu_fixture(&host, 1280, 800, false);
    if (!f)
        return;
    f->u.focus = 0;
    CHECK_EQ_INT(menu_focus_id(&f->u), M_NEW); /* no save: New game first */
    fx_ui_free(f);

    f = start_real("examples", 3);
    if (!f)
        return;
    snprintf(f->u.save_dir, sizeof f->u.save_dir, MENU_SAVES);
    const struct game *g = ui_game(&f->u);
    int blue = side_by_id(g, "blue");
    CHECK(blue >= 0);
    f->u.ai_side[blue >= 0 ? blue : 1] = 1;
    struct cmd c = ai_next(g, game_active_side(g), AI_NORMAL);
    CHECK(c.kind != CMD_END_PHASE);
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK); /* a move in the first phase */
    uint64_t h = game_hash(ui_game(&f->u));
    int turn = ui_game(&f->u)->turn;
    ui_save_on_leave(&f->u);
    struct stat st;
    CHECK(stat(MENU_SAVES "/autosave-examples.b20save", &st) == 0);
    /* leaving it for another game saves it too: here a save of it, then one more move */
    CHECK(ui_save_game(&f->u, "before"));
    c = ai_next(ui_game(&f->u), game_active_side(ui_game(&f->u)), AI_NORMAL);
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
    uint64_t left = game_hash(ui_game(&f->u));
    CHECK(ui_load_game(&f->u, MENU_SAVES "/before.b20save"));
    CHECK(game_hash(ui_game(&f->u)) == h);
    struct play *kept = f->u.host.load(f->u.host.ctx, MENU_SAVES "/autosave-examples.b20save",
                                       "en", &(struct diag){ 0 });
    CHECK(kept && game_hash(play_game(kept)) == left);
    play_free(kept);
    remove(MENU_SAVES "/before.b20save");
    ui_save_on_leave(&f->u); /* the autosave as it was: the game at h */
    fx_ui_free(f);

    f = menu_fixture(&host, 1280, 800, true);
    if (!f)
        return;
    f->u.gfx.rec_on = true;
    fx_frame(f);
    CHECK_EQ_INT(fx_text_overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_continue.png");
    f->u.focus = 0;
    CHECK_EQ_INT(menu_focus_id(&f->u), M_CONTINUE);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 0);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    CHECK(ui_game(&f->u) && game_hash(ui_game(&f->u)) == h);
    CHECK_EQ_INT(ui_game(&f->u)->turn, turn);
    CHECK(blue >= 0 && f->u.ai_side[blue] == 1 && f->u.ai_side[1 - blue] == 0);
    fx_ui_free(f);

    /* a newest save that no longer loads: a dialog, and the menu stays */
    f = menu_fixture(&host, 1280, 800, true);
    if (!f)
        return;
    FILE *bf = fopen(MENU_SAVES "/autosave-examples.b20save", "w");
    if (bf) {
        fputs("baku1920-save 1\\nscenario examples\\n", bf);
        fclose(bf);
    }
    f->u.focus = 0;
    CHECK_EQ_INT(menu_focus_id(&f->u), M_CONTINUE);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.nerrors, 1);
    CHECK(ui_game(&f->u) == NULL);
    fx_key(f, SDLK_RETURN, 0);
    CHECK_EQ_INT(f->u.screen, SCR_MAIN);
    remove(MENU_SAVES "/autosave-examples.b20save");
    fx_ui_free(f);
}

static const struct test_case tests[] = {
    { "select_move_undo", select_move_undo },
    { "objectives_shown", objectives_shown },
    { "ai_worker_thinks_on_a_copy", ai_worker_thinks_on_a_copy },
    { "keyboard_only", keyboard_only },
    { "friendly_hex_selects_unless_forced", friendly_hex_selects_unless_forced },
    { "end_phase_button", end_phase_button },
    { "attack_through_dialog", attack_through_dialog },
    { "attack_holding_ground", attack_holding_ground },
    { "menus_by_keyboard", menus_by_keyboard },
    { "hotseat_handover", hotseat_handover },
    { "computer_turn_in_steps", computer_turn_in_steps },
    { "error_dialog_blocks_and_closes", error_dialog_blocks_and_closes },
    { "drag_pans_without_clicking", drag_pans_without_clicking },
    { "scenario_message_shown", scenario_message_shown },
    { "computer_plays_to_the_end", computer_plays_to_the_end },
    { "save_and_load_through_menus", save_and_load_through_menus },
    { "players_kept_in_saves", players_kept_in_saves },
    { "scenario_prints_in_log", scenario_prints_in_log },
    { "opening_message_shown", opening_message_shown },
    { "new_game_from_menus", new_game_from_menus },
    { "setup_shows_goals", setup_shows_goals },
    { "continue_where_left", continue_where_left },
};

int main(int argc, char **argv)
{
    int rc = harness_run(tests, (int)(sizeof tests / sizeof tests[0]), argc, argv);
    TTF_Quit();
    return rc;
}
