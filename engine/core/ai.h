/*
 * ai.h - computer opponents. The AI reads the state as its side may see it and answers with
 * the next command for the phase in play (CMD_END_PHASE when it is done); the caller applies it
 * through the same door as a player. It is deterministic: its dice come from a stream derived
 * from the game's seed and position, never from the rules stream.
 */
#ifndef B20_AI_H
#define B20_AI_H

#include <stdbool.h>

#include "game.h"

enum ai_level {
    AI_RANDOM = 0, /* baseline: random legal moves and attacks */
    AI_GREEDY = 1, /* baseline: best immediate gain, one move at a time */
    AI_EASY = 2,
    AI_NORMAL = 3,
    AI_HARD = 4,
    AI_LEVEL_COUNT
};

const char *ai_level_name(int level);
int ai_level_from_name(const char *name); /* -1 when unknown */

/* The next command for `side` in the current phase; side must be the active side. */
struct cmd ai_next(const struct game *g, int side, int level);

#endif
