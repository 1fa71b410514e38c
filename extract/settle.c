/* settle.c - what becomes of the records of a walk: tables read in their
 * place, figures said again dropped, a news item's headline targets, the
 * figures kept aside settled, records placed back in the text as given,
 * and parts of a long report handed to the sink before the walk ends. */
#include <stdlib.h>
#include <string.h>

#include "extract/walk.h"

/* Records read in a text without its glosses or stray spaces (t, len:
 * that text, its tables put back): offset, line and column in the text as
 * given, which is gone (maps[0] says where the walked text's bytes stand
 * in the one before, maps[1] in the one before that). A record's line is
 * the walked text's: nothing left out is a line break, and nothing left
 * out begins a line (it follows a character of its line). Its column
 * counts the walked text's characters before it on its line and those
 * left out between. */
/* Place records first.. of the text before to, which begin at or after
 * pl->from, back in the text as given; pl moves on to the line of to. */
void db_place_records(db_records *rs, size_t first, const char *t, size_t to, placer *pl,
		      const db_offmap *const maps[2])
{
	size_t *starts = NULL, nlines = 1, cap = 0; /* where each line starts */
	for (size_t k = pl->from; k <= to; k++)
		if (k == pl->from || t[k - 1] == '\n') {
			if (nlines + 1 > cap) {
				cap = cap ? cap * 2 : 256;
				starts = db_xrealloc(starts, cap * sizeof *starts);
			}
			starts[nlines++ - 1] = k;
		}
	nlines--;
	size_t last_lo = (size_t)-1, last_at = 0;
	int last_column = 1;
	for (size_t i = first; i < rs->len; i++) {
		db_source *s = &rs->items[i].source;
		size_t at = s->offset, lo = 0, hi = nlines;
		while (hi - lo > 1) { /* the last line that starts at or before at */
			size_t mid = lo + (hi - lo) / 2;
			if (starts[mid] <= at)
				lo = mid;
			else
				hi = mid;
		}
		/* (records come mostly in text order: go on counting from the
		 * record before when it stands earlier on the same line) */
		bool on = lo == last_lo && at >= last_at;
		int column = on ? last_column : 1;
		for (size_t k = on ? last_at : starts[lo]; k < at; k++)
			column += ((unsigned char)t[k] & 0xC0) != 0x80;
		last_lo = lo;
		last_at = at;
		last_column = column;
		size_t line_at = starts[lo];
		for (int m = 0; m < 2; m++) {
			const db_offmap *map = maps[m];
			if (!map)
				continue;
			size_t kl = db_offmap_cut(map, line_at), ka = db_offmap_cut(map, at);
			column += (int)((ka ? map->chars[ka - 1] : 0) - (kl ? map->chars[kl - 1] : 0));
			line_at += kl ? map->shift[kl - 1] : 0;
			at += ka ? map->shift[ka - 1] : 0;
		}
		s->offset = at;
		s->line = (int)(pl->line + lo) + 1;
		s->column = column;
	}
	pl->line += nlines - 1;
	pl->from = starts[nlines - 1];
	free(starts);
}

static bool opt_eq(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool whole_year(const db_period *p)
{
	return p->start_year == p->end_year && p->start_month == 1 && p->end_month == 12;
}

/* 表1 2021年全县生产总值及其增长速度 in a 2022 bulletin whose rows repeat the
 * amounts its prose gave for 2022: the caption was copied from the year
 * before's bulletin, and the table is of the prose's year. An amount of
 * the same metric and value is the evidence (a rate alone may recur from
 * one year to the next); only a table of one whole year, dated one year
 * before the prose's, is moved. Records from..rs->len are the table's,
 * first..from the document's before it. */
static void caption_year_slip(db_records *rs, size_t first, size_t from)
{
	db_period was = { 0, 0, 0, 0 };
	bool dated = false;
	for (size_t j = from; j < rs->len; j++) {
		const db_record *r = &rs->items[j];
		if (!r->has_period)
			continue;
		if (!whole_year(&r->period) || (dated && !db_period_eq(&was, &r->period)))
			return; /* (columns of two years, or of months) */
		was = r->period;
		dated = true;
	}
	for (size_t j = from; dated && j < rs->len; j++) {
		const db_record *r = &rs->items[j];
		if (!r->metric || r->measure != DB_MEASURE_LEVEL || !r->has_value || !r->has_period)
			continue;
		for (size_t i = first; i < from; i++) {
			const db_record *q = &rs->items[i];
			if (!q->metric || strcmp(q->metric, r->metric) || q->measure != r->measure ||
			    !q->has_value || q->value != r->value || !opt_eq(q->unit, r->unit) ||
			    q->status != r->status || !q->has_period || !whole_year(&q->period) ||
			    q->period.end_year != was.end_year + 1)
				continue;
			for (size_t k = from; k < rs->len; k++)
				if (rs->items[k].has_period)
					rs->items[k].period = q->period;
			return;
		}
	}
}

/* A table's records, told the document context where it stands (a plan
 * report's review or its next year's plan). */
/* Blank tables [from, to) of t (line breaks kept): what the prose walk
 * sees of them. */
void db_blank_tables(char *t, const db_tables *tables, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		for (size_t k = tables->items[i].start; k < tables->items[i].end; k++)
			if (t[k] != '\n')
				t[k] = ' ';
}

/* The records of table ti, in their place among the prose's. The tables
 * are blanked in the text; their bytes are in kept, one after another
 * from *kept_at: the table's are put back while it is read. */
void db_emit_table(walk *w, db_tables *tables, size_t ti, size_t *hint, char *text,
		   const db_buf *kept, size_t *kept_at, size_t first)
{
	const db_table *tb = &tables->items[ti];
	const db_context_span *cx = db_context_at(&w->ctx, tb->start, hint);
	size_t from = w->rs->len;
	/* (a year the date alone gave is no year of the document's) */
	tables->cx_mode = cx && !cx->guessed ? cx->mode : 0;
	tables->cx_year = cx && !cx->guessed ? cx->year : 0;
	if (tb->end > tb->start)
		memcpy(text + tb->start, kept->data + *kept_at, tb->end - tb->start);
	*kept_at += tb->end - tb->start;
	tables->aside = &w->aside;
	db_table_emit(tb, tables, text, w->len, w->x->matcher, w->x->catalog, w->rs);
	db_blank_tables(text, tables, ti, ti + 1);
	if (w->bulletin)
		caption_year_slip(w->rs, first, from);
}

/* 全年实现地区生产总值438亿元，比上年增长5.9%。分季度看，…，全年增长5.9%:
 * a figure an earlier sentence of its paragraph already gave (same metric,
 * measure, value, period, basis and status, no rank of its own) is said
 * again, no second record; said again with a rank where the first has none
 * (…增长9.5%，贡献率…。多项指标居前：…增长9.5%，居全省第3位), the first
 * takes the rank. Within a sentence the figures' own rules speak
 * (restated); the look back is a few records, not the whole paragraph. */
static bool said_again(const db_record *q, const db_record *r)
{
	return q->metric && r->metric && !strcmp(q->metric, r->metric) &&
	       q->measure == r->measure && q->has_value && r->has_value &&
	       q->value == r->value && q->has_max == r->has_max &&
	       (!q->has_max || q->max == r->max) && q->qualifier == r->qualifier &&
	       q->status == r->status && q->has_period == r->has_period &&
	       (!q->has_period || db_period_eq(&q->period, &r->period)) &&
	       opt_eq(q->unit, r->unit) && opt_eq(q->basis, r->basis) && opt_eq(q->of, r->of) &&
	       opt_eq(q->vs, r->vs) && opt_eq(q->entity, r->entity) && (!r->nranks || !q->nranks);
}

/* How many of the marks (offsets, ascending) lie before at. */
static size_t marks_before(const size_t *m, size_t n, size_t at)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m[mid] < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The offsets of every mark (a byte, or a character's bytes) in t[0, len),
 * in order, into *out (freed by the caller); how many. */
static size_t find_marks(const char *t, size_t len, const char *mark, size_t **out)
{
	size_t n = 0, cap = 0, k = strlen(mark);
	*out = NULL;
	for (const char *p = t; (p = memchr(p, mark[0], (size_t)(t + len - p)));) {
		if ((size_t)(t + len - p) >= k && !memcmp(p, mark, k)) {
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				*out = db_xrealloc(*out, cap * sizeof **out);
			}
			(*out)[n++] = (size_t)(p - t);
		}
		p++;
	}
	return n;
}

/* Records first.. stand before to in t. */
void db_drop_said_again(db_records *rs, size_t first, const char *t, size_t to)
{
	if (rs->len - first < 2)
		return;
	/* line breaks and full stops from the first record on, found once: a
	 * paragraph or a sentence between two records is a count of them, not
	 * a scan */
	size_t lo = to;
	for (size_t j = first; j < rs->len; j++)
		if (rs->items[j].source.offset < lo)
			lo = rs->items[j].source.offset;
	size_t *nl, *fs;
	size_t nn = find_marks(t + lo, to - lo, "\n", &nl), nf = find_marks(t + lo, to - lo, "。", &fs);
	size_t out = first;
	for (size_t j = first; j < rs->len; j++) {
		const db_record *r = &rs->items[j];
		bool again = false;
		size_t rn = marks_before(nl, nn, r->source.offset - lo);
		size_t rf = marks_before(fs, nf, r->source.offset - lo);
		for (size_t i = out, n = 0; i-- > first && n++ < 32 && !again;) {
			const db_record *q = &rs->items[i];
			if (q->source.offset > r->source.offset)
				continue;
			if (marks_before(nl, nn, q->source.offset - lo) != rn)
				break; /* (another paragraph) */
			again = marks_before(fs, nf, q->source.offset - lo) != rf && said_again(q, r);
			if (again && r->nranks) {
				rs->items[i].ranks = r->ranks; /* (in the arena) */
				rs->items[i].nranks = r->nranks;
			}
		}
		if (!again)
			rs->items[out++] = rs->items[j];
	}
	rs->len = out;
	free(nl);
	free(fs);
}

/* 地区生产总值增长6.2%以上,某区描绘2025年发展蓝图 over a news item whose
 * target list says it again: an undated figure of the headline (the first
 * line) is that target, of its year. */
void db_headline_targets(db_records *rs, size_t first, const char *t, size_t len)
{
	const char *nl = memchr(t, '\n', len);
	size_t head = nl ? (size_t)(nl - t) : len;
	for (size_t j = first; j < rs->len; j++) {
		db_record *r = &rs->items[j];
		if (r->source.offset >= head || r->has_period || !r->metric || !r->has_value)
			continue;
		for (size_t i = j + 1; i < rs->len; i++) {
			const db_record *q = &rs->items[i];
			if (q->source.offset < head || q->status != DB_STATUS_TARGET || !q->has_period ||
			    !q->metric || strcmp(q->metric, r->metric) || q->measure != r->measure ||
			    !q->has_value || q->value != r->value || q->qualifier != r->qualifier)
				continue;
			r->status = q->status;
			r->has_period = true;
			r->period = q->period;
			break;
		}
	}
}

static int offset_cmp(const void *a, const void *b)
{
	const db_record *p = *(const db_record *const *)a, *q = *(const db_record *const *)b;
	return (p->source.offset > q->source.offset) - (p->source.offset < q->source.offset);
}

/* An unkeyed figure the text gave a little before under the same words:
 * said again (as said_again, by label for want of a metric; by what is
 * read of the figure itself, the period and status being worked out only
 * when the figures are written). */
static bool aside_again(const db_aside_fig *q, const db_aside_fig *r)
{
	return opt_eq(q->label, r->label) && q->measure == r->measure && q->value == r->value &&
	       q->has_max == r->has_max && (!q->has_max || q->max == r->max) &&
	       opt_eq(q->unit, r->unit);
}

void db_aside_keep(db_aside *a, const db_record *r)
{
	if (a->len == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->items = db_xrealloc(a->items, a->cap * sizeof *a->items);
	}
	a->items[a->len++] = (db_aside_fig){ r->label, r->raw, r->unit, r->value, r->max,
					      r->source.offset, r->measure, r->has_max };
	if (a->whole)
		*db_records_add(&a->full) = *r;
}

void db_aside_release(db_aside *a)
{
	free(a->items);
	free(a->full.items);
	memset(a, 0, sizeof *a);
}

/* The figures kept aside unkeyed (w->aside) once the walk is done: one a
 * record of the report already gives (the same clause and figure as
 * written, read again for another label) is dropped, and so is one a
 * figure kept aside a little before says again; the others are added
 * among rs's from first, in text order (rs's own order kept), when the
 * extractor writes them (--unkeyed), else counted in rs->unwritten.
 * Records are looked up by offset, not compared pairwise: a long report
 * holds thousands of each. The first carry figures aside are settled
 * already (the last of a part handed over, which the next may say again). */
void db_settle_aside(walk *w, db_records *rs, size_t first, size_t carry)
{
	db_aside *a = &w->aside;
	size_t n = rs->len - first, kept = carry;
	const db_record **by = n ? db_xmalloc(n * sizeof *by) : NULL;
	for (size_t i = 0; i < n; i++)
		by[i] = &rs->items[first + i];
	if (n) /* (qsort takes no null array, even an empty one) */
		qsort(by, n, sizeof *by, offset_cmp);
	for (size_t i = carry; i < a->len; i++) {
		const db_aside_fig *r = &a->items[i];
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (by[mid]->source.offset < r->offset)
				lo = mid + 1;
			else
				hi = mid;
		}
		bool again = false;
		for (size_t k = lo; k < n && by[k]->source.offset == r->offset && !again; k++)
			again = by[k]->raw && r->raw && !strcmp(by[k]->raw, r->raw) && by[k]->has_value &&
				by[k]->value == r->value;
		for (size_t k = kept, m = 0; k-- > 0 && m++ < 32 && !again;)
			again = aside_again(&a->items[k], r);
		if (!again) {
			if (a->whole)
				a->full.items[kept] = a->full.items[i];
			a->items[kept++] = *r;
		}
	}
	a->len = kept;
	a->full.len = a->whole ? kept : 0;
	free(by);
	if (!w->x->unkeyed_amounts) {
		rs->unwritten += kept - carry;
		return;
	}
	/* (a merge by offset: the walk's records are in its order, the
	 * figures aside in theirs) */
	db_record *out = db_xmalloc((n + kept ? n + kept : 1) * sizeof *out);
	size_t i = 0, j = carry, o = 0;
	while (i < n || j < kept)
		if (j == kept || (i < n && rs->items[first + i].source.offset <= a->items[j].offset))
			out[o++] = rs->items[first + i++];
		else
			out[o++] = a->full.items[j++];
	rs->len = first;
	for (size_t k = 0; k < o; k++)
		*db_records_add(rs) = out[k];
	free(out);
}

/* Handing records over before the walk ends (db_extractor_set_sink): at
 * a paragraph's start the records before an earlier paragraph's start, the
 * cut, are final once the walk is far enough past it that nothing it
 * looks back at reaches them (a sentence, its paragraph, 600 bytes, the
 * last records). */
#define HAND_LAG 4096    /* bytes the walk is past the cut, at least */
#define HAND_TAIL 64     /* records kept after the cut, at least */
#define HAND_CHUNK 1024  /* records handed over at once, at least */

/* s again in a, once for a run of the same s (a clause's records share
 * their source text): the last string copied and its copy in last[0..1]. */
static const char *text_again(db_arena *a, const char *s, const char *last[2])
{
	if (s && s != last[0]) {
		last[0] = s;
		last[1] = db_arena_strdup(a, s);
	}
	return s ? last[1] : NULL;
}

/* The strings only records hold go with the records handed over: those of
 * the records kept (the tail from first on, the figures aside) are copied
 * into an arena of their own and the walk's is let go. */
static void texts_anew(walk *w, size_t first)
{
	db_arena fresh = DB_ARENA_INIT;
	const char *src[2] = { NULL, NULL }, *label[2] = { NULL, NULL }, *raw[2] = { NULL, NULL };
	db_records *rs = w->rs;
	db_aside *a = &w->aside;
	for (size_t i = first; i < rs->len + a->full.len; i++) {
		db_record *r = i < rs->len ? &rs->items[i] : &a->full.items[i - rs->len];
		r->source.text = text_again(&fresh, r->source.text, src);
		r->label = text_again(&fresh, r->label, label);
		r->raw = text_again(&fresh, r->raw, raw);
	}
	for (size_t i = 0; i < a->len; i++) {
		a->items[i].label = text_again(&fresh, a->items[i].label, label);
		a->items[i].raw = text_again(&fresh, a->items[i].raw, raw);
	}
	w->src_text = w->src_text && w->src_text == src[0] ? src[1] : NULL;
	db_arena_release(&w->texts);
	w->texts = fresh;
}

/* May records [first, h->rec) go: are they all before the cut and every
 * later one after it, with a line break between (said_again never looks
 * across one), and likewise the figures aside? */
static bool can_hand(const walk *w, const handing *h)
{
	const db_records *rs = w->rs;
	const db_aside *a = &w->aside;
	size_t last = 0;
	for (size_t i = h->first; i < rs->len; i++) {
		size_t at = rs->items[i].source.offset;
		if ((i < h->rec) != (at < h->pos))
			return false;
		if (i < h->rec && at > last)
			last = at;
	}
	for (size_t i = h->carry; i < a->len; i++) {
		size_t at = a->items[i].offset;
		if ((i < h->aside) != (at < h->pos))
			return false;
		if (i < h->aside && at > last)
			last = at;
	}
	return memchr(w->text + last, '\n', h->pos - last) != NULL;
}

/* Keep the walk's record indices pointing at the same records once d
 * records before them are gone (those of a sentence or part that began
 * before the cut are of no use any more). */
static void rebase(walk *w, size_t first, size_t d)
{
	size_t *idx[] = { &w->sent_rec0, &w->part_first, &w->list_first, &w->group_first };
	for (size_t i = 0; i < NWORDS(idx); i++)
		*idx[i] = *idx[i] >= first + d ? *idx[i] - d : first;
}

/* Hand records [h->first, h->rec) over, made final as extract() makes its
 * records at the end; the tables on their lines are put back while they are
 * placed. */
static void hand_over(walk *w, handing *h, char *text, const db_tables *tables,
		      const db_buf *kept, const db_offmap *const maps[2])
{
	db_records *rs = w->rs;
	db_aside *a = &w->aside;
	size_t ntail = rs->len - h->rec, natail = a->len - h->aside;
	db_record *tail = db_xmalloc((ntail + natail + 1) * sizeof *tail);
	db_aside_fig *atail = db_xmalloc((natail + 1) * sizeof *atail);
	memcpy(tail, rs->items + h->rec, ntail * sizeof *tail);
	if (natail) { /* (no array yet while nothing is kept aside) */
		memcpy(atail, a->items + h->aside, natail * sizeof *atail);
		if (a->whole)
			memcpy(tail + ntail, a->full.items + h->aside, natail * sizeof *tail);
	}
	rs->len = h->rec;
	a->len = h->aside;
	a->full.len = a->whole ? h->aside : 0;

	db_drop_said_again(rs, h->first, text, h->pos);
	db_settle_aside(w, rs, h->first, h->carry);
	if (maps[0]) {
		for (; h->pt < tables->len && tables->items[h->pt].end <= h->pl.from; h->pt++)
			h->pt_at += tables->items[h->pt].end - tables->items[h->pt].start;
		size_t to = h->pt;
		for (size_t at = h->pt_at; to < tables->len && tables->items[to].start < h->pos; to++) {
			const db_table *tb = &tables->items[to];
			if (tb->end > tb->start)
				memcpy(text + tb->start, kept->data + at, tb->end - tb->start);
			at += tb->end - tb->start;
		}
		db_place_records(rs, h->first, text, h->pos, &h->pl, maps);
		db_blank_tables(text, tables, h->pt, to);
	}
	w->x->sink(rs, h->first, w->x->sink_ctx);

	/* the tail back after the report's records before the cut; of the
	 * figures aside the last few settled, then the tail's */
	rs->len = h->first;
	memcpy(rs->items + rs->len, tail, ntail * sizeof *tail);
	rs->len += ntail;
	size_t c = a->len < 32 ? a->len : 32;
	if (c + natail) {
		memmove(a->items, a->items + a->len - c, c * sizeof *a->items);
		memcpy(a->items + c, atail, natail * sizeof *atail);
	}
	if (a->whole && c + natail) {
		memmove(a->full.items, a->full.items + a->len - c, c * sizeof *tail);
		memcpy(a->full.items + c, tail + ntail, natail * sizeof *tail);
	}
	a->full.len = a->whole ? c + natail : 0;
	a->len = c + natail;
	h->carry = c;
	rebase(w, h->first, h->rec - h->first);
	texts_anew(w, h->first);
	free(tail);
	free(atail);
}

/* At the start of a paragraph at pos: hand over what is final. */
void db_hand_at(walk *w, handing *h, size_t pos, char *text, const db_tables *tables,
		const db_buf *kept, const db_offmap *const maps[2])
{
	if (h->set && (pos - h->pos < HAND_LAG || w->rs->len - h->rec < HAND_TAIL))
		return;
	if (h->set && h->rec - h->first >= HAND_CHUNK && h->rec - h->first >= h->wait) {
		if (can_hand(w, h)) {
			hand_over(w, h, text, tables, kept, maps);
			h->wait = 0;
		} else {
			size_t held = w->rs->len - h->first;
			h->wait = held + (held / 2 > HAND_CHUNK ? held / 2 : HAND_CHUNK);
		}
	}
	h->set = true;
	h->pos = pos;
	h->rec = w->rs->len;
	h->aside = w->aside.len;
}
