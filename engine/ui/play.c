/*
 * play.c - the play wrapper and its bare-game implementation (see play.h).
 *
 * A bare game has no scenario text, pages or saves: text() returns the key, pages() none,
 * save() refuses with a diag. Undo keeps one snapshot: the state before the last player
 * command, dropped whenever a command changed the RNG or the turn.
 * Depends on the rules core only.
 */
#include "play.h"

#include <stdlib.h>
#include <string.h>

struct bare {
    struct game *g;
    struct game *before; /* state before the last undoable command, or NULL */
};

static const struct game *bare_game(void *ctx)
{
    return ((struct bare *)ctx)->g;
}

static enum cmd_status bare_apply(void *ctx, const struct cmd *c, struct events *ev)
{
    struct bare *b = ctx;
    struct game *snap = game_clone(b->g);
    int turn = b->g->turn;
    enum cmd_status st = game_apply(b->g, c, ev);
    if (st != CMD_OK) {
        game_free(snap);
        return st;
    }
    bool undoable = snap && c->origin == ORIGIN_PLAYER && c->kind != CMD_END_PHASE &&
                    c->kind != CMD_ATTACK && turn == b->g->turn &&
                    memcmp(&snap->rng, &b->g->rng, sizeof snap->rng) == 0;
    game_free(b->before);
    b->before = undoable ? snap : NULL;
    if (!undoable)
        game_free(snap);
    return st;
}

static bool bare_can_undo(void *ctx)
{
    return ((struct bare *)ctx)->before != NULL;
}

static bool bare_undo(void *ctx, struct diag *d)
{
    struct bare *b = ctx;
    if (!b->before)
        return diag_set(d, NULL, 0, NULL, "nothing to undo");
    game_free(b->g);
    b->g = b->before;
    b->before = NULL;
    return true;
}

static const char *bare_text(void *ctx, const char *key)
{
    (void)ctx;
    return key ? key : "";
}

static int bare_pages(void *ctx, int which, const struct session_page **out)
{
    (void)ctx;
    (void)which;
    *out = NULL;
    return 0;
}

static int bare_options(void *ctx, const struct session_option **out)
{
    (void)ctx;
    *out = NULL;
    return 0;
}

static bool bare_save(void *ctx, const char *path, struct diag *d)
{
    (void)ctx;
    return diag_set(d, path, 0, NULL, "this game was not started from a scenario and "
                    "cannot be saved");
}

static int bare_errors(void *ctx, struct diag *out, int max)
{
    (void)ctx;
    (void)out;
    (void)max;
    return 0;
}

static int bare_prints(void *ctx, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    (void)ctx;
    (void)out;
    (void)max;
    return 0; /* a bare game has no script */
}

static const struct events *bare_opening(void *ctx)
{
    (void)ctx;
    return NULL; /* a bare game is built and started by its maker */
}

static void bare_free(void *ctx)
{
    struct bare *b = ctx;
    game_free(b->g);
    game_free(b->before);
    free(b);
}

static bool bare_set_lang(void *ctx, const char *lang, struct diag *d)
{
    (void)ctx; /* a bare game has no texts of its own: its keys are its texts */
    (void)lang;
    (void)d;
    return true;
}

static const struct play_ops bare_ops = {
    bare_game, bare_apply, bare_can_undo, bare_undo, bare_text, bare_pages, bare_options,
    bare_save, bare_errors, bare_prints, bare_opening, bare_free, bare_set_lang,
};

struct play *play_new_game(struct game *g)
{
    struct play *p = calloc(1, sizeof *p);
    struct bare *b = calloc(1, sizeof *b);
    if (!p || !b) {
        free(p);
        free(b);
        return NULL;
    }
    b->g = g;
    p->ops = &bare_ops;
    p->ctx = b;
    return p;
}

void play_free(struct play *p)
{
    if (!p)
        return;
    p->ops->free(p->ctx);
    free(p);
}

const struct game *play_game(const struct play *p)
{
    return p->ops->game(p->ctx);
}

enum cmd_status play_apply(struct play *p, const struct cmd *c, struct events *ev)
{
    return p->ops->apply(p->ctx, c, ev);
}

bool play_can_undo(const struct play *p)
{
    return p->ops->can_undo(p->ctx);
}

bool play_undo(struct play *p, struct diag *d)
{
    return p->ops->undo(p->ctx, d);
}

const char *play_text(const struct play *p, const char *key)
{
    return p->ops->text(p->ctx, key);
}

bool play_set_lang(struct play *p, const char *lang, struct diag *d)
{
    return p->ops->set_lang(p->ctx, lang, d);
}

int play_pages(const struct play *p, int which, const struct session_page **out)
{
    return p->ops->pages(p->ctx, which, out);
}

int play_options(const struct play *p, const struct session_option **out)
{
    return p->ops->options(p->ctx, out);
}

bool play_save(const struct play *p, const char *path, struct diag *d)
{
    return p->ops->save(p->ctx, path, d);
}

int play_take_errors(struct play *p, struct diag *out, int max)
{
    return p->ops->take_errors(p->ctx, out, max);
}

int play_take_prints(struct play *p, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    return p->ops->take_prints(p->ctx, out, max);
}

const struct events *play_opening(const struct play *p)
{
    return p->ops->opening(p->ctx);
}
