/*
 * event.c - the list of what happened, filled by game_apply() for the UI (animation, log),
 * the script layer (handlers) and the classroom narration. Output only: nothing reads it back
 * into the rules. Depends on libc only.
 */
#include <string.h>

#include "internal.h"

struct event *ev_push(struct events *ev, int kind)
{
    if (!ev)
        return NULL;
    if (ev->n >= MAX_EVENTS) {
        ev->dropped++;
        return NULL;
    }
    struct event *e = &ev->ev[ev->n++];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->side = e->side2 = NO_SIDE;
    e->unit = e->unit2 = NO_UNIT;
    return e;
}
