/*
 * rng.h - the one source of randomness in the rules: PCG32 (O'Neill, pcg-random.org,
 * "pcg32_random_r": 64-bit LCG state, XSH-RR output). Explicit state, no globals.
 * Streams for the AI and scripts are derived with rng_derive(), so that thinking longer or
 * a script rolling dice never shifts the rules stream.
 */
#ifndef B20_RNG_H
#define B20_RNG_H

#include <stdint.h>

struct rng {
    uint64_t state, inc;
};

void rng_seed(struct rng *r, uint64_t seed, uint64_t stream);
uint32_t rng_next(struct rng *r);
/* Uniform integer in [0, n) without modulo bias; n >= 1. */
uint32_t rng_below(struct rng *r, uint32_t n);
/* 1..sides */
int rng_roll(struct rng *r, int sides);
/* A stateless stream seeded by mixing the given words (splitmix64). */
void rng_derive(struct rng *r, uint64_t a, uint64_t b, uint64_t c);
uint64_t rng_mix64(uint64_t x);

#endif
