/*
 * gfx.c - batched drawing, fonts and the text cache (see gfx.h).
 *
 * Invariant: vertices in the batch are drawn before any later text, because every texture
 * copy flushes the batch first. The text cache is direct-mapped: a slot holds one rendered
 * string (font, colour, wrap width); a different string hashing to the same slot replaces it.
 * Depends on SDL2 and SDL2_ttf.
 */
#include "gfx.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ====================================================================== lifecycle */

bool gfx_init(struct gfx *g, SDL_Renderer *r, const char *font_dir, char *err, size_t errlen)
{
    memset(g, 0, sizeof *g);
    g->r = r;
    snprintf(g->font_path[0], sizeof g->font_path[0], "%s/DejaVuSans.ttf", font_dir);
    snprintf(g->font_path[1], sizeof g->font_path[1], "%s/DejaVuSans-Bold.ttf", font_dir);
    for (int i = 0; i < 2; i++) {
        TTF_Font *f = TTF_OpenFont(g->font_path[i], 16);
        if (!f) {
            snprintf(err, errlen, "%s: cannot open font: %s", g->font_path[i], TTF_GetError());
            return false;
        }
        TTF_CloseFont(f);
    }
    g->slots = calloc(GFX_TEXT_SLOTS, sizeof *g->slots);
    g->cvtx = 4096;
    g->cidx = 8192;
    g->vtx = malloc(sizeof *g->vtx * (size_t)g->cvtx);
    g->idx = malloc(sizeof *g->idx * (size_t)g->cidx);
    if (!g->slots || !g->vtx || !g->idx) {
        snprintf(err, errlen, "out of memory");
        gfx_fini(g);
        return false;
    }
    gfx_begin(g);
    return true;
}

void gfx_fini(struct gfx *g)
{
    if (g->slots) {
        for (int i = GFX_TEXT_SLOTS - 1; i >= 0; i--)
            if (g->slots[i].tex)
                SDL_DestroyTexture(g->slots[i].tex);
    }
    for (int i = g->nfonts - 1; i >= 0; i--)
        TTF_CloseFont(g->fonts[i].font);
    free(g->slots);
    free(g->vtx);
    free(g->idx);
    memset(g, 0, sizeof *g);
}

void gfx_drop_textures(struct gfx *g)
{
    for (int i = 0; i < GFX_TEXT_SLOTS; i++) {
        if (g->slots[i].tex)
            SDL_DestroyTexture(g->slots[i].tex);
        memset(&g->slots[i], 0, sizeof g->slots[i]);
    }
}

void gfx_begin(struct gfx *g)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(g->r, &w, &h) == 0) {
        g->w = w;
        g->h = h;
    }
    g->frame++;
    g->text_renders = 0;
    g->nrec = 0;
}

static void record(struct gfx *g, SDL_FRect dst)
{
    if (!g->rec_on || !g->rec_layer || g->nrec >= (int)(sizeof g->rec / sizeof g->rec[0]))
        return;
    SDL_Rect r = { (int)dst.x, (int)dst.y, (int)dst.w, (int)dst.h }, out;
    if (g->clip.w > 0) {
        if (!SDL_IntersectRect(&r, &g->clip, &out))
            return;
        r = out;
    }
    g->rec[g->nrec++] = r;
}

TTF_Font *gfx_font(struct gfx *g, int px, bool bold)
{
    if (px < 6)
        px = 6;
    if (px > 160)
        px = 160;
    for (int i = 0; i < g->nfonts; i++)
        if (g->fonts[i].px == px && g->fonts[i].bold == bold)
            return g->fonts[i].font;
    if (g->nfonts == GFX_MAX_FONTS) {
        /* forget the oldest size; the text cache may still point at it, so drop those too */
        TTF_Font *old = g->fonts[0].font;
        for (int i = 0; i < GFX_TEXT_SLOTS; i++) {
            if (g->slots[i].tex && g->slots[i].font == old) {
                SDL_DestroyTexture(g->slots[i].tex);
                memset(&g->slots[i], 0, sizeof g->slots[i]);
            }
        }
        TTF_CloseFont(old);
        memmove(&g->fonts[0], &g->fonts[1], sizeof g->fonts[0] * (GFX_MAX_FONTS - 1));
        g->nfonts--;
    }
    TTF_Font *f = TTF_OpenFont(g->font_path[bold ? 1 : 0], px);
    if (!f)
        return g->nfonts ? g->fonts[0].font : NULL;
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    g->fonts[g->nfonts++] = (struct gfx_font){ px, bold, f };
    return f;
}

/* ====================================================================== batch */

static bool reserve(struct gfx *g, int nv, int ni)
{
    if (g->nvtx + nv > 60000)
        gfx_flush(g);
    if (g->nvtx + nv > g->cvtx) {
        int c = g->cvtx * 2;
        while (c < g->nvtx + nv)
            c *= 2;
        SDL_Vertex *v = realloc(g->vtx, sizeof *v * (size_t)c);
        if (!v)
            return false;
        g->vtx = v;
        g->cvtx = c;
    }
    if (g->nidx + ni > g->cidx) {
        int c = g->cidx * 2;
        while (c < g->nidx + ni)
            c *= 2;
        int *ix = realloc(g->idx, sizeof *ix * (size_t)c);
        if (!ix)
            return false;
        g->idx = ix;
        g->cidx = c;
    }
    return true;
}

static SDL_Color to_color(uint32_t c)
{
    return (SDL_Color){ (Uint8)(c >> 24), (Uint8)(c >> 16), (Uint8)(c >> 8), (Uint8)c };
}

static int vert(struct gfx *g, float x, float y, SDL_Color col)
{
    g->vtx[g->nvtx] = (SDL_Vertex){ { x, y }, col, { 0, 0 } };
    return g->nvtx++;
}

void gfx_flush(struct gfx *g)
{
    if (g->nidx > 0)
        SDL_RenderGeometry(g->r, NULL, g->vtx, g->nvtx, g->idx, g->nidx);
    g->nvtx = 0;
    g->nidx = 0;
}

void gfx_clip(struct gfx *g, const SDL_Rect *r)
{
    gfx_flush(g);
    SDL_RenderSetClipRect(g->r, r);
    g->clip = r ? *r : (SDL_Rect){ 0, 0, 0, 0 };
}

void gfx_blend(struct gfx *g, bool on)
{
    gfx_flush(g);
    SDL_SetRenderDrawBlendMode(g->r, on ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
}

void gfx_tri(struct gfx *g, float x0, float y0, float x1, float y1, float x2, float y2,
             uint32_t c)
{
    if ((c & 0xff) == 0 || !reserve(g, 3, 3))
        return;
    SDL_Color col = to_color(c);
    int a = vert(g, x0, y0, col), b = vert(g, x1, y1, col), d = vert(g, x2, y2, col);
    g->idx[g->nidx++] = a;
    g->idx[g->nidx++] = b;
    g->idx[g->nidx++] = d;
}

void gfx_poly(struct gfx *g, const SDL_FPoint *p, int n, uint32_t c)
{
    if (n < 3 || (c & 0xff) == 0 || !reserve(g, n, 3 * (n - 2)))
        return;
    SDL_Color col = to_color(c);
    int base = g->nvtx;
    for (int i = 0; i < n; i++)
        vert(g, p[i].x, p[i].y, col);
    for (int i = 1; i + 1 < n; i++) {
        g->idx[g->nidx++] = base;
        g->idx[g->nidx++] = base + i;
        g->idx[g->nidx++] = base + i + 1;
    }
}

void gfx_quad(struct gfx *g, const SDL_FPoint p[4], uint32_t c)
{
    gfx_poly(g, p, 4, c);
}

void gfx_rect(struct gfx *g, float x, float y, float w, float h, uint32_t c)
{
    SDL_FPoint p[4] = { { x, y }, { x + w, y }, { x + w, y + h }, { x, y + h } };
    gfx_poly(g, p, 4, c);
}

void gfx_frame(struct gfx *g, float x, float y, float w, float h, float t, uint32_t c)
{
    gfx_rect(g, x, y, w, t, c);
    gfx_rect(g, x, y + h - t, w, t, c);
    gfx_rect(g, x, y + t, t, h - 2 * t, c);
    gfx_rect(g, x + w - t, y + t, t, h - 2 * t, c);
}

void gfx_line(struct gfx *g, float x0, float y0, float x1, float y1, float width, uint32_t c)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len < 1e-4f)
        return;
    float nx = -dy / len * width * 0.5f, ny = dx / len * width * 0.5f;
    SDL_FPoint p[4] = { { x0 + nx, y0 + ny }, { x1 + nx, y1 + ny }, { x1 - nx, y1 - ny },
                        { x0 - nx, y0 - ny } };
    gfx_poly(g, p, 4, c);
}

void gfx_disc(struct gfx *g, float cx, float cy, float rad, uint32_t c)
{
    int n = rad < 3 ? 6 : rad < 8 ? 10 : rad < 20 ? 16 : 28;
    SDL_FPoint p[28];
    for (int i = 0; i < n; i++) {
        float a = (float)i * 6.2831853f / (float)n;
        p[i] = (SDL_FPoint){ cx + cosf(a) * rad, cy + sinf(a) * rad };
    }
    gfx_poly(g, p, n, c);
}

void gfx_ring(struct gfx *g, float cx, float cy, float rad, float t, uint32_t c)
{
    int n = rad < 8 ? 12 : rad < 20 ? 20 : 32;
    float r0 = rad - t * 0.5f, r1 = rad + t * 0.5f;
    for (int i = 0; i < n; i++) {
        float a0 = (float)i * 6.2831853f / (float)n, a1 = (float)(i + 1) * 6.2831853f / (float)n;
        SDL_FPoint p[4] = { { cx + cosf(a0) * r0, cy + sinf(a0) * r0 },
                            { cx + cosf(a0) * r1, cy + sinf(a0) * r1 },
                            { cx + cosf(a1) * r1, cy + sinf(a1) * r1 },
                            { cx + cosf(a1) * r0, cy + sinf(a1) * r0 } };
        gfx_poly(g, p, 4, c);
    }
}

void gfx_polyline(struct gfx *g, const SDL_FPoint *p, int n, float width, uint32_t c)
{
    for (int i = 0; i + 1 < n; i++) {
        gfx_line(g, p[i].x, p[i].y, p[i + 1].x, p[i + 1].y, width, c);
        if (i > 0)
            gfx_disc(g, p[i].x, p[i].y, width * 0.5f, c);
    }
}

void gfx_dash(struct gfx *g, float x0, float y0, float x1, float y1, float width, float on,
              float off, uint32_t c)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len < 1e-4f || on <= 0)
        return;
    float ux = dx / len, uy = dy / len;
    for (float t = 0; t < len; t += on + off) {
        float e = t + on > len ? len : t + on;
        gfx_line(g, x0 + ux * t, y0 + uy * t, x0 + ux * e, y0 + uy * e, width, c);
    }
}

void gfx_star(struct gfx *g, float cx, float cy, float rad, uint32_t c)
{
    SDL_FPoint outer[5], inner[5];
    for (int i = 0; i < 5; i++) {
        float a = -1.5707963f + (float)i * 1.2566371f;
        outer[i] = (SDL_FPoint){ cx + cosf(a) * rad, cy + sinf(a) * rad };
        float b = a + 0.6283185f;
        inner[i] = (SDL_FPoint){ cx + cosf(b) * rad * 0.42f, cy + sinf(b) * rad * 0.42f };
    }
    gfx_poly(g, inner, 5, c);
    for (int i = 0; i < 5; i++)
        gfx_tri(g, outer[i].x, outer[i].y, inner[i].x, inner[i].y, inner[(i + 4) % 5].x,
                inner[(i + 4) % 5].y, c);
}

void gfx_round_rect(struct gfx *g, float x, float y, float w, float h, float rad, uint32_t c)
{
    if (rad * 2 > h)
        rad = h / 2;
    if (rad * 2 > w)
        rad = w / 2;
    if (rad < 1.5f) {
        gfx_rect(g, x, y, w, h, c);
        return;
    }
    SDL_FPoint p[24];
    int n = 0;
    const float cxs[4] = { x + w - rad, x + rad, x + rad, x + w - rad };
    const float cys[4] = { y + rad, y + rad, y + h - rad, y + h - rad };
    for (int k = 0; k < 4; k++) {
        for (int i = 0; i < 6; i++) {
            float a = -(float)k * 1.5707963f - (float)i * 1.5707963f / 5.0f;
            p[n++] = (SDL_FPoint){ cxs[k] + cosf(a) * rad, cys[k] + sinf(a) * rad };
        }
    }
    gfx_poly(g, p, n, c);
}

/* ====================================================================== colours */

uint32_t gfx_mix(uint32_t a, uint32_t b, float t)
{
    uint32_t out = 0;
    for (int s = 0; s < 32; s += 8) {
        float ca = (float)((a >> s) & 0xff), cb = (float)((b >> s) & 0xff);
        int v = (int)(ca + (cb - ca) * t + 0.5f);
        out |= (uint32_t)(v < 0 ? 0 : v > 255 ? 255 : v) << s;
    }
    return out;
}

uint32_t gfx_alpha(uint32_t c, int alpha)
{
    return (c & 0xffffff00u) | (uint32_t)(alpha < 0 ? 0 : alpha > 255 ? 255 : alpha);
}

uint32_t gfx_shade(uint32_t c, float f)
{
    if (f < 1)
        return gfx_mix(c, c & 0xff, 1 - f);
    return gfx_mix(c, 0xffffff00u | (c & 0xff), f - 1);
}

/* ====================================================================== text */

static uint32_t hash_text(const char *s, const void *font, uint32_t c, int wrap)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    h ^= (uint32_t)(uintptr_t)font * 2654435761u;
    h ^= c * 40503u;
    h ^= (uint32_t)wrap * 97u;
    return h;
}

/* The texture for s (cached when short enough). *temp set when the caller must destroy it. */
static SDL_Texture *text_texture(struct gfx *g, TTF_Font *f, const char *s, uint32_t c, int wrap,
                                 int *w, int *h, bool *temp)
{
    *temp = false;
    size_t len = strlen(s);
    uint32_t hs = hash_text(s, f, c, wrap);
    struct gfx_text_slot *slot = NULL;
    if (len < GFX_TEXT_KEY) {
        slot = &g->slots[hs % GFX_TEXT_SLOTS];
        if (slot->tex && slot->hash == hs && slot->font == f && slot->color == c &&
            slot->wrap == wrap && strcmp(slot->key, s) == 0) {
            *w = slot->w;
            *h = slot->h;
            return slot->tex;
        }
    }
    SDL_Color col = to_color(c);
    SDL_Surface *surf = wrap > 0 ? TTF_RenderUTF8_Blended_Wrapped(f, s, col, (Uint32)wrap)
                                 : TTF_RenderUTF8_Blended(f, s, col);
    if (!surf)
        return NULL;
    g->text_renders++;
    SDL_Texture *t = SDL_CreateTextureFromSurface(g->r, surf);
    *w = surf->w;
    *h = surf->h;
    SDL_FreeSurface(surf);
    if (!t)
        return NULL;
    if (col.a != 255)
        SDL_SetTextureAlphaMod(t, col.a);
    if (!slot) {
        *temp = true;
        return t;
    }
    if (slot->tex)
        SDL_DestroyTexture(slot->tex);
    slot->hash = hs;
    slot->font = f;
    slot->color = c;
    slot->wrap = wrap;
    memcpy(slot->key, s, len + 1);
    slot->tex = t;
    slot->w = *w;
    slot->h = *h;
    return t;
}

void gfx_text_size(struct gfx *g, int px, bool bold, const char *s, int *w, int *h)
{
    TTF_Font *f = gfx_font(g, px, bold);
    *w = 0;
    *h = f ? TTF_FontHeight(f) : px;
    if (f && *s)
        TTF_SizeUTF8(f, s, w, h);
}

int gfx_text(struct gfx *g, int px, bool bold, float x, float y, const char *s, uint32_t c,
             int align)
{
    if (!s || !*s)
        return 0;
    TTF_Font *f = gfx_font(g, px, bold);
    if (!f)
        return 0;
    int w = 0, h = 0;
    bool temp = false;
    SDL_Texture *t = text_texture(g, f, s, c | 0, 0, &w, &h, &temp);
    if (!t)
        return 0;
    gfx_flush(g);
    float dx = x, dy = y;
    if (align & GFX_CENTER)
        dx -= (float)w / 2;
    else if (align & GFX_RIGHT)
        dx -= (float)w;
    if (align & GFX_MIDDLE)
        dy -= (float)h / 2;
    else if (align & GFX_BOTTOM)
        dy -= (float)h;
    SDL_FRect dst = { floorf(dx + 0.5f), floorf(dy + 0.5f), (float)w, (float)h };
    SDL_RenderCopyF(g->r, t, NULL, &dst);
    record(g, dst);
    if (temp)
        SDL_DestroyTexture(t);
    return w;
}

int gfx_text_wrap(struct gfx *g, int px, bool bold, float x, float y, int width, const char *s,
                  uint32_t c)
{
    if (!s || !*s || width < 8)
        return 0;
    TTF_Font *f = gfx_font(g, px, bold);
    if (!f)
        return 0;
    int w = 0, h = 0;
    bool temp = false;
    SDL_Texture *t = text_texture(g, f, s, c, width, &w, &h, &temp);
    if (!t)
        return 0;
    gfx_flush(g);
    SDL_FRect dst = { floorf(x + 0.5f), floorf(y + 0.5f), (float)w, (float)h };
    SDL_RenderCopyF(g->r, t, NULL, &dst);
    record(g, dst);
    if (temp)
        SDL_DestroyTexture(t);
    return h;
}

int gfx_text_wrap_height(struct gfx *g, int px, bool bold, int width, const char *s)
{
    if (!s || !*s || width < 8)
        return 0;
    TTF_Font *f = gfx_font(g, px, bold);
    if (!f)
        return 0;
    int w = 0, h = 0;
    bool temp = false;
    SDL_Texture *t = text_texture(g, f, s, 0xffffffffu, width, &w, &h, &temp);
    if (t && temp)
        SDL_DestroyTexture(t);
    return h;
}
