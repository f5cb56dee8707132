/*
 * ai.h - computer opponents. The AI reads the state as its side may see it and answers with
 * the next command for the phase in play (CMD_END_PHASE when it is done); the caller applies it
 * through the same door as a player. It never reads the rules RNG; where it wants chance
 * (the random baseline, the easy level's slips, the hard level's played-out futures) it draws
 * from a stream derived from the game's seed and the position, so the same state always gets
 * the same answer.
 *
 * Two ways to call it:
 *   ai_next(g, side, level)           stateless; plans the rest of the phase from the state
 *                                     and returns its first command.
 *   ai_new() / ai_think() / ai_free()  keeps the phase plan between calls and hands it out
 *                                     order by order, replanning only when the state is not
 *                                     the one the plan expected (a scenario handler fired, a
 *                                     human moved). Much cheaper over a phase.
 * The two agree on the first command from any state; later in a phase ai_next replans from
 * where the units stand, so its orders may differ. Both are deterministic.
 * See docs/ai.md for the levels and how the planner thinks.
 */
#ifndef B20_AI_H
#define B20_AI_H

#include <stdbool.h>

#include "game.h"

enum ai_level {
    AI_RANDOM = 0, /* baseline: random legal moves and attacks */
    AI_GREEDY = 1, /* baseline: best immediate gain, one unit at a time, attacks at 1:1 */
    AI_EASY = 2,   /* the planner with slips, no rail or landing finesse, careless of risk */
    AI_NORMAL = 3, /* the planner */
    AI_HARD = 4,   /* the planner choosing among candidate plans by playing each out to its
                    * next turn, with a wider combat search */
    AI_LEVEL_COUNT
};

const char *ai_level_name(int level);
int ai_level_from_name(const char *name); /* -1 when unknown */

/* The next command for `side` in the current phase; side must be the active side. The
 * command is always one cmd_validate() accepts (CMD_END_PHASE when nothing else is). */
struct cmd ai_next(const struct game *g, int side, int level);

struct ai;
struct ai *ai_new(void); /* NULL when out of memory */
void ai_free(struct ai *a);
/* As ai_next, reusing the plan made by the previous call when the state is the expected one. */
struct cmd ai_think(struct ai *a, const struct game *g, int side, int level);

/* For the ai_*.c modules: the baselines (ai.c) and the planner (ai_plan.c). `a` gives the
 * planner its scratch memory and plan queue. */
struct cmd ai_random_next(const struct game *g, int side, struct reach *r);
struct cmd ai_greedy_next(const struct game *g, int side, struct reach *r);
struct cmd ai_plan_next(struct ai *a, const struct game *g, int side, int level);
struct cmd ai_end_phase(int side);

#endif
