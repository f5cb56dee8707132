#!/usr/bin/env bash
# Classroom mode on the command line: replay timeline, steps, dates and languages, a branch
# save that `run --load` continues, handouts in Markdown and HTML (structure and escaping),
# the languages check's exit statuses, and the what-if option list.
set -u
BIN=${B20_BIN:?B20_BIN is not set}
SRC=${B20_SRC:?B20_SRC is not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect_status() { # want_status description command...
    local want=$1 what=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$what: exit $got, wanted $want"; head -5 "$tmp/err"; fi
}
out_has() { # text description
    if grep -q -- "$1" "$tmp/out"; then ok; else bad "$2: output lacks '$1'"; fi
}
out_lacks() {
    if grep -q -- "$1" "$tmp/out"; then bad "$2: output has '$1'"; else ok; fi
}
err_has() {
    if grep -q -- "$1" "$tmp/err"; then ok; else bad "$2: stderr lacks '$1'"; head -3 "$tmp/err"; fi
}
file_has() { # file text description
    if grep -q -- "$2" "$1"; then ok; else bad "$3: $1 lacks '$2'"; fi
}
file_lacks() {
    if grep -q -- "$2" "$1"; then bad "$3: $1 has '$2'"; else ok; fi
}

# --- replay --list: the timeline and the what-if options
expect_status 0 "replay --list" "$BIN" replay --scenario baku1920 --list
out_has "timeline of baku1920 (12 steps)" "timeline header"
out_has "^   1  1920-04-27 dawn  Night of 26/27 April: uprising in Baku" "first step"
out_has "^  12  1920-05-07 dawn  7 May: the Treaty of Moscow" "last step"
out_has "what-if options ([1-9][0-9]*)" "options in the list"
nopt=$(sed -n 's/^what-if options (\([0-9]*\)):$/\1/p' "$tmp/out")
nlisted=$(grep -c "historical: " "$tmp/out")
[ "$nopt" = "$nlisted" ] && ok || bad "option count $nopt but $nlisted listed"
out_has "uprising .*historical: on" "historical default"
out_has "Historical: on. Bolshevik" "option note"
steps=$(grep -c "^  *[0-9][0-9]*  1920-" "$tmp/out")
[ "$steps" = 12 ] && ok || bad "timeline has $steps steps, wanted 12"
expect_status 0 "replay --options" "$BIN" replay --scenario baku1920 --options
out_has "what-if options ($nopt)" "--options"
out_has "treaty .*historical: on" "--options treaty"
out_lacks "timeline" "--options alone prints no timeline"
expect_status 0 "replay --options with a what-if" "$BIN" replay --scenario baku1920 --options \
    --option treaty=off
out_has "treaty .*off  historical: on" "--options shows the chosen value"
expect_status 0 "ganja --list" "$BIN" replay --scenario ganja --list
out_has "timeline of ganja (4 steps)" "ganja timeline"

# --- replay --step: each step up to K with date, title, text and sources, then the hash
expect_status 0 "replay --step 4" "$BIN" replay --scenario baku1920 --step 4
out_has "== step 1/12: 1920-04-27 dawn - Night of 26/27 April" "step 1 printed"
out_has "== step 4/12: 1920-04-28 dawn - Morning of 28 April: the trains in Baku" "step 4 printed"
out_lacks "== step 5/12" "no step after K"
out_has "^  S0: " "source lines"
out_has "\[S0\]\[S1\]\[GSE\]" "source tags in the text"
hash4=$(grep '^hash=' "$tmp/out" | cut -d= -f2)
[ -n "$hash4" ] && ok || bad "replay --step prints no hash"
[ "$(tail -1 "$tmp/out" | cut -c1-5)" = "hash=" ] && ok || bad "hash is not the last line"
expect_status 0 "replay --date" "$BIN" replay --scenario baku1920 --date 1920-04-28-dusk
out_has "== step 5/12" "--date picks the step of that half-day"
expect_status 0 "replay --date dawn" "$BIN" replay --scenario baku1920 --date 1920-04-28
[ "$(grep '^hash=' "$tmp/out" | cut -d= -f2)" = "$hash4" ] && ok || bad "--date 1920-04-28 != --step 4"
"$BIN" replay --scenario baku1920 --step 4 >"$tmp/again" 2>/dev/null
[ "$(grep '^hash=' "$tmp/again" | cut -d= -f2)" = "$hash4" ] && ok || bad "replay not deterministic"
expect_status 0 "replay in Russian" "$BIN" replay --scenario baku1920 --step 2 --lang ru
out_has "бронепоезда у Яламы" "Russian text"
out_has "Большая советская\|Российской\|России" "Russian source lines"
expect_status 0 "replay in Azerbaijani" "$BIN" replay --scenario ganja --step 1 --lang az
out_has "Gəncə qarnizonu" "Azerbaijani text"
expect_status 0 "replay all steps" "$BIN" replay --scenario baku1920
out_has "== step 12/12" "all steps by default"

# --- replay usage errors
expect_status 2 "step past the end" "$BIN" replay --scenario baku1920 --step 13
err_has "has 12 steps" "step past the end"
expect_status 2 "step zero" "$BIN" replay --scenario baku1920 --step 0
expect_status 2 "date before the history" "$BIN" replay --scenario baku1920 --date 1920-04-01
err_has "outside the scenario" "early date"
expect_status 2 "bad date" "$BIN" replay --scenario baku1920 --date 28.04.1920
expect_status 2 "bad half" "$BIN" replay --scenario baku1920 --date 1920-04-28-noon
expect_status 2 "step and date" "$BIN" replay --scenario baku1920 --step 2 --date 1920-04-28
expect_status 2 "no scenario" "$BIN" replay --step 2
expect_status 2 "no history" "$BIN" replay --scenario karabakh --list
err_has "no historical replay" "scenario without history.lua"
expect_status 2 "unknown option" "$BIN" replay --scenario baku1920 --fast

# --- branch: a normal save at the step, continued by run --load
expect_status 0 "branch save" "$BIN" replay --scenario baku1920 --step 4 --branch-save "$tmp/b.sav"
out_has "branch saved to" "branch message"
file_has "$tmp/b.sav" "^baku1920-save 1" "save header"
file_has "$tmp/b.sav" "^hash $hash4" "branch save has the step's hash"
expect_status 0 "run --load the branch" "$BIN" run --load "$tmp/b.sav" --turns 0 --quiet
out_has "hash=$hash4" "loaded branch has the replay's hash"
expect_status 0 "play on from the branch" "$BIN" run --load "$tmp/b.sav" --turns 2 --ai all \
    --quiet --save "$tmp/b2.sav"
out_lacks "hash=$hash4" "playing on changes the game"
out_has "result: in progress at turn 4" "two more turns played"

# --- handouts
expect_status 0 "handout md" "$BIN" handout --load "$tmp/b2.sav" --out "$tmp/h.md"
file_has "$tmp/h.md" "^# The Baku Operation, April-May 1920: game record" "md title"
file_has "$tmp/h.md" "^## Scenario" "md scenario"
file_has "$tmp/h.md" "^## Options" "md options"
file_has "$tmp/h.md" "^## Turn by turn" "md turns"
file_has "$tmp/h.md" "^### Turn 1: 27 April 1920, dawn" "md first turn"
file_has "$tmp/h.md" "^### Turn 5: 29 April 1920, dawn" "md last turn"
file_has "$tmp/h.md" "^- Red Army (RSFSR) moves" "md moves per side"
file_has "$tmp/h.md" "Milestone: Parliament hands over power" "md milestones"
file_has "$tmp/h.md" "(Sources: S0: " "md message sources"
file_has "$tmp/h.md" "^## Result" "md result"
expect_status 0 "handout from the start" "$BIN" handout --scenario baku1920 --ai all --turns 2 \
    --out "$tmp/h2.md"
file_has "$tmp/h2.md" "attacks .* at odds [0-9]*:[0-9]*; die [1-6]: " "md attacks with odds and result"
file_has "$tmp/h2.md" "takes Yalama from Azerbaijan" "md captures of named places"
file_has "$tmp/h2.md" "The game was stopped at turn 3" "md unfinished result"
expect_status 0 "handout html" "$BIN" handout --scenario baku1920 --ai all --turns 3 --seed 5 \
    --out "$tmp/h.html" --lang ru
head -1 "$tmp/h.html" | grep -q "^<!DOCTYPE html>" && ok || bad "html doctype"
file_has "$tmp/h.html" "<html lang=\"ru\">" "html language"
file_has "$tmp/h.html" "<style>" "html inline style"
file_lacks "$tmp/h.html" "<link\|<script\|src=" "html is self-contained"
file_has "$tmp/h.html" "<h2>Ход за ходом</h2>" "html turns in Russian"
file_has "$tmp/h.html" "<h3>Ход 1: 27 апреля 1920, утро</h3>" "html turn heading in Russian"
file_has "$tmp/h.html" "&#39;" "html escapes quotes"
tail -1 "$tmp/h.html" | grep -q "</html>" && ok || bad "html closed"
opens=$(grep -o "<ul>" "$tmp/h.html" | wc -l); closes=$(grep -o "</ul>" "$tmp/h.html" | wc -l)
[ "$opens" = "$closes" ] && [ "$opens" -gt 3 ] && ok || bad "html lists unbalanced ($opens/$closes)"

# a scenario whose texts contain markup: escaped in HTML, never live
mkdir -p "$tmp/scen"
ln -s "$SRC/scenarios/common" "$tmp/scen/common"
cp -r "$SRC/scenarios/train_dash" "$tmp/scen/evil"
rm -f "$tmp/scen/evil/history.lua"
sed -i '0,/^\( *\)title = .*/s//\1title = "<script>alert(1)<\/script> \& <b>Bold<\/b> \\"Q\\"",/' \
    "$tmp/scen/evil/strings/en.lua"
expect_status 0 "handout of a scenario with markup" "$BIN" handout --scenario-dir "$tmp/scen" \
    --scenario evil --turns 1 --out "$tmp/evil.html"
file_has "$tmp/evil.html" "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Bold&lt;/b&gt; &quot;Q&quot;" \
    "html escapes scenario text"
file_lacks "$tmp/evil.html" "<script>" "no live script"
file_lacks "$tmp/evil.html" "<b>Bold" "no live markup"
expect_status 0 "md of a scenario with markup" "$BIN" handout --scenario-dir "$tmp/scen" \
    --scenario evil --turns 1 --out "$tmp/evil.md"
file_has "$tmp/evil.md" '\\<script\\>' "md escapes angle brackets"

expect_status 2 "handout without --out" "$BIN" handout --scenario baku1920
expect_status 2 "handout bad extension" "$BIN" handout --scenario baku1920 --out "$tmp/h.pdf"
err_has ".md or .html" "bad extension message"
expect_status 2 "handout scenario and load" "$BIN" handout --scenario baku1920 --load "$tmp/b.sav" \
    --out "$tmp/x.md"
expect_status 2 "handout broken save" "$BIN" handout --load "$tmp/h.md" --out "$tmp/x.md"
err_has "not a Baku 1920 save" "broken save message"
[ ! -e "$tmp/x.md" ] && ok || bad "a refused handout left a file"

# --- lang-check
expect_status 0 "lang-check complete scenario" "$BIN" lang-check --scenario baku1920
out_has "baku1920: ru: 0 missing" "ru counted"
out_has "summary: 1 scenario checked; ru 0 missing, az 0 missing" "summary line"
cp -r "$SRC/scenarios/train_dash" "$tmp/scen/partial"
rm -f "$tmp/scen/partial/strings/az.lua"
sed -i '0,/^\( *\)\["[a-z_.0-9]*"\] = .*/s///' "$tmp/scen/partial/strings/ru.lua"
first_key=$(grep -o '^ *\["[a-z_.0-9]*"\]' "$SRC/scenarios/train_dash/strings/ru.lua" | head -1 \
    | sed 's/^ *\["\(.*\)"\]/\1/')
expect_status 1 "lang-check with gaps" "$BIN" lang-check --scenario-dir "$tmp/scen" \
    --scenario partial
out_has "partial: ru: missing $first_key" "missing key listed"
out_has "partial: az: strings/az.lua is missing" "missing table reported"
out_has "summary: 1 scenario checked; ru 1 missing" "missing count"
printf 'return {\n  api = 1, steps = {\n  { id = "s", date = { month = 4, day = 27 }, sources = { "S0" },\n    title = { en = "T", ru = "T" }, text = { en = "X", ru = "X", az = "X" } } } }\n' \
    >"$tmp/scen/partial/history.lua"
expect_status 1 "lang-check history texts" "$BIN" lang-check --scenario-dir "$tmp/scen" \
    --scenario partial
out_has "partial: az: missing history.lua step.s.title" "history text gap listed"
expect_status 1 "lang-check all" "$BIN" lang-check --scenario-dir "$tmp/scen"
out_has "summary: " "all: summary"
expect_status 2 "lang-check unknown scenario" "$BIN" lang-check --scenario nonesuch
expect_status 2 "lang-check bad option" "$BIN" lang-check --verbose
printf 'return { broken = \n' >"$tmp/scen/partial/strings/ru.lua"
expect_status 2 "lang-check broken table" "$BIN" lang-check --scenario-dir "$tmp/scen" \
    --scenario partial
err_has "ru.lua" "broken table named"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
