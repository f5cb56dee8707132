/*
 * lang.c - key=value string tables with English fallback (see lang.h).
 *
 * A table owns one buffer (the file's text, edited in place: '=' and line ends become NULs,
 * "\n" escapes are turned into newlines); keys are kept sorted for binary search.
 * Depends on libc only.
 */
#include "lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0) {
        fclose(f);
        return NULL;
    }
    long n = ftell(f);
    if (n < 0 || n > 4 * 1024 * 1024) {
        fclose(f);
        return NULL;
    }
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = 0;
    fclose(f);
    return buf;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = 0;
    return s;
}

static void unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
}

void lang_table_fini(struct lang_table *t)
{
    free(t->keys);
    free(t->vals);
    free(t->buf);
    memset(t, 0, sizeof *t);
}

/* sort keys and values together (insertion sort: tables are a few hundred lines) */
static void sort_table(struct lang_table *t)
{
    for (int i = 1; i < t->n; i++) {
        char *k = t->keys[i], *v = t->vals[i];
        int j = i - 1;
        while (j >= 0 && strcmp(t->keys[j], k) > 0) {
            t->keys[j + 1] = t->keys[j];
            t->vals[j + 1] = t->vals[j];
            j--;
        }
        t->keys[j + 1] = k;
        t->vals[j + 1] = v;
    }
}

static bool parse_owned(struct lang_table *t, char *buf, const char *name, char *err,
                        size_t errlen)
{
    memset(t, 0, sizeof *t);
    t->buf = buf;
    int lineno = 0;
    char *line = buf;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        char *s = trim(line);
        line = next;
        if (*s == 0 || *s == '#')
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(err, errlen, "%s:%d: expected key=value", name, lineno);
            lang_table_fini(t);
            return false;
        }
        *eq = 0;
        char *k = trim(s), *v = trim(eq + 1);
        if (*k == 0) {
            snprintf(err, errlen, "%s:%d: empty key", name, lineno);
            lang_table_fini(t);
            return false;
        }
        unescape(v);
        if (t->n == t->cap) {
            int c = t->cap ? t->cap * 2 : 128;
            char **nk = realloc(t->keys, sizeof *nk * (size_t)c);
            if (nk)
                t->keys = nk;
            char **nv = realloc(t->vals, sizeof *nv * (size_t)c);
            if (nv)
                t->vals = nv;
            if (!nk || !nv) {
                snprintf(err, errlen, "%s: out of memory", name);
                lang_table_fini(t);
                return false;
            }
            t->cap = c;
        }
        t->keys[t->n] = k;
        t->vals[t->n] = v;
        t->n++;
    }
    sort_table(t);
    for (int i = 1; i < t->n; i++) {
        if (strcmp(t->keys[i - 1], t->keys[i]) == 0) {
            snprintf(err, errlen, "%s: key '%s' defined twice", name, t->keys[i]);
            lang_table_fini(t);
            return false;
        }
    }
    return true;
}

bool lang_parse(struct lang_table *t, const char *text, const char *name, char *err,
                size_t errlen)
{
    size_t n = strlen(text);
    char *buf = malloc(n + 1);
    if (!buf) {
        snprintf(err, errlen, "%s: out of memory", name);
        return false;
    }
    memcpy(buf, text, n + 1);
    return parse_owned(t, buf, name, err, errlen);
}

static bool load_table(struct lang_table *t, const char *dir, const char *code, char *err,
                       size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.txt", dir, code);
    char *buf = read_file(path);
    if (!buf) {
        snprintf(err, errlen, "%s: cannot read the string table", path);
        return false;
    }
    return parse_owned(t, buf, path, err, errlen);
}

bool lang_load(struct lang *l, const char *dir, const char *code, char *err, size_t errlen)
{
    memset(l, 0, sizeof *l);
    snprintf(l->code, sizeof l->code, "%s", "en");
    if (!load_table(&l->en, dir, "en", err, errlen))
        return false;
    if (code && strcmp(code, "en") != 0) {
        char e2[512];
        if (load_table(&l->cur, dir, code, e2, sizeof e2)) {
            snprintf(l->code, sizeof l->code, "%s", code);
        } else if (strstr(e2, "cannot read") == NULL) {
            snprintf(err, errlen, "%s", e2);
            lang_fini(l);
            return false;
        }
    }
    return true;
}

void lang_fini(struct lang *l)
{
    lang_table_fini(&l->cur);
    lang_table_fini(&l->en);
}

static const char *find(const struct lang_table *t, const char *key)
{
    int lo = 0, hi = t->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(t->keys[mid], key);
        if (c == 0)
            return t->vals[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

const char *lang_get(const struct lang *l, const char *key)
{
    const char *v = find(&l->cur, key);
    if (!v)
        v = find(&l->en, key);
    return v ? v : key;
}
