/*
 * handout.c - a game's record, turn by turn, as Markdown or self-contained HTML.
 *
 * The session's command log is applied again to a freshly loaded and started copy of the
 * scenario (handlers muted: their effects are in the log), and the events of each command are
 * put into words: moves summarised per side, attacks with odds, die and result, captures of
 * named places, arrivals, losses, war and peace, milestones, messages with their sources, and
 * the result. Every text from the scenario passes through the writer's escaping.
 *
 * Invariant: the rebuilt game ends with the same state hash as the session, or nothing is
 * written.
 *
 * Depends on the script layer (script_load), the session and the core.
 */
#include "handout.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ====================================================================== growing strings */
struct buf {
    char *p;
    size_t n, cap;
};

static void buf_add(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void buf_add(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (need < 0)
        return;
    if (b->n + (size_t)need + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + (size_t)need + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return;
        b->p = p;
        b->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
    va_end(ap);
    b->n += (size_t)need;
}

static const char *buf_str(const struct buf *b)
{
    return b->p ? b->p : "";
}

static void buf_free(struct buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

/* ====================================================================== the writer */
enum block { B_H1, B_H2, B_H3, B_P, B_LI, B_QUOTE };

struct writer {
    FILE *f;
    enum handout_format fmt;
    bool in_list;
};

static void esc(struct writer *w, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (w->fmt == HANDOUT_HTML) {
            switch (c) {
            case '&': fputs("&amp;", w->f); break;
            case '<': fputs("&lt;", w->f); break;
            case '>': fputs("&gt;", w->f); break;
            case '"': fputs("&quot;", w->f); break;
            case '\'': fputs("&#39;", w->f); break;
            case '\n': fputs("<br>", w->f); break;
            default: fputc(c, w->f);
            }
        } else {
            if (strchr("\\`*_[]<>#|", c))
                fputc('\\', w->f);
            if (c == '\n')
                fputs("  \n", w->f);
            else
                fputc(c, w->f);
        }
    }
}

static void end_list(struct writer *w)
{
    if (!w->in_list)
        return;
    fputs(w->fmt == HANDOUT_HTML ? "</ul>\n" : "\n", w->f);
    w->in_list = false;
}

static void emit(struct writer *w, enum block b, const char *text)
{
    if (b != B_LI)
        end_list(w);
    if (w->fmt == HANDOUT_HTML) {
        static const char *const open[] = {"<h1>", "<h2>", "<h3>", "<p>", "<li>",
                                           "<blockquote>"};
        static const char *const close[] = {"</h1>", "</h2>", "</h3>", "</p>", "</li>",
                                            "</blockquote>"};
        if (b == B_LI && !w->in_list) {
            fputs("<ul>\n", w->f);
            w->in_list = true;
        }
        fputs(open[b], w->f);
        esc(w, text);
        fputs(close[b], w->f);
        fputc('\n', w->f);
        return;
    }
    static const char *const lead[] = {"# ", "## ", "### ", "", "- ", "> "};
    if (b == B_LI)
        w->in_list = true;
    fputs(lead[b], w->f);
    esc(w, text);
    fputs(b == B_LI ? "\n" : "\n\n", w->f);
}

static void emitf(struct writer *w, enum block b, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void emitf(struct writer *w, enum block b, const char *fmt, ...)
{
    char text[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    emit(w, b, text);
}

/* ====================================================================== phrases */
/* The handout's own words in English, Russian and Azerbaijani; the scenario's texts come from
 * its string tables. Every variant of a phrase takes the same arguments in the same order. */
enum phrase {
    PH_NEAR, PH_HEX, PH_MOVE, PH_ATTACK, PH_LOSS, PH_DESTROYED, PH_RETREAT, PH_ROUTED,
    PH_TAKES, PH_OWNER, PH_RAIL_CUT, PH_RAIL_FIXED, PH_ARRIVES, PH_APPEARS, PH_LEAVES,
    PH_MILESTONE, PH_MESSAGE, PH_MESSAGE_SRC, PH_SCORE, PH_WAR, PH_PEACE, PH_OVER, PH_TURN,
    PH_DAWN, PH_DUSK, PH_NOTHING, PH_MOVES, PH_SUPPLY, PH_RESULT, PH_DRAW, PH_WON, PH_LEVEL1,
    PH_LEVEL2, PH_STOPPED, PH_POINTS, PH_MILESTONES, PH_HASH, PH_RECORD, PH_SCENARIO,
    PH_SCENARIO_LINE, PH_SEED, PH_SIDE, PH_NOT_PLAYABLE, PH_OPTIONS, PH_NO_OPTIONS, PH_ON,
    PH_OFF, PH_AS_HISTORY, PH_WHAT_IF, PH_TURNS, PH_NOBODY, PH_A_UNIT, PH_COUNT
};

static const char *const phrases[PH_COUNT][3] = {
    [PH_NEAR] = {"near %s (%d,%d)", "около %s (%d,%d)", "%s yaxınlığı (%d,%d)"},
    [PH_HEX] = {"hex %d,%d", "гекс %d,%d", "xana %d,%d"},
    [PH_MOVE] = {"%s: %s to %s", "%s: %s → %s", "%s: %s → %s"},
    [PH_ATTACK] = {"%s attacks %s (%s) at odds %s; die %d: %s",
                   "%s атакует: %s (%s), соотношение %s; кубик %d: %s",
                   "%s hücum edir: %s (%s), nisbət %s; zər %d: %s"},
    [PH_LOSS] = {"%s loses %d step(s)", "%s теряет шагов: %d", "%s itirir, addım: %d"},
    [PH_DESTROYED] = {"%s (%s) is destroyed", "%s (%s): уничтожено", "%s (%s) məhv edildi"},
    [PH_RETREAT] = {"%s retreats to %s", "%s отходит: %s", "%s geri çəkilir: %s"},
    [PH_ROUTED] = {"%s breaks and is routed", "%s: бегство", "%s pozulub qaçır"},
    [PH_TAKES] = {"%s takes %s from %s", "%s занимает %s (прежде: %s)",
                  "%s tutur: %s (əvvəl: %s)"},
    [PH_OWNER] = {"%s now belongs to %s", "%s переходит к стороне: %s",
                  "%s indi bu tərəfə keçir: %s"},
    [PH_RAIL_CUT] = {"the railway is cut at %s", "железная дорога перерезана: %s",
                     "dəmir yolu kəsildi: %s"},
    [PH_RAIL_FIXED] = {"the railway is repaired at %s", "железная дорога восстановлена: %s",
                       "dəmir yolu bərpa edildi: %s"},
    [PH_ARRIVES] = {"%s (%s) arrives at %s", "%s (%s) прибывает: %s", "%s (%s) gəlir: %s"},
    [PH_APPEARS] = {"%s (%s) appears at %s", "%s (%s) появляется: %s",
                    "%s (%s) peyda olur: %s"},
    [PH_LEAVES] = {"%s leaves the game", "%s выходит из игры", "%s oyundan çıxır"},
    [PH_MILESTONE] = {"Milestone: %s", "Веха: %s", "Mərhələ: %s"},
    [PH_MESSAGE] = {"Message: %s", "Сообщение: %s", "Mesaj: %s"},
    [PH_MESSAGE_SRC] = {"Message: %s (Sources: %s)", "Сообщение: %s (Источники: %s)",
                        "Mesaj: %s (Mənbələr: %s)"},
    [PH_SCORE] = {"%s: %+d points", "%s: %+d очк.", "%s: %+d xal"},
    [PH_WAR] = {"%s and %s are now at war", "%s и %s теперь в состоянии войны",
                "%s və %s artıq müharibə vəziyyətindədir"},
    [PH_PEACE] = {"%s and %s make peace", "%s и %s заключают мир", "%s və %s sülh bağlayır"},
    [PH_OVER] = {"The game is over: %s", "Игра окончена: %s", "Oyun bitdi: %s"},
    [PH_TURN] = {"Turn %d: %d %s %d, %s", "Ход %d: %d %s %d, %s", "Gediş %d: %d %s %d, %s"},
    [PH_DAWN] = {"dawn", "утро", "səhər"},
    [PH_DUSK] = {"dusk", "вечер", "axşam"},
    [PH_NOTHING] = {"Nothing of note.", "Ничего существенного.", "Diqqətəlayiq heç nə olmadı."},
    [PH_MOVES] = {"%s moves (%d): %s.", "%s, передвижения (%d): %s.",
                  "%s, yerdəyişmələr (%d): %s."},
    [PH_SUPPLY] = {"%s: units out of supply: %d.", "%s: частей без снабжения: %d.",
                   "%s: təchizatsız qalan hissələr: %d."},
    [PH_RESULT] = {"Result", "Итог", "Nəticə"},
    [PH_DRAW] = {"The game ended in a draw (%s).", "Игра закончилась вничью (%s).",
                 "Oyun heç-heçə bitdi (%s)."},
    [PH_WON] = {"The game ended in %s for %s (%s).", "Игра закончилась: %s, сторона %s (%s).",
                "Oyun bitdi: %s, qalib %s (%s)."},
    [PH_LEVEL1] = {"a marginal victory", "малая победа", "kiçik qələbə"},
    [PH_LEVEL2] = {"a decisive victory", "решительная победа", "qəti qələbə"},
    [PH_STOPPED] = {"The game was stopped at turn %d (%s), before its end.",
                    "Игра остановлена на ходу %d (%s), до конца.",
                    "Oyun %d-ci gedişdə (%s), sona çatmadan dayandırıldı."},
    [PH_POINTS] = {"%s: %d points", "%s: %d очк.", "%s: %d xal"},
    [PH_MILESTONES] = {"Milestones", "Вехи", "Mərhələlər"},
    [PH_HASH] = {"State hash %s. Load the saved game with 'baku1920 run --load' to check it.",
                 "Хеш состояния %s. Проверка: загрузите сохранённую игру командой "
                 "'baku1920 run --load'.",
                 "Vəziyyət heşi %s. Yoxlamaq üçün saxlanmış oyunu 'baku1920 run --load' ilə "
                 "yükləyin."},
    [PH_RECORD] = {"%s: game record", "%s: запись партии", "%s: oyunun qeydi"},
    [PH_SCENARIO] = {"Scenario", "Сценарий", "Ssenari"},
    [PH_SCENARIO_LINE] = {"Scenario: %s (%s), %s", "Сценарий: %s (%s), %s",
                          "Ssenari: %s (%s), %s"},
    [PH_SEED] = {"Random seed: %s", "Начальное число случайностей: %s", "Təsadüf toxumu: %s"},
    [PH_SIDE] = {"Side: %s%s", "Сторона: %s%s", "Tərəf: %s%s"},
    [PH_NOT_PLAYABLE] = {" (not playable)", " (не для игрока)", " (oyunçu üçün deyil)"},
    [PH_OPTIONS] = {"Options", "Параметры «что если»", "«Nə olardı» seçimləri"},
    [PH_NO_OPTIONS] = {"This scenario has no what-if options.",
                       "В этом сценарии нет параметров «что если».",
                       "Bu ssenaridə «nə olardı» seçimləri yoxdur."},
    [PH_ON] = {"on", "вкл.", "açıq"},
    [PH_OFF] = {"off", "выкл.", "bağlı"},
    [PH_AS_HISTORY] = {" (as in history)", " (как в истории)", " (tarixdəki kimi)"},
    [PH_WHAT_IF] = {" (changed: a what-if)", " (изменено: «что если»)",
                    " (dəyişdirilib: «nə olardı»)"},
    [PH_TURNS] = {"Turn by turn", "Ход за ходом", "Gediş-gediş"},
    [PH_NOBODY] = {"nobody", "никто", "heç kim"},
    [PH_A_UNIT] = {"a unit", "часть", "hissə"},
};

static const char *const month_names[3][12] = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
     "октября", "ноября", "декабря"},
    {"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
     "oktyabr", "noyabr", "dekabr"},
};

/* ====================================================================== words */
struct ctx {
    const struct session *s;
    struct game *g; /* the rebuilt game, as it stands while its events are read */
    int li;         /* 0 en, 1 ru, 2 az */
};

static const char *P(const struct ctx *c, enum phrase p)
{
    return phrases[p][c->li];
}

static const char *T(const struct ctx *c, const char *key)
{
    return session_text(c->s, key);
}

static const char *side_name(const struct ctx *c, int side)
{
    if (side < 0 || side >= c->g->nsides)
        return P(c, PH_NOBODY);
    return T(c, c->g->sides[side].name);
}

static const char *unit_name(const struct ctx *c, int id)
{
    if (id < 0 || id >= c->g->nunits || !c->g->units[id].gen)
        return P(c, PH_A_UNIT);
    return T(c, c->g->units[id].name);
}

/* A hex in words: the place there, near a place, or its map coordinates. */
static void hex_words(const struct ctx *c, struct hex h, char *out, size_t n)
{
    const struct hexinfo *x = map_get(c->g, h);
    if (x && x->place >= 0) {
        snprintf(out, n, "%s", c->g->places[x->place].name);
        return;
    }
    int best = -1, bestd = 3;
    for (int i = 0; i < c->g->nplaces; i++) {
        int dd = hex_distance(c->g->places[i].pos, h);
        if (dd < bestd) {
            bestd = dd;
            best = i;
        }
    }
    int col, row;
    hex_to_offset(h, &col, &row);
    if (best >= 0)
        snprintf(out, n, P(c, PH_NEAR), c->g->places[best].name, col, row);
    else
        snprintf(out, n, P(c, PH_HEX), col, row);
}

/* The full source lines for the [ID] tags in text, "; "-separated, into b. */
static void sources_of(const struct ctx *c, const char *text, struct buf *b)
{
    const struct session_page *src = NULL;
    int nsrc = session_sources(c->s, &src);
    const char *p = text;
    char seen[16][ID_LEN];
    int nseen = 0;
    while ((p = strchr(p, '['))) {
        const char *e = strchr(p, ']');
        if (!e)
            break;
        size_t len = (size_t)(e - p - 1);
        if (len > 0 && len < ID_LEN) {
            char id[ID_LEN];
            memcpy(id, p + 1, len);
            id[len] = '\0';
            bool dup = false;
            for (int i = 0; i < nseen; i++)
                if (!strcmp(seen[i], id))
                    dup = true;
            for (int i = 0; i < nsrc && !dup; i++)
                if (!strcmp(src[i].title, id)) {
                    const char *st = T(c, src[i].text);
                    size_t sl = strlen(st);
                    while (sl > 0 && st[sl - 1] == '.')
                        sl--; /* the list adds its own punctuation */
                    buf_add(b, "%s%.*s", b->n ? "; " : "", (int)sl, st);
                    if (nseen < 16)
                        snprintf(seen[nseen++], ID_LEN, "%s", id);
                    break;
                }
        }
        p = e;
    }
}

struct turn_rec {
    struct buf moves[MAX_SIDES];
    int nmoves[MAX_SIDES];
    int supply_lost[MAX_SIDES];
    struct buf lines; /* other happenings, one per line ("\n"-separated) */
};

static void line(struct turn_rec *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void line(struct turn_rec *t, const char *fmt, ...)
{
    char text[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    for (char *q = text; *q; q++)
        if (*q == '\n')
            *q = ' ';
    buf_add(&t->lines, "%s\n", text);
}

/* Puts the events of one command into words (c->g already shows their result). */
static void describe(const struct ctx *c, const struct events *ev, struct turn_rec *t)
{
    char a[160], b[160];
    for (int i = 0; i < ev->n; i++) {
        const struct event *e = &ev->ev[i];
        switch (e->kind) {
        case EV_MOVED: {
            const struct unit *u = e->unit >= 0 && e->unit < MAX_UNITS ? &c->g->units[e->unit]
                                                                         : NULL;
            if (!u || u->side < 0 || u->side >= MAX_SIDES)
                break;
            hex_words(c, e->from, a, sizeof a);
            hex_words(c, e->to, b, sizeof b);
            if (t->nmoves[u->side])
                buf_add(&t->moves[u->side], "; ");
            buf_add(&t->moves[u->side], P(c, PH_MOVE), unit_name(c, e->unit), a, b);
            t->nmoves[u->side]++;
            break;
        }
        case EV_ATTACK:
            hex_words(c, e->to, a, sizeof a);
            line(t, P(c, PH_ATTACK), side_name(c, e->side), a,
                 side_name(c, e->side2),
                 e->a >= 0 && e->a < CRT_COLS ? crt_col_names[e->a] : "?", (int)e->b, e->text);
            break;
        case EV_LOSS:
            line(t, P(c, PH_LOSS), unit_name(c, e->unit), (int)e->a);
            break;
        case EV_DESTROYED:
            line(t, P(c, PH_DESTROYED), unit_name(c, e->unit), side_name(c, e->side));
            break;
        case EV_RETREAT:
            hex_words(c, e->to, a, sizeof a);
            line(t, P(c, PH_RETREAT), unit_name(c, e->unit), a);
            break;
        case EV_ROUTED:
            line(t, P(c, PH_ROUTED), unit_name(c, e->unit));
            break;
        case EV_CAPTURED: {
            const struct hexinfo *x = map_get(c->g, e->to);
            if (x && x->place >= 0)
                line(t, P(c, PH_TAKES), side_name(c, e->side),
                     c->g->places[x->place].name, side_name(c, e->side2));
            break;
        }
        case EV_OWNER: {
            const struct hexinfo *x = map_get(c->g, e->to);
            if (x && x->place >= 0)
                line(t, P(c, PH_OWNER), c->g->places[x->place].name,
                     side_name(c, e->side));
            break;
        }
        case EV_RAIL_CUT:
            hex_words(c, e->to, a, sizeof a);
            line(t, P(c, PH_RAIL_CUT), a);
            break;
        case EV_RAIL_REPAIRED:
            hex_words(c, e->to, a, sizeof a);
            line(t, P(c, PH_RAIL_FIXED), a);
            break;
        case EV_REINFORCED:
        case EV_SPAWNED:
            hex_words(c, e->to, a, sizeof a);
            line(t, P(c, e->kind == EV_REINFORCED ? PH_ARRIVES : PH_APPEARS),
                 unit_name(c, e->unit), side_name(c, c->g->units[e->unit].side), a);
            break;
        case EV_REMOVED:
            line(t, P(c, PH_LEAVES), unit_name(c, e->unit));
            break;
        case EV_SUPPLY_LOST: {
            int sd = c->g->units[e->unit].side;
            if (sd >= 0 && sd < MAX_SIDES)
                t->supply_lost[sd]++;
            break;
        }
        case EV_MILESTONE:
            line(t, P(c, PH_MILESTONE), T(c, e->text));
            break;
        case EV_MESSAGE: {
            struct buf src = {0};
            const char *text = T(c, e->text);
            sources_of(c, text, &src);
            if (src.n)
                line(t, P(c, PH_MESSAGE_SRC), text, buf_str(&src));
            else
                line(t, P(c, PH_MESSAGE), text);
            buf_free(&src);
            break;
        }
        case EV_SCORE:
            line(t, P(c, PH_SCORE), side_name(c, e->side), (int)e->a);
            break;
        case EV_WAR:
            line(t, P(c, e->a ? PH_WAR : PH_PEACE), side_name(c, e->side),
                 side_name(c, e->side2));
            break;
        case EV_GAME_OVER:
            line(t, P(c, PH_OVER), T(c, e->text));
            break;
        default:
            break;
        }
    }
}

static void flush_turn(const struct ctx *c, struct writer *w, int turn, struct turn_rec *t)
{
    bool any = t->lines.n > 0;
    for (int sd = 0; sd < c->g->nsides; sd++)
        any = any || t->nmoves[sd] || t->supply_lost[sd];
    int y, m, d, half;
    game_date(c->g, turn, &y, &m, &d, &half);
    emitf(w, B_H3, P(c, PH_TURN), turn + 1, d, month_names[c->li][(m - 1 + 12) % 12], y,
          P(c, half ? PH_DUSK : PH_DAWN));
    if (!any)
        emit(w, B_P, P(c, PH_NOTHING));
    for (int sd = 0; sd < c->g->nsides; sd++) {
        if (t->nmoves[sd])
            emitf(w, B_LI, P(c, PH_MOVES), side_name(c, sd), t->nmoves[sd],
                  buf_str(&t->moves[sd]));
        if (t->supply_lost[sd])
            emitf(w, B_LI, P(c, PH_SUPPLY), side_name(c, sd), t->supply_lost[sd]);
    }
    const char *p = buf_str(&t->lines);
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char text[2048];
        size_t k = n < sizeof text - 2 ? n : sizeof text - 2;
        bool stop = k > 0 && (p[k - 1] == '.' || p[k - 1] == '!' || p[k - 1] == '?');
        snprintf(text, sizeof text, "%.*s%s", (int)k, p, stop ? "" : ".");
        if (text[0] >= 'a' && text[0] <= 'z')
            text[0] = (char)(text[0] - 'a' + 'A');
        emit(w, B_LI, text);
        p += n;
        if (*p)
            p++;
    }
    end_list(w);
    for (int sd = 0; sd < MAX_SIDES; sd++)
        buf_free(&t->moves[sd]);
    buf_free(&t->lines);
    memset(t, 0, sizeof *t);
}

/* ====================================================================== the document */
static const char *const style =
    "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "line-height:1.45;color:#222}h1{border-bottom:2px solid #8b1a1a}"
    "h3{margin-top:1.6em;color:#8b1a1a}li{margin:.25em 0}"
    "blockquote{border-left:4px solid #bbb;margin-left:0;padding-left:1em;color:#444}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em}";

static void result_words(const struct ctx *c, const struct game *g, struct writer *w)
{
    emit(w, B_H2, P(c, PH_RESULT));
    if (g->result.over) {
        int lv = g->result.level == 2 ? PH_LEVEL2 : PH_LEVEL1;
        if (g->result.winner == NO_SIDE)
            emitf(w, B_P, P(c, PH_DRAW), T(c, g->result.reason));
        else
            emitf(w, B_P, P(c, PH_WON), P(c, (enum phrase)lv),
                  side_name(c, g->result.winner), T(c, g->result.reason));
    } else {
        char date[32];
        game_date_str(g, g->turn, date, sizeof date);
        emitf(w, B_P, P(c, PH_STOPPED), g->turn + 1, date);
    }
    for (int i = 0; i < g->nsides; i++)
        if (side_competes(g, i)) /* the scores that decide the result */
            emitf(w, B_LI, P(c, PH_POINTS), side_name(c, i), game_score(g, i));
    end_list(w);
    if (g->nmilestones) {
        emit(w, B_H3, P(c, PH_MILESTONES));
        for (int i = 0; i < g->nmilestones; i++) {
            char date[32];
            game_date_str(g, g->milestones[i].turn, date, sizeof date);
            emitf(w, B_LI, "%s (%s)", T(c, g->milestones[i].name), date);
        }
        end_list(w);
    }
    char hash[24];
    snprintf(hash, sizeof hash, "%016" PRIx64, game_hash(g));
    emitf(w, B_P, P(c, PH_HASH), hash);
}

bool handout_write(const struct session *s, FILE *f, enum handout_format fmt, struct diag *d)
{
    diag_clear(d);
    const struct game *sg = session_game(s);
    const struct session_option *opts = NULL;
    int nopts = session_options(s, &opts);
    struct option_kv kv[SESSION_MAX_OPTIONS];
    for (int i = 0; i < nopts && i < SESSION_MAX_OPTIONS; i++) {
        snprintf(kv[i].id, sizeof kv[i].id, "%s", opts[i].id);
        kv[i].value = opts[i].value;
    }
    struct script *sc = script_new();
    struct game *g = game_new();
    struct events *ev = malloc(sizeof *ev);
    bool ok = false;
    if (!sc || !g || !ev) {
        diag_set(d, NULL, 0, NULL, "out of memory");
        goto done;
    }
    if (!script_load(sc, session_dir(s), session_lang(s), kv, nopts, g, d))
        goto done;
    if (!game_start(g, sg->seed, ev, d))
        goto done;
    struct ctx c = {s, g, 0};
    if (!strcmp(session_lang(s), "ru"))
        c.li = 1;
    else if (!strcmp(session_lang(s), "az"))
        c.li = 2;
    struct writer w = {f, fmt, false};
    struct scenario_info info;
    memset(&info, 0, sizeof info);
    script_info(sc, g, &info);

    /* the whole game first: a handout is only written for a log that rebuilds */
    struct turn_rec *turns = calloc((size_t)sg->turn + 2, sizeof *turns);
    if (!turns) {
        diag_set(d, NULL, 0, NULL, "out of memory");
        goto done;
    }
    int nturns = sg->turn + 1;
    describe(&c, ev, &turns[0]);
    for (size_t i = 0; i < sg->nlog; i++) {
        int turn = g->turn;
        enum cmd_status st = game_apply(g, &sg->log[i], ev);
        if (st != CMD_OK) {
            diag_set(d, NULL, 0, "log", "command %zu of the game was refused on rebuilding: %s",
                     i + 1, cmd_status_str(st));
            goto turns_done;
        }
        if (turn >= 0 && turn < nturns) {
            /* events of a command that began a new turn belong to the new turn */
            int at = g->turn < nturns ? g->turn : turn;
            describe(&c, ev, &turns[at]);
        }
    }
    if (game_hash(g) != game_hash(sg)) {
        diag_set(d, NULL, 0, "log", "the rebuilt game does not match the game being exported");
        goto turns_done;
    }

    if (fmt == HANDOUT_HTML) {
        fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<title>", session_lang(s));
        esc(&w, info.title);
        fprintf(f, " - game record</title>\n<style>%s</style>\n</head>\n<body>\n", style);
    }
    emitf(&w, B_H1, P(&c, PH_RECORD), info.title);
    emit(&w, B_P, info.description);
    emit(&w, B_H2, P(&c, PH_SCENARIO));
    emitf(&w, B_LI, P(&c, PH_SCENARIO_LINE), info.title, sg->scenario_id, info.dates);
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, sg->seed);
    emitf(&w, B_LI, P(&c, PH_SEED), seed);
    for (int i = 0; i < g->nsides; i++)
        emitf(&w, B_LI, P(&c, PH_SIDE), side_name(&c, i),
              (g->sides[i].flags & SIDE_PLAYABLE) ? "" : P(&c, PH_NOT_PLAYABLE));
    end_list(&w);
    emit(&w, B_H2, P(&c, PH_OPTIONS));
    if (nopts == 0)
        emit(&w, B_P, P(&c, PH_NO_OPTIONS));
    for (int i = 0; i < nopts; i++) {
        bool flag = opts[i].min == 0 && opts[i].max == 1;
        char val[32];
        if (flag)
            snprintf(val, sizeof val, "%s", P(&c, opts[i].value ? PH_ON : PH_OFF));
        else
            snprintf(val, sizeof val, "%d", opts[i].value);
        emitf(&w, B_LI, "%s: %s%s. %s", T(&c, opts[i].name), val,
              P(&c, opts[i].value == opts[i].def ? PH_AS_HISTORY : PH_WHAT_IF),
              T(&c, opts[i].note));
    }
    end_list(&w);
    emit(&w, B_H2, P(&c, PH_TURNS));
    for (int t = 0; t < nturns; t++)
        flush_turn(&c, &w, t, &turns[t]);
    result_words(&c, g, &w);
    if (fmt == HANDOUT_HTML)
        fputs("</body>\n</html>\n", f);
    ok = !ferror(f);
    if (!ok)
        diag_set(d, NULL, 0, NULL, "writing the handout failed");
turns_done:
    for (int t = 0; t < nturns; t++) {
        for (int sd = 0; sd < MAX_SIDES; sd++)
            buf_free(&turns[t].moves[sd]);
        buf_free(&turns[t].lines);
    }
    free(turns);
done:
    free(ev);
    game_free(g);
    script_free(sc);
    return ok;
}

int handout_format_for(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot)
        return -1;
    if (!strcmp(dot, ".md") || !strcmp(dot, ".markdown"))
        return HANDOUT_MD;
    if (!strcmp(dot, ".html") || !strcmp(dot, ".htm"))
        return HANDOUT_HTML;
    return -1;
}

bool handout_save(const struct session *s, const char *path, enum handout_format fmt,
                  struct diag *d)
{
    char tmp[SESSION_PATH_LEN + 32];
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        return diag_set(d, path, 0, NULL, "cannot write: %s", strerror(errno));
    bool ok = handout_write(s, f, fmt, d);
    if (fclose(f) != 0 && ok) {
        ok = false;
        diag_set(d, path, 0, NULL, "writing failed: %s", strerror(errno));
    }
    if (!ok) {
        unlink(tmp);
        if (!d->path[0])
            snprintf(d->path, sizeof d->path, "%s", path);
        return false;
    }
    if (rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return diag_set(d, path, 0, NULL, "cannot write: %s", strerror(e));
    }
    return true;
}
