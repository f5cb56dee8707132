/*
 * script.h - the scenario's Lua: loading a scenario folder into a game's initial state, the
 * sandbox (safe globals, instruction budget, memory cap, text-only chunks), the string tables,
 * and the event handlers that react to what game_apply() reports.
 *
 * The script layer never writes into struct game after setup: every effect a handler asks for
 * becomes a struct cmd (origin ORIGIN_SCRIPT) handed to the apply callback.
 */
#ifndef B20_SCRIPT_H
#define B20_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game.h"

#define SESSION_MAX_OPTIONS 32
#define SESSION_MAX_PAGES 32
#define SESSION_MAX_SOURCES 48
#define SESSION_MAX_DIRS 8
#define SESSION_PATH_LEN 512

/* A what-if option as the scenario declares it; value is what this game uses. */
struct session_option {
    char id[ID_LEN];
    char name[TEXT_LEN]; /* string keys */
    char note[TEXT_LEN];
    int value, def, min, max; /* booleans are 0..1 */
};

/* An option chosen on the command line or in a menu: id=value. */
struct option_kv {
    char id[ID_LEN];
    int value;
};

/* A briefing page, a historical note, a source or a perspective: keys into the string tables. */
struct session_page {
    char title[TEXT_LEN];
    char text[TEXT_LEN];
    char source[TEXT_LEN]; /* a source id, or for perspectives the attribution key */
};

/* What the scenario list shows, read without starting a game. */
struct scenario_info {
    char id[ID_LEN];
    char dir[SESSION_PATH_LEN];
    char title[256];       /* already translated */
    char description[1024];
    char dates[64];        /* "27 Apr - 7 May 1920" style, from start + turns */
    char recommended_side[ID_LEN];
    int difficulty;
    int turns;
};

struct script;

struct script *script_new(void);
void script_free(struct script *s);

/* Runs dir/scenario.lua in the sandbox with the chosen options and builds g's initial state
 * (game_add_* calls; g is not started). On refusal returns false with file, line, field and
 * message in d. lang: "en", "ru" or "az" (unknown: "en"). */
bool script_load(struct script *s, const char *dir, const char *lang,
                 const struct option_kv *opts, int nopts, struct game *g, struct diag *d);

/* Applies one effect command; returns its status. The session supplies it. */
typedef enum cmd_status (*script_apply_fn)(void *ctx, const struct cmd *c);
/* Runs the handlers registered for ev (g already shows their result). Errors are recorded
 * (see script_take_errors) and the failing handler is disabled. */
void script_react(struct script *s, const struct game *g, const struct events *ev,
                  script_apply_fn apply, void *ctx);
int script_take_errors(struct script *s, struct diag *out, int max);
/* What the scenario printed (print(): "file:line: text", the file without its folders) since
 * the last call, oldest first; the newest SCRIPT_KEEP_PRINTS are kept. Copies up to max into
 * out and forgets them; returns the count. Every line also goes to stderr as it is printed. */
#define SCRIPT_PRINT_LEN 200
#define SCRIPT_KEEP_PRINTS 32
int script_take_prints(struct script *s, char (*out)[SCRIPT_PRINT_LEN], int max);

/* Metadata read at load. */
const char *script_text(const struct script *s, const char *key); /* never NULL */
const char *script_lang(const struct script *s);
/* Switches the string tables to another language (ru, az, en; anything else is English) in a
 * loaded script: what script_text() returns from then on. On failure (a broken strings file)
 * the old language stays and d says why. */
bool script_set_lang(struct script *s, const char *lang, struct diag *d);
int script_options(const struct script *s, const struct session_option **out);
enum script_pages { PAGES_BRIEFING, PAGES_NOTES, PAGES_SOURCES, PAGES_PERSPECTIVES };
int script_pages(const struct script *s, int which, const struct session_page **out);
/* Title, description, dates etc. as the scenario list shows them. */
void script_info(const struct script *s, const struct game *g, struct scenario_info *out);
/* 64-bit hash of every file the scenario read (scenario.lua, includes, map, strings). */
uint64_t script_content_hash(const struct script *s);

#endif
