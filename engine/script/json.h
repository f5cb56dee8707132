/*
 * json.h - a small, strict JSON (RFC 8259) reader over a memory buffer, and a growable text
 * buffer for writing JSON.
 *
 * Reading: json_parse() builds a read-only tree in one arena owned by the returned document;
 * every value remembers the line it starts on so loaders can name it in errors. Strict: no
 * comments, no trailing commas, no leading zeros, no control characters or invalid UTF-8 in
 * strings, no lone surrogates, no "\u0000", no duplicate object keys, nothing after the value
 * (a leading UTF-8 byte order mark is skipped). Limits: JSON_MAX_DEPTH nested arrays/objects,
 * JSON_MAX_SIZE bytes of input; numbers that overflow a double are refused.
 *
 * Pointers into a document (values, strings, keys) are valid until json_free().
 * Depends on libc only.
 */
#ifndef B20_JSON_H
#define B20_JSON_H

#include <stdbool.h>
#include <stddef.h>

#define JSON_MAX_DEPTH 64
#define JSON_MAX_SIZE ((size_t)64 << 20)

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
    enum json_type type;
    int line; /* 1-based line where the value starts */
    union {
        bool b;
        double num;
        struct {
            const char *s; /* NUL-terminated UTF-8 (never contains NUL itself) */
            size_t len;
        } str;
        struct {
            const struct json *items; /* n values */
            const char *const *keys;  /* objects: n keys, in file order; arrays: NULL */
            size_t n;
        } list;
    } u;
};

struct json_error {
    int line; /* 1-based; 0 when not about a position (out of memory, too large) */
    int col;  /* 1-based byte column; 0 when unknown */
    char msg[160];
};

struct json_doc;

/* Parses buf[0..len). Returns NULL with err filled on any error. */
struct json_doc *json_parse(const char *buf, size_t len, struct json_error *err);
const struct json *json_root(const struct json_doc *doc);
void json_free(struct json_doc *doc); /* NULL is a no-op */

const char *json_type_name(enum json_type t);
/* Member `key` of an object; NULL when v is not an object or has no such member. */
const struct json *json_get(const struct json *v, const char *key);
/* Element i of an array or object (NULL when out of range or not a container). */
const struct json *json_at(const struct json *v, size_t i);
const char *json_key(const struct json *v, size_t i); /* objects only, else NULL */
size_t json_len(const struct json *v);                /* 0 for non-containers */
/* An integral number in [-2^53, 2^53]: true and *out set; else false. */
bool json_int(const struct json *v, long long *out);
/* A string's text, or NULL when v is not a string. */
const char *json_str(const struct json *v);

/* ---------------------------------------------------------------- writing */
struct json_buf {
    char *data; /* NUL-terminated while not failed */
    size_t len, cap;
    bool failed; /* an allocation failed; the text is incomplete */
};

void json_buf_add(struct json_buf *b, const char *s, size_t n);
void json_buf_puts(struct json_buf *b, const char *s);
void json_buf_printf(struct json_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s as a quoted JSON string with the needed escapes. */
void json_buf_string(struct json_buf *b, const char *s);
void json_buf_fini(struct json_buf *b);

#endif
