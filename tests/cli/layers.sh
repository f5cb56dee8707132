#!/usr/bin/env bash
# The rules core includes neither SDL nor Lua, and the script layer no SDL (STYLE.md section 1).
set -u
src=${B20_SRC:-$(dirname "$0")/../..}
fail=0
if grep -nE '#\s*include\s*[<"](SDL|lua|lauxlib|lualib)' "$src"/engine/core/*.[ch]; then
    echo "FAIL: engine/core includes SDL or Lua"; fail=1
fi
if grep -nE '#\s*include\s*[<"]SDL' "$src"/engine/script/*.[ch]; then
    echo "FAIL: engine/script includes SDL"; fail=1
fi
if grep -nE '\b(fopen|printf|time\(|clock\(|rand\(|srand\()' "$src"/engine/core/*.c | grep -v 'snprintf\|vsnprintf\|fprintf(stderr, "baku1920: out of memory' ; then
    echo "FAIL: engine/core does I/O, reads a clock or uses libc's rand"; fail=1
fi
[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
