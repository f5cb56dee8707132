/*
 * diag.c - formatting of bad-input reports. Depends on libc only.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void diag_clear(struct diag *d)
{
    if (d)
        memset(d, 0, sizeof *d);
}

bool diag_set(struct diag *d, const char *path, int line, const char *field, const char *fmt, ...)
{
    if (!d)
        return false;
    memset(d, 0, sizeof *d);
    if (path)
        snprintf(d->path, sizeof d->path, "%s", path);
    d->line = line;
    if (field)
        snprintf(d->field, sizeof d->field, "%s", field);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
    return false;
}

void diag_format(const struct diag *d, char *out, int outlen)
{
    int n = 0;
    out[0] = '\0';
    if (d->path[0])
        n += snprintf(out + n, outlen - n, "%s", d->path);
    if (d->path[0] && d->line > 0 && n < outlen)
        n += snprintf(out + n, outlen - n, ":%d", d->line);
    if (n > 0 && n < outlen)
        n += snprintf(out + n, outlen - n, ": ");
    if (d->field[0] && n < outlen)
        n += snprintf(out + n, outlen - n, "%s: ", d->field);
    if (n < outlen)
        snprintf(out + n, outlen - n, "%s", d->msg[0] ? d->msg : "unknown error");
}
