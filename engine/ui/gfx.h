/*
 * gfx.h - drawing primitives for the UI: batched triangles (filled polygons, thick lines,
 * circles) sent to SDL_RenderGeometry in one call, fonts at any pixel size, and a cache of
 * rendered text textures. Colours are 0xRRGGBBAA.
 *
 * The batch keeps draw order: anything that copies a texture (text) flushes it first.
 */
#ifndef B20_GFX_H
#define B20_GFX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>
#include <SDL_ttf.h>

#define GFX_MAX_FONTS 24
#define GFX_TEXT_SLOTS 1024
#define GFX_TEXT_KEY 120

enum gfx_align { GFX_LEFT = 0, GFX_CENTER = 1, GFX_RIGHT = 2, GFX_MIDDLE = 4, GFX_BOTTOM = 8 };

struct gfx_font {
    int px;
    bool bold;
    TTF_Font *font;
};

struct gfx_text_slot {
    uint32_t hash;
    TTF_Font *font;
    uint32_t color;
    int wrap;
    char key[GFX_TEXT_KEY];
    SDL_Texture *tex;
    int w, h;
};

struct gfx {
    SDL_Renderer *r;
    int w, h;                /* output size in pixels */
    char font_path[2][512];  /* regular, bold */
    int nfonts;
    struct gfx_font fonts[GFX_MAX_FONTS];
    struct gfx_text_slot *slots; /* GFX_TEXT_SLOTS */
    SDL_Vertex *vtx;
    int *idx;
    int nvtx, cvtx, nidx, cidx;
    long frame;
    int text_renders;        /* texts rasterised this frame (cache misses) */
    SDL_Rect clip;           /* the clip in force (w 0: none) */
    /* where texts landed this frame (tests check that none overlap): on while rec_on, only
     * texts drawn while rec_layer is non-zero (the interface, not the map's labels) */
    bool rec_on;
    int rec_layer;
    int nrec;
    SDL_Rect rec[512];
};

/* Opens the fonts in font_dir (DejaVuSans.ttf, DejaVuSans-Bold.ttf). TTF_Init must have run.
 * On failure returns false with a message in err. */
bool gfx_init(struct gfx *g, SDL_Renderer *r, const char *font_dir, char *err, size_t errlen);
void gfx_fini(struct gfx *g);
/* Forgets every cached text texture (after the renderer lost its textures). */
void gfx_drop_textures(struct gfx *g);
/* Call at the start of each frame: refreshes the output size. */
void gfx_begin(struct gfx *g);
void gfx_flush(struct gfx *g);
void gfx_clip(struct gfx *g, const SDL_Rect *r); /* NULL: no clip; flushes */
/* Blending on (default) or off: off is much faster on the software renderer for opaque
 * shapes. Flushes. */
void gfx_blend(struct gfx *g, bool on);

TTF_Font *gfx_font(struct gfx *g, int px, bool bold);

void gfx_tri(struct gfx *g, float x0, float y0, float x1, float y1, float x2, float y2,
             uint32_t c);
/* Convex polygon as a fan. */
void gfx_poly(struct gfx *g, const SDL_FPoint *p, int n, uint32_t c);
void gfx_quad(struct gfx *g, const SDL_FPoint p[4], uint32_t c);
void gfx_rect(struct gfx *g, float x, float y, float w, float h, uint32_t c);
void gfx_frame(struct gfx *g, float x, float y, float w, float h, float t, uint32_t c);
void gfx_line(struct gfx *g, float x0, float y0, float x1, float y1, float width, uint32_t c);
/* Polyline with round-ish joins (a disc at each inner point). */
void gfx_polyline(struct gfx *g, const SDL_FPoint *p, int n, float width, uint32_t c);
void gfx_disc(struct gfx *g, float cx, float cy, float rad, uint32_t c);
void gfx_ring(struct gfx *g, float cx, float cy, float rad, float t, uint32_t c);
/* Dashed line: on/off lengths in pixels. */
void gfx_dash(struct gfx *g, float x0, float y0, float x1, float y1, float width, float on,
              float off, uint32_t c);
void gfx_star(struct gfx *g, float cx, float cy, float rad, uint32_t c);
void gfx_round_rect(struct gfx *g, float x, float y, float w, float h, float rad, uint32_t c);

/* Text (UTF-8). Returns the width drawn. align: GFX_LEFT/CENTER/RIGHT | GFX_MIDDLE/BOTTOM
 * (vertical: top by default). */
int gfx_text(struct gfx *g, int px, bool bold, float x, float y, const char *s, uint32_t c,
             int align);
void gfx_text_size(struct gfx *g, int px, bool bold, const char *s, int *w, int *h);
/* Wrapped to width; returns the height used. */
int gfx_text_wrap(struct gfx *g, int px, bool bold, float x, float y, int width, const char *s,
                  uint32_t c);
/* Height the wrapped text would take. */
int gfx_text_wrap_height(struct gfx *g, int px, bool bold, int width, const char *s);

uint32_t gfx_mix(uint32_t a, uint32_t b, float t);   /* t=0: a, t=1: b (alpha too) */
uint32_t gfx_alpha(uint32_t c, int alpha);
uint32_t gfx_shade(uint32_t c, float f);             /* f<1 darker, f>1 lighter */

#endif
