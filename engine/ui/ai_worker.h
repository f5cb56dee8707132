/*
 * ai_worker.h - the computer's thinking off the window's thread. A fresh plan at the hard
 * level can take most of a second; thought on the window's thread, it would freeze the screen
 * that long. The worker thinks about a copy of the state on a thread of its own (SDL threads),
 * hands back the command with the hash of the state it thought about, and the caller applies
 * it only if the game is still in that state. The core has no mutable globals, so the copy
 * and the worker's `struct ai` are all the thread touches.
 *
 * One job at a time: aiw_start() copies the state and starts the thread; aiw_poll() says
 * whether it is done (waiting at most `wait_ms` for it) and hands over its command.
 */
#ifndef B20_AI_WORKER_H
#define B20_AI_WORKER_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "ai.h"

struct ai_worker {
    struct ai *ai;     /* the planner, its phase plan kept between jobs; used only by the job */
    struct game *copy; /* the state the job thinks about */
    SDL_Thread *thread;
    SDL_sem *done;     /* posted by the job when its command is ready */
    bool running;
    uint64_t hash;     /* of the state the job started from */
    int side, level;
    struct cmd result;
};

/* false when out of memory (the caller then thinks on its own thread with ai_next) */
bool aiw_init(struct ai_worker *w);
/* waits for a running job, then frees everything */
void aiw_fini(struct ai_worker *w);
/* Starts thinking about g's next command for side at level. False when a job is running or
 * no thread could be made (aiw_next then thinks on the caller's thread). */
bool aiw_start(struct ai_worker *w, const struct game *g, int side, int level);
/* True when the running job is done (after waiting at most wait_ms): *out is its command,
 * for the state whose hash is w->hash, side w->side and level w->level. */
bool aiw_poll(struct ai_worker *w, int wait_ms, struct cmd *out);
/* The computer's next command for side in g, thought on the worker's thread: starts the job
 * if none runs and waits at most wait_ms for it. False while it thinks (call again on a later
 * frame). A command thought about another state (an undo, a load, a human's move came
 * between) is dropped and the thinking starts again. Without a worker (out of memory, no
 * thread) it thinks on the caller's thread. */
bool aiw_next(struct ai_worker *w, const struct game *g, int side, int level, int wait_ms,
              struct cmd *out);

#endif
