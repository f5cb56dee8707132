/*
 * test_classroom.c - classroom mode in the window, on a software renderer at 1920x1080 and
 * 200%: the replay player reached from the menu with the mouse, its texts never overlapping or
 * leaving the window, stepping forwards and backwards with the replay's state hashes, taking
 * command (a playable game), the history overlay's ghosts on the map, the simulation summary
 * on a small scenario, and the handouts (PNG, Markdown, HTML). Writes ui_classroom.png.
 */
#include <SDL_image.h>

#include "ai.h"
#include "harness.h"
#include "replay.h"
#include "session.h"
#include "ui_fixture.h"

static struct play_dirs pd;
static struct ui_host host;

static struct fx_ui *open_ui(void)
{
    const char *data = getenv("B20_DATA_DIR");
    play_host(&host, &pd, data && data[0] ? data : ".", NULL, 0);
    struct fx_ui *f = fx_ui_new(1920, 1080, &host);
    if (!f)
        return NULL;
    f->u.smoke = true;
    f->u.set.present = true;
    f->u.set.scale_pct = 200;
    ui_apply_settings(&f->u);
    f->u.gfx.rec_on = true;
    fx_frame(f);
    return f;
}

static bool has_hit(const struct fx_ui *f, int id)
{
    for (int i = 0; i < f->u.nhits; i++)
        if (f->u.hits[i].id == id)
            return true;
    return false;
}

static int overlaps(const struct fx_ui *f)
{
    return fx_text_overlaps(f);
}

static bool to_replay(struct fx_ui *f)
{
    if (!fx_click_button(f, M_CLASS))
        return false;
    fx_frame(f);
    if (f->u.screen != SCR_CLASS)
        return false;
    if (overlaps(f) != 0)
        return false;
    IMG_SavePNG(f->surf, "ui_class_hub.png");
    if (!fx_click_button(f, CL_REPLAY))
        return false;
    fx_frame(f);
    return f->u.cls.replaying;
}

static void replay_player(void)
{
    struct fx_ui *f = open_ui();
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(to_replay(f));
    if (!f->u.cls.replaying) {
        fx_ui_free(f);
        return;
    }
    CHECK(f->u.nerrors == 0);
    CHECK(f->u.gfx.nrec > 10);
    CHECK_EQ_INT(overlaps(f), 0);
    struct replay *r = f->u.cls.rep;
    CHECK(replay_steps(r) >= 4);
    CHECK_EQ_INT(replay_current(r), 0);
    /* forwards, with the timeline shown, then the screenshot of the classroom */
    CHECK(fx_click_button(f, RP_NEXT));
    fx_frame(f);
    CHECK_EQ_INT(replay_current(r), 1);
    struct replay_step st;
    CHECK(replay_step(r, 1, &st));
    CHECK(game_hash(ui_game(&f->u)) == st.hash);
    CHECK_EQ_INT(overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_classroom.png");
    /* a jump through the timeline, then back */
    CHECK(fx_click_button(f, RP_STEP + 3));
    fx_frame(f);
    CHECK_EQ_INT(replay_current(r), 3);
    CHECK(replay_step(r, 3, &st));
    CHECK(game_hash(ui_game(&f->u)) == st.hash);
    CHECK(fx_click_button(f, RP_PREV));
    fx_frame(f);
    CHECK_EQ_INT(replay_current(r), 2);
    CHECK(replay_step(r, 2, &st));
    CHECK(game_hash(ui_game(&f->u)) == st.hash);
    CHECK_EQ_INT(overlaps(f), 0);
    /* a click on the map changes nothing in a replay */
    uint64_t h = game_hash(ui_game(&f->u));
    fx_click_hex(f, hex_from_offset(30, 20));
    CHECK(game_hash(ui_game(&f->u)) == h);

    /* take command: every side a human; a move is accepted */
    CHECK(fx_click_button(f, RP_BRANCH));
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_BRANCH);
    CHECK_EQ_INT(overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_branch.png");
    for (int s = 0; s < MAX_SIDES; s++)
        f->u.cls.branch_ai[s] = 0;
    CHECK(fx_click_button(f, BR_GO));
    fx_frame(f);
    CHECK(!f->u.cls.replaying);
    CHECK_EQ_INT(f->u.screen, SCR_PLAY);
    CHECK(class_session(&f->u) != NULL);
    CHECK(game_hash(ui_game(&f->u)) == h);
    const struct game *g = ui_game(&f->u);
    int active = game_active_side(g);
    CHECK(active >= 0);
    struct cmd c = ai_next(g, active, AI_NORMAL);
    for (int i = 0; i < 40 && c.kind == CMD_END_PHASE; i++) {
        CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
        g = ui_game(&f->u);
        c = ai_next(g, game_active_side(g), AI_NORMAL);
    }
    CHECK(c.kind != CMD_END_PHASE);
    CHECK_EQ_INT(ui_command(&f->u, &c), CMD_OK);
    CHECK(game_hash(ui_game(&f->u)) != h);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_branched.png");

    /* history beside the game: ghosts where the replay puts the units */
    f->u.cls.ov_history = false;
    fx_frame(f);
    struct replay *hist = class_history(&f->u);
    CHECK(hist != NULL);
    static struct replay_pos pos[MAX_UNITS];
    int n = hist ? replay_positions(hist, ui_game(&f->u)->turn, pos, MAX_UNITS) : 0;
    CHECK(n > 0);
    int found = -1;
    for (int i = 0; i < n && found < 0; i++)
        if (view_hex_visible(&f->u.view, pos[i].pos))
            found = i;
    CHECK(found >= 0);
    if (found >= 0) {
        view_center_on(&f->u.view, pos[found].pos, true);
        fx_frame(f);
        float cx, cy;
        view_hex_center(&f->u.view, pos[found].pos, &cx, &cy);
        float rad = (float)(f->u.view.zoom * 0.78);
        int px = (int)(cx + rad * 0.97f * SDL_cosf(0.26f)), py = (int)(cy + rad * 0.97f *
                                                                        SDL_sinf(0.26f));
        uint32_t before = fx_pixel(f, px, py);
        fx_key(f, SDLK_y, 0);
        CHECK(f->u.cls.ov_history);
        fx_frame(f);
        uint32_t after = fx_pixel(f, px, py);
        CHECK(before != after);
        IMG_SavePNG(f->surf, "ui_history.png");
    }
    CHECK_EQ_INT(overlaps(f), 0);

    /* handouts */
    char png[700], md[700], html[700];
    CHECK(class_export_png(&f->u, png, sizeof png));
    SDL_Surface *img = IMG_Load(png);
    CHECK(img != NULL && img->w == 1920 && img->h == 1080);
    SDL_FreeSurface(img);
    CHECK(class_export_log(&f->u, md, html, sizeof md));
    FILE *fp = fopen(md, "r");
    CHECK(fp != NULL);
    if (fp) {
        char line[200] = "";
        CHECK(fgets(line, sizeof line, fp) != NULL && line[0] == '#');
        fclose(fp);
    }
    fp = fopen(html, "r");
    CHECK(fp != NULL);
    if (fp) {
        char buf[400] = "";
        size_t k = fread(buf, 1, sizeof buf - 1, fp);
        buf[k] = 0;
        CHECK_STR_CONTAINS(buf, "<html");
        fclose(fp);
    }
    CHECK_EQ_INT(f->u.nerrors, 0);
    fx_ui_free(f);
}

static void simulation_summary(void)
{
    struct fx_ui *f = open_ui();
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(fx_click_button(f, M_CLASS));
    fx_frame(f);
    int dash = -1;
    for (int i = 0; i < f->u.nscen; i++)
        if (!strcmp(f->u.scen[i].id, "train_dash"))
            dash = i;
    CHECK(dash >= 0);
    if (dash < 0) {
        fx_ui_free(f);
        return;
    }
    CHECK(class_sim_start(&f->u, f->u.scen[dash].dir, 3));
    ui_push(&f->u, SCR_SIM);
    ui_draw(&f->u); /* the progress screen before any game is played */
    CHECK(f->u.cls.sim_running);
    CHECK_EQ_INT(f->u.cls.sim_done, 0);
    CHECK_EQ_INT(overlaps(f), 0);
    for (int i = 0; i < 20000 && f->u.cls.sim_running; i++)
        class_sim_step(&f->u, 0.05);
    CHECK(!f->u.cls.sim_running);
    CHECK_EQ_INT(f->u.cls.sim_done, 3);
    fx_frame(f);
    CHECK_EQ_INT(overlaps(f), 0);
    int wins = 0;
    for (int i = 0; i < 3; i++)
        wins += f->u.cls.sim[i].winner >= 0;
    /* the charts: the first side's colour is drawn in the wins chart */
    uint32_t want = f->u.cls.sim_color[0];
    int hits = 0;
    for (int y = 0; y < 1080; y += 3)
        for (int x = 0; x < 960; x += 3)
            hits += (fx_pixel(f, x, y) >> 8) == (want >> 8);
    CHECK(hits > 0 || wins == 0);
    IMG_SavePNG(f->surf, "ui_simulation.png");
    /* Red Bridge has a third side, the map outside play: the charts leave it out */
    int bridge = -1;
    for (int i = 0; i < f->u.nscen; i++)
        if (!strcmp(f->u.scen[i].id, "red_bridge"))
            bridge = i;
    CHECK(bridge >= 0);
    if (bridge >= 0 && class_sim_start(&f->u, f->u.scen[bridge].dir, 1)) {
        for (int i = 0; i < 20000 && f->u.cls.sim_running; i++)
            class_sim_step(&f->u, 0.05);
        CHECK_EQ_INT(f->u.cls.sim_done, 1);
        CHECK_EQ_INT(f->u.cls.sim_nsides, 2);
        CHECK_EQ_INT(f->u.cls.sim_index[2], -1);
        CHECK(f->u.cls.sim[0].winner >= -1 && f->u.cls.sim[0].winner < 2);
        CHECK(f->u.cls.sim_nms >= 3); /* bridge crossed, treaty, the line held or not... */
        fx_frame(f);
        CHECK_EQ_INT(overlaps(f), 0);
        IMG_SavePNG(f->surf, "ui_simulation_bridge.png");
    }
    /* cancel: a new run stopped after its first frame */
    f->u.smoke = false;
    CHECK(class_sim_start(&f->u, f->u.scen[dash].dir, 10));
    ui_draw(&f->u);
    CHECK(fx_click_button(f, SIM_CANCEL));
    CHECK(!f->u.cls.sim_running && f->u.cls.sim_cancelled);
    CHECK_EQ_INT(f->u.nerrors, 0);
    fx_ui_free(f);
}

/* Every step of the replay, in every language, with and without the timeline and in high
 * contrast: the interface's texts never overlap or leave the window. */
static void every_step_every_language(void)
{
    static const char *const langs[3] = { "en", "ru", "az" };
    for (int l = 0; l < 3; l++) {
        struct fx_ui *f = open_ui();
        CHECK(f != NULL);
        if (!f)
            return;
        snprintf(f->u.set.lang, sizeof f->u.set.lang, "%s", langs[l]);
        f->u.set.contrast = l == 2;
        ui_apply_settings(&f->u);
        fx_frame(f);
        CHECK(to_replay(f));
        if (!f->u.cls.replaying) {
            fx_ui_free(f);
            return;
        }
        int n = replay_steps(f->u.cls.rep);
        for (int k = 0; k < n; k++) {
            CHECK(class_goto(&f->u, k));
            f->u.cls.timeline = (k % 2) == 0;
            fx_frame(f);
            int bad = overlaps(f);
            if (bad)
                fprintf(stderr, "lang %s step %d\n", langs[l], k + 1);
            CHECK_EQ_INT(bad, 0);
        }
        if (l == 1)
            IMG_SavePNG(f->surf, "ui_classroom_ru.png");
        CHECK_EQ_INT(f->u.nerrors, 0);
        fx_ui_free(f);
    }
}

/* The what-if options (historical value marked, the note shown) and the sources and
 * perspectives pages, reached from the Classroom screen, readable at 200%. */
static void options_and_pages(void)
{
    struct fx_ui *f = open_ui();
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(fx_click_button(f, M_CLASS));
    fx_frame(f);
    CHECK(fx_click_button(f, CL_SETUP));
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_SETUP);
    CHECK(f->u.pending != NULL);
    /* focus the first option: its value carries the historical mark */
    const struct session_option *o;
    int no = f->u.pending ? play_options(f->u.pending, &o) : 0;
    CHECK(no > 0);
    for (int i = 0; i < 30 && menu_focus_id(&f->u) != SET_OPT; i++)
        fx_key(f, SDLK_DOWN, 0);
    CHECK_EQ_INT(menu_focus_id(&f->u), SET_OPT);
    fx_frame(f);
    CHECK_EQ_INT(overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_whatif.png");
    /* the last option is reached with the mouse alone: the arrow beside the list */
    for (int i = 0; i < 20 && !has_hit(f, SET_OPT + no - 1); i++) {
        CHECK(fx_click_button(f, LIST_DOWN));
        fx_frame(f);
    }
    CHECK(has_hit(f, SET_OPT + no - 1));
    CHECK(has_hit(f, SET_START)); /* Start stays in sight */
    CHECK_EQ_INT(overlaps(f), 0);
    int last = f->u.opts[no - 1].value;
    CHECK(fx_click_button(f, SET_OPT + no - 1));
    CHECK(f->u.opts[no - 1].value != last);
    f->u.opts[no - 1].value = last;
    for (int i = 0; i < 20 && !has_hit(f, SET_OPT); i++) {
        CHECK(fx_click_button(f, LIST_UP));
        fx_frame(f);
    }
    CHECK(has_hit(f, SET_OPT));
    for (int i = 0; i < 30 && menu_focus_id(&f->u) != SET_OPT; i++)
        fx_key(f, SDLK_UP, 0);
    CHECK_EQ_INT(menu_focus_id(&f->u), SET_OPT);
    fx_key(f, SDLK_RIGHT, 0); /* away from history, then back */
    CHECK(f->u.opts[0].value != o[0].def);
    fx_key(f, SDLK_LEFT, 0);
    CHECK(f->u.opts[0].value == o[0].def);
    fx_key(f, SDLK_ESCAPE, 0);
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_CLASS);
    CHECK(fx_click_button(f, CL_PERSP));
    fx_frame(f);
    CHECK_EQ_INT(f->u.screen, SCR_PAGES);
    CHECK_EQ_INT(f->u.pages_which, PAGES_PERSPECTIVES);
    CHECK(f->u.pages_play != NULL);
    CHECK_EQ_INT(overlaps(f), 0);
    IMG_SavePNG(f->surf, "ui_perspectives.png");
    CHECK(fx_click_button(f, PG_TAB + PAGES_SOURCES));
    fx_frame(f);
    CHECK_EQ_INT(overlaps(f), 0);
    fx_key(f, SDLK_ESCAPE, 0);
    CHECK_EQ_INT(f->u.screen, SCR_CLASS);
    CHECK(f->u.pages_play == NULL);
    CHECK_EQ_INT(f->u.nerrors, 0);
    fx_ui_free(f);
}

static const struct test_case tests[] = {
    { "options_and_pages", options_and_pages },
    { "every_step_every_language", every_step_every_language },
    { "replay_player", replay_player },
    { "simulation_summary", simulation_summary },
};

HARNESS_MAIN(tests)
