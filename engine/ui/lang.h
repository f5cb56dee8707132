/*
 * lang.h - the UI's string tables: assets/lang/<code>.txt, lines of key=value (UTF-8; "#"
 * starts a comment; "\n" in a value is a line break). A lookup tries the chosen language,
 * then English, then returns the key itself, so a missing translation shows English and a
 * missing key shows its name instead of crashing.
 */
#ifndef B20_LANG_H
#define B20_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct lang_table {
    int n, cap;
    char **keys;
    char **vals;
    char *buf; /* the file contents, keys and values point into it */
};

struct lang {
    char code[8];
    struct lang_table cur, en;
};

/* Loads dir/en.txt and dir/<code>.txt. Returns false with err set when English is missing or a
 * line is malformed (file:line: problem); a missing other language falls back to English. */
bool lang_load(struct lang *l, const char *dir, const char *code, char *err, size_t errlen);
void lang_fini(struct lang *l);
const char *lang_get(const struct lang *l, const char *key); /* never NULL */
/* Parses one table from memory (tests); `name` is used in messages. */
bool lang_parse(struct lang_table *t, const char *text, const char *name, char *err,
                size_t errlen);
void lang_table_fini(struct lang_table *t);

#endif
