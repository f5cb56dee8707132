/*
 * diag.h - an error report about bad input (scenario, map, save, option): which file, which
 * line, which field, and what is wrong. The core fills one and returns false; it never prints
 * or exits. Callers show it (stderr + exit status, or a dialog).
 */
#ifndef B20_DIAG_H
#define B20_DIAG_H

#include <stdbool.h>

#define DIAG_PATH_LEN 256
#define DIAG_FIELD_LEN 128
#define DIAG_MSG_LEN 512

struct diag {
    char path[DIAG_PATH_LEN];   /* file, or "" */
    int line;                   /* 1-based, or 0 when unknown */
    char field[DIAG_FIELD_LEN]; /* e.g. "units[3].pos", or "" */
    char msg[DIAG_MSG_LEN];
};

void diag_clear(struct diag *d);
/* Fills d (path/field may be NULL) and returns false, so loaders can `return diag_set(...)`. */
bool diag_set(struct diag *d, const char *path, int line, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* "path:line: field: msg" with the empty parts left out. */
void diag_format(const struct diag *d, char *out, int outlen);

#endif
