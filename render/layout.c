/* layout.c - the text and number helpers every figure uses: Pango layouts
 * in points, nice 1-2-5 ticks, number labels with 万/亿, value, rank and
 * slot labels, and titles built from a table's metric, measure and period. */
#include <math.h>
#include <stdio.h>
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
	db_text_clean(text, &clean);
	drawable(&clean);
	pango_layout_set_text(l, db_buf_cstr(&clean), -1);
	note_missing(tc, db_buf_cstr(&clean));
	db_buf_release(&clean);
	return l;
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

void db_text_draw(cairo_t *cr, PangoLayout *l, double x, double y, const db_rgb *c)
{
	cairo_save(cr);
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
	cairo_move_to(cr, x, y);
	pango_cairo_update_layout(cr, l);
	pango_cairo_show_layout(cr, l);
	cairo_restore(cr);
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

void db_tick_labels(const db_ticks *t, char labels[][DB_LABEL_MAX])
{
	double top = 0;
	int mag;

	for (size_t i = 0; i < t->n; i++)
		if (fabs(t->v[i]) > top)
			top = fabs(t->v[i]);
	mag = magnitude(top);
	for (size_t i = 0; i < t->n; i++)
		scaled(t->v[i], mag, -1, labels[i], DB_LABEL_MAX);
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

char *db_value_label(const db_row *row, char *out, size_t outsz)
{
	char a[DB_LABEL_MAX], b[DB_LABEL_MAX];
	unsigned q = (unsigned)row->qualifier < DB_QUAL_COUNT ? (unsigned)row->qualifier : 0;

	if (!row->has_value) {
		snprintf(out, outsz, "%s", "");
		return out;
	}
	db_number_label(row->value, 2, a, sizeof(a));
	if (row->has_max) {
		db_number_label(row->max, 2, b, sizeof(b));
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

/* Exact digits (never 万/亿: the table has a unit column), split before the
 * decimal point so a column can align on it. */
void db_value_parts(const db_row *row, char *ip, char *fp, size_t sz)
{
	char num[DB_NUMFMT_MAX + 8], max[DB_NUMFMT_MAX + 8];
	unsigned q = (unsigned)row->qualifier < DB_QUAL_COUNT ? (unsigned)row->qualifier : 0;
	const char *dot;

	db_numfmt(row->value, num);
	put_minus(num, sizeof(num));
	dot = strchr(num, '.');
	snprintf(ip, sz, "%s%.*s", qual_mark[q], (int)(dot ? dot - num : (long)strlen(num)), num);
	snprintf(fp, sz, "%s", dot ? dot : "");
	if (row->has_max) {
		db_numfmt(row->max, max);
		put_minus(max, sizeof(max));
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

/* 资料来源, 口径, mixed levels, 人工校正: one paragraph each. */
void db_table_notes(const db_table *t, db_buf *b)
{
	size_t nsrc = 0;

	for (size_t i = 0; i < t->nrows; i++) {
		for (size_t j = 0; j < t->rows[i].nsources; j++) {
			const db_row_source *s = &t->rows[i].sources[j];
			bool seen = false;
			if (!s->file)
				continue;
			for (size_t i2 = 0; i2 <= i && !seen; i2++)
				for (size_t j2 = 0; j2 < (i2 == i ? j : t->rows[i2].nsources); j2++)
					if (t->rows[i2].sources[j2].file &&
					    !strcmp(t->rows[i2].sources[j2].file, s->file))
						seen = true;
			if (seen)
				continue;
			db_buf_puts(b, nsrc++ ? "；" : "资料来源：");
			db_buf_puts(b, s->file);
			if (s->date)
				db_buf_printf(b, "（%s）", s->date);
		}
	}
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
