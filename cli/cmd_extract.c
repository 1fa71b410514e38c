/* cmd_extract.c - `duibiao extract`: reports (files, a manifest, or --text)
 * → one records document per report, as JSON or CSV, written atomically. */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/atomic.h"
#include "core/buf.h"
#include "core/catalog.h"
#include "core/i18n.h"
#include "core/json_io.h"
#include "core/numfmt.h"
#include "core/period.h"
#include "extract/extract.h"
#include "extract/formats.h"
#include "extract/sha256.h"

static const char usage_text[] =
	N_("usage: duibiao extract [options] REPORT… (- reads stdin)\n"
	"   or: duibiao extract --manifest FILE [REPORT…] -o DIR/\n"
	"   or: duibiao extract --entity NAME --date YYYY-MM-DD --text 'TEXT'\n"
	"\n"
	"Find every comparable indicator of the reports: one records document\n"
	"(schema duibiao.records/1) per report.\n"
	"\n"
	"  --entity NAME        whom the report is about (郑州 → 郑州市)\n"
	"  --date YYYY-MM-DD    the date the report speaks from (resolves 今年, 一季度)\n"
	"  --level LEVEL        province prefecture county district zone composite\n"
	"  --province NAME      the entity's province\n"
	"  --kind KIND          what the report is: gwr (政府工作报告), targets, bulletin\n"
	"                       (统计公报), news, plan (计划执行情况), evaluation, speech,\n"
	"                       summary (工作总结), newspaper;\n"
	"                       guessed from the title and headings when not given\n"
	"  --manifest FILE      entity, level, province and date per report; with\n"
	"                       REPORT arguments only those entries are extracted\n"
	"  --allow-outside      let the manifest name reports outside its folder\n"
	"                       (an absolute path, or ../)\n"
	"  --text TEXT          extract from TEXT instead of a file\n"
	"  -o, --output PATH    a file, or a folder ending in '/' for DIR/<stem>.json\n"
	"                       per report (default, or -: standard output); two reports\n"
	"                       of one stem (a/r.txt, b/r.txt) are an error\n"
	"  --format FMT         json (default) or csv (UTF-8 with BOM and CRLF, for\n"
	"                       Excel and WPS)\n"
	"  --csv-plain          CSV without BOM, with LF line ends (for scripts)\n"
	"  --headers en|zh      CSV column names in English (default) or Chinese\n"
	"  --unkeyed            write only the figures read but not keyed to a catalog\n"
	"                       metric, amounts included (label words, value, unit,\n"
	"                       sentence, line)\n"
	"  --catalog FILE       metric catalog replacing the built-in one\n"
	"  --catalog-extra FILE metrics, aliases and PCRE2 patterns added to the\n"
	"                       catalog\n"
	"  --words FILE         word lists replacing the built-in extract/words.json\n"
	"  --encoding ENC       auto (default), utf-8 or gb18030 (text and web pages)\n"
	"  --input-format FMT   auto (default: from the bytes, then the name), text,\n"
	"                       pdf, docx or html\n"
	"  --show-text          write the text as read from one report (one paragraph\n"
	"                       or table row a line: what source.line and column\n"
	"                       count in) instead of records\n"
	"  -M FILE              write a Make depfile listing every input read\n"
	"                       (target: the -o file)\n"
	"  --fail-empty         a report that yields no record is an error (exit 1,\n"
	"                       nothing written); without it, a warning\n"
	"  -q, --quiet          no summary or warnings on standard error\n"
	"  -h, --help           show this help\n"
	"  --version            the version of duibiao\n"
	"\n"
	"A REPORT of - is read from standard input (format detected from the bytes,\n"
	"or --input-format); its records name the document file \"-\".\n");

typedef struct {
	const char *entity, *level, *province, *kind, *date_s;
	db_date date;
	bool unkeyed, allow_outside;
	const char *manifest, *text, *output, *format, *catalog, *words, *encoding, *depfile;
	const char *input_format, *headers, *catalog_extra;
	bool csv, show_text, fail_empty;
	db_csv_style style;
} options;

/* One report to extract: where its bytes come from and what it is about. */
typedef struct {
	const char *path;      /* NULL for --text */
	const char *file;      /* as written (document.file) */
	const char *entity, *level, *province;
	db_date date;
	const char *kind;      /* may be NULL */
	const char *title, *publisher;   /* the manifest's, may be NULL */
} job;

static job manifest_job(const db_manifest_entry *e)
{
	return (job){ e->path, e->file, e->entity, e->level, e->province, e->date, e->kind,
		      e->title, e->publisher };
}

typedef struct {
	size_t reports, records, masked, unknown, undated;
} tally;

static bool is_dir_output(const char *out)
{
	struct stat st;
	size_t n = out ? strlen(out) : 0;
	if (!n || !strcmp(out, "-"))
		return false;
	if (out[n - 1] == '/')
		return true;
	return stat(out, &st) == 0 && S_ISDIR(st.st_mode);
}

static int make_dirs(const char *dir, db_diag *d)
{
	char *p = db_xstrdup(dir);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) < 0 && errno != EEXIST) {
			db_error(d, p, 0, 0, "cannot create folder: %s", strerror(errno));
			free(p);
			return -1;
		}
		*s = '/';
	}
	if (mkdir(p, 0777) < 0 && errno != EEXIST) {
		db_error(d, p, 0, 0, "cannot create folder: %s", strerror(errno));
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

/* report.txt → report */
static char *stem_of(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	return db_xstrndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

/* ---- CSV ------------------------------------------------------------------ */

/* A field and the comma after it. */
static void field(db_buf *b, const char *s)
{
	db_buf_csv_field(b, s);
	db_buf_putc(b, ',');
}

static void csv_num(db_buf *b, bool has, double v)
{
	char n[DB_NUMFMT_MAX];
	if (has)
		db_buf_puts(b, db_numfmt(v, n));
}

static const char *const csv_cols_en[] = {
	"file", "entity", "level", "metric", "label", "measure", "value", "max",
	"unit", "raw", "qualifier", "period", "basis", "of", "vs", "note",
	"status", "ranks", "line", "column", "offset", "text",
};
static const char *const csv_cols_zh[] = {
	"文件", "地区", "层级", "指标代码", "指标原文", "度量", "数值", "上限",
	"单位", "原文数值", "限定", "期间", "基准", "占比对象", "比较对象", "口径说明",
	"状态", "排名", "行", "列", "字节偏移", "原文",
};

static void csv_header(db_buf *b, const db_csv_style *st)
{
	db_csv_header(b, st, csv_cols_en, csv_cols_zh, sizeof(csv_cols_en) / sizeof(*csv_cols_en));
}

/* ranks as "3@全省;第一方阵@全省;≤3@全省;**@全市" */
static void csv_ranks(db_buf *b, const db_record *r)
{
	db_buf s = DB_BUF_INIT;
	for (size_t i = 0; i < r->nranks; i++) {
		const db_rank *k = &r->ranks[i];
		if (i)
			db_buf_putc(&s, ';');
		if (k->masked)
			db_buf_puts(&s, "**");
		else if (k->tier)
			db_buf_puts(&s, k->tier);
		else
			db_buf_printf(&s, "%s%d", k->qualifier == DB_QUAL_AT_MOST ? "≤" : "", k->position);
		if (k->scope)
			db_buf_printf(&s, "@%s", k->scope);
	}
	db_buf_csv_field(b, db_buf_cstr(&s));
	db_buf_release(&s);
}

static void write_csv(const db_records *rs, const db_csv_style *st, db_buf *b)
{
	char tok[DB_PERIOD_TOKEN_MAX];
	for (size_t i = 0; i < rs->len; i++) {
		const db_record *r = &rs->items[i];
		field(b, rs->doc.file);
		field(b, r->entity);
		field(b, r->level);
		field(b, r->metric);
		field(b, r->label);
		field(b, db_measure_name(r->measure));
		csv_num(b, r->has_value, r->value);
		db_buf_putc(b, ',');
		csv_num(b, r->has_max, r->max);
		db_buf_putc(b, ',');
		field(b, r->unit);
		field(b, r->raw);
		field(b, db_qualifier_name(r->qualifier));
		field(b, r->has_period ? db_period_format(&r->period, tok) : NULL);
		field(b, r->basis);
		field(b, r->of);
		field(b, r->vs);
		field(b, r->note);
		field(b, db_status_name(r->status));
		csv_ranks(b, r);
		db_buf_printf(b, ",%d,%d,%zu,", r->source.line, r->source.column, r->source.offset);
		db_buf_csv_field(b, r->source.text);
		db_csv_eol(b, st);
	}
}

/* A report that yields no record: a wrong --entity/--kind, a scan, a page
 * of navigation. Said, so an empty output is not taken for a result; an
 * error with --fail-empty, for Makefiles. */
static int empty_report(const options *o, const char *file, db_diag *d)
{
	const char *what = o->unkeyed ? _("no figure outside the catalog") : _("no record");
	char msg[512];

	if (o->fail_empty)
		return db_error(d, file, 0, 0, "%s found (--fail-empty)", what);
	snprintf(msg, sizeof msg, _("%s: %s found"), file, what);
	cli_warn(msg);
	return 0;
}

/* --unkeyed: only the figures read but not keyed to a catalog metric */
static void keep_unkeyed(db_records *rs)
{
	size_t k = 0;
	for (size_t i = 0; i < rs->len; i++)
		if (!rs->items[i].metric)
			rs->items[k++] = rs->items[i];
	rs->len = k;
}

/* ---- figures too long to read ------------------------------------------------ */

/* The figure reader's limits (extract/numbers.c, figures.c): at most 18
 * digits before the point and 9 after, a value of at most 1e20 with its
 * scale words (3万亿), and a run of more than 12 digits is numbers glued
 * together (their separators lost). A number beyond them is no figure;
 * these say so instead of dropping it without a word. */
enum { INT_DIGITS_MAX = 18, DECIMALS_MAX = 9, DIGIT_RUN_MAX = 12, LONG_WARNINGS_MAX = 10 };
#define VALUE_MAX 1e20

/* The scale word at t[i] (十 百 千 万 亿), or 0. */
static double scale_at(const char *t, size_t len, size_t i)
{
	static const struct { const char *w; double v; } scales[] = {
		{ "十", 1e1 }, { "百", 1e2 }, { "千", 1e3 }, { "万", 1e4 }, { "亿", 1e8 },
	};
	for (size_t k = 0; k < sizeof scales / sizeof *scales; k++)
		if (len - i >= 3 && !memcmp(t + i, scales[k].w, 3))
			return scales[k].v;
	return 0;
}

/* Length of the digit at t[i] (0-9, or full-width ０-９), or 0. */
static size_t digit_at(const char *t, size_t len, size_t i, bool *ascii)
{
	const unsigned char *u = (const unsigned char *)t + i;
	*ascii = u[0] >= '0' && u[0] <= '9';
	if (*ascii)
		return 1;
	return len - i >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99 ? 3 : 0;
}

/* A unit or scale after a number: an ideograph (亿, 元, 吨 …) or a percent
 * or per-mille sign. */
static size_t unit_at(const char *t, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)t + i;
	if (i < len && u[0] == '%')
		return 1;
	if (len - i < 3 || u[0] < 0xE2 || u[0] > 0xEF)
		return 0;
	unsigned cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	return (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0xFF05 || cp == 0x2030 ? 3 : 0;
}

/* Might one of the 8 bytes of w be a digit, or 0xEF (the lead byte of
 * ０-９)? (Bit tricks from "Bit Twiddling Hacks": hasbetween and haszero;
 * a false yes only sends the word to the byte loop.) */
static bool maybe_digit8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t low7 = w & (ones * 127), ef = w ^ (ones * 0xEF);
	uint64_t digit = (ones * (127 + ':') - low7) & ~w & (low7 + ones * (127 - '/')) & highs;
	return digit | ((ef - ones) & ~ef & highs);
}

/* Warn about each number before a unit that the figure reader cannot take
 * for its length, naming it and its place. */
static void warn_long_numbers(const char *t, size_t len, const char *file)
{
	size_t warned = 0, i = 0, seen = 0;   /* seen: where line and col stand */
	int line = 1, col = 1;

	while (i < len) {
		bool ascii;
		size_t n;
		uint64_t w;
		while (len - i >= 8 && (memcpy(&w, t + i, 8), !maybe_digit8(w)))
			i += 8;   /* the fast way past most of the text */
		if (i >= len)
			break;
		if (!(n = digit_at(t, len, i, &ascii))) {
			i++;
			continue;
		}
		/* after a letter (GB1234…, A1234…): a code, no figure */
		bool code = i > 0 && (t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z';
		size_t start = i, digits = 0, decimals = 0, run = 0, longest = 0;
		double value = 0, scale;
		while ((n = digit_at(t, len, i, &ascii)) ||
		       ((t[i] == ',' || t[i] == ' ') && i + 1 < len && digit_at(t, len, i + 1, &ascii))) {
			if (!n) {   /* a separator: 1,234,567 */
				run = 0;
				i++;
				continue;
			}
			digits++;
			value = value * 10 + (t[i + n - 1] & 0x0F);   /* '0'-'9', ０-９ end alike */
			run = ascii ? run + 1 : 0;
			longest = run > longest ? run : longest;
			i += n;
		}
		if (i + 1 < len && t[i] == '.' && digit_at(t, len, i + 1, &ascii)) {
			for (i++, run = 0; (n = digit_at(t, len, i, &ascii)); i += n) {
				decimals++;
				run = ascii ? run + 1 : 0;
				longest = run > longest ? run : longest;
			}
		}
		size_t end = i, u;
		while (end < len && t[end] == ' ')
			end++;
		if (code || !(u = unit_at(t, len, end)))
			continue;
		for (size_t k = end; (scale = scale_at(t, len, k)) > 0; k += 3)
			value *= scale;
		if (digits <= INT_DIGITS_MAX && decimals <= DECIMALS_MAX && longest <= DIGIT_RUN_MAX &&
		    value <= VALUE_MAX)
			continue;
		if (++warned > LONG_WARNINGS_MAX)
			continue;
		for (size_t more; (more = unit_at(t, len, end + u)) && u < 12; u += more)
			;   /* 万亿元: the unit's other characters */
		char msg[400], shown[120];
		size_t numlen = i - start;
		for (; seen < start; seen++)   /* on from the last warning, not from the top */
			if (t[seen] == '\n')
				line = 1 + line, col = 1;
			else if ((t[seen] & 0xC0) != 0x80)
				col++;
		if (numlen > 40) {   /* 1234567890123456…34567890亿元, cut between characters */
			size_t head = 16, tail = 8;
			while ((t[start + head] & 0xC0) == 0x80)
				head++;
			while ((t[i - tail] & 0xC0) == 0x80)
				tail++;
			snprintf(shown, sizeof shown, "%.*s…%.*s%.*s", (int)head, t + start, (int)tail,
				 t + i - tail, (int)u, t + end);
		}
		else
			snprintf(shown, sizeof shown, "%.*s%.*s", (int)numlen, t + start, (int)u, t + end);
		if (digits > INT_DIGITS_MAX || decimals > DECIMALS_MAX)
			snprintf(msg, sizeof msg, _("%s:%d:%d: figure '%s' left out: more digits than a "
				 "number holds (%d before the point, %d after)"), file, line, col, shown,
				 INT_DIGITS_MAX, DECIMALS_MAX);
		else if (value > VALUE_MAX)
			snprintf(msg, sizeof msg, _("%s:%d:%d: figure '%s' left out: larger than any "
				 "report's figure (%g)"), file, line, col, shown, VALUE_MAX);
		else
			snprintf(msg, sizeof msg, _("%s:%d:%d: figure '%s' left out: %zu digits in a row "
				 "are read as numbers run together (a figure has at most %d)"), file, line,
				 col, shown, longest, DIGIT_RUN_MAX);
		cli_warn(msg);
	}
	if (warned > LONG_WARNINGS_MAX) {
		char msg[600];
		snprintf(msg, sizeof msg, _("%s: %zu more figures left out for their length"),
			 file, warned - LONG_WARNINGS_MAX);
		cli_warn(msg);
	}
}

/* ---- one report ------------------------------------------------------------- */

/* Where a report's records go as the extractor hands them over
 * (db_extractor_set_sink): each part written and counted, then let go. */
typedef struct {
	const options *o;
	const db_pages *pages;
	db_buf *out;
	tally *t;
	db_jw jw;
	bool begun;              /* the JSON document's head is written */
	size_t written;          /* records written */
} report_out;

/* Records [first, rs->len) of the report, first 0 (rs holds one report's). */
static void write_part(db_records *rs, size_t first, void *ctx)
{
	report_out *ro = ctx;
	(void)first;
	db_pages_apply(ro->pages, rs);
	if (ro->o->unkeyed) /* only the figures read but not keyed to a metric */
		keep_unkeyed(rs);
	if (!rs->len)
		return;
	if (ro->o->csv) {
		write_csv(rs, &ro->o->style, ro->out);
	} else {
		if (!ro->begun)
			db_records_json_begin(rs, &ro->jw, ro->out);
		ro->begun = true;
		db_records_json_records(rs, 0, &ro->jw);
	}
	ro->written += rs->len;
	ro->t->records += rs->len;
	for (size_t i = 0; i < rs->len; i++) {
		ro->t->masked += rs->items[i].qualifier == DB_QUAL_MASKED;
		ro->t->unknown += rs->items[i].metric == NULL;
		ro->t->undated += !rs->items[i].has_period;
	}
}

static int extract_one(db_extractor *x, const options *o, const job *jb, db_buf *out,
		       tally *t, cli_deps *deps, db_diag *d)
{
	db_buf raw = DB_BUF_INIT, text = DB_BUF_INIT;
	db_records rs = DB_RECORDS_INIT;
	db_pages pages = DB_PAGES_INIT;
	const char *detected = "utf-8", *format = "text";
	const char *level = jb->level, *entity = jb->entity;
	int rc = -1;

	if (jb->path) {
		if (db_buf_read_path(&raw, jb->path) < 0) {
			db_error(d, jb->path, 0, 0, "cannot read: %s", strerror(errno));
			goto out;
		}
		cli_deps_add(deps, jb->path);   /* but stdin */
	} else {
		db_buf_puts(&raw, o->text);
	}
	/* the digest of the bytes read, before they may become the text (a
	 * report in UTF-8 is held once, not twice, while it is decoded and
	 * walked) */
	db_sha256_hex(raw.data ? raw.data : "", raw.len, rs.doc.sha256);
	if (jb->path) {
		if (cli_take_report(&raw, jb->path, o->input_format, o->encoding, &text, &pages,
				    &format, &detected, jb->file, d) < 0)
			goto out;
	} else if (cli_decode_report(raw.data ? raw.data : "", raw.len, o->encoding, &text,
				     &detected, jb->file, d) < 0) {
		goto out;
	}
	if (o->show_text) {
		db_buf_add(out, text.data ? text.data : "", text.len);
		t->reports++;
		rc = 0;
		goto out;
	}

	/* (from here on the text is all that is needed) */
	db_buf_release(&raw);

	warn_long_numbers(db_buf_cstr(&text), text.len, jb->file);

	/* 郑州 → 郑州市; an unknown or redacted name stays as given */
	const char *lv = NULL, *canon = db_entity_normalize(entity, &lv);
	if (canon) {
		entity = canon;
		if (!level)
			level = lv;
	}
	rs.doc.file = db_arena_strdup(&rs.arena, jb->file);
	rs.doc.entity = db_arena_strdup(&rs.arena, entity);
	rs.doc.level = db_arena_strdup(&rs.arena, level);
	rs.doc.province = db_arena_strdup(&rs.arena, jb->province);
	rs.doc.kind = db_arena_strdup(&rs.arena, jb->kind);
	rs.doc.title = db_arena_strdup(&rs.arena, jb->title);
	rs.doc.publisher = db_arena_strdup(&rs.arena, jb->publisher);
	rs.doc.has_date = true;
	rs.doc.date = jb->date;
	rs.doc.encoding = detected;
	rs.doc.format = format;
	/* (the text is not read again: its tables are blanked in it; a long
	 * report's records are written as they are made, not held whole) */
	char empty[1] = "";
	report_out ro = { o, &pages, out, t, { 0 }, false, 0 };
	db_extractor_set_sink(x, write_part, &ro);
	int got = db_extract_scratch(x, text.data ? text.data : empty, text.len, &rs, d);
	db_extractor_set_sink(x, NULL, NULL);
	if (got < 0)
		goto out;
	/* (the records hold what they say of it: the text goes before the
	 * rest are written) */
	db_buf_release(&text);
	write_part(&rs, 0, &ro);
	if (!ro.written && empty_report(o, jb->file, d) < 0)
		goto out;
	if (!o->csv) {
		if (!ro.begun)
			db_records_json_begin(&rs, &ro.jw, out);
		db_records_json_end(&ro.jw);
	}
	t->reports++;
	/* (what --unkeyed would have written besides: the same count either way) */
	t->unknown += rs.unwritten;
	rc = 0;
out:
	db_records_release(&rs);
	db_buf_release(&raw);
	db_buf_release(&text);
	db_pages_release(&pages);
	return rc;
}

/* ---- jobs ---------------------------------------------------------------------- */

/* The first entry of m that names file: by the same path, or else the same
 * file by device and inode. file is looked at once, not once an entry: a
 * Makefile's extract names one report of a manifest of hundreds. m->len
 * when none is. */
static size_t manifest_entry(const db_manifest *m, const char *file)
{
	struct stat sf, se;
	int known = -1;   /* whether file could be looked at; -1: not tried yet */

	for (size_t i = 0; i < m->len; i++) {
		if (!strcmp(file, m->items[i].path))
			return i;
		if (known < 0)
			known = stat(file, &sf) == 0;
		if (known && stat(m->items[i].path, &se) == 0 && sf.st_dev == se.st_dev &&
		    sf.st_ino == se.st_ino)
			return i;
	}
	return m->len;
}

static int parse_args(int argc, char **argv, options *o, int *first_file)
{
	enum { O_ENTITY = 256, O_DATE, O_LEVEL, O_PROVINCE, O_KIND, O_UNKEYED, O_MANIFEST, O_TEXT, O_FORMAT,
	       O_CATALOG, O_WORDS, O_ENCODING, O_ALLOW_OUTSIDE, O_INPUT_FORMAT,
	       O_SHOW_TEXT, O_CSV_PLAIN, O_HEADERS, O_FAIL_EMPTY, O_CATALOG_EXTRA };
	static const struct option longs[] = {
		{ "entity", required_argument, NULL, O_ENTITY },
		{ "date", required_argument, NULL, O_DATE },
		{ "level", required_argument, NULL, O_LEVEL },
		{ "province", required_argument, NULL, O_PROVINCE },
		{ "kind", required_argument, NULL, O_KIND },
		{ "unkeyed", no_argument, NULL, O_UNKEYED },
		{ "manifest", required_argument, NULL, O_MANIFEST },
		{ "allow-outside", no_argument, NULL, O_ALLOW_OUTSIDE },
		{ "text", required_argument, NULL, O_TEXT },
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "catalog", required_argument, NULL, O_CATALOG },
		{ "catalog-extra", required_argument, NULL, O_CATALOG_EXTRA },
		{ "words", required_argument, NULL, O_WORDS },
		{ "encoding", required_argument, NULL, O_ENCODING },
		{ "input-format", required_argument, NULL, O_INPUT_FORMAT },
		{ "show-text", no_argument, NULL, O_SHOW_TEXT },
		{ "csv-plain", no_argument, NULL, O_CSV_PLAIN },
		{ "headers", required_argument, NULL, O_HEADERS },
		{ "fail-empty", no_argument, NULL, O_FAIL_EMPTY },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const levels[] = { "province", "prefecture", "county", "district",
					      "zone", "composite" };
	cli_opts p = { "extract", usage_text, "", longs, &o->output, &o->depfile, 0 };
	int c;

	while ((c = cli_getopt(&p, argc, argv)) != CLI_OPT_END) {
		switch (c) {
		case CLI_OPT_STOP: return p.rc == EXIT_OK ? -2 : p.rc;   /* -2: --help, --version */
		case O_ENTITY: o->entity = optarg; break;
		case O_DATE: o->date_s = optarg; break;
		case O_LEVEL: o->level = optarg; break;
		case O_PROVINCE: o->province = optarg; break;
		case O_KIND: o->kind = optarg; break;
		case O_UNKEYED: o->unkeyed = true; break;
		case O_MANIFEST: o->manifest = optarg; break;
		case O_ALLOW_OUTSIDE: o->allow_outside = true; break;
		case O_TEXT: o->text = optarg; break;
		case O_FORMAT: o->format = optarg; break;
		case O_CATALOG: o->catalog = optarg; break;
		case O_CATALOG_EXTRA: o->catalog_extra = optarg; break;
		case O_WORDS: o->words = optarg; break;
		case O_ENCODING: o->encoding = optarg; break;
		case O_INPUT_FORMAT: o->input_format = optarg; break;
		case O_SHOW_TEXT: o->show_text = true; break;
		case O_CSV_PLAIN: o->style.plain = true; break;
		case O_HEADERS: o->headers = optarg; break;
		case O_FAIL_EMPTY: o->fail_empty = true; break;
		}
	}
	*first_file = optind;
	if (o->kind && !db_doc_kind_known(o->kind))
		return cli_usage("extract", "unknown kind '%s' (gwr targets bulletin news plan "
				 "evaluation speech summary newspaper)", o->kind);
	if (o->format && strcmp(o->format, "json") && strcmp(o->format, "csv"))
		return cli_usage("extract", "unknown format '%s' (json or csv)", o->format);
	o->csv = o->format && !strcmp(o->format, "csv");
	if (o->headers && strcmp(o->headers, "en") && strcmp(o->headers, "zh"))
		return cli_usage("extract", "--headers is en or zh, not '%s'", o->headers);
	o->style.zh = o->headers && !strcmp(o->headers, "zh");
	if (o->encoding && strcmp(o->encoding, "auto") && strcmp(o->encoding, "utf-8") &&
	    strcmp(o->encoding, "gb18030"))
		return cli_usage("extract", "unknown encoding '%s' (auto, utf-8, gb18030)", o->encoding);
	db_input_format f;
	if (o->input_format && db_input_format_parse(o->input_format, &f) < 0)
		return cli_usage("extract", "unknown input format '%s' (auto, text, pdf, docx, html)",
				 o->input_format);
	if (o->input_format && !db_input_format_built(f))
		return cli_usage("extract", "this duibiao was built without the %s reader",
				 o->input_format);
	if (o->input_format && o->text && f != DB_INPUT_AUTO && f != DB_INPUT_TEXT)
		return cli_usage("extract", "--text is text: --input-format %s does not go with it",
				 o->input_format);
	if (o->show_text && (o->csv || o->unkeyed))
		return cli_usage("extract", "--show-text does not go with --format or --unkeyed");
	if (o->level) {
		size_t i;
		for (i = 0; i < sizeof levels / sizeof *levels; i++)
			if (!strcmp(o->level, levels[i]))
				break;
		if (i == sizeof levels / sizeof *levels)
			return cli_usage("extract", "unknown level '%s'", o->level);
	}
	if (o->date_s && db_date_parse(o->date_s, &o->date) < 0)
		return cli_usage("extract", "bad date '%s' (YYYY-MM-DD)", o->date_s);
	if ((o->entity && !cli_is_text(o->entity)) || (o->province && !cli_is_text(o->province)))
		return cli_usage("extract", "--%s is not UTF-8 text (or holds a control character)",
				 o->entity && !cli_is_text(o->entity) ? "entity" : "province");
	if (o->allow_outside && !o->manifest)
		return cli_usage("extract", "--allow-outside goes with --manifest");
	if (o->manifest && (o->entity || o->date_s || o->text))
		return cli_usage("extract", "--manifest does not go with --entity, --date or --text");
	if (!o->manifest && (!o->entity || !o->date_s))
		return cli_usage("extract", "give --entity and --date, or --manifest");
	if (o->text && optind < argc)
		return cli_usage("extract", "--text does not go with report files");
	if (!o->manifest && !o->text && optind >= argc)
		return cli_usage("extract", "no report given");
	if (o->depfile && (!o->output || !strcmp(o->output, "-")))
		return cli_usage("extract", "-M needs an -o file to name as the target");
	for (int i = optind, n = o->manifest && !strcmp(o->manifest, "-"); i < argc; i++)
		if (!strcmp(argv[i], "-") && ++n > 1)
			return cli_usage("extract", "'-' (stdin) given more than once");
	return 0;
}

/* Jobs from the arguments: every manifest entry (or only those named), or
 * each file with --entity/--date, or the --text. Returns the count or -1. */
static int make_jobs(const options *o, int first, int argc, char **argv, db_manifest *m, job **out,
		     size_t *n, db_diag *d)
{
	size_t cap = (size_t)argc + (m ? m->len : 0) + 1;
	job *jobs = db_xcalloc(cap, sizeof(job));
	size_t k = 0;

	if (o->manifest) {
		if (first >= argc) {
			for (size_t i = 0; i < m->len; i++)
				jobs[k++] = manifest_job(&m->items[i]);
		}
		for (int a = first; a < argc; a++) {
			size_t i = manifest_entry(m, argv[a]);
			if (i == m->len) {
				free(jobs);
				return db_error(d, argv[a], 0, 0, "not in the manifest %s", o->manifest);
			}
			jobs[k++] = manifest_job(&m->items[i]);
		}
		for (size_t i = 0; i < m->len; i++)
			if (!m->items[i].has_date || !m->items[i].entity) {
				free(jobs);
				return db_error(d, o->manifest, 0, 0,
						"document %zu (%s) needs an entity and a date", i + 1,
						m->items[i].file ? m->items[i].file : "?");
			}
	} else if (o->text) {
		jobs[k++] = (job){ NULL, "-", o->entity, o->level, o->province, o->date, o->kind,
				   NULL, NULL };
	} else {
		for (int a = first; a < argc; a++)
			jobs[k++] = (job){ argv[a], argv[a], o->entity, o->level, o->province, o->date,
					   o->kind, NULL, NULL };
	}
	*out = jobs;
	*n = k;
	return 0;
}

static int path_cmp(const void *a, const void *b)
{
	char *const *x = a, *const *y = b;
	int c = strcmp(*x, *y);
	return c ? c : (x > y) - (x < y);
}

/* DIR/<stem>.json (or .csv) for each job. Two reports of one stem
 * (a/report.txt, b/report.txt) would write one file, the second replacing
 * the first: an error naming both, before anything is read or written. */
static int output_paths(const options *o, const job *jobs, size_t n, char **paths, db_diag *d)
{
	size_t len = strlen(o->output);
	char **sorted = db_xcalloc(n + 1, sizeof *sorted);
	int rc = 0;

	for (size_t i = 0; i < n; i++) {
		char *stem = stem_of(jobs[i].path ? jobs[i].path : "text");
		paths[i] = db_xmalloc(len + strlen(stem) + 8);
		sprintf(paths[i], "%s%s%s.%s", o->output, o->output[len - 1] == '/' ? "" : "/", stem,
			o->csv ? "csv" : "json");
		free(stem);
		sorted[i] = paths[i];
	}
	qsort(sorted, n, sizeof *sorted, path_cmp);
	for (size_t i = 1; i < n && rc == 0; i++) {
		if (strcmp(sorted[i - 1], sorted[i]))
			continue;
		size_t a = 0, b;
		while (paths[a] != sorted[i - 1] && paths[a] != sorted[i])
			a++;
		for (b = a + 1; strcmp(paths[b], paths[a]); b++)
			;
		rc = db_error(d, paths[a], 0, 0, "both %s and %s would be written here (one "
			      "output per file name: rename one)", jobs[a].file, jobs[b].file);
	}
	free(sorted);
	return rc;
}

static void summary(const tally *t)
{
	if (cli_quiet)
		return;
	/* The two nouns apart, each with its plural: one format for all. */
	fprintf(stderr, _("extract: %zu %s, %zu %s, %zu masked, %zu unkeyed (no catalog metric), "
			  "%zu undated (no period)\n"),
		t->reports, dngettext(DB_TEXTDOMAIN, "report", "reports", t->reports), t->records,
		dngettext(DB_TEXTDOMAIN, "record", "records", t->records), t->masked, t->unknown,
		t->undated);
}

int cmd_extract(int argc, char **argv)
{
	options o = { 0 };
	db_diag d = { 0 };
	db_catalog cat = { 0 };
	db_manifest man = { 0 };
	db_extractor *x = NULL;
	job *jobs = NULL;
	size_t njobs = 0;
	cli_deps deps = { 0 };
	tally t = { 0 };
	db_buf out = DB_BUF_INIT;
	char **paths = NULL;     /* DIR/<stem>.json per job */
	bool dir;
	int first = 0, rc;

	cli_quiet = false;
	rc = parse_args(argc, argv, &o, &first);
	if (rc == -2)
		return EXIT_OK;
	if (rc)
		return rc;
	dir = is_dir_output(o.output);
	rc = EXIT_FAIL;
	if (o.manifest) {
		if (db_manifest_load(&man, o.manifest, o.allow_outside ? DB_MANIFEST_ALLOW_OUTSIDE : 0,
				     &d) < 0) {
			rc = cli_fail(&d);
			goto done;
		}
		cli_deps_add(&deps, o.manifest);
	}
	if (make_jobs(&o, first, argc, argv, o.manifest ? &man : NULL, &jobs, &njobs, &d) < 0) {
		rc = cli_fail(&d);
		goto done;
	}
	if (o.show_text && (njobs != 1 || dir)) {
		rc = cli_usage("extract", "--show-text reads one report into a file or standard "
			       "output");
		goto done;
	}
	if (njobs > 1 && !dir && !o.csv) {
		rc = cli_usage("extract", "%zu reports need -o DIR/ (one records file each)", njobs);
		goto done;
	}
	paths = db_xcalloc(njobs + 1, sizeof(char *));
	if (dir && output_paths(&o, jobs, njobs, paths, &d) < 0) {
		rc = cli_fail(&d);
		goto done;
	}
	if (db_catalog_load(&cat, o.catalog, &d) < 0) {
		rc = cli_fail(&d);
		goto done;
	}
	if (o.catalog)
		cli_deps_add(&deps, o.catalog);
	if (o.catalog_extra) {
		if (db_catalog_merge(&cat, o.catalog_extra, &d) < 0) {
			rc = cli_fail(&d);
			goto done;
		}
		cli_deps_add(&deps, o.catalog_extra);
	}
	x = db_extractor_new(&cat, &d);
	if (!x) {
		rc = cli_fail(&d);
		goto done;
	}
	db_extractor_keep_unkeyed_amounts(x, o.unkeyed);
	if (o.words) {
		if (db_extractor_load_words(x, o.words, &d) < 0) {
			rc = cli_fail(&d);
			goto done;
		}
		cli_deps_add(&deps, o.words);
	}
	if (dir && make_dirs(o.output, &d) < 0) {
		rc = cli_fail(&d);
		goto done;
	}
	/* Each report's output goes to a temporary file beside its target as
	 * it is made (a file -o names, or one per report in -o DIR/), closed
	 * once written, and every temporary is renamed only when every report
	 * is extracted: a failure leaves all previous outputs untouched, and
	 * no report's output is held in memory past its own. Standard output
	 * and a target written in place (a FIFO) take nothing back, so theirs
	 * is held until the end. */
	const char *target = o.output ? o.output : "-";   /* no -M without -o */
	size_t nouts = dir ? njobs : !db_output_in_place(target);
	db_outfile *outs = db_xcalloc(nouts + 1, sizeof *outs);
	size_t opened = 0;
	bool ok = true;
	if (!dir && nouts) {
		ok = db_outfile_open(&outs[0], target, &d) == 0;
		opened = ok;
	}
	db_buf *b = !dir && nouts ? &outs[0].buf : &out;
	if (ok && o.csv && !dir)
		csv_header(b, &o.style);
	for (size_t i = 0; i < njobs && ok; i++) {
		if (dir) {
			if (db_outfile_open(&outs[i], paths[i], &d) < 0) {
				ok = false;
				break;
			}
			opened++;
			b = &outs[i].buf;
			if (o.csv)
				csv_header(b, &o.style);
		}
		ok = extract_one(x, &o, &jobs[i], b, &t, &deps, &d) == 0 &&
		     (!dir || db_outfile_close(&outs[i], &d) == 0);
	}
	for (size_t i = 0; dir && i < njobs && ok; i++)
		ok = cli_deps_check_output(&deps, paths[i], &d) == 0;
	if (ok && !dir)
		ok = cli_deps_check_output(&deps, target, &d) == 0;
	size_t renamed = 0;
	for (; ok && renamed < opened; renamed++)
		ok = db_outfile_commit(&outs[renamed], &d) == 0;
	if (ok && !nouts)
		ok = db_write_file_atomic(target, out.data ? out.data : "", out.len, &d) == 0;
	if (ok && o.depfile)
		ok = cli_deps_write(&deps, o.depfile, target, &d) == 0;
	for (; renamed < opened; renamed++)
		db_outfile_abort(&outs[renamed]);
	free(outs);
	if (!ok) {
		rc = cli_fail(&d);
		goto done;
	}
	if (!o.show_text)
		summary(&t);
	rc = EXIT_OK;
done:
	for (size_t i = 0; paths && i < njobs; i++)
		free(paths[i]);
	free(paths);
	db_buf_release(&out);
	db_extractor_free(x);
	if (cat.items || cat.len)
		db_catalog_release(&cat);
	if (o.manifest)
		db_manifest_release(&man);
	cli_deps_release(&deps);
	free(jobs);
	return rc;
}
