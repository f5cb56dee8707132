/*
 * test_lang.c - the interface string tables: parsing, English fallback, errors naming file
 * and line, and the shipped tables: every translated key exists in English, keeps the same
 * %d/%s conversions in the same order (a translation must never be able to crash printf),
 * and the bundled font has every letter Azerbaijani and Russian text needs.
 */
#include <stdlib.h>

#include <SDL_ttf.h>

#include "harness.h"
#include "lang.h"

static const char *data_dir(void)
{
    const char *d = getenv("B20_DATA_DIR");
    return d && d[0] ? d : ".";
}

static void parse_and_lookup(void)
{
    struct lang_table t;
    char err[256];
    CHECK(lang_parse(&t, "# comment\n\n  b.x = two words \na.y=line\\nbreak\r\n", "mem", err,
                     sizeof err));
    CHECK_EQ_INT(t.n, 2);
    struct lang l;
    memset(&l, 0, sizeof l);
    l.en = t;
    CHECK(strcmp(lang_get(&l, "b.x"), "two words") == 0);
    CHECK(strcmp(lang_get(&l, "a.y"), "line\nbreak") == 0);
    CHECK(strcmp(lang_get(&l, "missing.key"), "missing.key") == 0);
    lang_table_fini(&l.en);
}

static void errors_name_the_line(void)
{
    struct lang_table t;
    char err[256] = "";
    CHECK(!lang_parse(&t, "a=1\nno equals sign\n", "tab.txt", err, sizeof err));
    CHECK_STR_CONTAINS(err, "tab.txt:2");
    CHECK(!lang_parse(&t, "a=1\na=2\n", "dup.txt", err, sizeof err));
    CHECK_STR_CONTAINS(err, "'a'");
    CHECK(!lang_parse(&t, "=x\n", "e.txt", err, sizeof err));
    CHECK_STR_CONTAINS(err, "e.txt:1");
}

static void fallback_to_english(void)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/assets/lang", data_dir());
    struct lang l;
    CHECK(lang_load(&l, dir, "ru", err, sizeof err));
    CHECK(strcmp(l.code, "ru") == 0);
    CHECK(strcmp(lang_get(&l, "menu.new"), "Новая игра") == 0);
    lang_fini(&l);
    CHECK(lang_load(&l, dir, "xx", err, sizeof err)); /* unknown language: English */
    CHECK(strcmp(l.code, "en") == 0);
    CHECK(strcmp(lang_get(&l, "menu.new"), "New game") == 0);
    lang_fini(&l);
    CHECK(!lang_load(&l, "/nonexistent", "en", err, sizeof err));
    CHECK_STR_CONTAINS(err, "/nonexistent/en.txt");
}

/* the conversions of a printf format, e.g. "ds" for "%d of %s" */
static void conversions(const char *s, char *out, size_t n)
{
    size_t k = 0;
    for (; *s && k + 1 < n; s++) {
        if (*s != '%')
            continue;
        s++;
        while (*s && strchr("-+ #0123456789.", *s))
            s++;
        if (*s == '%' || !*s)
            continue;
        out[k++] = *s;
    }
    out[k] = 0;
}

static void translations_match_english(void)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/assets/lang", data_dir());
    const char *codes[] = { "ru", "az" };
    for (int c = 0; c < 2; c++) {
        struct lang l;
        CHECK(lang_load(&l, dir, codes[c], err, sizeof err));
        CHECK(strcmp(l.code, codes[c]) == 0);
        for (int i = 0; i < l.cur.n; i++) {
            const char *en = NULL;
            for (int j = 0; j < l.en.n; j++)
                if (!strcmp(l.en.keys[j], l.cur.keys[i]))
                    en = l.en.vals[j];
            if (!en) {
                fprintf(stderr, "%s.txt: key %s is not in en.txt\n", codes[c], l.cur.keys[i]);
                CHECK(en != NULL);
                continue;
            }
            char a[32], b[32];
            conversions(en, a, sizeof a);
            conversions(l.cur.vals[i], b, sizeof b);
            if (strcmp(a, b) != 0) {
                fprintf(stderr, "%s.txt: %s has %%-conversions '%s', English '%s'\n", codes[c],
                        l.cur.keys[i], b, a);
                CHECK(strcmp(a, b) == 0);
            }
        }
        /* and nearly everything is translated */
        CHECK(l.cur.n * 10 >= l.en.n * 9);
        lang_fini(&l);
    }
}

static void font_has_the_letters(void)
{
    CHECK(TTF_Init() == 0);
    char path[1024];
    snprintf(path, sizeof path, "%s/assets/fonts/DejaVuSans.ttf", data_dir());
    TTF_Font *f = TTF_OpenFont(path, 16);
    CHECK(f != NULL);
    if (!f)
        return;
    const Uint32 letters[] = { 0x259, 0x18f, 0x11f, 0x11e, 0x131, 0x130, 0xf6, 0x15f, 0x15e,
                               0xe7, 0xfc, 0x411, 0x430, 0x43a, 0x443, 0x44f, 0x451, 0x2014 };
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        CHECK(TTF_GlyphIsProvided32(f, letters[i]));
    TTF_CloseFont(f);
    snprintf(path, sizeof path, "%s/assets/fonts/LICENSE-DejaVu.txt", data_dir());
    FILE *lic = fopen(path, "r");
    CHECK(lic != NULL);
    if (lic)
        fclose(lic);
    TTF_Quit();
}

static const struct test_case tests[] = {
    { "parse_and_lookup", parse_and_lookup },
    { "errors_name_the_line", errors_name_the_line },
    { "fallback_to_english", fallback_to_english },
    { "translations_match_english", translations_match_english },
    { "font_has_the_letters", font_has_the_letters },
};

HARNESS_MAIN(tests)
