/*
 * ui.h - the desktop game: one struct ui holding the screen stack, the camera, the selection,
 * overlays, animations, menus and settings, over a struct play (play.h).
 *
 * The loop is: ui_event() for each SDL event, ui_update(dt) (camera motion, animations, the
 * computer's moves one step at a time), ui_draw() into the renderer. The same calls run the
 * window (app/gui.c), the screenshot command (app/cli_shot.c, a software renderer on a
 * surface) and the tests (synthetic events). No rule lives here: what is legal, reachable,
 * supplied or how an attack stands all come from the core's query functions.
 */
#ifndef B20_UI_H
#define B20_UI_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "ai_worker.h"
#include "game.h"
#include "gfx.h"
#include "lang.h"
#include "play.h"
#include "script.h"
#include "view.h"

struct ai;
struct replay;
struct session;

#define UI_LOG_LINES 200
#define UI_MAX_SCENARIOS 64
#define UI_MAX_ERRORS 8
#define UI_MAX_ANIMS 96
#define UI_MAX_SAVES 64
#define UI_MAX_BLOCKS 24
#define UI_MAX_PATH 256

/* The map behind the menus (the first scenario's, read once): its terrain and railways by
 * offset column and row, and its chief places' names. No terrain: a plain hex field. */
#define UI_BACKDROP_LABELS 12
struct ui_backdrop {
    bool tried;
    int w, h;
    uint8_t *terrain; /* w x h */
    uint8_t *rail;    /* w x h: bit d set, a railway toward direction d (0..2) */
    int nlabels;
    struct {
        int col, row;
        char name[48];
    } labels[UI_BACKDROP_LABELS];
    SDL_Texture *tex; /* drawn once for the window's size, scale and contrast, then copied */
    int tex_w, tex_h;
    float tex_scale;
    bool tex_contrast;
};

enum ui_screen {
    SCR_MAIN,      /* main menu */
    SCR_SCENARIOS, /* scenario list */
    SCR_SETUP,     /* sides (human/computer) and what-if options */
    SCR_PLAY,
    SCR_OPTIONS,
    SCR_HELP,
    SCR_LOAD,
    SCR_SAVE,
    SCR_PAGES,     /* briefing, notes, sources, perspectives */
    SCR_HANDOVER,  /* hotseat: pass the screen to the next player */
    SCR_VICTORY,
    SCR_CLASS,     /* classroom: replays, simulation, sources, handouts, presentation */
    SCR_BRANCH,    /* take command at a replay step: who plays each side */
    SCR_SIM,       /* simulation summary: many computer games and their charts */
    SCR_COUNT
};

enum ui_mode { MODE_NORMAL, MODE_DISEMBARK, MODE_REPAIR };

/* Services of the program around the UI. Any hook may be NULL: no scenario list (menus show
 * an empty list), no loading. The computer player is the core's ai_next() (core/ai.h). */
struct ui_host {
    void *ctx;
    int (*list)(void *ctx, const char *lang, struct scenario_info *out, int max);
    struct play *(*open)(void *ctx, const char *dir, const struct option_kv *opts, int nopts,
                         uint64_t seed, const char *lang, struct diag *d);
    struct play *(*load)(void *ctx, const char *path, const char *lang, struct diag *d);
};

struct ui_settings {
    int scale_pct;     /* UI and text scale: 100..300 */
    bool fullscreen;
    int anim_speed;    /* 0 off, 1 slow, 2 normal, 3 fast */
    int ai_level;      /* enum ai_level */
    bool contrast;     /* high contrast (projectors) */
    bool edge_pan;
    char lang[8];      /* en, ru, az */
    bool present;      /* presentation mode: narrator bar, big labels, every action a button */
};

#define UI_SIM_MAX 50
#define UI_SIM_MS 16     /* milestones the simulation summary charts */
#define UI_SIM_TURNS 64  /* turns whose dates it keeps */

struct ui_sim_game {
    int8_t winner;                 /* side index or NO_SIDE (a draw) */
    int16_t ms_turn[UI_SIM_MS];    /* turn each charted milestone first came, -1 never */
    int score[MAX_SIDES];          /* by chart column (sim_index) */
};

/* Classroom mode (classroom.c). */
struct ui_class {
    struct replay *rep;            /* the replay shown (owned by u->play while replaying) */
    bool replaying;                /* u->play is the replay player */
    int pace;                      /* 0 slow, 1 normal, 2 fast */
    bool playing;                  /* stepping on by itself */
    double pace_t;
    bool timeline;                 /* the timeline panel is open */
    int scen;                      /* index into u->scen the classroom screen works on */
    uint8_t branch_ai[MAX_SIDES];  /* take command: 1 = computer */
    int branch_level[MAX_SIDES];
    /* history beside a game */
    bool ov_history;
    struct replay *hist;
    char hist_dir[512];
    bool hist_tried;
    /* simulation */
    struct session *sim_s;
    struct ai_worker sim_w; /* thinks for every side of the simulated games */
    char sim_dir[512];
    struct option_kv sim_opts[SESSION_MAX_OPTIONS];
    int sim_nopts;
    int sim_n, sim_done, sim_cmds;
    bool sim_running, sim_cancelled;
    int sim_nsides;                /* the sides that compete for victory, charted */
    int8_t sim_index[MAX_SIDES];   /* a game side's column in the charts, -1: not charted */
    char sim_side[MAX_SIDES][NAME_LEN];
    uint32_t sim_color[MAX_SIDES];
    int sim_turns;                 /* turns in the scenario */
    char sim_date[UI_SIM_TURNS][40]; /* each turn's date, short */
    int sim_nms;                   /* milestones seen so far, in the order first seen */
    char sim_ms[UI_SIM_MS][TEXT_LEN];
    char sim_ms_name[UI_SIM_MS][NAME_LEN];
    struct ui_sim_game sim[UI_SIM_MAX];
    /* exports */
    bool want_png;
    char last_export[700];
};

struct ui_log_line {
    char text[160];
    int side;          /* colour chip, or -1 */
    int turn;
    bool evt;          /* written from ev (anim_event_text), and so again in another language */
    struct event ev;
};

enum anim_kind { ANIM_MOVE, ANIM_FLASH, ANIM_TEXT, ANIM_CUT, ANIM_BANNER };

struct ui_anim {
    int kind;
    int unit;
    struct hex path[24];
    int npath;
    struct hex at;
    double t, dur;     /* seconds done, total */
    uint32_t color;
    char text[96];
};

struct paint_cache_key {
    long version;
    int sel, viewer, flags;
    float scale;
    char lang[8];
};

/* The map's static layers drawn once into a texture larger than the view; panning and zooming
 * move and scale it until it no longer covers the view or the zoom settles elsewhere. */
struct paint_cache {
    SDL_Texture *tex;
    int w, h;
    double wx0, wy0, zoom;        /* world point at texel (0,0), pixels per unit */
    struct paint_cache_key key;
    bool valid;
    long renders;
};

struct ui_block {      /* a screen rectangle that swallows mouse clicks (panels, dialogs) */
    SDL_Rect r;
};

struct ui_button_hit { /* a clickable thing drawn last frame */
    SDL_Rect r;
    int id;
};

struct ui {
    /* output */
    SDL_Window *win;   /* NULL when drawing on a surface */
    SDL_Renderer *ren;
    struct gfx gfx;
    struct lang lang;
    char asset_dir[512];
    char save_dir[512];
    float dpi;         /* renderer pixels per window point */
    float scale;       /* dpi * settings.scale_pct / 100 */
    struct ui_settings set;
    char settings_path[512];
    struct ui_host host;
    bool quit;
    bool smoke;        /* never block on dialogs that need a person */

    /* screens */
    int screen;
    int back[8];       /* screen stack for Esc */
    int nback;
    int focus;         /* keyboard focus in the current menu */
    int scroll;
    SDL_Rect goals_box; /* setup: the panel of what each side plays for (empty when not drawn) */
    int goals_scroll;  /* setup: objectives scrolled out of that panel, above */
    int hot_id;        /* button under the mouse */
    int nhits;
    struct ui_button_hit hits[160];
    int nblocks;
    struct ui_block blocks[UI_MAX_BLOCKS];
    bool click;        /* a left click waiting for the widgets */
    int click_x, click_y;
    int mouse_x, mouse_y;
    bool mouse_in;

    /* scenario menu */
    int nscen;
    struct scenario_info *scen;
    int scen_sel;
    struct play *pending;       /* opened for setup, not yet started */
    struct play *preview;       /* the scenario under the focus in the list, for its map */
    int preview_index;
    char pending_dir[512];
    struct option_kv opts[SESSION_MAX_OPTIONS];
    int nopts;
    uint64_t seed;
    int pages_which, page;
    struct play *pages_play;    /* the scenario whose pages are shown, when not u->play */
    int help_tab;      /* 0 keys, 1 map legend */

    /* saves */
    int nsaves;
    char saves[UI_MAX_SAVES][256];
    char save_info[UI_MAX_SAVES][200]; /* what each holds: scenario and turn ("" unknown) */
    char save_when[UI_MAX_SAVES][24];  /* when it was written, "2026-12-08 09:41" */
    struct ui_backdrop backdrop; /* the menus' backdrop: the first scenario's map */
    bool newest_known; /* newest: the newest save's file name ("" none), for Continue */
    char newest[256];
    char newest_label[200]; /* its scenario and turn, as Continue shows them */
    bool load_delete;  /* the load screen deletes the save chosen, after a second choice */
    int delete_armed;  /* the save chosen once for deletion, or -1 */
    char save_name[64];

    /* the game */
    struct play *play;
    struct view view;
    uint32_t side_color[MAX_SIDES];
    uint8_t ai_side[MAX_SIDES];   /* 1 = computer */
    int viewer;                   /* side whose view (supply, ZOC) is shown */
    int last_human;               /* for the hotseat hand-over */
    long version;                 /* bumped on every change of the game */
    int sel;                      /* selected unit or NO_UNIT */
    int mode;
    struct hex hover;
    bool hover_ok;
    struct hex cursor;
    bool cursor_on;
    bool ov_grid, ov_supply, ov_zoc, ov_rail, ov_range, ov_log, ov_minimap;
    struct paint_cache cache;
    struct reach *reach;
    int reach_unit;
    long reach_version;
    struct hex path[UI_MAX_PATH];  /* the cheapest path of the selected unit to path_to */
    struct hex path_to;
    int npath, path_cost, path_unit;
    long path_version;
    uint8_t *supply;
    int supply_side;
    long supply_version;
    bool dragging, drag_moved;
    int drag_x, drag_y;
    int autosaved_turn;
    bool autosave_failed;

    /* attack dialog */
    bool atk_open;
    struct hex atk_hex;
    int atk_ncand;
    int16_t atk_cand[MAX_ATTACKERS];
    bool atk_on[MAX_ATTACKERS];
    bool atk_hold; /* the attackers keep their hexes: no advance after combat */

    /* computer player */
    struct ai_worker aiw;          /* the computer thinks on a thread of its own */
    double ai_wait;
    int ai_steps;                 /* commands in this phase, a guard against a stuck AI */

    /* animations and messages */
    struct ui_anim anims[UI_MAX_ANIMS];
    int nanims;
    struct ui_log_line log[UI_LOG_LINES];
    int nlog;
    char message[1024];           /* a scenario message waiting to be read, or "" */
    char side_msg[MAX_SIDES][1024]; /* messages for one side, kept until its player is on */
    int nerrors;
    char err_title[UI_MAX_ERRORS][96];
    char err_text[UI_MAX_ERRORS][768];
    char toast[320];
    double toast_t;
    unsigned pan_keys;            /* bit 0 left, 1 right, 2 up, 3 down */
    bool ai_fast;                 /* the player asked to skip the computer's animations */
    double time;
    bool shot_mode;               /* cli_shot: no hover, no transient widgets */
    bool scores_in_panel;         /* the top bar had no room for the scores */
    bool bar_cramped;             /* ... nor for the date and phase */
    struct ui_class cls;
};

/* The host over scenario sessions (play_session.c): scenario folders from the installed
 * data dir, $XDG_DATA_HOME and extra folders. */
struct play_dirs {
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs;
};
void play_host(struct ui_host *h, struct play_dirs *pd, const char *installed,
               const char *const *extra, int nextra);
/* Opens scenario `id` (or a folder path) from those folders. */
struct play *play_open_id(struct play_dirs *pd, const char *id, const struct option_kv *opts,
                          int nopts, uint64_t seed, const char *lang, struct diag *d);

/* Creates the UI over an existing renderer (win may be NULL). asset_dir holds fonts/ and
 * lang/. On failure returns false with a message in err. */
bool ui_init(struct ui *u, SDL_Window *win, SDL_Renderer *ren, const char *asset_dir,
             const struct ui_host *host, char *err, size_t errlen);
void ui_fini(struct ui *u);
/* Takes over p and shows it (the play screen). computer[s]: the computer plays side s (NULL:
 * as u->ai_side already says). */
void ui_start_play(struct ui *u, struct play *p, const uint8_t *computer);
/* Who plays g's sides when nobody has said: a person every side a person may play, the
 * computer the others (a scenario's bystanders: Armenia and Georgia in the main scenario). */
void ui_default_players(const struct game *g, uint8_t computer[MAX_SIDES]);
void ui_event(struct ui *u, const SDL_Event *e);
void ui_update(struct ui *u, double dt);
void ui_draw(struct ui *u);
/* Queues an error dialog (also logged). */
void ui_error(struct ui *u, const char *title, const char *text);
const char *ui_tr(const struct ui *u, const char *key);     /* interface strings */
const char *ui_stext(const struct ui *u, const char *key);  /* the scenario's strings */
void ui_apply_settings(struct ui *u);
bool ui_settings_save(const struct ui *u);

/* ---- shared between the ui_*.c files ---- */
const struct game *ui_game(const struct ui *u);
enum cmd_status ui_command(struct ui *u, const struct cmd *c);
void ui_select(struct ui *u, int unit);
void ui_click_hex(struct ui *u, struct hex h);
void ui_click_hex_ex(struct ui *u, struct hex h, bool force_move);
void ui_end_phase(struct ui *u);
void ui_undo(struct ui *u);
bool ui_can_undo(const struct ui *u);
void ui_action(struct ui *u, int kind);   /* CMD_ENTRAIN ... on the selected unit */
void ui_toast(struct ui *u, const char *msg);   /* a short note over the map */
bool ui_message_up(const struct ui *u);         /* a scenario message shown (on the map) */
int ui_human_sides(const struct ui *u);         /* playable sides a person plays */
/* A scenario message for one side (or all, side -1): shown and logged when that side's player
 * is at the screen, never to another player; with nobody playing, logged for the onlookers;
 * in a classroom replay, shown to all. */
void ui_scenario_message(struct ui *u, int side, const char *text);
void ui_deliver_messages(struct ui *u);         /* the current player's waiting messages */
void ui_next_unit(struct ui *u, int dir);       /* select the next unit with orders left */
void ui_log(struct ui *u, int side, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A log line written from event e (anim_event_text): written again when the language
 * changes. */
void ui_log_event(struct ui *u, int side, const struct event *e, const char *text);
void ui_push(struct ui *u, int screen);
void ui_pop(struct ui *u);
int ui_px(const struct ui *u, float base); /* base pixels times the UI scale */
const struct reach *ui_reach(struct ui *u);
const uint8_t *ui_supply(struct ui *u, int side);
/* move_path() of the selected unit to `to`, cached until the game or selection changes; the
 * hexes are in u->path. Returns their count (0: no path). */
int ui_path(struct ui *u, struct hex to, int *cost);
bool ui_save_game(struct ui *u, const char *name);
bool ui_load_game(struct ui *u, const char *path);
void ui_autosave(struct ui *u);
/* Leaving the game in play (the window closed, another game started or loaded): saved as its
 * autosave, mid-turn, unless it is finished or a replay, so Continue brings it back as left. */
void ui_save_on_leave(struct ui *u);
/* "27 April 1920, dawn" in the interface language */
void ui_format_date(const struct ui *u, const struct game *g, int turn, char *out, size_t n);
/* The same without the year: "27 April, dawn". */
void ui_format_day(const struct ui *u, const struct game *g, int turn, char *out, size_t n);
const char *ui_place_name(const struct ui *u, int place);
const char *ui_side_name(const struct ui *u, int side);
void ui_attack_open(struct ui *u, struct hex target);
void ui_attack_commit(struct ui *u);
void ui_open_scenario(struct ui *u, int index);
void ui_begin_setup_game(struct ui *u);
void ui_list_saves(struct ui *u);
SDL_Rect ui_map_rect(const struct ui *u);
SDL_Rect ui_panel_rect(const struct ui *u);
int ui_topbar_h(const struct ui *u);

/* classroom.c: classroom mode */
/* A play over the historical replay of the scenario in dir (the replay player); NULL with d. */
bool class_open_replay(struct ui *u, const char *dir, struct diag *d);
bool class_goto(struct ui *u, int k);          /* replay step k; false when out of range */
/* Take command at the replay's current step with cls.branch_ai/branch_level. */
bool class_branch(struct ui *u);
/* The session under u->play, or NULL (a bare game). */
const struct session *class_session(const struct ui *u);
/* The historical replay of the game's scenario for the overlay (opened once), or NULL. */
struct replay *class_history(struct ui *u);
bool class_sim_start(struct ui *u, const char *dir, int n);
void class_sim_step(struct ui *u, double budget_s);  /* a few commands; called per frame */
void class_sim_cancel(struct ui *u);
/* Exports: the frame to PNG (now, after drawing), the record as .md and .html. The paths go
 * to cls.last_export and a toast. */
bool class_export_png(struct ui *u, char *path, size_t n);
bool class_export_log(struct ui *u, char *md, char *html, size_t n);
void class_handout_dir(char *out, size_t n);
int class_narrator_h(const struct ui *u);      /* height of the narrator bar (0: none) */
void class_narrator(struct ui *u);             /* the narrator bar and replay controls */
void class_map_marks(struct ui *u);            /* history ghosts on the map */
void class_panel_text(struct ui *u, SDL_Rect r); /* the replay step's text in the side panel */
void class_draw(struct ui *u);                 /* SCR_CLASS, SCR_BRANCH, SCR_SIM */
void class_update(struct ui *u, double dt);
void class_fini(struct ui *u);
bool class_key(struct ui *u, SDL_Keycode k);

/* input.c */
void input_hover(struct ui *u); /* the hex under the mouse, from the last mouse position */

/* paint.c: the map */
void paint_map(struct ui *u);
void paint_minimap(struct ui *u, SDL_Rect r);
/* The minimap of any game (a scenario preview), with its side colours, camera frame or not. */
/* The theatre behind the menus: every hex of b's map in its terrain's colour muted toward the
 * menus' background, the railways and the chief places' names, the map covering the window. */
void paint_backdrop(struct ui *u, struct ui_backdrop *b);
void ui_backdrop_free(struct ui_backdrop *b);
void paint_minimap_of(struct ui *u, const struct game *g, const uint32_t *colors, SDL_Rect r,
                      bool camera);
/* The colour-blind-safe colours the sides of g are drawn in. */
void ui_palette(const struct game *g, uint32_t out[MAX_SIDES]);
void paint_fini(struct ui *u);
/* legend samples: a terrain (0..TERRAIN_COUNT-1) or one of these */
enum paint_sample_kind {
    PS_STAR = 32, PS_STATION, PS_TOWN, PS_PORT, PS_OIL, PS_RAIL, PS_ROAD, PS_RIVER, PS_BRIDGE,
    PS_CUT, PS_SUPPLY, PS_ZOC, PS_STOP, PS_FRONT0, PS_FRONT1
};
void paint_sample(struct ui *u, int what, float cx, float cy, float z);
/* counter.c: unit counters */
void counter_draw(struct ui *u, int unit, float cx, float cy, float size, bool selected);
void counter_side_mark(struct ui *u, int side, float x, float y, float size, uint32_t fg);
void counter_stacks(struct ui *u);
uint32_t ui_side_rgba(const struct ui *u, int side);
/* hud.c: the play screen's panels */
void hud_draw(struct ui *u);
/* What the interface says of top-level objective idx: `mark` where it stands (met, failed,
 * met now, not met now: a symbol), `head` its name and points, `state` when it is judged and
 * how it stands. */
void hud_objective_text(const struct ui *u, const struct play *p, int idx, const char **mark,
                        char *head, size_t nh, char *state, size_t ns);
/* The objectives of every side in the contest of p's game (names in p's texts, sides in
 * `colors`), side by side from `first` on, drawn from y down within width w at x; compact: one
 * line each (the victory screen). The first `skip` are
 * passed over; those with no room above `bottom` are left out, and counted in *left_out when
 * it is not NULL. Returns the new y. */
int hud_objectives(struct ui *u, const struct play *p, const uint32_t colors[MAX_SIDES], int x,
                   int y, int w, int bottom, int first, bool compact, int skip, int *left_out);
/* How many objectives hud_objectives lists for g (scored ones of the sides in the contest). */
int hud_objectives_listed(const struct game *g);
/* hud_objectives from y down to bottom with *scroll of them passed over (kept within the
 * list), and a line saying how many are above and how many below. */
void hud_objectives_scrolled(struct ui *u, const struct play *p, const uint32_t colors[MAX_SIDES],
                             int x, int y, int w, int bottom, int first, int *scroll);
void hud_map_marks(struct ui *u); /* the path preview and hex highlights on the map */
/* menu.c: every other screen and the dialogs */
void menu_draw(struct ui *u);
bool menu_key(struct ui *u, SDL_Keycode k, Uint16 mod);
int menu_focus_id(struct ui *u); /* id of the focused menu item, -1 when none */
void menu_draw_dialogs(struct ui *u);
bool dialog_key(struct ui *u, SDL_Keycode k);
/* widgets (menu.c): immediate-mode button; returns true when clicked or activated */
bool widget_button(struct ui *u, SDL_Rect r, const char *label, bool enabled, bool focused,
                   int id);
void widget_panel(struct ui *u, SDL_Rect r, bool block);
/* anim.c */
void anim_events(struct ui *u, const struct events *ev);
bool anim_event_text(const struct ui *u, const struct event *e, char *out, size_t n, int *side);
void anim_update(struct ui *u, double dt);
bool anim_busy(const struct ui *u);
bool anim_unit_pos(const struct ui *u, int unit, double *wx, double *wy);
void anim_draw(struct ui *u);
void anim_skip(struct ui *u);

/* ids of the clickable things (struct ui_button_hit), for tests and hot tracking */
enum ui_hud_id {
    BTN_UNDO = 100, BTN_END, BTN_MENU, BTN_HELP,
    BTN_ACT = 110, /* + action index */
    BTN_OV = 130,  /* + overlay index */
    BTN_ATK_GO = 150, BTN_ATK_CANCEL, BTN_ATK_HOLD, BTN_ATK_UNIT = 160,
    BTN_MINIMAP = 180,
};

enum ui_menu_id {
    M_RESUME = 1, M_NEW, M_LOAD, M_SAVE, M_BRIEF, M_OPTIONS, M_HELP, M_QUIT,
    SC_BASE = 1000, SET_SIDE = 2000, SET_OPT = 2100, SET_START = 2200, SET_BACK, SET_AI,
    OPT_SCALE = 3000, OPT_FULL, OPT_ANIM, OPT_AI, OPT_LANG, OPT_CONTRAST, OPT_EDGE, OPT_BACK,
    SV_NEW = 4000, SV_BASE = 4001, LD_BASE = 5000, BACK = 6000, VIC_MENU = 6100, VIC_MAP, VIC_AGAIN, VIC_LOG,
    HAND_GO = 6200, PG_PREV = 6300, PG_NEXT, PG_TAB = 6310, HELP_TAB = 6320, DLG_OK = 7000,
    M_CLASS = 7100, OPT_PRESENT, LIST_UP, LIST_DOWN, M_CONTINUE,
    /* classroom */
    CL_SCEN = 7200, CL_REPLAY, CL_SIM10, CL_SIM20, CL_SIM50, CL_SOURCES, CL_PERSP, CL_PRESENT,
    CL_CONTRAST, CL_PNG, CL_LOG, CL_BACK, CL_SETUP,
    RP_FIRST = 7300, RP_PREV, RP_PLAY, RP_NEXT, RP_PACE, RP_TIMELINE, RP_BRANCH, RP_EXIT,
    RP_HIST, RP_STEP = 7400, /* + step index (timeline) */
    BR_SIDE = 7500, BR_LEVEL = 7520, BR_GO = 7540, BR_CANCEL,
    SIM_CANCEL = 7600, SIM_BACK, SIM_AGAIN,
    LD_DELETE = 7700, /* the load screen's "Delete a save" switch */
};

/* colours of the interface */
#define UI_BG 0x1d2329ffu
#define UI_PANEL 0x262d35f0u
#define UI_PANEL2 0x323b45ffu
#define UI_TEXT 0xeef1f4ffu
#define UI_DIM 0xa9b3bdffu
#define UI_ACCENT 0xe6a23cffu
#define UI_BAD 0xff7a6bffu
#define UI_GOOD 0x7ed39bffu

#endif
