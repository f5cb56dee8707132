/*
 * harness.h - the tiny test runner: a table of named test functions, CHECK macros that report
 * file:line and keep going, and a closing "N passed, N failed" line that CTest and CI read.
 */
#ifndef B20_HARNESS_H
#define B20_HARNESS_H

#include <stdio.h>
#include <string.h>

struct test_case {
    const char *name;
    void (*fn)(void);
};

static int harness_failed_checks;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);    \
            harness_failed_checks++;                                                    \
        }                                                                               \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                              \
    do {                                                                                \
        long long va_ = (long long)(a), vb_ = (long long)(b);                           \
        if (va_ != vb_) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld != %lld)\n", __FILE__, \
                    __LINE__, #a, #b, va_, vb_);                                        \
            harness_failed_checks++;                                                    \
        }                                                                               \
    } while (0)

#define CHECK_STR_CONTAINS(hay, needle)                                                 \
    do {                                                                                \
        const char *h_ = (hay), *n_ = (needle);                                         \
        if (!h_ || !strstr(h_, n_)) {                                                   \
            fprintf(stderr, "%s:%d: CHECK failed: \"%s\" contains \"%s\"\n", __FILE__,  \
                    __LINE__, h_ ? h_ : "(null)", n_);                                  \
            harness_failed_checks++;                                                    \
        }                                                                               \
    } while (0)

static inline int harness_run(const struct test_case *tests, int n, int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (int i = 0; i < n; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1]))
            continue;
        int before = harness_failed_checks;
        tests[i].fn();
        if (harness_failed_checks == before) {
            passed++;
        } else {
            failed++;
            fprintf(stderr, "FAIL %s\n", tests[i].name);
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#define HARNESS_MAIN(table)                                                             \
    int main(int argc, char **argv)                                                     \
    {                                                                                   \
        return harness_run(table, (int)(sizeof table / sizeof table[0]), argc, argv);   \
    }

#endif
