/*
 * menu.c - every screen but the map: main menu, scenario list, side and option setup, game
 * options, help, save and load, briefing pages, hotseat hand-over, the victory screen, and
 * the dialogs over everything (errors, scenario messages). Also the two widgets they share.
 *
 * Each list screen is described once by items() - labels, values, enabled flags, ids - and
 * both drawing and the keyboard use that description, so every action is reachable by mouse
 * and by keyboard alike (Up/Down, Left/Right to change a value, Enter, Esc).
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

#include "ui.h"

#include "ai.h" /* ai_level_name */
#include "session.h" /* session_peek: what a save holds */

#define MAX_ITEMS 64

struct item {
    char label[300];
    char value[200];
    bool enabled;
    int id;
};


static const int scales[] = { 75, 100, 125, 150, 175, 200, 250, 300 };
static const char *const langs[] = { "en", "ru", "az" };

/* ====================================================================== widgets */

void widget_panel(struct ui *u, SDL_Rect r, bool blk)
{
    struct gfx *gx = &u->gfx;
    gfx_round_rect(gx, (float)r.x + 4, (float)r.y + 6, (float)r.w, (float)r.h, 10, 0x00000080u);
    gfx_round_rect(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, 10,
                   u->set.contrast ? 0xffffffffu : 0x46525effu);
    gfx_round_rect(gx, (float)r.x + 2, (float)r.y + 2, (float)r.w - 4, (float)r.h - 4, 9,
                   u->set.contrast ? 0x000000ffu : UI_PANEL);
    if (blk && u->nblocks < UI_MAX_BLOCKS)
        u->blocks[u->nblocks++].r = r;
}

bool widget_button(struct ui *u, SDL_Rect r, const char *label, bool enabled, bool focused,
                   int id)
{
    struct gfx *gx = &u->gfx;
    SDL_Point m = { u->mouse_x, u->mouse_y };
    bool hot = u->mouse_in && SDL_PointInRect(&m, &r);
    if (hot)
        u->hot_id = id;
    if (u->nhits < (int)(sizeof u->hits / sizeof u->hits[0]))
        u->hits[u->nhits++] = (struct ui_button_hit){ r, id };
    uint32_t bg = !enabled ? 0x2b3138ffu : focused ? 0x0072b2ffu : hot ? 0x4a5866ffu : UI_PANEL2;
    if (u->set.contrast)
        bg = !enabled ? 0x202020ffu : focused ? 0x0050a0ffu : hot ? 0x404040ffu : 0x101010ffu;
    gfx_round_rect(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, (float)r.h * 0.2f, bg);
    if (focused || u->set.contrast)
        gfx_frame(gx, (float)r.x, (float)r.y, (float)r.w, (float)r.h, focused ? 2.0f : 1.0f,
                  focused ? 0xffe14dffu : 0xffffffffu);
    int fs = ui_px(u, 15);
    if (r.h < fs + 6)
        fs = r.h - 6;
    uint32_t fg = enabled ? UI_TEXT : 0x6d7882ffu;
    gfx_clip(gx, &r);
    int w, h;
    gfx_text_size(gx, fs, true, label, &w, &h);
    while (w > r.w - 8 && fs > 9) {
        fs--;
        gfx_text_size(gx, fs, true, label, &w, &h);
    }
    if (w > r.w - 8)
        gfx_text(gx, fs, true, (float)r.x + 6, (float)r.y + (float)r.h / 2, label, fg, GFX_MIDDLE);
    else
        gfx_text(gx, fs, true, (float)r.x + (float)r.w / 2, (float)r.y + (float)r.h / 2, label, fg,
                 GFX_CENTER | GFX_MIDDLE);
    gfx_clip(gx, NULL);
    SDL_Point c = { u->click_x, u->click_y };
    if (u->click && enabled && SDL_PointInRect(&c, &r)) {
        u->click = false;
        return true;
    }
    return false;
}

/* ====================================================================== saves on disk */

static int cmp_mtime_desc(const void *a, const void *b)
{
    const long *x = a, *y = b;
    return (x[0] < y[0]) - (x[0] > y[0]);
}

static void load_scenarios(struct ui *u);

/* The index in the scenario list (read now if it has not been) of scenario `id`, or -1. */
static int scenario_index(struct ui *u, const char *id)
{
    if (!u->scen)
        load_scenarios(u);
    for (int i = 0; i < u->nscen; i++)
        if (!strcmp(u->scen[i].id, id))
            return i;
    return -1;
}

/* What a save holds, for the lists: its scenario's title and its turn ("The Coast Line
 * (example), turn 3"); "" when the file does not say. */
static void save_summary(struct ui *u, const char *name, char *out, size_t n)
{
    char path[800], id[ID_LEN];
    int turn;
    out[0] = 0;
    snprintf(path, sizeof path, "%s/%s", u->save_dir, name);
    if (!session_peek(path, id, &turn))
        return;
    int k = scenario_index(u, id);
    snprintf(out, n, ui_tr(u, "menu.continue_what"), k >= 0 ? u->scen[k].title : id, turn + 1);
}

void ui_list_saves(struct ui *u)
{
    u->nsaves = 0;
    u->load_delete = false;
    u->delete_armed = -1;
    DIR *d = opendir(u->save_dir);
    if (!d)
        return;
    long keyed[UI_MAX_SAVES][2];
    char names[UI_MAX_SAVES][256];
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d)) && n < UI_MAX_SAVES) {
        size_t len = strlen(e->d_name);
        if (len < 9 || strcmp(e->d_name + len - 8, ".b20save") != 0 || len >= 256)
            continue;
        char path[800];
        snprintf(path, sizeof path, "%s/%s", u->save_dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        snprintf(names[n], sizeof names[n], "%s", e->d_name);
        keyed[n][0] = (long)st.st_mtime;
        keyed[n][1] = n;
        n++;
    }
    closedir(d);
    qsort(keyed, (size_t)n, sizeof keyed[0], cmp_mtime_desc);
    for (int i = 0; i < n; i++) {
        snprintf(u->saves[i], sizeof u->saves[i], "%s", names[keyed[i][1]]);
        save_summary(u, u->saves[i], u->save_info[i], sizeof u->save_info[i]);
        time_t t = (time_t)keyed[i][0];
        struct tm tm;
        if (!localtime_r(&t, &tm) ||
            !strftime(u->save_when[i], sizeof u->save_when[i], "%Y-%m-%d %H:%M", &tm))
            u->save_when[i][0] = 0;
    }
    u->nsaves = n;
}

/* A save as its row in the lists shows it: the name without .b20save, then what it holds and
 * when it was written. */
static void save_row(const struct ui *u, int i, char *label, size_t nl, char *value, size_t nv)
{
    size_t len = strlen(u->saves[i]);
    snprintf(label, nl, "%.*s", (int)(len > 8 ? len - 8 : len), u->saves[i]);
    snprintf(value, nv, "%.150s%s%.23s", u->save_info[i], u->save_info[i][0] ? " \u00b7 " : "",
             u->save_when[i]);
}

/* In the load screen's delete mode: the first choice of a save arms it, the second deletes
 * the file (a failure is a dialog naming it) and lists the saves again. */
static void delete_save(struct ui *u, int i)
{
    if (i < 0 || i >= u->nsaves)
        return;
    if (u->delete_armed != i) {
        u->delete_armed = i;
        return;
    }
    char path[800], name[256];
    snprintf(name, sizeof name, "%s", u->saves[i]);
    snprintf(path, sizeof path, "%s/%s", u->save_dir, name);
    if (remove(path) != 0) {
        char why[1000];
        snprintf(why, sizeof why, "%s: %s", path, strerror(errno));
        ui_error(u, ui_tr(u, "err.delete"), why);
        u->delete_armed = -1;
        return;
    }
    u->newest_known = false;
    ui_list_saves(u);
    u->load_delete = u->nsaves > 0; /* stay in delete mode while there is more to delete */
    char msg[400];
    snprintf(msg, sizeof msg, ui_tr(u, "load.deleted"), name);
    ui_toast(u, msg);
    if (u->focus >= u->nsaves)
        u->focus = u->nsaves > 0 ? u->nsaves - 1 : 0;
}

/* ====================================================================== scenario setup */

void ui_open_scenario(struct ui *u, int index)
{
    if (index < 0 || index >= u->nscen || !u->host.open)
        return;
    struct diag d;
    diag_clear(&d);
    play_free(u->pending);
    u->pending = u->host.open(u->host.ctx, u->scen[index].dir, NULL, 0, u->seed, u->set.lang, &d);
    if (!u->pending) {
        char buf[1024];
        diag_format(&d, buf, (int)sizeof buf);
        ui_error(u, ui_tr(u, "err.scenario"), buf);
        return;
    }
    snprintf(u->pending_dir, sizeof u->pending_dir, "%s", u->scen[index].dir);
    const struct session_option *o;
    int no = play_options(u->pending, &o);
    u->nopts = 0;
    for (int i = 0; i < no && i < SESSION_MAX_OPTIONS; i++) {
        snprintf(u->opts[i].id, sizeof u->opts[i].id, "%s", o[i].id);
        u->opts[i].value = o[i].value;
        u->nopts++;
    }
    const struct game *g = play_game(u->pending);
    u->goals_scroll = 0;
    memset(u->ai_side, 0, sizeof u->ai_side);
    /* default: the recommended side is human, the others the computer when there is one */
    for (int s = 0; s < g->nsides; s++) {
        bool rec = strcmp(g->sides[s].id, u->scen[index].recommended_side) == 0;
        u->ai_side[s] = (!rec || !(g->sides[s].flags & SIDE_PLAYABLE)) ? 1 : 0;
    }
    ui_push(u, SCR_SETUP);
}

void ui_begin_setup_game(struct ui *u)
{
    if (!u->pending)
        return;
    const struct session_option *o;
    int no = play_options(u->pending, &o);
    bool changed = false;
    for (int i = 0; i < no && i < u->nopts; i++)
        changed |= o[i].value != u->opts[i].value;
    struct play *p = u->pending;
    u->pending = NULL;
    if (changed) {
        play_free(p);
        struct diag d;
        diag_clear(&d);
        p = u->host.open(u->host.ctx, u->pending_dir, u->opts, u->nopts, u->seed, u->set.lang, &d);
        if (!p) {
            char buf[1024];
            diag_format(&d, buf, (int)sizeof buf);
            ui_error(u, ui_tr(u, "err.scenario"), buf);
            return;
        }
    }
    ui_start_play(u, p, NULL); /* the players chosen on this screen */
    const struct session_page *pg;
    if (play_pages(u->play, PAGES_BRIEFING, &pg) > 0 && !u->smoke) {
        u->pages_which = PAGES_BRIEFING;
        u->page = 0;
        ui_push(u, SCR_PAGES);
    }
}

static void load_scenarios(struct ui *u)
{
    u->preview_index = -1; /* the list may have changed order or language */
    if (!u->scen)
        u->scen = calloc(UI_MAX_SCENARIOS, sizeof *u->scen);
    u->nscen = u->scen && u->host.list ? u->host.list(u->host.ctx, u->set.lang, u->scen,
                                                      UI_MAX_SCENARIOS) : 0;
    if (u->nscen < 0)
        u->nscen = 0;
}

/* ====================================================================== items per screen */

/* The newest save, and what Continue says of it: its scenario's title and its turn (read from
 * the file's scenario and turn lines), or the file's name when it does not say. */
static void find_newest(struct ui *u)
{
    ui_list_saves(u);
    snprintf(u->newest, sizeof u->newest, "%s", u->nsaves > 0 ? u->saves[0] : "");
    u->newest_known = true;
    u->newest_label[0] = 0;
    if (u->nsaves > 0 && u->save_info[0][0])
        snprintf(u->newest_label, sizeof u->newest_label, "%s", u->save_info[0]);
    else if (u->nsaves > 0) /* the file's name, without .b20save */
        snprintf(u->newest_label, sizeof u->newest_label, "%.*s",
                 (int)(strlen(u->newest) > 8 && strlen(u->newest) < 190 ? strlen(u->newest) - 8
                                                                         : 180), u->newest);
}

static void ai_level_value(const struct ui *u, char *out, size_t n)
{
    char key[24];
    snprintf(key, sizeof key, "ai.%s", ai_level_name(u->set.ai_level));
    snprintf(out, n, "%s", ui_tr(u, key));
}

static int items(struct ui *u, struct item *it)
{
    int n = 0;
#define ADD(ID, EN, ...)                                                       \
    do {                                                                       \
        it[n].id = (ID);                                                       \
        it[n].enabled = (EN);                                                  \
        it[n].value[0] = 0;                                                    \
        snprintf(it[n].label, sizeof it[n].label, __VA_ARGS__);                \
        n++;                                                                   \
    } while (0)
    const struct game *g = ui_game(u);
    switch (u->screen) {
    case SCR_MAIN: {
        bool in_game = g && !g->result.over;
        if (g)
            ADD(M_RESUME, true, "%s", ui_tr(u, "menu.resume"));
        if (!g && u->host.load) { /* the newest save, often the autosave of the last game */
            if (!u->newest_known)
                find_newest(u);
            if (u->newest[0]) {
                ADD(M_CONTINUE, true, "%s", ui_tr(u, "menu.continue"));
                snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s", u->newest_label);
            }
        }
        ADD(M_NEW, u->host.list != NULL, "%s", ui_tr(u, "menu.new"));
        ADD(M_LOAD, u->host.load != NULL, "%s", ui_tr(u, "menu.load"));
        if (g)
            ADD(M_SAVE, in_game, "%s", ui_tr(u, "menu.save"));
        if (g)
            ADD(M_BRIEF, true, "%s", ui_tr(u, "menu.briefing"));
        ADD(M_CLASS, true, "%s", ui_tr(u, "menu.classroom"));
        ADD(M_OPTIONS, true, "%s", ui_tr(u, "menu.options"));
        ADD(M_HELP, true, "%s", ui_tr(u, "menu.help"));
        ADD(M_QUIT, true, "%s", ui_tr(u, "menu.quit"));
        break;
    }
    case SCR_SCENARIOS:
        for (int i = 0; i < u->nscen && n < MAX_ITEMS - 1; i++)
            ADD(SC_BASE + i, true, "%s", u->scen[i].title);
        ADD(BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    case SCR_SETUP: {
        const struct game *pg = u->pending ? play_game(u->pending) : NULL;
        for (int s = 0; pg && s < pg->nsides; s++) {
            if (!(pg->sides[s].flags & SIDE_PLAYABLE))
                continue;
            ADD(SET_SIDE + s, true, "%s", play_text(u->pending,
                                                                        pg->sides[s].name));
            snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                     ui_tr(u, u->ai_side[s] ? "setup.computer" : "setup.human"));
        }
        if (pg) { /* how well the computer plays its sides (the setting in Options too) */
            ADD(SET_AI, true, "%s", ui_tr(u, "opt.ai"));
            ai_level_value(u, it[n - 1].value, sizeof it[n - 1].value);
        }
        const struct session_option *o;
        int no = u->pending ? play_options(u->pending, &o) : 0;
        for (int i = 0; i < no && i < u->nopts && n < MAX_ITEMS - 2; i++) {
            ADD(SET_OPT + i, true, "%s", play_text(u->pending, o[i].name));
            const char *hist = u->opts[i].value == o[i].def ? ui_tr(u, "setup.historical") : "";
            const char *sp = hist[0] ? " " : "";
            if (o[i].min == 0 && o[i].max == 1)
                snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s%s%s",
                         ui_tr(u, u->opts[i].value ? "opt.on" : "opt.off"), sp, hist);
            else
                snprintf(it[n - 1].value, sizeof it[n - 1].value, "%d%s%s", u->opts[i].value, sp,
                         hist);
        }
        ADD(SET_START, u->pending != NULL, "%s", ui_tr(u, "setup.start"));
        ADD(SET_BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    }
    case SCR_OPTIONS:
        ADD(OPT_SCALE, true, "%s", ui_tr(u, "opt.scale"));
        snprintf(it[n - 1].value, sizeof it[n - 1].value, "%d%%", u->set.scale_pct);
        ADD(OPT_FULL, u->win != NULL, "%s", ui_tr(u, "opt.fullscreen"));
        snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                 ui_tr(u, u->set.fullscreen ? "opt.on" : "opt.off"));
        ADD(OPT_ANIM, true, "%s", ui_tr(u, "opt.anim"));
        {
            static const char *const sp[4] = { "opt.anim_off", "opt.anim_slow", "opt.anim_normal",
                                               "opt.anim_fast" };
            snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                     ui_tr(u, sp[u->set.anim_speed]));
        }
        ADD(OPT_AI, true, "%s", ui_tr(u, "opt.ai"));
        ai_level_value(u, it[n - 1].value, sizeof it[n - 1].value);
        ADD(OPT_LANG, true, "%s", ui_tr(u, "opt.lang"));
        {
            char key[24];
            snprintf(key, sizeof key, "lang.%s", u->set.lang);
            snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s", ui_tr(u, key));
        }
        ADD(OPT_CONTRAST, true, "%s", ui_tr(u, "opt.contrast"));
        snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                 ui_tr(u, u->set.contrast ? "opt.on" : "opt.off"));
        ADD(OPT_PRESENT, true, "%s", ui_tr(u, "opt.present"));
        snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                 ui_tr(u, u->set.present ? "opt.on" : "opt.off"));
        ADD(OPT_EDGE, true, "%s", ui_tr(u, "opt.edge"));
        snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                 ui_tr(u, u->set.edge_pan ? "opt.on" : "opt.off"));
        ADD(OPT_BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    case SCR_SAVE:
        ADD(SV_NEW, u->save_name[0] != 0, "%s: %s_", ui_tr(u, "save.new"), u->save_name);
        for (int i = 0; i < u->nsaves && n < MAX_ITEMS - 1; i++) {
            ADD(SV_BASE + i, true, "%s", "");
            save_row(u, i, it[n - 1].label, sizeof it[n - 1].label, it[n - 1].value,
                     sizeof it[n - 1].value);
        }
        ADD(BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    case SCR_LOAD:
        for (int i = 0; i < u->nsaves && n < MAX_ITEMS - 2; i++) {
            ADD(LD_BASE + i, true, "%s", "");
            save_row(u, i, it[n - 1].label, sizeof it[n - 1].label, it[n - 1].value,
                     sizeof it[n - 1].value);
            if (u->load_delete)
                snprintf(it[n - 1].value, sizeof it[n - 1].value, "%s",
                         ui_tr(u, u->delete_armed == i ? "load.confirm" : "load.delete_row"));
        }
        if (u->nsaves > 0)
            ADD(LD_DELETE, true, "%s", ui_tr(u, u->load_delete ? "load.delete_done" :
                                                                   "load.delete"));
        ADD(BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    case SCR_HELP:
        ADD(BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    case SCR_HANDOVER:
        ADD(HAND_GO, true, "%s", ui_tr(u, "hand.go"));
        break;
    case SCR_VICTORY:
        ADD(VIC_MAP, true, "%s", ui_tr(u, "vic.map"));
        ADD(VIC_MENU, true, "%s", ui_tr(u, "vic.menu"));
        ADD(VIC_AGAIN, u->host.open != NULL && u->host.list != NULL, "%s", ui_tr(u, "vic.again"));
        ADD(VIC_LOG, class_session(u) != NULL, "%s", ui_tr(u, "class.log"));
        break;
    case SCR_PAGES:
        ADD(PG_PREV, u->page > 0, "%s", ui_tr(u, "page.prev"));
        ADD(PG_NEXT, true, "%s", ui_tr(u, "page.next"));
        ADD(BACK, true, "%s", ui_tr(u, "menu.back"));
        break;
    default:
        break;
    }
#undef ADD
    return n;
}

static void default_save_name(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g)
        return;
    snprintf(u->save_name, sizeof u->save_name, "%.20s-turn%02d",
             g->scenario_id[0] ? g->scenario_id : "game", g->turn + 1);
}

static int npages(const struct ui *u)
{
    const struct session_page *p;
    const struct play *pp = u->pages_play ? u->pages_play : u->play;
    return pp ? play_pages(pp, u->pages_which, &p) : 0;
}

/* The finished game's scenario set up again, with its players and options, the setup screen
 * over the main menu. */
static void play_again(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g)
        return;
    load_scenarios(u); /* afresh: the scenario may have been added since */
    int idx = scenario_index(u, g->scenario_id);
    if (idx < 0) {
        ui_error(u, ui_tr(u, "err.scenario"), g->scenario_id);
        return;
    }
    uint8_t ai[MAX_SIDES];
    memcpy(ai, u->ai_side, sizeof ai);
    const struct session_option *o;
    int no = play_options(u->play, &o);
    struct option_kv kept[SESSION_MAX_OPTIONS];
    for (int i = 0; i < no && i < SESSION_MAX_OPTIONS; i++) {
        snprintf(kept[i].id, sizeof kept[i].id, "%s", o[i].id);
        kept[i].value = o[i].value;
    }
    u->nback = 0;
    u->screen = SCR_MAIN;
    ui_open_scenario(u, idx);
    if (u->screen != SCR_SETUP)
        return;
    memcpy(u->ai_side, ai, sizeof ai);
    for (int j = 0; j < u->nopts; j++)
        for (int i = 0; i < no && i < SESSION_MAX_OPTIONS; i++)
            if (!strcmp(u->opts[j].id, kept[i].id))
                u->opts[j].value = kept[i].value;
}

/* Whether Left/Right change the item's value: a setting, a side's player, an option; never a
 * save, a load or a command, which only Enter or a click carries out. */
static bool adjustable(int id)
{
    return (id >= SET_SIDE && id < SET_SIDE + MAX_SIDES) ||
           (id >= SET_OPT && id < SET_OPT + SESSION_MAX_OPTIONS) || id == SET_AI ||
           (id >= OPT_SCALE && id < OPT_BACK) || id == OPT_PRESENT;
}

/* dir: 0 activate (Enter/click), -1/+1 change a value (Left/Right) */
static void activate(struct ui *u, int id, int dir)
{
    switch (id) {
    case M_RESUME: u->nback = 0; u->screen = SCR_PLAY; return;
    case M_NEW: load_scenarios(u); u->scen_sel = 0; ui_push(u, SCR_SCENARIOS); return;
    case M_LOAD: ui_list_saves(u); ui_push(u, SCR_LOAD); return;
    case M_CONTINUE: {
        char path[800];
        snprintf(path, sizeof path, "%s/%s", u->save_dir, u->newest);
        u->newest_known = false; /* a save that fails to load is looked for again */
        ui_load_game(u, path);
        return;
    }
    case M_SAVE: ui_list_saves(u); default_save_name(u); ui_push(u, SCR_SAVE); return;
    case M_BRIEF: u->pages_which = PAGES_BRIEFING; u->page = 0; ui_push(u, SCR_PAGES); return;
    case M_OPTIONS: ui_push(u, SCR_OPTIONS); return;
    case M_HELP: ui_push(u, SCR_HELP); return;
    case M_CLASS: load_scenarios(u); ui_push(u, SCR_CLASS); return;
    case OPT_PRESENT: u->set.present = !u->set.present; return;
    case M_QUIT: u->quit = true; return;
    case BACK: case SET_BACK: ui_pop(u); return;
    case OPT_BACK: ui_settings_save(u); ui_pop(u); return;
    case SET_START: ui_begin_setup_game(u); return;
    case HAND_GO: ui_pop(u); return;
    case VIC_MAP: u->nback = 0; u->screen = SCR_PLAY; return;
    case VIC_MENU: u->nback = 0; u->screen = SCR_MAIN; return;
    case VIC_AGAIN: play_again(u); return;
    case VIC_LOG: {
        char md[700], html[700];
        class_export_log(u, md, html, sizeof md);
        return;
    }
    case PG_PREV:
        if (u->page > 0)
            u->page--;
        u->scroll = 0;
        return;
    case PG_NEXT:
        u->scroll = 0;
        if (u->page + 1 < npages(u))
            u->page++;
        else
            ui_pop(u);
        return;
    case OPT_SCALE: {
        int k = 0, ns = (int)(sizeof scales / sizeof scales[0]);
        while (k < ns - 1 && scales[k] < u->set.scale_pct)
            k++;
        k = (k + (dir < 0 ? ns - 1 : 1)) % ns;
        u->set.scale_pct = scales[k];
        ui_apply_settings(u);
        return;
    }
    case OPT_FULL: u->set.fullscreen = !u->set.fullscreen; ui_apply_settings(u); return;
    case OPT_ANIM: u->set.anim_speed = (u->set.anim_speed + (dir < 0 ? 3 : 1)) % 4; return;
    case OPT_LANG: {
        int k = 0;
        for (int i = 0; i < 3; i++)
            if (!strcmp(langs[i], u->set.lang))
                k = i;
        k = (k + (dir < 0 ? 2 : 1)) % 3;
        snprintf(u->set.lang, sizeof u->set.lang, "%s", langs[k]);
        ui_apply_settings(u);
        if (u->scen)
            load_scenarios(u);
        ui_backdrop_free(&u->backdrop); /* its names read again in the new language */
        return;
    }
    case OPT_AI:
    case SET_AI: {
        int lv = u->set.ai_level + (dir < 0 ? -1 : 1);
        if (lv >= AI_LEVEL_COUNT)
            lv = AI_EASY;
        if (lv < AI_EASY)
            lv = AI_LEVEL_COUNT - 1;
        u->set.ai_level = lv;
        if (id == SET_AI)
            ui_settings_save(u); /* the Options screen saves on leaving it */
        return;
    }
    case OPT_CONTRAST: u->set.contrast = !u->set.contrast; return;
    case OPT_EDGE: u->set.edge_pan = !u->set.edge_pan; return;
    case SV_NEW:
        if (u->save_name[0] && ui_save_game(u, u->save_name))
            ui_pop(u);
        return;
    default:
        break;
    }
    if (id >= SC_BASE && id < SC_BASE + UI_MAX_SCENARIOS) {
        ui_open_scenario(u, id - SC_BASE);
    } else if (id >= SET_SIDE && id < SET_SIDE + MAX_SIDES) {
        u->ai_side[id - SET_SIDE] ^= 1;
    } else if (id >= SET_OPT && id < SET_OPT + SESSION_MAX_OPTIONS && u->pending) {
        const struct session_option *o;
        int no = play_options(u->pending, &o), i = id - SET_OPT;
        if (i < no) {
            int v = u->opts[i].value + (dir < 0 ? -1 : 1);
            if (v > o[i].max)
                v = o[i].min;
            if (v < o[i].min)
                v = o[i].max;
            u->opts[i].value = v;
        }
    } else if (id >= SV_BASE && id < SV_BASE + UI_MAX_SAVES) {
        char name[256];
        snprintf(name, sizeof name, "%s", u->saves[id - SV_BASE]);
        if (ui_save_game(u, name))
            ui_pop(u);
    } else if (id == LD_DELETE) {
        u->load_delete = !u->load_delete;
        u->delete_armed = -1;
    } else if (id >= LD_BASE && id < LD_BASE + UI_MAX_SAVES && u->load_delete) {
        delete_save(u, id - LD_BASE);
    } else if (id >= LD_BASE && id < LD_BASE + UI_MAX_SAVES) {
        char path[800];
        snprintf(path, sizeof path, "%s/%s", u->save_dir, u->saves[id - LD_BASE]);
        ui_load_game(u, path);
    } else if (id >= PG_TAB && id < PG_TAB + 4) {
        u->pages_which = id - PG_TAB;
        u->page = 0;
    }
}

int menu_focus_id(struct ui *u)
{
    struct item it[MAX_ITEMS];
    int n = items(u, it);
    return u->focus >= 0 && u->focus < n ? it[u->focus].id : -1;
}

/* ====================================================================== keys */

bool dialog_key(struct ui *u, SDL_Keycode k)
{
    if (u->nerrors > 0) {
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_ESCAPE || k == SDLK_SPACE) {
            memmove(u->err_title[0], u->err_title[1], sizeof u->err_title[0] *
                    (size_t)(UI_MAX_ERRORS - 1));
            memmove(u->err_text[0], u->err_text[1], sizeof u->err_text[0] *
                    (size_t)(UI_MAX_ERRORS - 1));
            u->nerrors--;
        }
        return true;
    }
    if (ui_message_up(u)) {
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_ESCAPE || k == SDLK_SPACE)
            u->message[0] = 0;
        return true;
    }
    if (u->atk_open && u->screen == SCR_PLAY) {
        if (k == SDLK_ESCAPE)
            u->atk_open = false;
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_a || k == SDLK_SPACE)
            ui_attack_commit(u);
        else if (k >= SDLK_1 && k <= SDLK_8 && (int)(k - SDLK_1) < u->atk_ncand)
            u->atk_on[k - SDLK_1] = !u->atk_on[k - SDLK_1];
        else if (k == SDLK_h)
            u->atk_hold = !u->atk_hold;
        return true;
    }
    return false;
}

bool menu_key(struct ui *u, SDL_Keycode k, Uint16 mod)
{
    (void)mod;
    if (u->screen == SCR_CLASS || u->screen == SCR_BRANCH || u->screen == SCR_SIM)
        return class_key(u, k);
    struct item it[MAX_ITEMS];
    int n = items(u, it);
    if (n == 0)
        return false;
    if (u->focus >= n)
        u->focus = n - 1;
    if (u->screen == SCR_SAVE && ((k >= SDLK_a && k <= SDLK_z) || (k >= SDLK_0 && k <= SDLK_9) ||
                                  k == SDLK_MINUS || k == SDLK_SPACE))
        return true; /* typed into the name (SDL_TEXTINPUT), not menu keys */
    if (u->screen == SCR_SAVE && k == SDLK_BACKSPACE) {
        size_t len = strlen(u->save_name);
        if (len)
            u->save_name[len - 1] = 0;
        return true;
    }
    if (u->screen == SCR_PAGES && (k == SDLK_LEFT || k == SDLK_RIGHT)) {
        activate(u, k == SDLK_LEFT ? PG_PREV : PG_NEXT, 0);
        u->scroll = 0;
        return true;
    }
    if ((u->screen == SCR_PAGES || u->screen == SCR_HELP) &&
        (k == SDLK_UP || k == SDLK_DOWN || k == SDLK_PAGEUP || k == SDLK_PAGEDOWN)) {
        int step = k == SDLK_PAGEUP || k == SDLK_PAGEDOWN ? 8 : 1;
        u->scroll += k == SDLK_UP || k == SDLK_PAGEUP ? -step : step;
        if (u->scroll < 0)
            u->scroll = 0;
        if (u->scroll > 200)
            u->scroll = 200;
        return true;
    }
    if (u->screen == SCR_HELP && k == SDLK_TAB) {
        u->help_tab = !u->help_tab;
        u->scroll = 0;
        return true;
    }
    if (u->screen == SCR_PAGES && k == SDLK_TAB) {
        u->pages_which = (u->pages_which + 1) % 4;
        u->page = 0;
        return true;
    }
    switch (k) {
    case SDLK_UP:
    case SDLK_w:
        for (int i = 0; i < n; i++) {
            u->focus = (u->focus + n - 1) % n;
            if (it[u->focus].enabled)
                break;
        }
        return true;
    case SDLK_DOWN:
    case SDLK_s:
    case SDLK_TAB:
        for (int i = 0; i < n; i++) {
            u->focus = (u->focus + 1) % n;
            if (it[u->focus].enabled)
                break;
        }
        return true;
    case SDLK_LEFT:
    case SDLK_RIGHT:
        if (it[u->focus].enabled && adjustable(it[u->focus].id))
            activate(u, it[u->focus].id, k == SDLK_LEFT ? -1 : 1);
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        if (it[u->focus].enabled)
            activate(u, it[u->focus].id, 0);
        return true;
    case SDLK_ESCAPE:
    case SDLK_BACKSPACE:
        if (u->screen == SCR_HANDOVER)
            return true;
        if (u->screen == SCR_OPTIONS)
            ui_settings_save(u);
        if (u->screen == SCR_MAIN && !u->play)
            return true;
        if (u->screen == SCR_VICTORY || (u->screen == SCR_MAIN && u->play)) {
            u->nback = 0;
            u->screen = SCR_PLAY;
            return true;
        }
        ui_pop(u);
        return true;
    default:
        return false;
    }
}

/* ====================================================================== drawing */

/* The first scenario's map (the main one), for the menus' backdrop: opened once, its terrain,
 * railways and chief places kept and the scenario closed again. Without it the backdrop is a
 * plain hex field. */
static void backdrop_map(struct ui *u)
{
    struct ui_backdrop *b = &u->backdrop;
    if (b->tried)
        return;
    b->tried = true;
    if (!u->host.open || !u->host.list)
        return;
    if (!u->scen)
        load_scenarios(u);
    if (u->nscen <= 0)
        return;
    struct diag d;
    diag_clear(&d);
    struct play *p = u->host.open(u->host.ctx, u->scen[0].dir, NULL, 0, 1, u->set.lang, &d);
    if (!p)
        return;
    const struct game *g = play_game(p);
    size_t n = (size_t)g->width * (size_t)g->height;
    b->terrain = malloc(n);
    b->rail = calloc(n, 1);
    if (!b->terrain || !b->rail) {
        ui_backdrop_free(b);
        b->tried = true;
        play_free(p);
        return;
    }
    b->w = g->width;
    b->h = g->height;
    for (int row = 0; row < g->height; row++)
        for (int col = 0; col < g->width; col++) {
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(g, h);
            b->terrain[row * g->width + col] = x ? x->terrain : 0;
            for (int dir = 0; dir < 3; dir++)
                if (x && map_rail_link(g, h, dir))
                    b->rail[row * g->width + col] |= (uint8_t)(1u << dir);
        }
    /* the cities, those worth most first, one name to a spot */
    static bool chosen[MAX_PLACES];
    memset(chosen, 0, sizeof chosen);
    while (b->nlabels < UI_BACKDROP_LABELS) {
        int best = -1, best_v = 0;
        for (int i = 0; i < g->nplaces; i++) {
            const struct hexinfo *x = map_get(g, g->places[i].pos);
            int v = x && x->terrain == TERRAIN_CITY ? 1 + x->vp : 0;
            if (!chosen[i] && v > best_v) {
                best = i;
                best_v = v;
            }
        }
        if (best < 0)
            break;
        for (int i = 0; i < g->nplaces; i++) /* one name to a hex and its neighbours */
            chosen[i] |= hex_distance(g->places[i].pos, g->places[best].pos) <= 1;
        char key[ID_LEN + 8];
        snprintf(key, sizeof key, "place.%s", g->places[best].id);
        const char *t = play_text(p, key);
        if (!t || !t[0] || !strcmp(t, key))
            t = g->places[best].name;
        hex_to_offset(g->places[best].pos, &b->labels[b->nlabels].col,
                      &b->labels[b->nlabels].row);
        snprintf(b->labels[b->nlabels].name, sizeof b->labels[b->nlabels].name, "%s", t);
        b->nlabels++;
    }
    play_free(p);
}

static void backdrop(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    if (u->play && u->screen != SCR_SCENARIOS && u->screen != SCR_SETUP) {
        gfx_rect(gx, 0, 0, (float)gx->w, (float)gx->h, u->screen == SCR_HANDOVER ? 0x161b20ffu :
                                                                                   0x000000a0u);
        return;
    }
    backdrop_map(u);
    if (u->backdrop.terrain) {
        paint_backdrop(u, &u->backdrop);
        return;
    }
    /* a quiet hex field */
    gfx_rect(gx, 0, 0, (float)gx->w, (float)gx->h, 0x1a2026ffu);
    float r = (float)ui_px(u, 38);
    for (int row = -1; row * r * 1.5f < (float)gx->h + r; row++) {
        for (int col = -1; col * r * 1.732f < (float)gx->w + r; col++) {
            float cx = (float)col * r * 1.732f + ((row & 1) ? r * 0.866f : 0);
            float cy = (float)row * r * 1.5f;
            for (int d = 0; d < 3; d++) {
                float ax, ay, bx, by;
                view_corner(cx, cy, r, d, &ax, &ay);
                view_corner(cx, cy, r, d + 1, &bx, &by);
                gfx_line(gx, ax, ay, bx, by, 1.0f, 0x2a323bffu);
            }
        }
    }
}

static void list_screen(struct ui *u, const char *title, SDL_Rect box, struct item *it, int n,
                        int first_row_y)
{
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 18), bh = ui_px(u, 40), gap = ui_px(u, 8);
    int y = first_row_y;
    if (title)
        y += gfx_text_wrap(gx, ui_px(u, 26), true, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                           title, UI_TEXT) + gap * 2;
    int visible = (box.y + box.h - pad - y) / (bh + gap);
    if (visible < 1)
        visible = 1;
    /* a list longer than the box scrolls: the wheel, the arrow buttons at its side, or the
     * keyboard focus (which the list follows when it moves) */
    static int last_focus = -2, last_screen = -1;
    int start = u->scroll;
    if (u->focus != last_focus || u->screen != last_screen) {
        if (u->focus >= 0 && u->focus < start)
            start = u->focus;
        if (u->focus >= start + visible)
            start = u->focus - visible + 1;
        last_focus = u->focus;
        last_screen = u->screen;
    }
    if (start > n - visible)
        start = n - visible;
    if (start < 0)
        start = 0;
    int aw = 0;
    if (n > visible) {
        aw = bh + gap;
        SDL_Rect up = { box.x + box.w - pad - bh, y, bh, bh };
        SDL_Rect dn = { box.x + box.w - pad - bh, y + (visible - 1) * (bh + gap), bh, bh };
        if (widget_button(u, up, "\u25b2", start > 0, false, LIST_UP))
            start = start > 0 ? start - 1 : 0;
        if (widget_button(u, dn, "\u25bc", start + visible < n, false, LIST_DOWN))
            start = start + visible < n ? start + 1 : start;
    }
    u->scroll = start;
    for (int i = start; i < n && i < start + visible; i++) {
        SDL_Rect r = { box.x + pad, y, box.w - 2 * pad - aw, bh };
        char label[420];
        if (it[i].value[0])
            snprintf(label, sizeof label, "%s:  %s", it[i].label, it[i].value);
        else
            snprintf(label, sizeof label, "%s", it[i].label);
        if (widget_button(u, r, label, it[i].enabled, i == u->focus, it[i].id)) {
            u->focus = i;
            activate(u, it[i].id, 0);
            return;
        }
        y += bh + gap;
    }
}

/* The map legend: every terrain and symbol drawn as the map draws it, with its name. */
static void legend(struct ui *u, SDL_Rect box, int y)
{
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 18), fs = ui_px(u, 15);
    static const struct { int what; const char *key; } rows[] = {
        { TERRAIN_SEA, "terrain.sea" }, { TERRAIN_LAKE, "terrain.lake" },
        { TERRAIN_PLAIN, "terrain.plain" }, { TERRAIN_STEPPE, "terrain.steppe" },
        { TERRAIN_FOREST, "terrain.forest" }, { TERRAIN_HILLS, "terrain.hills" },
        { TERRAIN_MOUNTAINS, "terrain.mountains" }, { TERRAIN_MARSH, "terrain.marsh" },
        { TERRAIN_CITY, "terrain.city" }, { PS_STAR, "legend.vp" },
        { PS_TOWN, "legend.town" }, { PS_STATION, "legend.station" },
        { PS_PORT, "legend.port" }, { PS_OIL, "legend.oil" }, { PS_RAIL, "legend.rail" },
        { PS_ROAD, "legend.road" }, { PS_RIVER, "legend.river" }, { PS_BRIDGE, "legend.bridge" },
        { PS_CUT, "legend.cut" }, { PS_FRONT0, "legend.front0" }, { PS_FRONT1, "legend.front1" },
        { PS_SUPPLY, "legend.supply" }, { PS_ZOC, "legend.zoc" }, { PS_STOP, "legend.stop" },
    };
    int n = (int)(sizeof rows / sizeof rows[0]);
    int cols = 3, per = (n + cols - 1) / cols;
    int colw = (box.w - 2 * pad) / cols;
    float z = (float)ui_px(u, 20);
    int rowh = (int)(z * 2.0f) + ui_px(u, 4);
    for (int i = 0; i < n; i++) {
        int c = i / per, r = i % per;
        float x = (float)(box.x + pad + c * colw), yy = (float)(y + r * rowh);
        paint_sample(u, rows[i].what, x + z, yy + z, z);
        gfx_text_wrap(gx, fs, false, x + z * 2.4f, yy + z - (float)fs * 0.7f,
                      colw - (int)(z * 2.6f), ui_tr(u, rows[i].key), UI_TEXT);
    }
    /* counters: one of each side when a game is in play */
    const struct game *g = ui_game(u);
    int yc = y + per * rowh + pad / 2;
    if (!g || yc + ui_px(u, 60) > box.y + box.h - ui_px(u, 64))
        return;
    float cs = (float)ui_px(u, 52), x = (float)(box.x + pad);
    for (int s = 0; s < g->nsides && s < 4; s++) {
        for (int i = 0; i < g->nunits; i++) {
            const struct unit *un = game_unit(g, i);
            if (!un || un->side != s)
                continue;
            counter_draw(u, i, x + cs / 2, (float)yc + cs / 2, cs, false);
            x += cs + (float)ui_px(u, 10);
            break;
        }
    }
    gfx_text_wrap(gx, fs, false, x + (float)ui_px(u, 8), (float)yc,
                  (int)((float)(box.x + box.w - pad) - x),
                  ui_tr(u, "legend.counter"), UI_TEXT);
}

static void help_screen(struct ui *u, SDL_Rect box)
{
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 18), fs = ui_px(u, 15), y = box.y + pad;
    y += gfx_text_wrap(gx, ui_px(u, 26), true, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                       ui_tr(u, "help.title"), UI_TEXT) + pad / 2;
    /* two tabs: keys, map legend (Tab switches) */
    int tw = ui_px(u, 200), th = ui_px(u, 34);
    for (int i = 0; i < 2; i++) {
        SDL_Rect r = { box.x + pad + i * (tw + ui_px(u, 6)), y, tw, th };
        if (widget_button(u, r, ui_tr(u, i ? "help.tab_legend" : "help.tab_keys"), true,
                          u->help_tab == i, HELP_TAB + i)) {
            u->help_tab = i;
            u->scroll = 0;
        }
    }
    y += th + pad;
    if (u->help_tab == 1) {
        legend(u, box, y);
        return;
    }
    /* long lists scroll (wheel, Up/Down) inside the box */
    SDL_Rect clip = { box.x, y, box.w, box.y + box.h - y - ui_px(u, 64) };
    gfx_clip(gx, &clip);
    y -= u->scroll * ui_px(u, 40);
    static const char *const keys[] = {
        "help.k.pan", "help.k.zoom", "help.k.fit", "help.k.select", "help.k.move",
        "help.k.attack", "help.k.cursor", "help.k.next", "help.k.end", "help.k.undo",
        "help.k.rail", "help.k.embark", "help.k.cut", "help.k.overlays", "help.k.grid",
        "help.k.panels", "help.k.objectives", "help.k.skip", "help.k.brief", "help.k.save",
        "help.k.full",
        "help.k.scale", "help.k.contrast", "help.k.help", "help.k.menu",
    };
    int n = (int)(sizeof keys / sizeof keys[0]);
    int colw = (box.w - 3 * pad) / 2, half = (n + 1) / 2, y0 = y;
    for (int i = 0; i < n; i++) {
        int col = i / half;
        if (i == half)
            y = y0;
        const char *s = ui_tr(u, keys[i]);
        const char *tab = strchr(s, '|');
        float x = (float)(box.x + pad + col * (colw + pad));
        if (tab) {
            char k[96];
            size_t kl = (size_t)(tab - s) < sizeof k - 1 ? (size_t)(tab - s) : sizeof k - 1;
            memcpy(k, s, kl);
            k[kl] = 0;
            int kw = (int)((float)colw * 0.4f) - ui_px(u, 8);
            int h1 = gfx_text_wrap(gx, fs, true, x, (float)y, kw, k, UI_ACCENT);
            int h2 = gfx_text_wrap(gx, fs, false, x + (float)colw * 0.4f, (float)y,
                                   (int)((float)colw * 0.6f), tab + 1, UI_TEXT);
            y += (h1 > h2 ? h1 : h2) + ui_px(u, 5);
        } else {
            y += gfx_text_wrap(gx, fs, false, x, (float)y, colw, s, UI_TEXT) + ui_px(u, 5);
        }
    }
    gfx_clip(gx, NULL);
}

static void pages_screen(struct ui *u, SDL_Rect box)
{
    struct play *pp = u->pages_play ? u->pages_play : u->play;
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 18), y = box.y + pad;
    static const char *const tabs[4] = { "page.briefing", "page.notes", "page.sources",
                                         "page.perspectives" };
    int tw = (box.w - 2 * pad - 3 * ui_px(u, 6)) / 4, th = ui_px(u, 34);
    for (int i = 0; i < 4; i++) {
        SDL_Rect r = { box.x + pad + i * (tw + ui_px(u, 6)), y, tw, th };
        if (widget_button(u, r, ui_tr(u, tabs[i]), true, i == u->pages_which, PG_TAB + i))
            activate(u, PG_TAB + i, 0);
    }
    y += th + pad;
    const struct session_page *pg;
    int n = pp ? play_pages(pp, u->pages_which, &pg) : 0;
    if (u->page >= n)
        u->page = n > 0 ? n - 1 : 0;
    if (n == 0) {
        gfx_text_wrap(gx, ui_px(u, 16), false, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                      ui_tr(u, "page.none"), UI_DIM);
    } else {
        char buf[700];
        SDL_Rect clip = { box.x, y, box.w, box.y + box.h - y - ui_px(u, 70) };
        gfx_clip(gx, &clip);
        y -= u->scroll * ui_px(u, 40);
        snprintf(buf, sizeof buf, "%d / %d", u->page + 1, n);
        gfx_text(gx, ui_px(u, 14), false, (float)(box.x + box.w - pad), (float)y, buf, UI_DIM,
                 GFX_RIGHT);
        y += gfx_text_wrap(gx, ui_px(u, 22), true, (float)(box.x + pad), (float)y,
                           box.w - 2 * pad - ui_px(u, 60), play_text(pp, pg[u->page].title),
                           UI_TEXT) + pad / 2;
        y += gfx_text_wrap(gx, ui_px(u, 17), false, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                           play_text(pp, pg[u->page].text), UI_TEXT) + pad / 2;
        if (pg[u->page].source[0]) {
            /* a source id: show the source's own text when the scenario lists it */
            const struct session_page *src;
            int ns = play_pages(pp, PAGES_SOURCES, &src);
            const char *s = play_text(pp, pg[u->page].source);
            for (int i = 0; i < ns; i++)
                if (!strcmp(src[i].title, pg[u->page].source))
                    s = play_text(pp, src[i].text);
            snprintf(buf, sizeof buf, "%s %s", u->pages_which == PAGES_PERSPECTIVES ? "—" :
                     ui_tr(u, "page.source"), s);
            gfx_text_wrap(gx, ui_px(u, 14), false, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                          buf, UI_DIM);
        }
        gfx_clip(gx, NULL);
    }
    /* navigation row */
    struct item it[MAX_ITEMS];
    int ni = items(u, it);
    int bw = ui_px(u, 150), bh = ui_px(u, 40);
    for (int i = 0; i < ni; i++) {
        SDL_Rect r = { box.x + box.w - pad - (ni - i) * (bw + ui_px(u, 8)),
                       box.y + box.h - pad - bh, bw, bh };
        if (widget_button(u, r, it[i].label, it[i].enabled, i == u->focus, it[i].id)) {
            activate(u, it[i].id, 0);
            return;
        }
    }
}

static void scenario_details(struct ui *u, SDL_Rect box)
{
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 18);
    int i = u->focus;
    if (i < 0 || i >= u->nscen) {
        if (u->nscen == 0)
            gfx_text_wrap(gx, ui_px(u, 16), false, (float)(box.x + pad), (float)(box.y + pad),
                          box.w - 2 * pad, ui_tr(u, "scen.none"), UI_DIM);
        return;
    }
    const struct scenario_info *s = &u->scen[i];
    /* open the focused scenario once to show its map and sides */
    if (u->preview_index != i && u->host.open) {
        play_free(u->preview);
        struct diag d;
        diag_clear(&d);
        u->preview = u->host.open(u->host.ctx, s->dir, NULL, 0, 1, u->set.lang, &d);
        u->preview_index = i;
    }
    int y = box.y + pad;
    y += gfx_text_wrap(gx, ui_px(u, 24), true, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                       s->title, UI_TEXT) + pad / 2;
    char buf[256];
    snprintf(buf, sizeof buf, ui_tr(u, "scen.meta"), s->dates, s->turns, s->difficulty);
    y += gfx_text_wrap(gx, ui_px(u, 15), false, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                       buf, UI_ACCENT) + pad / 2;
    y += gfx_text_wrap(gx, ui_px(u, 16), false, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                       s->description, UI_TEXT) + pad;
    const struct game *pg = u->preview ? play_game(u->preview) : NULL;
    if (!pg || pg->width <= 0)
        return;
    uint32_t colors[MAX_SIDES];
    ui_palette(pg, colors);
    /* the sides, each with its colour and mark */
    int fs = ui_px(u, 15);
    float sw = (float)ui_px(u, 16);
    for (int k = 0; k < pg->nsides; k++) {
        gfx_rect(gx, (float)(box.x + pad), (float)y + 2, sw, sw, colors[k]);
        counter_side_mark(u, k, (float)(box.x + pad) + 1, (float)y + 3, sw * 0.55f, 0xffffffffu);
        y += gfx_text_wrap(gx, fs, false, (float)(box.x + pad) + sw + 8, (float)y,
                           box.w - 2 * pad - (int)sw - 8, play_text(u->preview, pg->sides[k].name),
                           UI_TEXT) + ui_px(u, 4);
    }
    y += pad / 2;
    /* and the theatre */
    int mw = box.w - 2 * pad, mh = box.y + box.h - pad - y;
    float aspect = (float)pg->height * 1.5f / ((float)pg->width * (float)VIEW_SQRT3);
    if ((float)mw * aspect > (float)mh)
        mw = (int)((float)mh / aspect);
    else
        mh = (int)((float)mw * aspect);
    if (mw > 40 && mh > 40)
        paint_minimap_of(u, pg, colors, (SDL_Rect){ box.x + pad, y, mw, mh }, false);
}

/* What each side plays for, beside the setup: the objectives of the scenario being set up,
 * their points and when each is judged, and how the points decide. The mouse wheel over the
 * panel scrolls a list longer than it. */
static void setup_goals(struct ui *u, SDL_Rect box)
{
    struct gfx *gx = &u->gfx;
    const struct game *pg = u->pending ? play_game(u->pending) : NULL;
    if (!pg)
        return;
    widget_panel(u, box, true);
    u->goals_box = box;
    int pad = ui_px(u, 18), x = box.x + pad, w = box.w - 2 * pad, y = box.y + pad;
    int fs = ui_px(u, 14), bottom = box.y + box.h - pad;
    char buf[400];
    y += gfx_text_wrap(gx, ui_px(u, 22), true, (float)x, (float)y, w, ui_tr(u, "setup.goals"),
                       UI_TEXT) + pad / 2;
    int competing = 0;
    for (int s = 0; s < pg->nsides; s++)
        competing += side_competes(pg, s);
    /* how the points decide, at the foot of the panel */
    if (competing > 1) {
        snprintf(buf, sizeof buf, ui_tr(u, "setup.band"), pg->rules.draw_band,
                 2 * pg->rules.draw_band);
        int th = gfx_text_wrap_height(gx, fs, false, w, buf);
        bottom -= th;
        gfx_text_wrap(gx, fs, false, (float)x, (float)bottom, w, buf, UI_DIM);
        bottom -= pad / 2;
    }
    if (hud_objectives_listed(pg) == 0) {
        gfx_text_wrap(gx, ui_px(u, 15), false, (float)x, (float)y, w, ui_tr(u, "setup.no_goals"),
                      UI_DIM);
        return;
    }
    uint32_t colors[MAX_SIDES];
    ui_palette(pg, colors);
    /* the first human side's objectives first */
    int first = 0;
    for (int s = pg->nsides - 1; s >= 0; s--)
        if ((pg->sides[s].flags & SIDE_PLAYABLE) && !u->ai_side[s])
            first = s;
    hud_objectives_scrolled(u, u->pending, colors, x, y, w, bottom, first, &u->goals_scroll);
}

static void victory_screen(struct ui *u, SDL_Rect box)
{
    struct gfx *gx = &u->gfx;
    const struct game *g = ui_game(u);
    int pad = ui_px(u, 18), y = box.y + pad, x = box.x + pad, w = box.w - 2 * pad;
    char buf[300];
    const struct result *r = &g->result;
    if (r->winner >= 0) {
        static const char *const lv[3] = { "vic.draw", "vic.marginal", "vic.decisive" };
        snprintf(buf, sizeof buf, ui_tr(u, lv[r->level < 3 ? r->level : 2]),
                 ui_side_name(u, r->winner));
    } else {
        snprintf(buf, sizeof buf, "%s", ui_tr(u, "vic.draw_title"));
    }
    if (r->winner >= 0)
        gfx_rect(gx, (float)box.x + 2, (float)box.y + 2, (float)box.w - 4, (float)ui_px(u, 8),
                 ui_side_rgba(u, r->winner));
    y += gfx_text_wrap(gx, ui_px(u, 30), true, (float)x, (float)y + ui_px(u, 8), w, buf, UI_TEXT) +
         pad;
    if (r->reason[0])
        y += gfx_text_wrap(gx, ui_px(u, 17), false, (float)x, (float)y, w, ui_stext(u, r->reason),
                           UI_DIM) + pad;
    for (int s = 0; s < g->nsides; s++) {
        int left = 0, steps = 0, full = 0;
        if (!side_competes(g, s))
            continue; /* sides not in the contest (not playable) */
        for (int i = 0; i < g->nunits; i++) {
            const struct unit *un = game_unit(g, i);
            const struct utype *ut = unit_type(g, i);
            if (!un || !ut || un->side != s)
                continue;
            left++;
            steps += un->steps;
            full += ut->steps;
        }
        char tail[120];
        snprintf(tail, sizeof tail, ui_tr(u, "vic.units"), left, steps, full);
        snprintf(buf, sizeof buf, "%s: %d  ·  %s", ui_side_name(u, s), game_score(g, s), tail);
        float sw = (float)ui_px(u, 18);
        gfx_rect(gx, (float)x, (float)y + 2, sw, sw, ui_side_rgba(u, s));
        counter_side_mark(u, s, (float)x + 1, (float)y + 3, sw * 0.55f, 0xffffffffu);
        y += gfx_text_wrap(gx, ui_px(u, 18), true, (float)x + sw + 10, (float)y, w, buf, UI_TEXT) +
             ui_px(u, 4);
    }
    y += pad / 2;
    if (g->nobj > 0) {
        y += gfx_text_wrap(gx, ui_px(u, 17), true, (float)x, (float)y, w, ui_tr(u, "obj.title"),
                           UI_ACCENT) + ui_px(u, 4);
        y = hud_objectives(u, u->play, u->side_color, x, y, w, box.y + box.h - ui_px(u, 200),
                           u->viewer, true, 0, NULL);
    }
    if (g->nmilestones > 0) {
        y += gfx_text_wrap(gx, ui_px(u, 17), true, (float)x, (float)y, w,
                           ui_tr(u, "vic.milestones"), UI_ACCENT) + ui_px(u, 4);
        for (int i = 0; i < g->nmilestones && y < box.y + box.h - ui_px(u, 120); i++) {
            char date[80];
            ui_format_date(u, g, g->milestones[i].turn, date, sizeof date);
            snprintf(buf, sizeof buf, "%s — %s (%s)", date, ui_stext(u, g->milestones[i].name),
                     ui_side_name(u, g->milestones[i].side));
            y += gfx_text_wrap(gx, ui_px(u, 15), false, (float)x, (float)y, w, buf, UI_TEXT) +
                 ui_px(u, 2);
        }
    }
}

void menu_draw(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    backdrop(u);
    struct item it[MAX_ITEMS];
    int n = items(u, it);
    if (u->focus >= n)
        u->focus = n > 0 ? n - 1 : 0;
    for (int k = 0; k < n && !it[u->focus].enabled; k++)
        u->focus = (u->focus + 1) % n; /* never rest on a greyed-out item */
    int pad = ui_px(u, 18);
    int W = gx->w, H = gx->h;
    switch (u->screen) {
    case SCR_MAIN: {
        int bw = ui_px(u, 500), bh = pad * 2 + ui_px(u, 120) + n * ui_px(u, 48);
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { W / 2 - bw / 2, H / 2 - bh / 2, bw, bh };
        widget_panel(u, box, true);
        gfx_text(gx, ui_px(u, 40), true, (float)(W / 2), (float)(box.y + pad), "Baku 1920",
                 UI_TEXT, GFX_CENTER);
        gfx_text(gx, ui_px(u, 15), false, (float)(W / 2), (float)(box.y + pad + ui_px(u, 52)),
                 ui_tr(u, "menu.subtitle"), UI_DIM, GFX_CENTER);
        list_screen(u, NULL, box, it, n, box.y + pad + ui_px(u, 100));
        break;
    }
    case SCR_SCENARIOS: {
        int lw = W * 40 / 100;
        SDL_Rect left = { pad, pad, lw, H - 2 * pad };
        SDL_Rect right = { 2 * pad + lw, pad, W - 3 * pad - lw, H - 2 * pad };
        widget_panel(u, left, true);
        widget_panel(u, right, true);
        list_screen(u, ui_tr(u, "scen.title"), left, it, n, left.y + pad);
        scenario_details(u, right);
        break;
    }
    case SCR_SETUP: {
        /* the sides and options; beside them, when the window has room, what each side plays
         * for */
        int minw = ui_px(u, 560), gw = 0;
        int bw = W * 60 / 100 < minw ? minw : W * 60 / 100;
        if (W - 3 * pad >= minw + ui_px(u, 340)) {
            bw = (W - 3 * pad) * 56 / 100 < minw ? minw : (W - 3 * pad) * 56 / 100;
            gw = W - 3 * pad - bw;
        }
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { gw ? pad : W / 2 - bw / 2, pad, bw, H - 2 * pad };
        u->goals_box = (SDL_Rect){ 0, 0, 0, 0 };
        if (gw)
            setup_goals(u, (SDL_Rect){ box.x + bw + pad, pad, gw, H - 2 * pad });
        widget_panel(u, box, true);
        /* Start and Back stay in sight at the bottom, however long the list of options */
        int bh = ui_px(u, 40), gap = ui_px(u, 8), half = (box.w - 2 * pad - gap) / 2;
        int by = box.y + box.h - pad - bh;
        SDL_Rect lbox = box;
        lbox.h = by - gap - ui_px(u, 100) - box.y; /* room for the option's note */
        int keep = u->focus;
        if (u->focus >= n - 2)
            u->focus = -1;
        list_screen(u, ui_tr(u, "setup.title"), lbox, it, n - 2, box.y + pad);
        if (u->focus == -1)
            u->focus = keep;
        for (int k = 0; k < 2 && n >= 2; k++) {
            SDL_Rect r = { box.x + pad + k * (half + gap), by, half, bh };
            if (widget_button(u, r, it[n - 2 + k].label, it[n - 2 + k].enabled,
                              u->focus == n - 2 + k, it[n - 2 + k].id)) {
                u->focus = n - 2 + k;
                activate(u, it[n - 2 + k].id, 0);
                return;
            }
        }
        /* what the focused what-if option means */
        int fid = u->focus < n ? it[u->focus].id : -1;
        const struct session_option *o;
        int no = u->pending ? play_options(u->pending, &o) : 0;
        if (((fid >= SET_OPT && fid < SET_OPT + no) || fid == SET_AI) && u->screen == SCR_SETUP) {
            const char *note = fid == SET_AI ? ui_tr(u, "setup.ai_note")
                                             : play_text(u->pending, o[fid - SET_OPT].note);
            int fs = ui_px(u, 17), room = ui_px(u, 96);
            while (fs > ui_px(u, 11) &&
                   gfx_text_wrap_height(gx, fs, false, box.w - 2 * pad, note) > room)
                fs--;
            int th = gfx_text_wrap_height(gx, fs, false, box.w - 2 * pad, note);
            gfx_text_wrap(gx, fs, false, (float)(box.x + pad), (float)(by - gap - th),
                          box.w - 2 * pad, note, UI_TEXT);
        }
        break;
    }
    case SCR_OPTIONS:
    case SCR_SAVE:
    case SCR_LOAD: {
        int bw = ui_px(u, u->screen == SCR_OPTIONS ? 620 : 860); /* a save's row says more */
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { W / 2 - bw / 2, pad * 2, bw, H - 4 * pad };
        widget_panel(u, box, true);
        const char *t = u->screen == SCR_OPTIONS ? "opt.title"
                        : u->screen == SCR_SAVE  ? "save.title"
                        : u->load_delete         ? "load.delete_title"
                                                 : "load.title";
        list_screen(u, ui_tr(u, t), box, it, n, box.y + pad);
        if (u->screen == SCR_LOAD && u->nsaves == 0)
            gfx_text(gx, ui_px(u, 15), false, (float)(W / 2), (float)(box.y + box.h / 2),
                     ui_tr(u, "load.none"), UI_DIM, GFX_CENTER);
        break;
    }
    case SCR_HELP: {
        SDL_Rect box = { pad * 2, pad * 2, W - 4 * pad, H - 4 * pad };
        widget_panel(u, box, true);
        help_screen(u, box);
        SDL_Rect r = { box.x + box.w - pad - ui_px(u, 150), box.y + box.h - pad - ui_px(u, 40),
                       ui_px(u, 150), ui_px(u, 40) };
        if (widget_button(u, r, ui_tr(u, "menu.back"), true, true, BACK))
            ui_pop(u);
        break;
    }
    case SCR_PAGES: {
        int bw = ui_px(u, 860);
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { W / 2 - bw / 2, pad * 2, bw, H - 4 * pad };
        widget_panel(u, box, true);
        pages_screen(u, box);
        break;
    }
    case SCR_HANDOVER: {
        const struct game *g = ui_game(u);
        int bw = ui_px(u, 560), bh = ui_px(u, 260);
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { W / 2 - bw / 2, H / 2 - bh / 2, bw, bh };
        widget_panel(u, box, true);
        int active = g ? game_active_side(g) : -1;
        char buf[200];
        snprintf(buf, sizeof buf, ui_tr(u, "hand.title"), ui_side_name(u, active));
        if (active >= 0)
            gfx_rect(gx, (float)box.x + 2, (float)box.y + 2, (float)box.w - 4, (float)ui_px(u, 8),
                     ui_side_rgba(u, active));
        gfx_text_wrap(gx, ui_px(u, 26), true, (float)(box.x + pad), (float)(box.y + pad * 2),
                      box.w - 2 * pad, buf, UI_TEXT);
        list_screen(u, NULL, box, it, n, box.y + box.h - pad - ui_px(u, 44));
        break;
    }
    case SCR_CLASS:
    case SCR_BRANCH:
    case SCR_SIM:
        class_draw(u);
        break;
    case SCR_VICTORY: {
        int bw = ui_px(u, 680);
        if (bw > W - 20)
            bw = W - 20;
        SDL_Rect box = { W / 2 - bw / 2, pad * 2, bw, H - 4 * pad };
        widget_panel(u, box, true);
        victory_screen(u, box);
        /* the choices two by two at the foot of the box */
        int bh = ui_px(u, 40), gap = ui_px(u, 8), half = (box.w - 2 * pad - gap) / 2;
        int rows = (n + 1) / 2, y0 = box.y + box.h - pad - rows * bh - (rows - 1) * gap;
        for (int i = 0; i < n; i++) {
            SDL_Rect r = { box.x + pad + (i % 2) * (half + gap), y0 + (i / 2) * (bh + gap), half,
                           bh };
            if (widget_button(u, r, it[i].label, it[i].enabled, u->focus == i, it[i].id)) {
                u->focus = i;
                activate(u, it[i].id, 0);
                return;
            }
        }
        break;
    }
    default:
        break;
    }
}

void menu_draw_dialogs(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    const char *title = NULL, *text = NULL;
    if (u->nerrors > 0) {
        title = u->err_title[0];
        text = u->err_text[0];
    } else if (ui_message_up(u)) {
        title = ui_tr(u, "msg.news");
        text = u->message;
    } else {
        return;
    }
    int pad = ui_px(u, 18);
    int bw = ui_px(u, 620);
    if (bw > gx->w - 20)
        bw = gx->w - 20;
    int th = gfx_text_wrap_height(gx, ui_px(u, 16), false, bw - 2 * pad, text);
    int bh = pad * 3 + ui_px(u, 34) + th + ui_px(u, 44);
    if (bh > gx->h - 20)
        bh = gx->h - 20;
    SDL_Rect box = { gx->w / 2 - bw / 2, gx->h / 2 - bh / 2, bw, bh };
    gfx_rect(gx, 0, 0, (float)gx->w, (float)gx->h, 0x00000080u);
    widget_panel(u, box, true);
    if (u->nerrors > 0)
        gfx_rect(gx, (float)box.x + 2, (float)box.y + 2, (float)box.w - 4, (float)ui_px(u, 6),
                 0xd55e00ffu);
    int y = box.y + pad;
    y += gfx_text_wrap(gx, ui_px(u, 22), true, (float)(box.x + pad), (float)y, bw - 2 * pad, title,
                       UI_TEXT) + pad / 2;
    gfx_clip(gx, &(SDL_Rect){ box.x, y, box.w, box.h - (y - box.y) - ui_px(u, 60) });
    gfx_text_wrap(gx, ui_px(u, 16), false, (float)(box.x + pad), (float)y, bw - 2 * pad, text,
                  UI_TEXT);
    gfx_clip(gx, NULL);
    SDL_Rect r = { box.x + box.w - pad - ui_px(u, 130), box.y + box.h - pad - ui_px(u, 40),
                   ui_px(u, 130), ui_px(u, 40) };
    if (widget_button(u, r, ui_tr(u, "dlg.ok"), true, true, DLG_OK))
        dialog_key(u, SDLK_RETURN);
    u->click = false;
}
