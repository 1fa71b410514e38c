/* typeset.c - text → a paged PDF with a running header, page numbers,
 * paragraphs carried over pages and tables in columns (typeset.h). */
#include "tests/formats/typeset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "render/fonts.h"

#define MARGIN 36.0
#define TOP 54.0          /* the body starts here; the header stands above */
#define BOTTOM 54.0       /* and ends this far above the page's foot */
#define CELL_GAP_EM 2.5

typedef struct {
	const typeset_opts *o;
	typeset_stats *st;
	cairo_surface_t *surface;
	cairo_t *cr;
	PangoContext *ctx;
	PangoFontDescription *body, *small;
	double y;
	int page;
	int full;         /* repeat_pages reached */
} ts;

static PangoLayout *layout(ts *t, const char *text, int len, const PangoFontDescription *fd)
{
	PangoLayout *l = pango_layout_new(t->ctx);
	pango_layout_set_font_description(l, fd);
	pango_layout_set_text(l, text, len);
	return l;
}

static double text_width(ts *t, const char *text, int len, const PangoFontDescription *fd)
{
	PangoLayout *l = layout(t, text, len, fd);
	int w, h;
	pango_layout_get_size(l, &w, &h);
	g_object_unref(l);
	return (double)w / PANGO_SCALE;
}

static void show_at(ts *t, const char *text, double x, double y, const PangoFontDescription *fd,
		    int align)   /* -1 left, 0 centre, 1 right of x */
{
	PangoLayout *l = layout(t, text, -1, fd);
	int w, h;
	pango_layout_get_size(l, &w, &h);
	double dx = align < 0 ? 0 : align == 0 ? -(double)w / PANGO_SCALE / 2 : -(double)w / PANGO_SCALE;
	cairo_move_to(t->cr, x + dx, y);
	pango_cairo_show_layout(t->cr, l);
	g_object_unref(l);
}

static void page_furniture(ts *t)
{
	char num[64];
	snprintf(num, sizeof num, "第%d页", t->page);
	show_at(t, t->o->header, MARGIN, 18, t->small, -1);
	show_at(t, num, t->o->width - MARGIN, 18, t->small, 1);
	cairo_move_to(t->cr, MARGIN, 34);
	cairo_line_to(t->cr, t->o->width - MARGIN, 34);
	cairo_set_line_width(t->cr, 0.5);
	cairo_stroke(t->cr);
	snprintf(num, sizeof num, "— %d —", t->page);
	show_at(t, num, t->o->width / 2, t->o->height - 36, t->small, 0);
}

/* Start a new page if h more points do not fit; 1 when it did. */
static int need(ts *t, double h)
{
	if (t->page > 0 && t->y + h <= t->o->height - BOTTOM)
		return 0;
	if (t->o->repeat_pages > 0 && t->page >= t->o->repeat_pages) {
		t->full = 1;
		return 1;
	}
	if (t->page > 0)
		cairo_show_page(t->cr);
	t->page++;
	page_furniture(t);
	t->y = TOP;
	return 1;
}

static void paragraph(ts *t, const char *s, int len)
{
	PangoLayout *l = layout(t, s, len, t->body);
	double size = pango_font_description_get_size(t->body) / (double)PANGO_SCALE;
	pango_layout_set_width(l, (int)((t->o->width - 2 * MARGIN) * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_indent(l, (int)(2 * size * PANGO_SCALE));
	PangoLayoutIter *it = pango_layout_get_iter(l);
	int first = 1;
	do {
		PangoRectangle r;
		pango_layout_iter_get_line_extents(it, NULL, &r);
		double h = (double)r.height / PANGO_SCALE * 1.4;
		if (need(t, h) && !first && !t->full)
			t->st->split++;
		if (t->full)
			break;
		double base = (double)(pango_layout_iter_get_baseline(it) - r.y) / PANGO_SCALE;
		cairo_move_to(t->cr, MARGIN + (double)r.x / PANGO_SCALE, t->y + base);
		pango_cairo_show_layout_line(t->cr, pango_layout_iter_get_line_readonly(it));
		t->y += h;
		first = 0;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	g_object_unref(l);
	t->y += size * 0.3;
}

/* The cells of a row "a | b | c |": trimmed, the empty last ones dropped. */
static int cells(const char *s, int len, const char **at, int *n, int max)
{
	int k = 0;
	const char *end = s + len;
	while (s <= end && k < max) {
		const char *bar = memchr(s, '|', (size_t)(end - s));
		const char *e = bar ? bar : end;
		const char *a = s;
		while (a < e && (*a == ' ' || *a == '\t'))
			a++;
		const char *b = e;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		at[k] = a;
		n[k++] = (int)(b - a);
		if (!bar)
			break;
		s = bar + 1;
	}
	while (k > 0 && n[k - 1] == 0)
		k--;
	return k;
}

#define COLS 16

/* Rows [s, end) of one table, one line each: columns as wide as their
 * widest cell and CELL_GAP_EM apart. */
static void table(ts *t, const char *s, const char *end)
{
	double colw[COLS] = { 0 };
	double size = pango_font_description_get_size(t->small) / (double)PANGO_SCALE;
	PangoFontDescription *fd = pango_font_description_copy(t->small);
	for (int pass = 0; pass < 2 && !t->full; pass++) {
		if (pass == 1) {
			/* a table wider than the page is set smaller */
			double total = 0, avail = t->o->width - 2 * MARGIN;
			for (int c = 0; c < COLS; c++)
				total += colw[c] + (colw[c] > 0 && c ? CELL_GAP_EM * size : 0);
			if (total > avail) {
				double k = avail / total;
				size *= k;
				for (int c = 0; c < COLS; c++)
					colw[c] *= k;
				pango_font_description_set_size(fd, (int)(size * PANGO_SCALE));
			}
		}
		for (const char *p = s; p < end && !t->full;) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *e = nl ? nl : end;
			const char *at[COLS];
			int n[COLS], k = cells(p, (int)(e - p), at, n, COLS);
			if (pass == 0) {
				for (int c = 0; c < k; c++) {
					double w = text_width(t, at[c], n[c], fd);
					colw[c] = w > colw[c] ? w : colw[c];
				}
			} else {
				need(t, size * 1.8);
				if (t->full)
					break;
				double x = MARGIN;
				for (int c = 0; c < k; c++) {
					char *cell = g_strndup(at[c], (gsize)n[c]);
					show_at(t, cell, x, t->y, fd, -1);
					g_free(cell);
					x += colw[c] + CELL_GAP_EM * size;
				}
				t->y += size * 1.8;
				t->st->rows++;
			}
			p = nl ? nl + 1 : end;
		}
	}
	pango_font_description_free(fd);
}

static void typeset_text(ts *t, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	while (p < end && !t->full) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		if (memchr(p, '|', (size_t)(e - p))) {
			/* a table: this row and the rows after it */
			const char *q = nl ? nl + 1 : end;
			while (q < end) {
				const char *n2 = memchr(q, '\n', (size_t)(end - q));
				const char *e2 = n2 ? n2 : end;
				if (!memchr(q, '|', (size_t)(e2 - q)))
					break;
				q = n2 ? n2 + 1 : end;
			}
			table(t, p, q);
			p = q;
			continue;
		}
		const char *a = p;
		while (a < e && (*a == ' ' || *a == '\t' || *a == '\r'))
			a++;
		if (a < e) {
			need(t, 0);
			if (!t->full)
				paragraph(t, p, (int)(e - p));
		}
		p = nl ? nl + 1 : end;
	}
}

int typeset_pdf(const char *text, size_t len, const typeset_opts *o, const char *path,
		typeset_stats *st)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new(NULL, &d);
	ts t = { .o = o, .st = st };
	int rc = 0;

	memset(st, 0, sizeof *st);
	if (!f) {
		char msg[512];
		db_diag_format(&d, msg, sizeof msg);
		fprintf(stderr, "typeset: fonts: %s\n", msg);
		return -1;
	}
	t.surface = cairo_pdf_surface_create(path, o->width, o->height);
	cairo_pdf_surface_set_metadata(t.surface, CAIRO_PDF_METADATA_CREATE_DATE,
				       "2024-01-01T00:00:00Z");
	t.cr = cairo_create(t.surface);
	t.ctx = db_fonts_context(f, t.cr);
	t.body = pango_font_description_new();
	pango_font_description_set_family(t.body, db_fonts_family(f));
	pango_font_description_set_size(t.body, (int)(o->font_size * PANGO_SCALE));
	t.small = pango_font_description_copy(t.body);
	pango_font_description_set_size(t.small, (int)(o->font_size * 0.75 * PANGO_SCALE));
	do
		typeset_text(&t, text, len);
	while (o->repeat_pages > 0 && !t.full && len > 0);
	if (t.page == 0)
		need(&t, 0);
	cairo_destroy(t.cr);
	cairo_surface_finish(t.surface);
	if (cairo_surface_status(t.surface) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "typeset: %s: %s\n", path,
			cairo_status_to_string(cairo_surface_status(t.surface)));
		rc = -1;
	}
	cairo_surface_destroy(t.surface);
	pango_font_description_free(t.body);
	pango_font_description_free(t.small);
	g_object_unref(t.ctx);
	db_fonts_free(f);
	st->pages = t.page;
	return rc;
}
