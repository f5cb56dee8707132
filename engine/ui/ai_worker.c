/*
 * ai_worker.c - the computer's thinking on a thread of its own (see ai_worker.h).
 * Depends on the core and SDL's threads.
 */
#include "ai_worker.h"

bool aiw_init(struct ai_worker *w)
{
    SDL_zerop(w);
    w->ai = ai_new();
    w->copy = w->ai ? game_new() : NULL;
    w->done = w->copy ? SDL_CreateSemaphore(0) : NULL;
    if (!w->done) {
        aiw_fini(w);
        return false;
    }
    return true;
}

/* the job has posted (or is about to): its thread is joined */
static void join(struct ai_worker *w)
{
    SDL_WaitThread(w->thread, NULL);
    w->thread = NULL;
    w->running = false;
}

void aiw_fini(struct ai_worker *w)
{
    if (w->running)
        join(w);
    ai_free(w->ai);
    if (w->copy)
        game_free(w->copy);
    if (w->done)
        SDL_DestroySemaphore(w->done);
    SDL_zerop(w);
}

static int job(void *data)
{
    struct ai_worker *w = data;
    w->result = ai_think(w->ai, w->copy, w->side, w->level);
    SDL_SemPost(w->done);
    return 0;
}

bool aiw_start(struct ai_worker *w, const struct game *g, int side, int level)
{
    if (!w->ai || w->running)
        return false;
    game_copy_state(w->copy, g);
    w->hash = game_hash(g);
    w->side = side;
    w->level = level;
    w->thread = SDL_CreateThread(job, "ai", w);
    w->running = w->thread != NULL;
    return w->running;
}

bool aiw_poll(struct ai_worker *w, int wait_ms, struct cmd *out)
{
    if (!w->running)
        return false;
    int got = wait_ms > 0 ? SDL_SemWaitTimeout(w->done, (Uint32)wait_ms) : SDL_SemTryWait(w->done);
    if (got != 0)
        return false;
    join(w);
    *out = w->result;
    return true;
}

/* the same thinking on the caller's thread (no worker, or no thread could be made) */
static struct cmd think_here(struct ai_worker *w, const struct game *g, int side, int level)
{
    return w->ai ? ai_think(w->ai, g, side, level) : ai_next(g, side, level);
}

bool aiw_next(struct ai_worker *w, const struct game *g, int side, int level, int wait_ms,
              struct cmd *out)
{
    if (!w->running && !aiw_start(w, g, side, level)) {
        *out = think_here(w, g, side, level);
        return true;
    }
    struct cmd r;
    if (!aiw_poll(w, wait_ms, &r))
        return false;
    if (w->hash == game_hash(g) && w->side == side && w->level == level) {
        *out = r;
        return true;
    }
    aiw_start(w, g, side, level); /* stale: think again about the state as it is */
    return false;
}
