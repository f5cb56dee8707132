/*
 * rng.c - PCG32 (M. O'Neill, "PCG: A Family of Simple Fast Space-Efficient Statistically Good
 * Algorithms for Random Number Generation", pcg-random.org), the XSH-RR variant, and
 * splitmix64 for deriving independent streams. Depends on libc only.
 */
#include "rng.h"

uint64_t rng_mix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
    r->state = 0;
    r->inc = (stream << 1) | 1u;
    rng_next(r);
    r->state += seed;
    rng_next(r);
}

uint32_t rng_next(struct rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ULL + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

uint32_t rng_below(struct rng *r, uint32_t n)
{
    if (n <= 1)
        return 0;
    uint32_t threshold = (uint32_t)(-n) % n;
    for (;;) {
        uint32_t x = rng_next(r);
        if (x >= threshold)
            return x % n;
    }
}

int rng_roll(struct rng *r, int sides)
{
    return sides <= 1 ? 1 : (int)rng_below(r, (uint32_t)sides) + 1;
}

void rng_derive(struct rng *r, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t s = rng_mix64(a ^ rng_mix64(b ^ rng_mix64(c)));
    rng_seed(r, s, rng_mix64(s + 0x632be59bd9b4e019ULL));
}
