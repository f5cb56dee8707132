/*
 * replay.h - classroom mode: the historical course of a scenario as a replay the teacher can
 * step through, branch from ("what if?") and overlay on any game.
 *
 * A scenario folder may hold history.lua (format: docs/classroom.md): dated steps, each with a
 * title, an explanation in en/ru/az, its sources, and what makes the map match history:
 * effects (destroy, remove, owner, spawn, war; applied as ORIGIN_SCRIPT commands) and standing
 * orders (unit -> place), which the replay carries out as the ordering side's own commands in
 * its movement phases, ending every phase with END_PHASE. Everything goes through
 * session_apply(), so the replay is a normal game: same scenario, seed and options give the
 * same states, and the state hash at each step is recorded and checked again whenever the
 * replay is rebuilt (stepping backwards rebuilds from the start).
 *
 * Returned pointers are borrowed from the replay and valid until the next replay_goto().
 */
#ifndef B20_REPLAY_H
#define B20_REPLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "session.h"

#define REPLAY_MAX_STEPS 64
#define REPLAY_HISTORY_FILE "history.lua"

struct replay;

/* One step as the UI shows it. Texts are in the replay's language (English when the step has
 * no text in it). */
struct replay_step {
    char id[ID_LEN];
    int turn;                /* the game turn the step happens on */
    char date[32];           /* "1920-04-28 dawn" */
    const char *title;
    const char *text;
    const char *source_ids;  /* "S0, S1" */
    const char *sources;     /* the full source lines from the scenario's tables, "\n"-separated */
    uint64_t hash;           /* the state hash where the step rests */
};

/* Where a unit stood in the historical course. */
struct replay_pos {
    char key[ID_LEN];
    char name[NAME_LEN];     /* string key of the unit's name (session_text translates it) */
    int side;
    struct hex pos;
};

/* Opens the history of the scenario in dir and runs it once from start to end (checking every
 * step), then stands at step 0. NULL with d filled (file, line, field) when history.lua is
 * missing or wrong, the scenario is refused, or a step cannot be carried out. */
struct replay *replay_open(const char *dir, const struct option_kv *opts, int nopts,
                           uint64_t seed, const char *lang, struct diag *d);
void replay_free(struct replay *r);

int replay_steps(const struct replay *r);
int replay_current(const struct replay *r);
/* Goes to step k (0-based), forwards by playing on, backwards by rebuilding from the start.
 * False with d filled when k is out of range or the rebuilt state does not match. */
bool replay_goto(struct replay *r, int k, struct diag *d);
/* Step k's texts and date; replay_step(0 .. replay_steps()-1) is the timeline the UI lists
 * (clicking an entry: replay_goto). False when k is out of range. */
bool replay_step(const struct replay *r, int k, struct replay_step *out);
/* The turn of a date in this scenario (half 0 dawn, 1 dusk); -1 when outside it. */
int replay_turn_of_date(const struct replay *r, int year, int month, int day, int half);
/* The step whose date is the latest at or before turn (-1 when the turn is before step 0). */
int replay_step_for_turn(const struct replay *r, int turn);

/* The game at the current step, for drawing. */
const struct session *replay_session(const struct replay *r);
/* The scenario's texts in another language from now on (session_set_lang); the steps already
 * read from the history keep theirs. */
bool replay_set_lang(struct replay *r, const char *lang, struct diag *d);
const struct game *replay_game(const struct replay *r);

/* A normal, playable session standing where step k rests (its state hash equals the
 * replay's); the caller owns it (session_free). NULL with d filled. */
struct session *replay_branch(struct replay *r, int k, struct diag *d);

/* Where the historical forces stood at the end of the movement of `turn` (turns past the last
 * step give the last state). Fills up to max entries in unit order; returns the count. */
int replay_positions(const struct replay *r, int turn, struct replay_pos *out, int max);
/* The same for a date; half 0 dawn, 1 dusk. -1 when the date is outside the scenario. */
int replay_positions_date(const struct replay *r, int year, int month, int day, int half,
                          struct replay_pos *out, int max);

/* Things the replay skipped while running (an order for a unit that is not in play under the
 * chosen options, say): "history.lua: step 'samur': ...". Returns the count; out may be NULL. */
int replay_warnings(const struct replay *r, const char *const **out);

/* For the languages check: the text fields of history.lua in dir missing in lang ("ru" or
 * "az") while present in English, as "step.<id>.title" / "step.<id>.text" into out (up to
 * max). Returns the count of missing fields, or -1 with d filled when the file is broken; a
 * folder without history.lua has nothing missing. */
int replay_history_missing(const char *dir, const char *lang, char (*out)[64], int max,
                           struct diag *d);
/* The keys of a string table file (dir-relative, e.g. "strings/en.lua"), loaded in the
 * sandbox, sorted. *keys is malloc'd (free each and the array). Returns the count, -1 with d. */
int replay_table_keys(const char *dir, const char *rel, char ***keys, struct diag *d);

#endif
