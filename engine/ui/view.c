/*
 * view.c - camera and hex geometry (see view.h). Pure arithmetic over doubles; the only SDL
 * use is the SDL_Rect of the viewport.
 *
 * Invariant: zoom stays within [min_zoom, max_zoom] and the centre stays over the map, so the
 * player can never lose the theatre off screen.
 */
#include "view.h"

#include <math.h>

void view_hex_to_world(struct hex h, double *x, double *y)
{
    *x = VIEW_SQRT3 * ((double)h.q + (double)h.r / 2.0);
    *y = 1.5 * (double)h.r;
}

struct hex view_world_to_hex(double x, double y)
{
    double q = (VIEW_SQRT3 / 3.0 * x - 1.0 / 3.0 * y);
    double r = (2.0 / 3.0 * y);
    double s = -q - r;
    double rq = round(q), rr = round(r), rs = round(s);
    double dq = fabs(rq - q), dr = fabs(rr - r), ds = fabs(rs - s);
    if (dq > dr && dq > ds)
        rq = -rr - rs;
    else if (dr > ds)
        rr = -rq - rs;
    return hex_make((int)rq, (int)rr);
}

static void world_bounds(const struct view *v, double *x0, double *y0, double *x1, double *y1)
{
    *x0 = -VIEW_SQRT3 / 2;
    *y0 = -1.0;
    *x1 = VIEW_SQRT3 * ((double)v->cols - 1 + 0.5) + VIEW_SQRT3 / 2;
    *y1 = 1.5 * ((double)v->rows - 1) + 1.0;
}

static double fit_zoom(const struct view *v)
{
    double x0, y0, x1, y1;
    world_bounds(v, &x0, &y0, &x1, &y1);
    double zx = (double)v->area.w / (x1 - x0), zy = (double)v->area.h / (y1 - y0);
    return fmin(zx, zy) * 0.98;
}

static void clamp_target(struct view *v)
{
    v->min_zoom = fmin(fit_zoom(v) * 0.8, 12.0);
    if (v->tzoom < v->min_zoom)
        v->tzoom = v->min_zoom;
    if (v->tzoom > v->max_zoom)
        v->tzoom = v->max_zoom;
    double x0, y0, x1, y1;
    world_bounds(v, &x0, &y0, &x1, &y1);
    if (v->tx < x0)
        v->tx = x0;
    if (v->tx > x1)
        v->tx = x1;
    if (v->ty < y0)
        v->ty = y0;
    if (v->ty > y1)
        v->ty = y1;
}

void view_init(struct view *v, int cols, int rows, SDL_Rect area)
{
    v->cols = cols > 0 ? cols : 1;
    v->rows = rows > 0 ? rows : 1;
    v->area = area;
    v->max_zoom = 160.0;
    view_fit(v, true);
}

void view_set_area(struct view *v, SDL_Rect area)
{
    v->area = area;
    clamp_target(v);
    if (v->zoom < v->min_zoom)
        v->zoom = v->min_zoom;
}

void view_to_screen(const struct view *v, double wx, double wy, float *sx, float *sy)
{
    *sx = (float)((wx - v->cx) * v->zoom + v->area.x + v->area.w / 2.0);
    *sy = (float)((wy - v->cy) * v->zoom + v->area.y + v->area.h / 2.0);
}

void view_to_world(const struct view *v, float sx, float sy, double *wx, double *wy)
{
    *wx = ((double)sx - v->area.x - v->area.w / 2.0) / v->zoom + v->cx;
    *wy = ((double)sy - v->area.y - v->area.h / 2.0) / v->zoom + v->cy;
}

void view_hex_center(const struct view *v, struct hex h, float *sx, float *sy)
{
    double x, y;
    view_hex_to_world(h, &x, &y);
    view_to_screen(v, x, y, sx, sy);
}

struct hex view_pixel_to_hex(const struct view *v, float sx, float sy)
{
    double x, y;
    view_to_world(v, sx, sy, &x, &y);
    return view_world_to_hex(x, y);
}

void view_corner(float cx, float cy, float rad, int i, float *x, float *y)
{
    /* direction d points at 60d degrees counter-clockwise from east (y up); the side facing
     * it has its corners at 60d - 30 and 60d + 30, so corner i sits at 60i - 30 */
    double a = (60.0 * i - 30.0) * 3.14159265358979 / 180.0;
    *x = cx + (float)(cos(a) * rad);
    *y = cy - (float)(sin(a) * rad);
}

void view_fit(struct view *v, bool now)
{
    double x0, y0, x1, y1;
    world_bounds(v, &x0, &y0, &x1, &y1);
    v->tx = (x0 + x1) / 2;
    v->ty = (y0 + y1) / 2;
    v->tzoom = fit_zoom(v);
    clamp_target(v);
    v->tzoom = fmax(v->tzoom, v->min_zoom);
    if (now) {
        v->cx = v->tx;
        v->cy = v->ty;
        v->zoom = v->tzoom;
    }
}

void view_frame(struct view *v, const struct hex *hs, int n, double margin, double closest,
                bool now)
{
    if (n <= 0)
        return;
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (int i = 0; i < n; i++) {
        double x, y;
        view_hex_to_world(hs[i], &x, &y);
        x0 = fmin(x0, x);
        y0 = fmin(y0, y);
        x1 = fmax(x1, x);
        y1 = fmax(y1, y);
    }
    double m = margin * VIEW_SQRT3;
    x0 -= m;
    x1 += m;
    y0 -= m;
    y1 += m;
    double z = fmin((double)v->area.w / (x1 - x0), (double)v->area.h / (y1 - y0));
    v->tzoom = fmin(z, closest);
    v->tzoom = fmax(v->tzoom, fit_zoom(v));
    v->tx = (x0 + x1) / 2;
    v->ty = (y0 + y1) / 2;
    clamp_target(v);
    /* where the map is wider (taller) than the view, keep its edge out of the picture; where
     * it is narrower, centre it */
    double w0, h0, w1, h1;
    world_bounds(v, &w0, &h0, &w1, &h1);
    double hw = v->area.w / 2.0 / v->tzoom, hh = v->area.h / 2.0 / v->tzoom;
    v->tx = w1 - w0 > 2 * hw ? fmin(fmax(v->tx, w0 + hw), w1 - hw) : (w0 + w1) / 2;
    v->ty = h1 - h0 > 2 * hh ? fmin(fmax(v->ty, h0 + hh), h1 - hh) : (h0 + h1) / 2;
    if (now) {
        v->cx = v->tx;
        v->cy = v->ty;
        v->zoom = v->tzoom;
    }
}

void view_zoom_at(struct view *v, double factor, float sx, float sy, bool now)
{
    /* keep the world point under the cursor fixed, computed against the target camera */
    struct view t = *v;
    t.cx = v->tx;
    t.cy = v->ty;
    t.zoom = v->tzoom;
    double wx, wy;
    view_to_world(&t, sx, sy, &wx, &wy);
    v->tzoom = v->tzoom * factor;
    clamp_target(v);
    double ox = ((double)sx - v->area.x - v->area.w / 2.0), oy = ((double)sy - v->area.y -
                                                                   v->area.h / 2.0);
    v->tx = wx - ox / v->tzoom;
    v->ty = wy - oy / v->tzoom;
    clamp_target(v);
    if (now) {
        v->cx = v->tx;
        v->cy = v->ty;
        v->zoom = v->tzoom;
    }
}

void view_pan_pixels(struct view *v, double dx, double dy, bool now)
{
    v->tx += dx / v->tzoom;
    v->ty += dy / v->tzoom;
    clamp_target(v);
    if (now) {
        v->cx = v->tx;
        v->cy = v->ty;
    }
}

void view_center_on(struct view *v, struct hex h, bool now)
{
    view_hex_to_world(h, &v->tx, &v->ty);
    clamp_target(v);
    if (now) {
        v->cx = v->tx;
        v->cy = v->ty;
        v->zoom = v->tzoom;
    }
}

bool view_update(struct view *v, double dt)
{
    /* exponential approach: about 90% of the way in 0.12 s, independent of frame rate */
    double k = 1.0 - exp(-dt * 19.0);
    bool moving = false;
    if (fabs(v->tzoom - v->zoom) > v->zoom * 1e-4) {
        /* zoom in log space, and move the centre so the zoom anchor stays put */
        v->zoom = exp(log(v->zoom) + (log(v->tzoom) - log(v->zoom)) * k);
        moving = true;
    } else {
        v->zoom = v->tzoom;
    }
    if (fabs(v->tx - v->cx) * v->zoom > 0.25 || fabs(v->ty - v->cy) * v->zoom > 0.25) {
        v->cx += (v->tx - v->cx) * k;
        v->cy += (v->ty - v->cy) * k;
        moving = true;
    } else {
        v->cx = v->tx;
        v->cy = v->ty;
    }
    return moving;
}

void view_visible(const struct view *v, int *c0, int *r0, int *c1, int *r1)
{
    double x0, y0, x1, y1;
    view_to_world(v, (float)v->area.x, (float)v->area.y, &x0, &y0);
    view_to_world(v, (float)(v->area.x + v->area.w), (float)(v->area.y + v->area.h), &x1, &y1);
    int ra = (int)floor(y0 / 1.5) - 1, rb = (int)ceil(y1 / 1.5) + 1;
    int ca = (int)floor(x0 / VIEW_SQRT3) - 1, cb = (int)ceil(x1 / VIEW_SQRT3) + 1;
    *r0 = ra < 0 ? 0 : ra;
    *r1 = rb >= v->rows ? v->rows - 1 : rb;
    *c0 = ca < 0 ? 0 : ca;
    *c1 = cb >= v->cols ? v->cols - 1 : cb;
}

bool view_hex_visible(const struct view *v, struct hex h)
{
    float x, y;
    view_hex_center(v, h, &x, &y);
    float m = (float)v->zoom;
    return x > v->area.x - m && x < v->area.x + v->area.w + m && y > v->area.y - m &&
           y < v->area.y + v->area.h + m;
}
