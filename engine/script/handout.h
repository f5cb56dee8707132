/*
 * handout.h - a game's record as a readable document for the classroom ("export log").
 *
 * The record is rebuilt from the session's command log: the scenario is loaded afresh, the
 * game started with the same seed and options, and every logged command applied again with
 * the handlers muted, collecting what happened turn by turn. The rebuilt game must end with
 * the session's state hash, or the handout is refused.
 *
 * Markdown or a self-contained HTML page (inline style, no external resources, every text
 * escaped).
 */
#ifndef B20_HANDOUT_H
#define B20_HANDOUT_H

#include <stdbool.h>
#include <stdio.h>

#include "session.h"

enum handout_format { HANDOUT_MD, HANDOUT_HTML };

/* The format a file name asks for: .md/.markdown -> HANDOUT_MD, .html/.htm -> HANDOUT_HTML;
 * -1 for anything else. */
int handout_format_for(const char *path);

/* Writes the handout of the game in s to f. False with d filled (nothing useful written). */
bool handout_write(const struct session *s, FILE *f, enum handout_format fmt, struct diag *d);

/* Writes it to path atomically (temporary file, then rename). */
bool handout_save(const struct session *s, const char *path, enum handout_format fmt,
                  struct diag *d);

#endif
