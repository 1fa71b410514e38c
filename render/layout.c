/* layout.c - the text and number helpers every figure uses: Pango layouts
 * in points, nice 1-2-5 ticks, number labels with 万/亿, value, rank and
 * slot labels, and titles built from a table's metric, measure and period. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/period.h"
#include "render/render_int.h"

/* ---- text ---- */

/* Remember each missing character once. */
static void note_missing(db_textctx *tc, const char *text)
{
	char miss[256];
	const char *p;

	if (!tc->fonts || !tc->missing || db_fonts_missing(tc->fonts, text, miss, sizeof(miss)) <= 0)
		return;
	for (p = miss; *p;) {
		size_t n = 1;
		char ch[8];
		while (n < 4 && ((unsigned char)p[n] & 0xC0) == 0x80)
			n++;
		memcpy(ch, p, n);
		ch[n] = 0;
		if (!strstr(db_buf_cstr(tc->missing), ch))
			db_buf_puts(tc->missing, ch);
		p += n;
	}
}

/* Code points no text may hand to Pango, cairo or an XML writer: controls
 * (C0 but the line feed, DEL, C1), bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: a name would read backwards),
 * and noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), which cairo refuses
 * as "not valid UTF-8". */
static bool unfit(gunichar c)
{
	return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
	       (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

const char *db_text_clean(const char *text, db_buf *out)
{
	const char *p = text ? text : "";

	while (*p) {
		gunichar c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2) {   /* not UTF-8 */
			db_buf_puts(out, "\xEF\xBF\xBD");
			p++;
			continue;
		}
		if (unfit(c))   /* a control reads as a space, a noncharacter as U+FFFD */
			db_buf_puts(out, c < 0xFDD0 ? " " : "\xEF\xBF\xBD");
		else
			db_buf_add(out, p, (size_t)(g_utf8_next_char(p) - p));
		p = g_utf8_next_char(p);
	}
	return db_buf_cstr(out);
}

/* U+FFFD has a glyph in neither the bundled font nor Noto Sans CJK: a
 * figure shows "?" where the text was not UTF-8, not an empty box. */
static void drawable(db_buf *b)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	size_t out = 0;

	for (size_t i = 0; i < b->len; i++) {
		if (i + 3 <= b->len && !memcmp(b->data + i, fffd, 3)) {
			b->data[out++] = '?';
			i += 2;
		} else {
			b->data[out++] = b->data[i];
		}
	}
	b->len = out;
	if (b->data)
		b->data[out] = '\0';
}

/* text as a layout holds it: cleaned, U+FFFD as "?"; in clean. */
static const char *layout_text(const char *text, db_buf *clean)
{
	db_text_clean(text, clean);
	drawable(clean);
	return db_buf_cstr(clean);
}

PangoLayout *db_text(db_textctx *tc, const char *text, double size, bool bold, double wrap,
		     PangoAlignment align)
{
	PangoLayout *l = pango_layout_new(tc->pc);
	PangoFontDescription *fd = pango_font_description_new();
	db_buf clean = DB_BUF_INIT;

	pango_font_description_set_family(fd, tc->family);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (wrap > 0) {
		pango_layout_set_width(l, (int)(wrap * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, layout_text(text, &clean), -1);
	note_missing(tc, db_buf_cstr(&clean));
	db_buf_release(&clean);
	return l;
}

void db_text_note(db_textctx *tc, const char *text)
{
	db_buf clean = DB_BUF_INIT;

	note_missing(tc, layout_text(text, &clean));
	db_buf_release(&clean);
}

/* A key's numbers in hexadecimal, each followed by a space: printf's %a
 * and %d took a tenth of the sheet's time spent making keys, and all 16
 * digits of each number made every key some 80 bytes longer to hash and
 * compare. An integer without its leading zeros (most are 0, 1 or a
 * small count), a number's bits without their trailing zeros (a size or
 * a width like 9.5 is 4023): each field of a key is read one way only,
 * so two keys are the same only when their numbers are. */
void db_key_num(db_buf *key, double v)
{
	char s[17];
	int n = 0;
	uint64_t u;

	memcpy(&u, &v, sizeof(u));
	for (; u; u <<= 4)
		s[n++] = "0123456789abcdef"[u >> 60];
	if (!n)
		s[n++] = '0';
	s[n++] = ' ';
	db_buf_add(key, s, (size_t)n);
}

void db_key_int(db_buf *key, long long v)
{
	char s[17];
	int i = 16;
	uint64_t u = (uint64_t)v;

	s[16] = ' ';
	do
		s[--i] = "0123456789abcdef"[u & 15];
	while (u >>= 4);
	db_buf_add(key, s + i, (size_t)(17 - i));
}

GHashTable *db_text_kept_new(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, free, g_object_unref);
}

/* The layout kept under key: a new reference, key released; or NULL. */
static PangoLayout *kept_find(db_textctx *tc, db_buf *key)
{
	PangoLayout *l = g_hash_table_lookup(tc->kept, key->data);

	if (!l)
		return NULL;
	db_buf_release(key);
	return g_object_ref(l);
}

/* The layout kept under the key of what makes it (kind, size, weight,
 * width, lines, alignment and text): a new reference, key released; or
 * NULL, and key is that of the layout to keep. */
static PangoLayout *kept_get(db_textctx *tc, char kind, const char *text, double size,
			     bool bold, double w, int lines, PangoAlignment align, db_buf *key)
{
	if (!tc->kept)
		return NULL;
	db_buf_putc(key, kind);
	db_key_num(key, size);
	db_key_int(key, bold);
	db_key_num(key, w);
	db_key_int(key, lines);
	db_key_int(key, align);
	db_buf_puts(key, text);
	return kept_find(tc, key);
}

/* l, kept under key when tc keeps layouts; key released. */
static PangoLayout *kept_put(db_textctx *tc, db_buf *key, PangoLayout *l)
{
	if (tc->kept)
		g_hash_table_insert(tc->kept, db_buf_detach(key, NULL), g_object_ref(l));
	db_buf_release(key);
	return l;
}

PangoLayout *db_text_kept(db_textctx *tc, const char *text, double size, bool bold,
			  PangoAlignment align)
{
	db_buf key = DB_BUF_INIT;
	PangoLayout *l = kept_get(tc, 'T', text, size, bold, 0, 0, align, &key);

	return l ? l : kept_put(tc, &key, db_text(tc, text, size, bold, 0, align));
}

/* l wrapped at w, as db_text wraps, and with lines > 0 limited to lines. */
static void wrap_at(PangoLayout *l, double w, int lines)
{
	if (lines > 0) {
		db_text_limit(l, w, lines);
	} else {
		pango_layout_set_width(l, (int)(w * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
}

PangoLayout *db_text_kept_limit(db_textctx *tc, PangoLayout *l, double w, int lines)
{
	db_buf key = DB_BUF_INIT;
	PangoLayout *k;

	if (!tc->kept) {
		wrap_at(l, w, lines);
		return g_object_ref(l);
	}
	/* l is kept for the whole sheet: its address names its text */
	db_buf_putc(&key, 'L');
	db_key_int(&key, (long long)(uintptr_t)l);
	db_key_num(&key, w);
	db_key_int(&key, lines);
	if ((k = kept_find(tc, &key)))
		return k;
	k = pango_layout_copy(l);   /* as it was made, not laid out */
	wrap_at(k, w, lines);
	return kept_put(tc, &key, k);
}

/* Where a place name may break: after 省/市/区/县/州/盟/旗 (not 县级市)
 * and around brackets, never inside a word (平顶山市, 洛阳市|涧西区). */
static bool name_break_after(const char *p, const char *next)
{
	static const char *const ends[] = { "省", "市", "区", "县", "州", "盟", "旗", "）", ")" };
	bool end = false;

	if (!*next || !strncmp(next, "、", 3) || !strncmp(next, "，", 3))
		return false;          /* no line starts with a list's comma */
	if (!strncmp(p, "、", 3) || !strncmp(p, "，", 3) || !strncmp(next, "（", 3) || *next == '(')
		return true;
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]) && !end; i++)
		end = !strncmp(p, ends[i], strlen(ends[i]));
	if (!end)
		return false;
	/* not before another suffix (市辖区, 县级市 …) or a bracket's content */
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if (!strncmp(next, ends[i], strlen(ends[i])))
			return false;
	return strncmp(next, "级", 3) && strncmp(next, "辖", 3);
}

/* A rule for where a line may end: after p (which follows prev, NULL at
 * the start), before next, with depth brackets open at p. */
typedef bool (*break_rule)(const char *prev, const char *p, const char *next, int depth);

/* Breaks in l's text only where breaks says a line may end. */
static void keep_words(PangoLayout *l, break_rule breaks)
{
	const char *text = pango_layout_get_text(l), *p = text, *start = text, *prev = NULL;
	PangoAttrList *attrs = pango_attr_list_new();
	int depth = 0;

	while (*p) {
		const char *next = g_utf8_next_char(p);
		if (!strncmp(p, "（", 3) || *p == '(')
			depth++;
		else if ((!strncmp(p, "）", 3) || *p == ')') && depth > 0)
			depth--;
		if (!*next || breaks(prev, p, next, depth)) {
			PangoAttribute *a = pango_attr_allow_breaks_new(FALSE);
			a->start_index = (guint)(start - text);
			a->end_index = (guint)(next - text);
			pango_attr_list_insert(attrs, a);
			start = next;
		}
		prev = p;
		p = next;
	}
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
}

static bool name_breaks(const char *prev, const char *p, const char *next, int depth)
{
	(void)prev;
	(void)depth;
	return name_break_after(p, next);
}

void db_text_names(PangoLayout *l)
{
	keep_words(l, name_breaks);
}

/* The words a table's title puts after the metric's name (measure_words). */
static bool measure_word_at(const char *p)
{
	static const char *const words[] = { "增速", "环比增速", "两年平均增速", "年均增速", "变动",
					     "目标" };

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strncmp(p, words[i], strlen(words[i])))
			return true;
	return false;
}

/* A phrase of a table cell (地区生产总值（亿元）, ▲ +2179.30亿元（+66.7%）)
 * breaks only before an opening bracket or a measure word (增速, 目标 …),
 * after a closing bracket, a slash (微克/|立方米), a space (not the one
 * after ▲ or ▼) or a comma;
 * loosely, also between any two characters outside brackets that are not
 * both part of a number. */
static bool phrase_breaks(const char *prev, const char *p, const char *next, int depth)
{
	(void)depth;
	return !strncmp(next, "（", 3) || *next == '(' || measure_word_at(next) ||
	       !strncmp(p, "）", 3) || *p == ')' || *p == '/' ||
	       (*p == ' ' && !(prev && (!strncmp(prev, "▲", 3) || !strncmp(prev, "▼", 3)))) ||
	       !strncmp(p, "，", 3) || !strncmp(p, "；", 3) || !strncmp(p, "、", 3);
}

static bool numeric(const char *p)
{
	return (*p >= '0' && *p <= '9') || *p == '.' || *p == '+' || !strncmp(p, "−", 3);
}

static bool phrase_breaks_loose(const char *prev, const char *p, const char *next, int depth)
{
	return phrase_breaks(prev, p, next, depth) ||
	       (depth == 0 && !(numeric(p) && numeric(next)) && strncmp(next, "（", 3) &&
		strncmp(next, "）", 3) && *next != ')' && strncmp(next, "%", 1));
}

static bool fits(PangoLayout *l, double w, int lines)
{
	PangoRectangle log;

	pango_layout_get_extents(l, NULL, &log);
	return pango_layout_get_line_count(l) <= lines &&
	       (double)log.width / PANGO_SCALE <= w + 0.01 && !pango_layout_is_ellipsized(l);
}

/* text wrapped at w within lines lines, broken only where each rule in
 * turn allows, at each of sizes; NULL when no way fits. */
static PangoLayout *wrap_kept(db_textctx *tc, const char *text, double size, bool bold,
			      double w, int lines, PangoAlignment align,
			      break_rule breaks, const double *shrink,
			      size_t nshrink)
{
	for (size_t k = 0; k < nshrink; k++) {
		PangoLayout *l = db_text(tc, text, size * shrink[k], bold, 0, align);
		keep_words(l, breaks);
		pango_layout_set_width(l, (int)(w * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
		if (fits(l, w, lines))
			return l;
		g_object_unref(l);
	}
	return NULL;
}

/* What does not fit any way: at its size, cut between characters, the
 * last line ending in "…". */
static PangoLayout *cut_text(db_textctx *tc, const char *text, double size, bool bold, double w,
			     int lines, PangoAlignment align)
{
	PangoLayout *l = db_text(tc, text, size, bold, 0, align);

	db_text_limit(l, w, lines);
	return l;
}

PangoLayout *db_name_text(db_textctx *tc, const char *name, double size, bool bold, double w,
			  int lines, PangoAlignment align)
{
	static const double shrink[] = { 1, 0.9, 0.8 };
	db_buf key = DB_BUF_INIT;
	PangoLayout *l = kept_get(tc, 'N', name, size, bold, w, lines, align, &key);

	if (l)
		return l;
	l = wrap_kept(tc, name, size, bold, w, lines, align, name_breaks, shrink, 3);
	return kept_put(tc, &key, l ? l : cut_text(tc, name, size, bold, w, lines, align));
}

PangoLayout *db_phrase_text(db_textctx *tc, const char *text, double size, bool bold, double w,
			    int lines, PangoAlignment align)
{
	static const double one[] = { 1 };
	db_buf key = DB_BUF_INIT;
	PangoLayout *l = kept_get(tc, 'P', text, size, bold, w, lines, align, &key);

	if (l)
		return l;
	l = wrap_kept(tc, text, size, bold, w, lines, align, phrase_breaks, one, 1);
	if (!l)
		l = wrap_kept(tc, text, size, bold, w, lines, align, phrase_breaks_loose, one, 1);
	return kept_put(tc, &key, l ? l : cut_text(tc, text, size, bold, w, lines, align));
}

void db_text_limit(PangoLayout *l, double width, int lines)
{
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	pango_layout_set_height(l, -lines);
}

void db_text_size(PangoLayout *l, double *w, double *h)
{
	PangoRectangle ink, log;

	pango_layout_get_extents(l, &ink, &log);
	if (w) {
		/* Aligned wrapped text: logical width is the wrap width; the
		 * widest line is what the eye sees. */
		*w = (double)log.width / PANGO_SCALE;
	}
	if (h)
		*h = (double)log.height / PANGO_SCALE;
}

double db_text_width(PangoLayout *l)
{
	double w;
	db_text_size(l, &w, NULL);
	return w;
}

double db_text_height(PangoLayout *l)
{
	double h;
	db_text_size(l, NULL, &h);
	return h;
}

/* ---- the layout record (db_render_opts.box) ---- */

typedef struct {
	void (*fn)(void *ctx, const char *record);
	void *ctx;
	int page;
} boxwatch;

static const cairo_user_data_key_t box_key;

static void box_emit(boxwatch *w, db_buf *b)
{
	w->fn(w->ctx, db_buf_cstr(b));
	db_buf_release(b);
}

/* Text for a tab-separated record: tabs and line feeds become spaces
 * (same length, so byte offsets stay true). */
static void put_field(db_buf *b, const char *text, size_t n)
{
	db_buf_putc(b, '\t');
	for (size_t i = 0; i < n && text[i]; i++)
		db_buf_putc(b, text[i] == '\t' || text[i] == '\n' ? ' ' : text[i]);
}

static void page_record(boxwatch *w, cairo_t *cr)
{
	cairo_surface_t *s = cairo_get_target(cr);
	double pw = 0, ph = 0;
	db_buf b = DB_BUF_INIT;

	if (cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_IMAGE) {
		pw = cairo_image_surface_get_width(s);
		ph = cairo_image_surface_get_height(s);
	} else {
		cairo_clip_extents(cr, NULL, NULL, &pw, &ph);
		cairo_user_to_device_distance(cr, &pw, &ph);
	}
	db_buf_printf(&b, "P\t%d\t%.2f\t%.2f", w->page, pw, ph);
	box_emit(w, &b);
}

void db_canvas_watch(db_canvas *c, const db_renderer *r)
{
	boxwatch *w;

	if (!r->o.box)
		return;
	w = db_xcalloc(1, sizeof(*w));
	w->fn = r->o.box;
	w->ctx = r->o.box_ctx;
	w->page = 1;
	cairo_set_user_data(c->cr, &box_key, w, free);
	page_record(w, c->cr);
}

void db_box_page(cairo_t *cr)
{
	boxwatch *w = cairo_get_user_data(cr, &box_key);

	if (!w)
		return;
	w->page++;
	page_record(w, cr);
}

/* A box in user space (x, y, w, h) as device coordinates. */
static void device_box(cairo_t *cr, double x, double y, double w, double h, double out[4])
{
	double x0 = x, y0 = y, x1 = x + w, y1 = y + h;

	cairo_user_to_device(cr, &x0, &y0);
	cairo_user_to_device(cr, &x1, &y1);
	out[0] = fmin(x0, x1);
	out[1] = fmin(y0, y1);
	out[2] = fmax(x0, x1);
	out[3] = fmax(y0, y1);
}

void db_box_line(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	boxwatch *w = cairo_get_user_data(cr, &box_key);
	db_buf b = DB_BUF_INIT;
	double r[4];

	if (!w)
		return;
	device_box(cr, x0, y0, x1 - x0, y1 - y0, r);
	db_buf_printf(&b, "L\t%d\t%.2f\t%.2f\t%.2f\t%.2f", w->page, r[0], r[1], r[2], r[3]);
	box_emit(w, &b);
}

void db_box_text_line(cairo_t *cr, PangoLayout *l, PangoLayoutLine *line, int index,
		      double x, double y)
{
	boxwatch *w = cairo_get_user_data(cr, &box_key);
	const char *text = pango_layout_get_text(l);
	PangoRectangle log;
	db_buf b = DB_BUF_INIT;
	double r[4];

	if (!w || line->length == 0)
		return;
	pango_layout_line_get_extents(line, NULL, &log);
	if (log.width == 0)
		return;
	device_box(cr, x, y, (double)log.width / PANGO_SCALE, (double)log.height / PANGO_SCALE, r);
	db_buf_printf(&b, "T\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%d", w->page, index, r[0], r[1],
		      r[2], r[3], line->start_index);
	put_field(&b, text + line->start_index, (size_t)line->length);
	put_field(&b, text, strlen(text));
	box_emit(w, &b);
}

/* Each line of l drawn at (x, y) recorded with its logical box. */
static void record_layout(cairo_t *cr, PangoLayout *l, double x, double y)
{
	PangoLayoutIter *it;
	int i = 0;

	if (!cairo_get_user_data(cr, &box_key))
		return;
	it = pango_layout_get_iter(l);
	do {
		PangoRectangle log;   /* in layout coordinates, alignment included */
		pango_layout_iter_get_line_extents(it, NULL, &log);
		db_box_text_line(cr, l, pango_layout_iter_get_line_readonly(it), i++,
				 x + (double)log.x / PANGO_SCALE, y + (double)log.y / PANGO_SCALE);
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

/* What a context was last brought up to date with: the cairo_t's
 * transformation (not its translation, which Pango leaves out) and its
 * target's font options (the cairo_t's own are not read: every context
 * here has its options set, db_fonts_context); which target they were
 * read from (surface_serial: a surface's font options are fixed when it
 * is made, so the same target needs no asking again); whether it has no
 * surface (db_fonts_context_bare), asked once. */
typedef struct {
	double xx, yx, xy, yy;
	cairo_font_options_t *target;
	uintptr_t surface;
	bool bare;
} cairo_state;

static void cairo_state_free(gpointer p)
{
	cairo_state *st = p;

	if (st->target)
		cairo_font_options_destroy(st->target);
	free(st);
}

static const cairo_user_data_key_t serial_key;

/* A number of s's own for as long as it lives (an address may be taken
 * again by a surface made after it is gone). */
static uintptr_t surface_serial(cairo_surface_t *s)
{
	static uintptr_t last;
	void *n = cairo_surface_get_user_data(s, &serial_key);

	if (!n && cairo_surface_set_user_data(s, &serial_key, n = (void *)++last, NULL) !=
		  CAIRO_STATUS_SUCCESS)
		return 0;
	return (uintptr_t)n;
}

/* What pango_cairo_update_context does to the matrix of a context of no
 * surface. It takes no target's font options: cairo merges those with its
 * fonts' own when it draws, as Pango merges them into a context's fonts
 * when it has a surface, so the glyphs drawn are the same. A matrix
 * already the same is not set again, which would lay out every layout
 * of the context again. */
static void update_matrix(PangoContext *pc, const cairo_matrix_t *m, PangoLayout *l)
{
	const PangoMatrix *cur = pango_context_get_matrix(pc);
	PangoMatrix pm = { .xx = m->xx, .xy = m->xy, .yx = m->yx, .yy = m->yy };
	PangoMatrix id = PANGO_MATRIX_INIT;

	if (!cur)
		cur = &id;
	if (cur->xx == pm.xx && cur->xy == pm.xy && cur->yx == pm.yx && cur->yy == pm.yy)
		return;
	pango_context_set_matrix(pc, &pm);
	pango_layout_context_changed(l);
}

void db_text_update(cairo_t *cr, PangoLayout *l)
{
	GObject *pc = G_OBJECT(pango_layout_get_context(l));
	cairo_state *st = g_object_get_data(pc, "db-cairo-state");
	uintptr_t serial = surface_serial(cairo_get_target(cr));
	cairo_font_options_t *fo;
	cairo_matrix_t m;
	bool same;

	if (!st) {
		st = db_xcalloc(1, sizeof(*st));
		st->bare = db_fonts_context_bare(PANGO_CONTEXT(pc));
		g_object_set_data_full(pc, "db-cairo-state", st, cairo_state_free);
	}
	cairo_get_matrix(cr, &m);
	same = st->target && st->xx == m.xx && st->yx == m.yx && st->xy == m.xy && st->yy == m.yy;
	if (same && serial && st->surface == serial)
		return;
	fo = cairo_font_options_create();
	if (!st->bare)
		cairo_surface_get_font_options(cairo_get_target(cr), fo);
	st->surface = serial;
	if (same && cairo_font_options_equal(st->target, fo)) {
		cairo_font_options_destroy(fo);
		return;
	}
	if (st->target)
		cairo_font_options_destroy(st->target);
	*st = (cairo_state){ m.xx, m.yx, m.xy, m.yy, fo, serial, st->bare };
	if (st->bare)
		update_matrix(PANGO_CONTEXT(pc), &m, l);
	else
		pango_cairo_update_layout(cr, l);
}

/* The caller's source is given back, as a cairo_save and cairo_restore
 * around the drawing would (and cost more); of the rest they keep, the
 * drawing changes only the font, which nothing here draws with but Pango,
 * which sets its own. */
void db_text_draw(cairo_t *cr, PangoLayout *l, double x, double y, const db_rgb *c)
{
	cairo_pattern_t *source = cairo_pattern_reference(cairo_get_source(cr));

	cairo_set_source_rgb(cr, c->r, c->g, c->b);
	cairo_move_to(cr, x, y);
	db_text_update(cr, l);
	pango_cairo_show_layout(cr, l);
	record_layout(cr, l, x, y);
	cairo_set_source(cr, source);
	cairo_pattern_destroy(source);
}

/* ---- ticks ---- */

void db_nice_ticks(double lo, double hi, int target, db_ticks *t)
{
	static const int steps[] = { 1, 2, 5 };
	double span, raw;
	int e, si = 0;

	memset(t, 0, sizeof(*t));
	if (!isfinite(lo) || !isfinite(hi)) {
		lo = 0;
		hi = 1;
	}
	if (hi < lo) {
		double s = lo;
		lo = hi;
		hi = s;
	}
	if (target < 1)
		target = 1;
	if (target > 10)
		target = 10;
	span = hi - lo;
	if (span <= 0)
		span = hi != 0 ? fabs(hi) : 1;
	raw = span / target;
	e = (int)floor(log10(raw));
	while (si < 3 && db_decimal(steps[si], e) < raw * (1 - 1e-9))
		si++;
	if (si == 3) {
		si = 0;
		e++;
	}
	for (;;) {
		double step = db_decimal(steps[si], e);
		long long k0 = (long long)floor(lo / step + 1e-9);
		long long k1 = (long long)ceil(hi / step - 1e-9);

		if (k1 <= k0)
			k1 = k0 + 1;
		if (k1 - k0 + 1 <= DB_TICKS_MAX) {
			t->n = (size_t)(k1 - k0 + 1);
			for (size_t i = 0; i < t->n; i++)
				t->v[i] = db_decimal((k0 + (long long)i) * steps[si], e);
			t->step = step;
			t->lo = t->v[0];
			t->hi = t->v[t->n - 1];
			return;
		}
		if (++si == 3) {
			si = 0;
			e++;
		}
	}
}

/* ---- numbers ---- */

/* "-" → "−" (U+2212): a real minus sign, as wide as a plus. */
static void put_minus(char *s, size_t sz)
{
	size_t n = strlen(s);

	if (s[0] != '-' || n + 2 >= sz)
		return;
	memmove(s + 3, s + 1, n);
	memcpy(s, "\xe2\x88\x92", 3);
}

static void strip_zeros(char *s)
{
	char *dot = strchr(s, '.');
	char *e;

	if (!dot)
		return;
	e = s + strlen(s) - 1;
	while (e > dot && *e == '0')
		*e-- = 0;
	if (e == dot)
		*e = 0;
}

/* Digits of v with at most maxdec decimals (exact shortest form first). */
static void digits(double v, int maxdec, char *out, size_t outsz)
{
	char buf[DB_NUMFMT_MAX];
	const char *dot;

	db_numfmt(v, buf);
	dot = strchr(buf, '.');
	if (maxdec >= 0 && dot && (int)strlen(dot + 1) > maxdec) {
		snprintf(out, outsz, "%.*f", maxdec, v);
		strip_zeros(out);
		if (!strcmp(out, "-0"))
			strcpy(out, "0");
	} else {
		snprintf(out, outsz, "%s", buf);
	}
}

static int magnitude(double a)
{
	return a >= 1e8 ? 8 : a >= 1e4 ? 4 : 0;
}

static const char *mag_suffix(int m)
{
	return m == 8 ? "亿" : m == 4 ? "万" : "";
}

static void scaled(double v, int mag, int maxdec, char *out, size_t outsz)
{
	char d[DB_NUMFMT_MAX];

	if (v == 0) {
		snprintf(out, outsz, "0");
		return;
	}
	digits(mag ? db_rescale(v, -mag) : v, mag ? maxdec : -1, d, sizeof(d));
	snprintf(out, outsz, "%s%s", d, mag_suffix(mag));
	put_minus(out, outsz);
}

char *db_number_label(double v, int maxdec, char *out, size_t outsz)
{
	scaled(v, magnitude(fabs(v)), maxdec, out, outsz);
	return out;
}

/* ---- numbers written one way (one magnitude, one count of decimals) ---- */

/* Units that take 万/亿 in front (亿元, 万人, 家 …), as data; a unit with a
 * slash, %, 百分点, 天, 位 or 公里 is shown as it is. */
static const char *const scalable_units[] = {
	"元", "美元", "人", "人次", "户", "家", "个", "件", "项", "张", "起", "只", "头", "辆",
	"吨", "吨标准煤", "亩", "平方米", "立方米", "千瓦", "千瓦时", "吨公里", "标准箱",
};

static const struct {
	const char *word;
	int exp;
} unit_prefixes[] = { { "万亿", 12 }, { "亿", 8 }, { "万", 4 } };

/* The unit's 万/亿 prefix as a power of ten, and its base after it; -1
 * when the unit takes no prefix. */
static int unit_split(const char *unit, const char **base)
{
	int exp = 0;

	*base = unit ? unit : "";
	for (size_t i = 0; i < sizeof(unit_prefixes) / sizeof(unit_prefixes[0]); i++) {
		size_t n = strlen(unit_prefixes[i].word);
		if (!strncmp(*base, unit_prefixes[i].word, n) && (*base)[n]) {
			exp = unit_prefixes[i].exp;
			*base += n;
			break;
		}
	}
	for (size_t i = 0; i < sizeof(scalable_units) / sizeof(scalable_units[0]); i++)
		if (!strcmp(*base, scalable_units[i]))
			return exp;
	*base = unit ? unit : "";
	return -1;
}

static const char *prefix_word(int exp)
{
	for (size_t i = 0; i < sizeof(unit_prefixes) / sizeof(unit_prefixes[0]); i++)
		if (unit_prefixes[i].exp == exp)
			return unit_prefixes[i].word;
	return "";
}

/* Decimals the figure was stated with: the raw figure's digits when they
 * are the value (7.0% → 1), or are it in 万/亿 (12.5万 of a unit in 元 →
 * −3: thousands), else the shortest form's. */
int db_stated_decimals(double v, const char *raw)
{
	char buf[DB_NUMFMT_MAX];
	const char *dot;

	for (const char *p = raw; p && *p; p++) {
		char *end;
		double x;
		int dec = 0;
		if (*p < '0' || *p > '9')
			continue;
		x = strtod(p, &end);
		dot = memchr(p, '.', (size_t)(end - p));
		if (dot)
			dec = (int)(end - dot - 1);
		for (int k = 0; k <= 12; k += 4)
			if (x != 0 && fabs(db_rescale(x, k) - fabs(v)) <= 1e-9 * fabs(v))
				return dec - k;
		break;
	}
	db_numfmt(fabs(v), buf);
	dot = strchr(buf, '.');
	if (dot)
		return (int)strlen(dot + 1);
	{       /* 5e10 is known to its ten-thousand-millions: −10 */
		int z = 0;
		for (size_t n = strlen(buf); n > 1 && buf[n - 1] == '0'; n--)
			z--;
		return v == 0 ? 0 : z;
	}
}

void db_numstyle_of(const db_table *t, const db_render_opts *o, db_numstyle *ns)
{
	const char *base;
	int uexp = unit_split(t->unit, &base), dec = 0;
	double top = 0;
	bool any = false;

	memset(ns, 0, sizeof(*ns));
	for (size_t i = 0; i < t->nrows; i++) {
		const db_row *r = &t->rows[i];
		if (!r->has_value || !isfinite(r->value))
			continue;
		top = fmax(top, fabs(r->value));
		if (r->has_max && isfinite(r->max))
			top = fmax(top, fabs(r->max));
	}
	/* 万 steps while the figures would have six digits or more before
	 * the point, as far as the unit's words go (万亿 at most). */
	if (uexp >= 0) {
		const char *mag = o ? o->magnitude : NULL;
		if (mag && *mag && strcmp(mag, "auto")) {
			int want = !strcmp(mag, "1") ? 0 : -1;
			for (size_t i = 0; i < sizeof(unit_prefixes) / sizeof(unit_prefixes[0]); i++)
				if (!strcmp(mag, unit_prefixes[i].word))
					want = unit_prefixes[i].exp;
			ns->shift = want >= 0 ? want - uexp : 0;
		} else {
			while (uexp + ns->shift + 4 <= 12 && top >= 1e5 * pow(10, ns->shift))
				ns->shift += 4;
		}
		snprintf(ns->unit, sizeof(ns->unit), "%s%s", prefix_word(uexp + ns->shift), base);
	} else {
		snprintf(ns->unit, sizeof(ns->unit), "%s", t->unit ? t->unit : "");
	}
	for (size_t i = 0; i < t->nrows; i++) {
		const db_row *r = &t->rows[i];
		int k;
		if (!r->has_value || !isfinite(r->value))
			continue;
		k = db_stated_decimals(r->value, r->raw) + ns->shift;
		dec = any ? (k > dec ? k : dec) : k;
		any = true;
		if (r->has_max && isfinite(r->max)) {
			k = db_stated_decimals(r->max, NULL) + ns->shift;
			dec = k > dec ? k : dec;
		}
	}
	/* Two places are enough to read, four for figures below one. */
	if (dec > (top * pow(10, -ns->shift) < 1 ? 4 : 2))
		dec = top * pow(10, -ns->shift) < 1 ? 4 : 2;
	ns->dec = dec < 0 ? 0 : dec;
	if (o && o->has_decimals)
		ns->dec = o->decimals < 0 ? 0 : o->decimals > 6 ? 6 : o->decimals;
}

char *db_num(const db_numstyle *ns, double v, char *out, size_t outsz)
{
	double x = ns->shift ? db_rescale(v, -ns->shift) : v;

	snprintf(out, outsz, "%.*f", ns->dec, x);
	if (out[0] == '-' && strspn(out + 1, "0.") == strlen(out + 1))
		memmove(out, out + 1, strlen(out));   /* no −0.0 */
	put_minus(out, outsz);
	return out;
}

char *db_num_unit(const db_numstyle *ns, double v, char *out, size_t outsz)
{
	size_t n;

	db_num(ns, v, out, outsz);
	n = strlen(out);
	snprintf(out + n, outsz - n, "%s", ns->unit);
	return out;
}

void db_tick_labels(const db_ticks *t, const db_numstyle *ns, char labels[][DB_LABEL_MAX])
{
	db_numstyle ts = *ns;

	/* The axis's own count of decimals: its step's, in the figure's unit. */
	ts.dec = t->n ? db_stated_decimals(t->step, NULL) + ns->shift : 0;
	if (ts.dec < 0)
		ts.dec = 0;
	for (size_t i = 0; i < t->n; i++)
		db_num(&ts, t->v[i], labels[i], DB_LABEL_MAX);
}

/* Qualifier marks, as data. */
static const char *const qual_mark[DB_QUAL_COUNT] = {
	[DB_QUAL_EXACT] = "",
	[DB_QUAL_APPROX] = "≈",
	[DB_QUAL_AT_LEAST] = "≥",
	[DB_QUAL_AT_MOST] = "≤",
	[DB_QUAL_RANGE] = "",
	[DB_QUAL_MASKED] = "",
};

char *db_value_label(const db_row *row, const db_numstyle *ns, char *out, size_t outsz)
{
	char a[DB_LABEL_MAX], b[DB_LABEL_MAX];
	unsigned q = (unsigned)row->qualifier < DB_QUAL_COUNT ? (unsigned)row->qualifier : 0;

	if (!row->has_value) {
		snprintf(out, outsz, "%s", "");
		return out;
	}
	db_num(ns, row->value, a, sizeof(a));
	if (row->has_max) {
		db_num(ns, row->max, b, sizeof(b));
		snprintf(out, outsz, "%s%s–%s", qual_mark[q], a, b);
	} else {
		snprintf(out, outsz, "%s%s", qual_mark[q], a);
	}
	return out;
}

const char *db_ranks_label(const db_rank *ranks, size_t n, db_buf *out)
{
	size_t start = out->len;

	for (size_t i = 0; i < n; i++) {
		const db_rank *k = &ranks[i];
		const char *scope = k->scope ? k->scope : "";

		if (!k->masked && !k->tier && k->position <= 0)
			continue;
		if (out->len > start)
			db_buf_puts(out, "、");
		if (k->masked)
			db_buf_printf(out, "%s排名未公开", scope);
		else if (k->tier)
			db_buf_printf(out, "%s%s", scope, k->tier);
		else if (k->qualifier == DB_QUAL_AT_MOST)
			db_buf_printf(out, "%s前%d", scope, k->position);
		else
			db_buf_printf(out, "%s第%d", scope, k->position);
	}
	return db_buf_cstr(out);
}

/* What an empty slot says, by the row's reason. */
static const struct {
	const char *reason, *text;
} slot_words[] = {
	{ "masked", "未公开" },
	{ "rank_only", "仅排名" },
	{ "not_reported", "无数据" },
};

const char *db_slot_label(const db_row *row, db_buf *out)
{
	const char *word = db_reason_word(row);

	db_buf_puts(out, word);
	if (!strcmp(word, "仅排名")) {
		db_buf ranks = DB_BUF_INIT;
		if (*db_ranks_label(row->stated_ranks, row->nstated, &ranks))
			db_buf_printf(out, "：%s", ranks.data);
		db_buf_release(&ranks);
	}
	return db_buf_cstr(out);
}

const char *db_reason_word(const db_row *row)
{
	const char *text = row->qualifier == DB_QUAL_MASKED ? "未公开" : "无数据";

	for (size_t i = 0; row->reason && i < sizeof(slot_words) / sizeof(slot_words[0]); i++)
		if (!strcmp(row->reason, slot_words[i].reason))
			text = slot_words[i].text;
	return text;
}

/* The figure's digits (its magnitude is the unit column's), split before
 * the decimal point so a column can align on it. */
void db_value_parts(const db_row *row, const db_numstyle *ns, char *ip, char *fp, size_t sz)
{
	char num[DB_NUMFMT_MAX + 8], max[DB_NUMFMT_MAX + 8];
	unsigned q = (unsigned)row->qualifier < DB_QUAL_COUNT ? (unsigned)row->qualifier : 0;
	const char *dot;

	db_num(ns, row->value, num, sizeof(num));
	dot = strchr(num, '.');
	snprintf(ip, sz, "%s%.*s", qual_mark[q], (int)(dot ? dot - num : (long)strlen(num)), num);
	snprintf(fp, sz, "%s", dot ? dot : "");
	if (row->has_max) {
		db_num(ns, row->max, max, sizeof(max));
		snprintf(fp + strlen(fp), sz - strlen(fp), "–%s", max);
	}
	if (row->corrected)
		snprintf(fp + strlen(fp), sz - strlen(fp), "*");
}

/* ---- titles ---- */

static void measure_words(const db_table *t, db_buf *out)
{
	const char *basis = t->basis ? t->basis : "yoy";
	char pl[64];
	db_period p;

	switch (t->measure) {
	case DB_MEASURE_GROWTH:
		if (!strcmp(basis, "mom"))
			db_buf_puts(out, "环比增速");
		else if (!strcmp(basis, "avg2y"))
			db_buf_puts(out, "两年平均增速");
		else if (!strcmp(basis, "cagr"))
			db_buf_puts(out, "年均增速");
		else if (!strncmp(basis, "vs:", 3) && db_period_parse(basis + 3, &p) == 0)
			db_buf_printf(out, "较%s增速", db_period_label(&p, pl));
		else
			db_buf_puts(out, "增速");
		break;
	case DB_MEASURE_CHANGE_PP:
		db_buf_puts(out, "变动");
		break;
	case DB_MEASURE_GAP_PP:
		db_buf_printf(out, "与%s差距", t->vs ? t->vs : "参照");
		break;
	case DB_MEASURE_SHARE:
		db_buf_printf(out, "占%s比重", t->of ? t->of : "");
		break;
	default:   /* levels; 新增 (added) goes before the name */
		break;
	}
}

const char *db_table_title(const db_table *t, db_buf *out)
{
	char pl[64];
	const char *name = t->name ? t->name : t->metric ? t->metric : "指标";
	const char *unit = t->unit && *t->unit ? t->unit : NULL;

	db_buf_printf(out, "%s%s%s", t->status == DB_STATUS_ESTIMATE ? "预计" : "",
		      t->measure == DB_MEASURE_ADDED ? "新增" : "", name);
	measure_words(t, out);
	if (t->status == DB_STATUS_TARGET)
		db_buf_puts(out, "目标");
	if (t->has_period && unit)
		db_buf_printf(out, "（%s，%s）", db_period_label(&t->period, pl), unit);
	else if (t->has_period)
		db_buf_printf(out, "（%s）", db_period_label(&t->period, pl));
	else if (unit)
		db_buf_printf(out, "（%s）", unit);
	return db_buf_cstr(out);
}

const char *db_period_text(const char *token, db_buf *out)
{
	db_period p;
	char pl[64];

	if (token && db_period_parse(token, &p) == 0)
		db_buf_puts(out, db_period_label(&p, pl));
	else
		db_buf_puts(out, token ? token : "—");
	return db_buf_cstr(out);
}

const char *db_figure_title(const db_table *t, const char *given, db_buf *out)
{
	if (given) {
		db_buf_puts(out, given);
		return db_buf_cstr(out);
	}
	return db_table_has_flag(t, "series") ? db_series_title(t, out) : db_table_title(t, out);
}

/* ---- notes ---- */

/* Chinese words for entity levels. */
static const struct {
	const char *level, *word;
} level_words[] = {
	{ "province", "省" }, { "prefecture", "地级市" }, { "county", "县级" },
	{ "district", "市辖区" }, { "zone", "开发区" }, { "composite", "合并口径" },
};

const char *db_level_word(const char *level)
{
	for (size_t i = 0; level && i < sizeof(level_words) / sizeof(level_words[0]); i++)
		if (!strcmp(level, level_words[i].level))
			return level_words[i].word;
	return level;
}

bool db_table_has_flag(const db_table *t, const char *flag)
{
	for (size_t i = 0; i < t->nflags; i++)
		if (t->flags[i] && !strcmp(t->flags[i], flag))
			return true;
	return false;
}

/* 资料来源, 口径, mixed levels, 人工校正: one paragraph each. The sources are
 * the given source line, or the documents the rows cite, by title when the
 * manifest gave one; more than SOURCES_LISTED collapse to one line: the
 * first, how many, and the span of their dates (the sheet's cover lists
 * them all). */
#define SOURCES_LISTED 3

void db_table_notes(const db_table *t, const char *source, db_buf *b)
{
	size_t nsrc = 0;
	const char *first = NULL, *lo = NULL, *hi = NULL;
	db_buf list = DB_BUF_INIT;
	/* the names listed so far: a sheet asks for each table's notes in
	 * every run of its block, and a table may cite a hundred files */
	GHashTable *listed = g_hash_table_new(g_str_hash, g_str_equal);

	for (size_t i = 0; i < t->nrows && !source; i++) {
		for (size_t j = 0; j < t->rows[i].nsources; j++) {
			const db_row_source *s = &t->rows[i].sources[j];
			const char *name = db_row_source_name(s);
			if (!name || !g_hash_table_add(listed, (gpointer)name))
				continue;
			if (!first)
				first = name;
			if (s->date && (!lo || strcmp(s->date, lo) < 0))
				lo = s->date;
			if (s->date && (!hi || strcmp(s->date, hi) > 0))
				hi = s->date;
			db_buf_puts(&list, nsrc++ ? "；" : "资料来源：");
			db_buf_puts(&list, name);
			if (s->date)
				db_buf_printf(&list, "（%s）", s->date);
		}
	}
	if (source && *source) {
		db_buf_printf(b, "资料来源：%s", source);
		nsrc = 1;
	} else if (nsrc > SOURCES_LISTED) {
		db_buf_printf(b, "资料来源：%s等%zu份文件", first, nsrc);
		if (lo && strcmp(lo, hi))
			db_buf_printf(b, "（%s至%s）", lo, hi);
		else if (lo)
			db_buf_printf(b, "（%s）", lo);
	} else if (nsrc) {
		db_buf_puts(b, list.data);
	}
	db_buf_release(&list);
	g_hash_table_destroy(listed);
	if (nsrc)
		db_buf_puts(b, "。");
	if (t->note)
		db_buf_printf(b, "%s口径：%s。", b->len ? "\n" : "", t->note);
	if (db_table_has_flag(t, "mixed_levels")) {
		db_buf levels = DB_BUF_INIT;
		size_t nl = 0;
		for (size_t i = 0; i < t->nrows; i++) {
			bool seen = false;
			if (!t->rows[i].level)
				continue;
			for (size_t k = 0; k < i; k++)
				seen = seen || (t->rows[k].level && !strcmp(t->rows[k].level, t->rows[i].level));
			if (!seen)
				db_buf_printf(&levels, "%s%s", nl++ ? "、" : "", db_level_word(t->rows[i].level));
		}
		db_buf_printf(b, "%s注：比较对象层级不同%s%s%s，数值仅供参考。", b->len ? "\n" : "",
			      nl ? "（" : "", db_buf_cstr(&levels), nl ? "）" : "");
		db_buf_release(&levels);
	}
	/* 人工校正: the corrections file's lines when known, else the rows. */
	if (t->ncorrections) {
		db_buf_puts(b, b->len ? "\n* 人工校正：" : "* 人工校正：");
		for (size_t i = 0; i < t->ncorrections; i++) {
			const db_correction *k = &t->corrections[i];
			db_buf_printf(b, "%s%s", i ? "；" : "", k->entity ? k->entity : "");
			if (k->file)
				db_buf_printf(b, "（%s 第%d行%s%s）", k->file, k->line,
					      k->note ? "，" : "", k->note ? k->note : "");
		}
		db_buf_puts(b, "。");
	} else {
		size_t nc = 0;
		for (size_t i = 0; i < t->nrows; i++) {
			if (!t->rows[i].corrected)
				continue;
			db_buf_puts(b, nc++ ? "、" : (b->len ? "\n* 人工校正：" : "* 人工校正："));
			db_buf_puts(b, t->rows[i].entity ? t->rows[i].entity : "");
		}
		if (nc)
			db_buf_puts(b, "。");
	}
}
