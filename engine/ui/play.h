/*
 * play.h - the game the window is showing, behind a small table of operations, so the UI
 * works the same over a full scenario session (engine/script/session.h, see play_session.c)
 * and over a bare struct game built by hand (tests, tools).
 *
 * The UI reads play_game() (const) and changes the game only through play_apply(), which is
 * session_apply() or game_apply(): STYLE.md §10, one door.
 */
#ifndef B20_PLAY_H
#define B20_PLAY_H

#include <stdbool.h>

#include "game.h"
#include "script.h"

struct play_ops {
    const struct game *(*game)(void *ctx);
    enum cmd_status (*apply)(void *ctx, const struct cmd *c, struct events *ev);
    bool (*can_undo)(void *ctx);
    bool (*undo)(void *ctx, struct diag *d);
    const char *(*text)(void *ctx, const char *key);                     /* never NULL */
    int (*pages)(void *ctx, int which, const struct session_page **out); /* script_pages */
    int (*options)(void *ctx, const struct session_option **out);
    bool (*save)(void *ctx, const char *path, struct diag *d);
    int (*take_errors)(void *ctx, struct diag *out, int max);
    int (*take_prints)(void *ctx, char (*out)[SCRIPT_PRINT_LEN], int max); /* print() lines */
    const struct events *(*opening)(void *ctx); /* the start's events, until a command; or NULL */
    void (*free)(void *ctx);
    bool (*set_lang)(void *ctx, const char *lang, struct diag *d); /* texts in another language */
};

struct play {
    const struct play_ops *ops;
    void *ctx;
};

/* A play over a bare game (taken over: freed with the play). Undo restores the state before
 * the last player command when that command drew no random number and began no new turn. */
struct play *play_new_game(struct game *g);
/* A play over a scenario session (taken over); defined in play_session.c. */
struct session;
struct play *play_new_session(struct session *s);
void play_free(struct play *p);
/* The session under a play made by play_new_session(), else NULL. */
struct session *play_session_of(const struct play *p);

const struct game *play_game(const struct play *p);
enum cmd_status play_apply(struct play *p, const struct cmd *c, struct events *ev);
bool play_can_undo(const struct play *p);
bool play_undo(struct play *p, struct diag *d);
const char *play_text(const struct play *p, const char *key);
/* The scenario's texts in another language from now on; false (d says why) when they cannot
 * be read, and the old language stays. */
bool play_set_lang(struct play *p, const char *lang, struct diag *d);
int play_pages(const struct play *p, int which, const struct session_page **out);
int play_options(const struct play *p, const struct session_option **out);
bool play_save(const struct play *p, const char *path, struct diag *d);
int play_take_errors(struct play *p, struct diag *out, int max);
int play_take_prints(struct play *p, char (*out)[SCRIPT_PRINT_LEN], int max);
const struct events *play_opening(const struct play *p);

#endif
