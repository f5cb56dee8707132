/*
 * play_session.c - the play operations over a scenario session (engine/script/session.h).
 * Kept apart from play.c so programs that only show hand-built games need not link the
 * scenario layer's session code.
 */
#include "play.h"

#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "ui.h"

static const struct game *s_game(void *ctx)
{
    return session_game(ctx);
}

static enum cmd_status s_apply(void *ctx, const struct cmd *c, struct events *ev)
{
    return session_apply(ctx, c, ev);
}

static bool s_can_undo(void *ctx)
{
    return session_can_undo(ctx);
}

static bool s_undo(void *ctx, struct diag *d)
{
    return session_undo(ctx, d);
}

static const char *s_text(void *ctx, const char *key)
{
    return session_text(ctx, key);
}

static int s_pages(void *ctx, int which, const struct session_page **out)
{
    switch (which) {
    case PAGES_BRIEFING:
        return session_briefing(ctx, out);
    case PAGES_NOTES:
        return session_notes(ctx, out);
    case PAGES_SOURCES:
        return session_sources(ctx, out);
    case PAGES_PERSPECTIVES:
        return session_perspectives(ctx, out);
    default:
        *out = NULL;
        return 0;
    }
}

static int s_options(void *ctx, const struct session_option **out)
{
    return session_options(ctx, out);
}

static bool s_save(void *ctx, const char *path, struct diag *d)
{
    return session_save(ctx, path, d);
}

static int s_errors(void *ctx, struct diag *out, int max)
{
    return session_take_errors(ctx, out, max);
}

static int s_prints(void *ctx, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    return session_take_prints(ctx, out, max);
}

static const struct events *s_opening(void *ctx)
{
    return session_opening(ctx);
}

static void s_free(void *ctx)
{
    session_free(ctx);
}

static bool s_set_lang(void *ctx, const char *lang, struct diag *d)
{
    return session_set_lang(ctx, lang, d);
}

static const struct play_ops session_ops = {
    s_game,    s_apply,  s_can_undo, s_undo, s_text, s_pages, s_options, s_save, s_errors,
    s_prints,  s_opening, s_free,     s_set_lang,
};

struct play *play_new_session(struct session *s)
{
    struct play *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->ops = &session_ops;
    p->ctx = s;
    return p;
}

/* ====================================================================== the UI's host */

static int host_list(void *ctx, const char *lang, struct scenario_info *out, int max)
{
    struct play_dirs *pd = ctx;
    return scenario_list(pd->dirs, pd->ndirs, lang, out, max);
}

static struct play *host_open(void *ctx, const char *dir, const struct option_kv *opts,
                              int nopts, uint64_t seed, const char *lang, struct diag *d)
{
    (void)ctx;
    struct session *s = session_open(dir, opts, nopts, seed, lang, d);
    if (!s)
        return NULL;
    struct play *p = play_new_session(s);
    if (!p) {
        session_free(s);
        diag_set(d, dir, 0, NULL, "out of memory");
    }
    return p;
}

static struct play *host_load(void *ctx, const char *path, const char *lang, struct diag *d)
{
    struct play_dirs *pd = ctx;
    struct session *s = session_load(pd->dirs, pd->ndirs, path, lang, d);
    if (!s)
        return NULL;
    struct play *p = play_new_session(s);
    if (!p) {
        session_free(s);
        diag_set(d, path, 0, NULL, "out of memory");
    }
    return p;
}

void play_host(struct ui_host *h, struct play_dirs *pd, const char *installed,
               const char *const *extra, int nextra)
{
    memset(pd, 0, sizeof *pd);
    pd->ndirs = scenario_dirs(installed, extra, nextra, pd->dirs, SESSION_MAX_DIRS);
    memset(h, 0, sizeof *h);
    h->ctx = pd;
    h->list = host_list;
    h->open = host_open;
    h->load = host_load;
}

struct play *play_open_id(struct play_dirs *pd, const char *id, const struct option_kv *opts,
                          int nopts, uint64_t seed, const char *lang, struct diag *d)
{
    char dir[SESSION_PATH_LEN];
    if (!scenario_resolve(pd->dirs, pd->ndirs, id, dir, sizeof dir, d))
        return NULL;
    return host_open(pd, dir, opts, nopts, seed, lang, d);
}

struct session *play_session_of(const struct play *p)
{
    return p && p->ops == &session_ops ? p->ctx : NULL;
}
