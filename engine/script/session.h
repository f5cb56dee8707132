/*
 * session.h - a game in play: the rules state, the scenario's Lua, and the glue between them.
 *
 * Everything that plays (the window, the headless runner, the AI driver, tests) goes through a
 * session: session_apply() passes the command to game_apply(), then lets the scenario's event
 * handlers react; their effects are commands too (origin SCRIPT), applied and logged the same
 * way. While a log is replayed (loading a save, undo, the classroom replay) the handlers are
 * muted, because their effects are already in the log.
 */
#ifndef B20_SESSION_H
#define B20_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "script.h"

/* Where scenarios are found: installed folder, $XDG_DATA_HOME/baku1920/scenarios (or
 * ~/.local/share/...), then any extra folders (--scenario-dir). Returns the count. */
int scenario_dirs(const char *installed, const char *const *extra, int nextra,
                  char dirs[][SESSION_PATH_LEN], int max);
/* Finds a scenario by id in dirs, or takes id_or_path as a folder path. */
bool scenario_resolve(char dirs[][SESSION_PATH_LEN], int ndirs, const char *id_or_path,
                      char *dir_out, size_t dir_len, struct diag *d);
/* Lists valid scenarios (sorted by id); broken ones are skipped. lang: "en", "ru", "az". */
int scenario_list(char dirs[][SESSION_PATH_LEN], int ndirs, const char *lang,
                  struct scenario_info *out, int max);

struct session;

/* Loads the scenario folder with the given options and starts the game with seed. NULL with
 * d filled when the scenario is refused. */
struct session *session_open(const char *dir, const struct option_kv *opts, int nopts,
                             uint64_t seed, const char *lang, struct diag *d);
void session_free(struct session *s);

const struct game *session_game(const struct session *s);
enum cmd_status session_apply(struct session *s, const struct cmd *c, struct events *ev);
/* Scenario metadata */
const char *session_text(const struct session *s, const char *key); /* never NULL */
const char *session_lang(const struct session *s);
/* The scenario's texts in another language from now on (script_set_lang); false, with d
 * saying why, when that language's strings cannot be read: the old language stays. */
bool session_set_lang(struct session *s, const char *lang, struct diag *d);
int session_options(const struct session *s, const struct session_option **out);
int session_briefing(const struct session *s, const struct session_page **out);
int session_notes(const struct session *s, const struct session_page **out);
int session_sources(const struct session *s, const struct session_page **out);
int session_perspectives(const struct session *s, const struct session_page **out);
const char *session_dir(const struct session *s);
/* Script errors raised during play since the last call (handler disabled, game goes on).
 * Copies up to max into out and forgets them; returns the count. */
int session_take_errors(struct session *s, struct diag *out, int max);
/* The events of the game's start (turn and phase, arrivals) and of the handlers that ran on
 * it (the scenario's opening messages, milestones...), for an interface to show; NULL once a
 * command has been applied, and for a loaded game. */
const struct events *session_opening(const struct session *s);
/* The scenario's print() lines since the last call (script_take_prints). */
int session_take_prints(struct session *s, char (*out)[SCRIPT_PRINT_LEN], int max);

/* Undo the last player command when no random result, handler or new turn came after it. */
bool session_can_undo(const struct session *s);
bool session_undo(struct session *s, struct diag *d);

/* Who plays each side (1: the computer, 0: a person), for the interface: kept in the saves
 * (a `players` line), so a game loaded later goes on with the same players. session_players
 * is false when nobody said (a game from the command line, a save without the line). */
void session_set_players(struct session *s, const uint8_t computer[MAX_SIDES]);
bool session_players(const struct session *s, uint8_t computer[MAX_SIDES]);

/* What a save holds, from its scenario and turn lines, without replaying it (a list of saves
 * names them so): false when the file is not a save or does not say. */
bool session_peek(const char *path, char scenario[ID_LEN], int *turn);

/* Saves: versioned text (see docs/saves.md), written atomically. */
bool session_save(const struct session *s, const char *path, struct diag *d);
struct session *session_load(char dirs[][SESSION_PATH_LEN], int ndirs, const char *path,
                             const char *lang, struct diag *d);

#endif
