/* pdf.c - a PDF's text layer through poppler-glib, laid out again from
 * where each character stands: lines top to bottom, characters left to
 * right, a wide gap a table cell; running headers, footers and page
 * numbers (a page's first or last two lines that repeat, digits aside, on
 * a third of the pages) dropped; a line that runs to the right margin
 * joined to the next unless that one is indented (a new paragraph), also
 * across a page break. No OCR: a PDF without text is an error. */
#include <stdlib.h>
#include <string.h>

#include <poppler.h>

#include "core/i18n.h"
#include "core/text.h"
#include "extract/formats.h"

/* Distances in ems of the line's characters. */
#define CELL_GAP 1.5      /* a gap this wide separates table cells */
#define SPACE_GAP 0.2     /* a gap this wide is a space (kept unless CJK both sides) */
#define INDENT 0.8        /* a line starting this far right of the margin is indented */
#define FULL_SLACK 4.0    /* a line ending within this of the right margin is full */
#define EDGE_LINES 2      /* lines at each end of a page that may be a header or footer */

typedef struct {
	unsigned cp;
	size_t at, n;         /* its UTF-8 bytes in the document's buffer */
	double x1, y1, x2, y2;
} glyph;

typedef struct {
	size_t first, len;    /* glyph indices (sorted left to right) */
	double x1, x2, top, bottom, em;
	bool table;           /* holds a cell gap */
	bool dropped;         /* a running header, footer or page number */
	char *key;            /* for header detection: digits as #, no spaces */
} line;

typedef struct {
	size_t first, len;    /* lines */
} page;

typedef struct {
	db_buf bytes;
	glyph *g;
	size_t ng, gcap;
	line *l;
	size_t nl, lcap;
	page *p;
	size_t np;
} doc;

static int by_center(const void *a, const void *b)
{
	const glyph *x = a, *y = b;
	double cx = (x->y1 + x->y2) / 2, cy = (y->y1 + y->y2) / 2;
	if (cx != cy)
		return cx < cy ? -1 : 1;
	return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

static int by_x(const void *a, const void *b)
{
	const glyph *x = a, *y = b;
	if (x->x1 != y->x1)
		return x->x1 < y->x1 ? -1 : 1;
	return (x->at > y->at) - (x->at < y->at);
}

/* The characters of one page with their boxes. poppler gives one
 * rectangle per character of the page's text. */
static void read_glyphs(doc *dc, PopplerPage *pg)
{
	char *text = poppler_page_get_text(pg);
	PopplerRectangle *rects = NULL;
	guint nrects = 0;

	if (text && poppler_page_get_text_layout(pg, &rects, &nrects)) {
		const unsigned char *u = (const unsigned char *)text;
		size_t len = strlen(text), i = 0;
		for (guint k = 0; i < len && k < nrects; k++) {
			size_t n = db_utf8_len(u + i, len - i);
			unsigned cp = n ? db_utf8_cp(u + i, n) : 0xFFFD;
			size_t at = i;
			i += n ? n : 1;
			const PopplerRectangle *r = &rects[k];
			if (cp <= ' ' || cp == 0xA0 || cp == 0x3000 || db_is_control(cp) ||
			    r->y2 <= r->y1 || r->x2 < r->x1)
				continue;
			if (dc->ng == dc->gcap) {
				dc->gcap = dc->gcap ? dc->gcap * 2 : 4096;
				dc->g = db_xrealloc(dc->g, dc->gcap * sizeof *dc->g);
			}
			glyph *g = &dc->g[dc->ng++];
			g->cp = cp;
			g->at = dc->bytes.len;
			g->n = n ? n : 3;
			db_buf_add(&dc->bytes, n ? text + at : "\xEF\xBF\xBD", g->n);
			g->x1 = r->x1, g->y1 = r->y1, g->x2 = r->x2, g->y2 = r->y2;
		}
	}
	g_free(rects);
	g_free(text);
}

static line *add_line(doc *dc)
{
	if (dc->nl == dc->lcap) {
		dc->lcap = dc->lcap ? dc->lcap * 2 : 256;
		dc->l = db_xrealloc(dc->l, dc->lcap * sizeof *dc->l);
	}
	line *l = &dc->l[dc->nl++];
	memset(l, 0, sizeof *l);
	return l;
}

/* Glyphs [first, end) of one page → lines: by the centre of each box,
 * a new line where a centre lies below half the line's height. */
static void make_lines(doc *dc, size_t first, size_t end)
{
	if (first == end)
		return;
	qsort(dc->g + first, end - first, sizeof *dc->g, by_center);
	size_t i = first;
	while (i < end) {
		double h = dc->g[i].y2 - dc->g[i].y1;
		double c = (dc->g[i].y1 + dc->g[i].y2) / 2;
		size_t j = i + 1;
		while (j < end && (dc->g[j].y1 + dc->g[j].y2) / 2 <= c + h / 2)
			j++;
		qsort(dc->g + i, j - i, sizeof *dc->g, by_x);
		/* a character drawn twice in place (fake bold) counts once */
		size_t k = i + 1;
		for (size_t r = i + 1; r < j; r++) {
			const glyph *p = &dc->g[k - 1], *q = &dc->g[r];
			if (q->cp == p->cp && q->x1 - p->x1 < (p->x2 - p->x1) * 0.3)
				continue;
			dc->g[k++] = dc->g[r];
		}
		line *l = add_line(dc);
		l->first = i;
		l->len = k - i;
		l->x1 = dc->g[i].x1;
		l->x2 = dc->g[k - 1].x2;
		l->top = dc->g[i].y1;
		l->bottom = dc->g[i].y2;
		double sum = 0;
		for (size_t r = i; r < k; r++) {
			const glyph *q = &dc->g[r];
			sum += q->y2 - q->y1;
			l->top = q->y1 < l->top ? q->y1 : l->top;
			l->bottom = q->y2 > l->bottom ? q->y2 : l->bottom;
		}
		l->em = sum / (double)(k - i);
		for (size_t r = i + 1; r < k; r++)
			if (dc->g[r].x1 - dc->g[r - 1].x2 > CELL_GAP * l->em)
				l->table = true;
		/* the glyphs left out by the de-duplication stay unused */
		i = j;
	}
}

/* "— 3 —" → "—#—", "第 3 页 共 10 页" → "第#页共#页". */
static char *line_key(const doc *dc, const line *l)
{
	db_buf k = DB_BUF_INIT;
	bool digits = false;
	for (size_t r = l->first; r < l->first + l->len; r++) {
		const glyph *g = &dc->g[r];
		bool digit = (g->cp >= '0' && g->cp <= '9') || (g->cp >= 0xFF10 && g->cp <= 0xFF19);
		if (digit && digits)
			continue;
		digits = digit;
		if (digit)
			db_buf_putc(&k, '#');
		else
			db_buf_add(&k, dc->bytes.data + g->at, g->n);
	}
	return db_buf_detach(&k, NULL);
}

typedef struct {
	const char *key;
	bool top;
	size_t page;
} cand;

static int cand_cmp(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->top != y->top)
		return x->top ? -1 : 1;
	return (x->page > y->page) - (x->page < y->page);
}

/* Running headers, footers and page numbers: a line among the first or last
 * EDGE_LINES of its page whose key comes back at the same end of at least
 * two pages and a third of them. */
static void drop_running_lines(doc *dc)
{
	cand *c = db_xcalloc(dc->np * EDGE_LINES * 2 + 1, sizeof *c);
	size_t nc = 0;
	for (size_t p = 0; p < dc->np; p++) {
		const page *pg = &dc->p[p];
		for (size_t k = 0; k < pg->len; k++) {
			bool top = k < EDGE_LINES, bottom = k + EDGE_LINES >= pg->len;
			if (!top && !bottom)
				continue;
			line *l = &dc->l[pg->first + k];
			l->key = line_key(dc, l);
			if (top)
				c[nc++] = (cand){ l->key, true, p };
			if (bottom)
				c[nc++] = (cand){ l->key, false, p };
		}
	}
	qsort(c, nc, sizeof *c, cand_cmp);
	size_t need = dc->np / 3 > 2 ? dc->np / 3 : 2;
	for (size_t i = 0; i < nc;) {
		size_t j = i + 1, pages = 1;
		while (j < nc && c[j].top == c[i].top && !strcmp(c[j].key, c[i].key)) {
			pages += c[j].page != c[j - 1].page;
			j++;
		}
		if (pages >= need) {
			for (size_t r = i; r < j; r++) {
				const page *pg = &dc->p[c[r].page];
				for (size_t k = 0; k < pg->len; k++) {
					line *l = &dc->l[pg->first + k];
					bool at_end = c[r].top ? k < EDGE_LINES : k + EDGE_LINES >= pg->len;
					if (at_end && l->key == c[r].key)
						l->dropped = true;
				}
			}
		}
		i = j;
	}
	free(c);
}

/* The margins of a page's text: its leftmost start and rightmost end. */
static void margins(const doc *dc, const page *pg, double *left, double *right)
{
	*left = 1e30, *right = -1e30;
	for (size_t k = 0; k < pg->len; k++) {
		const line *l = &dc->l[pg->first + k];
		if (l->dropped)
			continue;
		*left = l->x1 < *left ? l->x1 : *left;
		*right = l->x2 > *right ? l->x2 : *right;
	}
}

static bool is_latin(unsigned cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

/* Does next go on prev's paragraph? prev runs to its page's right margin,
 * next starts at its page's left margin, and neither is a table row. */
static bool continues(const line *prev, double prev_right, const line *next, double next_left)
{
	if (prev->table || next->table)
		return false;
	return prev->x2 >= prev_right - FULL_SLACK * prev->em &&
	       next->x1 < next_left + INDENT * next->em;
}

static void emit_line(const doc *dc, const line *l, db_textout *o)
{
	for (size_t r = l->first; r < l->first + l->len; r++) {
		const glyph *g = &dc->g[r];
		if (r > l->first) {
			double gap = g->x1 - dc->g[r - 1].x2;
			if (gap > CELL_GAP * l->em)
				db_textout_cell(o);
			else if (gap > SPACE_GAP * l->em)
				db_textout_space(o);
		}
		db_textout_text(o, dc->bytes.data + g->at, g->n);
	}
}

static void emit(const doc *dc, db_buf *text, db_pages *pages)
{
	db_textout o;
	const line *prev = NULL;
	double prev_right = 0;

	db_textout_init(&o, text);
	for (size_t p = 0; p < dc->np; p++) {
		const page *pg = &dc->p[p];
		double left, right;
		bool started = false;
		margins(dc, pg, &left, &right);
		for (size_t k = 0; k < pg->len; k++) {
			const line *l = &dc->l[pg->first + k];
			if (l->dropped)
				continue;
			if (prev && continues(prev, prev_right, l, left)) {
				if (is_latin(dc->g[prev->first + prev->len - 1].cp) &&
				    is_latin(dc->g[l->first].cp))
					db_textout_space(&o);
			} else {
				db_textout_line(&o);
			}
			if (!started) {
				db_pages_add(pages, text->len);
				started = true;
			}
			emit_line(dc, l, &o);
			prev = l;
			prev_right = right;
		}
		if (!started)
			db_pages_add(pages, text->len);
	}
	db_textout_line(&o);
}

static void doc_release(doc *dc)
{
	for (size_t i = 0; i < dc->nl; i++)
		free(dc->l[i].key);
	free(dc->l);
	free(dc->g);
	free(dc->p);
	db_buf_release(&dc->bytes);
}

int db_read_pdf(const char *raw, size_t len, db_buf *text, db_pages *pages, const char *file,
		db_diag *d)
{
	GError *err = NULL;
	GBytes *bytes = g_bytes_new_static(raw, len);
	PopplerDocument *pd = poppler_document_new_from_bytes(bytes, NULL, &err);
	doc dc = { 0 };
	int rc = -1;

	if (!pd) {
		if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
			db_error(d, file, 0, 0, "encrypted PDF: it needs a password to open (save "
				 "an unprotected copy)");
		else
			db_error(d, file, 0, 0, "not a readable PDF (%s)",
				 err && err->message ? err->message : _("poppler cannot open it"));
		goto out;
	}
	int n = poppler_document_get_n_pages(pd);
	if (n <= 0) {
		db_error(d, file, 0, 0, "PDF without pages");
		goto out;
	}
	dc.np = (size_t)n;
	dc.p = db_xcalloc(dc.np, sizeof *dc.p);
	for (int i = 0; i < n; i++) {
		PopplerPage *pg = poppler_document_get_page(pd, i);
		size_t g0 = dc.ng;
		if (pg) {
			read_glyphs(&dc, pg);
			g_object_unref(pg);
		}
		dc.p[i].first = dc.nl;
		make_lines(&dc, g0, dc.ng);
		dc.p[i].len = dc.nl - dc.p[i].first;
	}
	if (!dc.ng) {
		db_error(d, file, 0, 0, "PDF without a text layer (%d %s?): duibiao reads text, it "
			 "does no OCR", n, dngettext(DB_TEXTDOMAIN, "scanned page", "scanned pages", n));
		goto out;
	}
	drop_running_lines(&dc);
	size_t keep = text->len, kp = pages->len;
	emit(&dc, text, pages);
	if (text->len == keep) {
		pages->len = kp;
		db_error(d, file, 0, 0, "PDF without text but running headers and page numbers "
			 "(scanned pages?): duibiao does no OCR");
		goto out;
	}
	rc = 0;
out:
	if (err)
		g_error_free(err);
	if (pd)
		g_object_unref(pd);
	g_bytes_unref(bytes);
	doc_release(&dc);
	return rc;
}
