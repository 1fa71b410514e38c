/* render.c - the public entry points of the render stage: a renderer holds
 * the fonts, the theme and a measuring context; db_render_table picks the
 * backend by extension, measures, draws and writes one figure. */
#define _DEFAULT_SOURCE  /* MADV_HUGEPAGE */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <cairo-pdf.h>

#include "render/render_int.h"

#define DEFAULT_WIDTH_PT 480.0  /* ≈ 170 mm: a page's text width */

/* Heap memory the renderer takes from malloc at first, in one piece. */
#define HEAP_RESERVE ((size_t)16 << 20)

/* Heap below the first 2 MiB boundary of the reserve, held so that the
 * allocations after it start on the boundary (heap_in_huge_pages). */
static void *heap_filler;

/* A chart takes some megabytes from malloc, most of them new to the
 * process: a PDF or SVG, for instance, has cairo read the CFF table of
 * each font it embeds (1.7 MB for each bundled face) into a buffer of its
 * own, more than once. malloc gives such a buffer memory mapped for it
 * alone, unmapped when freed, and grows and trims its heap for smaller
 * ones; each 4 KiB page the process touches first costs a page fault
 * (1 150 of a PDF chart's 2 170). Here the heap is grown once by
 * HEAP_RESERVE, asked for as transparent huge pages (a fault a 2 MiB page
 * where the kernel gives them, THP "always" or "madvise"; 4 KiB pages
 * otherwise, as before), and malloc keeps it: blocks up to 32 MiB come
 * from the heap, and freed memory is kept for the next. Process-wide,
 * once; what is allocated, and so the output, does not change. */
static void heap_in_huge_pages(void)
{
	static bool done;
	char *p, *at, *end;
	size_t below;

	if (done)
		return;
	done = true;
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	/* A block of the reserve's size grows the heap by as much (no page
	 * of it touched but its header's); freed, it is the heap's free top,
	 * where the next blocks are cut from, lowest first. */
	p = malloc(HEAP_RESERVE);
	if (!p)
		return;
	at = p + (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
	end = p + HEAP_RESERVE - (uintptr_t)(p + HEAP_RESERVE) % HUGE_PAGE;
	below = (size_t)(at - p);
	if (end > at)
		madvise(at, (size_t)(end - at), MADV_HUGEPAGE);  /* EINVAL without THP */
	free(p);
	/* A huge page is given only where none of its 4 KiB pages is yet:
	 * the start of the top, below the boundary, is taken by a block
	 * never touched, so the first blocks cut after it lie on it. */
	if (below)
		heap_filler = malloc(below);
}

db_renderer *db_renderer_new(const db_render_opts *o, db_diag *d)
{
	heap_in_huge_pages();
	db_renderer *r = db_xcalloc(1, sizeof(*r));

	r->o = *o;
	if (o->theme ? db_theme_load(&r->theme, o->theme, d) < 0 : (db_theme_default(&r->theme), 0)) {
		free(r);
		return NULL;
	}
	r->fonts = db_fonts_new(o->font, d);
	if (!r->fonts) {
		free(r);
		return NULL;
	}
	if (db_fonts_note(r->fonts) && o->warn)
		o->warn(o->warn_ctx, db_fonts_note(r->fonts));
	r->msurf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
	r->mcr = cairo_create(r->msurf);
	if (cairo_status(r->mcr) != CAIRO_STATUS_SUCCESS) {
		db_error(d, NULL, 0, 0, "cannot create a measuring surface: %s",
			 cairo_status_to_string(cairo_status(r->mcr)));
		db_renderer_free(r);
		return NULL;
	}
	r->mpc = db_fonts_context(r->fonts, r->mcr);
	return r;
}

/* A measuring context, its cairo_t and surface (each may be NULL). */
static void measuring_free(PangoContext *pc, cairo_t *cr, cairo_surface_t *s)
{
	if (pc)
		g_object_unref(pc);
	if (cr)
		cairo_destroy(cr);
	if (s)
		cairo_surface_destroy(s);
}

void db_renderer_free(db_renderer *r)
{
	if (!r)
		return;
	free(heap_filler);
	heap_filler = NULL;
	db_bar_forget(r);
	measuring_free(r->vpc, r->vcr, r->vsurf);
	measuring_free(r->spc, NULL, NULL);
	measuring_free(r->rpc, r->rcr, r->rsurf);
	measuring_free(r->mpc, r->mcr, r->msurf);
	db_fonts_free(r->fonts);
	db_buf_release(&r->missing);
	free(r);
}

int db_render_check_glyphs(db_renderer *r, db_diag *d)
{
	char msg[1024];
	const char *p = db_buf_cstr(&r->missing);
	size_t n = 0;

	if (!*p)
		return 0;
	snprintf(msg, sizeof(msg), "%s", _("no font has a glyph for"));
	while (*p && n < 16) {
		size_t k = 1;
		unsigned cp;
		unsigned char c0 = (unsigned char)*p;

		while (k < 4 && ((unsigned char)p[k] & 0xC0) == 0x80)
			k++;
		cp = k == 1 ? c0 : k == 2 ? c0 & 0x1Fu : k == 3 ? c0 & 0x0Fu : c0 & 0x07u;
		for (size_t i = 1; i < k; i++)
			cp = cp << 6 | ((unsigned char)p[i] & 0x3Fu);
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), "%s '%.*s' (U+%04X)",
			 n ? "," : "", (int)k, p, cp);
		p += k;
		n++;
	}
	db_buf_reset(&r->missing);
	if (r->o.strict)
		return db_error(d, NULL, 0, 0, "%s", msg);
	if (r->o.warn)
		r->o.warn(r->o.warn_ctx, msg);
	return 0;
}

/* The context of db_renderer.vpc, made once; NULL when cairo cannot. */
static PangoContext *vector_context(db_renderer *r)
{
	if (!r->vsurf) {
		r->vsurf = cairo_pdf_surface_create_for_stream(NULL, NULL, 1, 1);
		r->vcr = cairo_create(r->vsurf);
		if (cairo_status(r->vcr) == CAIRO_STATUS_SUCCESS)
			r->vpc = db_fonts_context(r->fonts, r->vcr);
	}
	return r->vpc;
}

/* The context of db_renderer.spc: no surface, made once. */
static PangoContext *bare_context(db_renderer *r)
{
	if (!r->spc)
		r->spc = db_fonts_context(r->fonts, NULL);
	return r->spc;
}

/* Device units per pt: a PNG's pixels at the dpi asked for (96 when not). */
static double device_scale(const db_renderer *r, const db_backend *be)
{
	return db_backend_is_raster(be) ? (r->o.dpi > 0 ? r->o.dpi : 96) / 72 : 1;
}

/* The context of db_renderer.rpc: a 1×1 image surface at a PNG's scale,
 * made once; NULL when cairo cannot. */
static PangoContext *raster_context(db_renderer *r, double scale)
{
	if (!r->rsurf) {
		r->rsurf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
		r->rcr = cairo_create(r->rsurf);
		cairo_scale(r->rcr, scale, scale);
		if (cairo_status(r->rcr) == CAIRO_STATUS_SUCCESS)
			r->rpc = db_fonts_context(r->fonts, r->rcr);
	}
	return r->rpc;
}

/* The context a bar chart into be is measured and drawn with, its fonts
 * those of the drawing; NULL: the measuring context, then one made for the
 * drawing's cairo_t. A PDF's on a PDF surface, an SVG's on none (its
 * fonts are then the ones drawn: render_int.h). A PNG's only when
 * --width and --height are both given: text measured at the PNG's scale
 * differs from the measuring context's in its last bits, and a natural
 * height (or the width vertical bars need) found so moves a few pixels of
 * the figure. */
static PangoContext *figure_context(db_renderer *r, const db_backend *be)
{
	if (db_backend_is_paged(be))
		return vector_context(r);
	if (!db_backend_is_raster(be))
		return bare_context(r);
	if (r->o.width > 0 && r->o.height > 0)
		return raster_context(r, device_scale(r, be));
	return NULL;
}

/* The figure's size in points and the device scale. */
static int figure_size(db_renderer *r, const db_backend *be, const db_table *t,
		       const db_bar_parts *parts, double *w, double *h, double *scale,
		       db_diag *d)
{
	double natural, minw;
	bool series = db_table_has_flag(t, "series");
	int rc;

	*scale = device_scale(r, be);
	*w = r->o.width > 0 ? r->o.width / *scale : DEFAULT_WIDTH_PT;
	rc = series ? db_series_measure(r, t, parts, *w, &natural, &minw, d)
		    : db_bar_measure(r, t, parts, *w, 0, &natural, &minw, d);
	/* More vertical bars than the default width holds: the figure widens,
	 * as it grows taller for more rows. A given --width stays. */
	if (rc == DB_BAR_TOO_NARROW && r->o.width <= 0) {
		*w = minw;
		rc = series ? db_series_measure(r, t, parts, *w, &natural, NULL, d)
			    : db_bar_measure(r, t, parts, *w, 0, &natural, NULL, d);
	}
	*h = r->o.height > 0 ? r->o.height / *scale : natural;
	return rc;
}

/* The end of every single-figure render: glyph check, then the document's
 * title and description (the rows as text, for SVG <desc> and PDF Subject),
 * then the file; rc < 0 from drawing aborts the canvas instead. */
int db_figure_finish(db_renderer *r, const db_table *t, db_canvas *c, int rc, const char *path,
		     db_diag *d)
{
	db_buf desc = DB_BUF_INIT, title = DB_BUF_INIT;

	if (rc == 0)
		rc = db_render_check_glyphs(r, d);
	if (rc < 0) {
		db_canvas_abort(c);
		return -1;
	}
	db_figure_title(t, r->o.title, &title);
	db_bar_describe(t, &desc);
	{
		db_doc_meta m = { title.data, db_buf_cstr(&desc), NULL, r->o.epoch };
		rc = db_canvas_finish(c, &m, path, d);
	}
	db_buf_release(&desc);
	db_buf_release(&title);
	return rc;
}

int db_render_failed(db_diag *d, const char *path)
{
	if (d && !d->file[0]) {
		char msg[sizeof(d->message)];
		memcpy(msg, d->message, sizeof(msg));
		db_error(d, path, d->line, d->col, "%s", msg);
	}
	return -1;
}

/* What to do with more bars than a figure can hold (a figure grows with
 * its bars: taller for rows, wider for vertical bars). */
#define TOO_MANY N_("draw it with --chart table into a .pdf, whose pages go on, or use duibiao sheet")

static int render_table(db_renderer *r, const db_table *t, const db_backend *be,
			const char *path, db_diag *d)
{
	db_bar_parts parts = { r->o.title, r->o.subtitle, true, true, false, false, 0, false };
	db_canvas c;
	double w, h, scale;
	const db_theme *th = &r->theme;
	int rc;

	if (r->o.chart && !strcmp(r->o.chart, "table"))
		return db_rtable_figure(r, t, path, d);
	if (r->o.chart && !strcmp(r->o.chart, "series") != db_table_has_flag(t, "series"))
		return db_error(d, NULL, 0, 0,
				db_table_has_flag(t, "series")
					? N_("a series table is drawn as --chart series (or table)")
					: N_("--chart series needs a series table (compare --series)"));
	if (r->o.chart && strcmp(r->o.chart, "bar") && strcmp(r->o.chart, "series"))
		return db_error(d, NULL, 0, 0, "unknown chart '%s' (bar, table or series)",
				r->o.chart);
	PangoContext *mpc = r->mpc, *fpc = db_table_has_flag(t, "series") ? NULL
									 : figure_context(r, be);
	if (fpc)
		r->mpc = r->draw_pc = fpc;
	if (figure_size(r, be, t, &parts, &w, &h, &scale, d) < 0 ||
	    db_canvas_fits(be, w, h, scale, path,
			   r->o.width > 0 ? N_("use a smaller --width") : TOO_MANY,
			   r->o.height > 0 ? N_("use a smaller --height") : TOO_MANY, d) < 0 ||
	    db_canvas_begin(&c, be, w, h, scale, d) < 0) {
		r->mpc = mpc;
		r->draw_pc = NULL;
		db_bar_forget(r);
		return -1;
	}
	db_canvas_watch(&c, r);
	cairo_set_source_rgb(c.cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(c.cr);
	if (db_table_has_flag(t, "series"))
		rc = db_series_draw(r, t, &parts, c.cr, 0, 0, w, h, d);
	else
		rc = db_bar_draw(r, t, &parts, c.cr, 0, 0, w, h, d);
	r->mpc = mpc;
	r->draw_pc = NULL;
	return db_figure_finish(r, t, &c, rc, path, d);
}

int db_render_table(db_renderer *r, const db_table *t, const char *path, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);

	if (!be)
		return db_error(d, path, 0, 0, "unknown output format (use .png, .pdf or .svg)");
	db_buf_reset(&r->missing);
	return render_table(r, t, be, path, d) < 0 ? db_render_failed(d, path) : 0;
}

int db_render_scorecard(db_renderer *r, const db_table *const *tables, size_t n,
			const char *path, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);

	if (!be)
		return db_error(d, path, 0, 0, "unknown output format (use .png, .pdf or .svg)");
	db_buf_reset(&r->missing);
	return db_scard_figure(r, tables, n, path, d) < 0 ? db_render_failed(d, path) : 0;
}

static const struct {
	const char *unit;
	double pt;           /* points per unit; 0 = pixels */
} size_units[] = {
	{ "pt", 1 }, { "mm", 72 / 25.4 }, { "cm", 72 / 2.54 }, { "in", 72 }, { "px", 0 }, { "", 0 },
};

int db_render_parse_size(const char *arg, const char *path, double dpi, double *out, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);
	bool raster = be && db_backend_is_raster(be);
	char *end;
	double v;

	if (dpi <= 0)
		dpi = 96;
	v = strtod(arg, &end);
	if (end == arg || !(v > 0) || v > 1e5)
		return db_error(d, NULL, 0, 0, "bad size '%s' (e.g. 1600, 160mm, 400pt)", arg);
	for (size_t i = 0; i < sizeof(size_units) / sizeof(size_units[0]); i++) {
		if (strcmp(end, size_units[i].unit) != 0)
			continue;
		if (size_units[i].pt == 0)      /* pixels */
			*out = raster ? v : v * 0.75;
		else
			*out = raster ? v * size_units[i].pt * dpi / 72 : v * size_units[i].pt;
		return 0;
	}
	return db_error(d, NULL, 0, 0, "bad size unit in '%s' (use px, pt, mm, cm or in)", arg);
}

long long db_date_epoch(const db_date *dt)
{
	/* Days from civil (H. Hinnant), independent of the local time zone. */
	long long y = dt->year - (dt->month <= 2);
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long mp = dt->month > 2 ? dt->month - 3 : dt->month + 9;
	long long doy = (153 * mp + 2) / 5 + dt->day - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (era * 146097 + doe - 719468) * 86400;
}

long long db_tables_epoch(const db_table *const *tables, size_t n)
{
	db_date best = { 0, 0, 0 };

	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < tables[k]->nrows; i++)
			for (size_t j = 0; j < tables[k]->rows[i].nsources; j++) {
				const char *s = tables[k]->rows[i].sources[j].date;
				db_date dt;
				if (s && db_date_parse(s, &dt) == 0 && db_date_cmp(&dt, &best) > 0)
					best = dt;
			}
	return best.year ? db_date_epoch(&best) : -1;
}
