/*
 * internal.h - functions the core's modules share with each other but not with callers.
 */
#ifndef B20_INTERNAL_H
#define B20_INTERNAL_H

#include "game.h"

/* game.c */
int game_spawn_unit(struct game *g, const struct unit_spec *s);

/* event.c */
struct event *ev_push(struct events *ev, int kind);

/* move.c: per-call scratch describing who stands where, for one moving side */
struct occupancy {
    uint8_t enemy[MAP_MAX_HEXES];   /* a hostile unit (not carried) stands here */
    uint8_t zoc[MAP_MAX_HEXES];     /* in a hostile zone of control */
};
void move_occupancy(const struct game *g, int side, struct occupancy *o);
int move_class_of(const struct game *g, int unit);
bool move_can_end(const struct game *g, int unit, struct hex h);
/* Carries out a validated move along the cheapest path. */
void move_apply(struct game *g, int unit, struct hex to, struct events *ev);
/* Unit (and what it carries) is put on h; captures the hex for a land unit. */
void move_place(struct game *g, int unit, struct hex h, struct events *ev);
void capture_hex(struct game *g, int side, struct hex h, struct events *ev);

/* combat.c */
enum cmd_status combat_validate(const struct game *g, const struct cmd *c);
void combat_apply(struct game *g, const struct cmd *c, struct events *ev);
/* Removes steps from a unit (and its passengers when it dies); reports loss/destroyed. */
void unit_lose_steps(struct game *g, int unit, int steps, struct events *ev);

/* turn.c */
void turn_end_phase(struct game *g, struct events *ev);
void turn_begin_side(struct game *g, struct events *ev);
void turn_check_sudden(struct game *g, struct events *ev);
void game_finish(struct game *g, int winner, int level, const char *reason, struct events *ev);
void victory_decide(struct game *g, const char *reason, struct events *ev);

#endif
