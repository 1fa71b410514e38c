/* formats.c - which reader a report needs (its bytes first, then its
 * name), the dispatch to it, the page map, and the line builder the
 * readers share (formats.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "extract/extract.h"
#include "extract/formats.h"

static const char *const names[] = { "auto", "text", "pdf", "docx", "html" };

int db_input_format_parse(const char *name, db_input_format *f)
{
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(name, names[i])) {
			*f = (db_input_format)i;
			return 0;
		}
	return -1;
}

const char *db_input_format_name(db_input_format f)
{
	return (size_t)f < sizeof names / sizeof *names ? names[f] : "?";
}

bool db_input_format_built(db_input_format f)
{
	switch (f) {
#ifdef DB_HAVE_PDF
	case DB_INPUT_PDF: return true;
#endif
#ifdef DB_HAVE_DOCX
	case DB_INPUT_DOCX: return true;
#endif
#ifdef DB_HAVE_HTML
	case DB_INPUT_HTML: return true;
#endif
	case DB_INPUT_AUTO:
	case DB_INPUT_TEXT: return true;
	default: return false;
	}
}

/* ---- detection ------------------------------------------------------------ */

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcasecmp(s + n - k, suffix);
}

/* Does raw[0..len) hold needle, ignoring ASCII case? */
static bool has_ci(const char *raw, size_t len, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= len; i++)
		if (!strncasecmp(raw + i, needle, k))
			return true;
	return false;
}

/* Markup: the first character (after a BOM and whitespace) opens a tag, a
 * comment or a doctype, and the first 4 KB name an element of a page. */
static bool is_markup(const char *raw, size_t len)
{
	static const char *const tags[] = { "<html", "<head", "<body", "<meta", "<div", "<p>",
					    "<p ", "<table", "<!doctype html" };
	size_t i = len >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && strchr(" \t\r\n\f", raw[i]))
		i++;
	if (i >= len || raw[i] != '<')
		return false;
	size_t n = len - i < 4096 ? len - i : 4096;
	for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
		if (has_ci(raw + i, n, tags[k]))
			return true;
	return false;
}

db_input_format db_input_detect(const char *raw, size_t len, const char *name)
{
	/* A PDF may start with junk before its header; readers look at the
	 * first kilobyte. */
	size_t head = len < 1024 ? len : 1024;
	for (size_t i = 0; i + 5 <= head; i++)
		if (raw[i] == '%' && !memcmp(raw + i, "%PDF-", 5))
			return DB_INPUT_PDF;
	if (len >= 4 && !memcmp(raw, "PK\3\4", 4))
		return DB_INPUT_DOCX;
	if (is_markup(raw, len))
		return DB_INPUT_HTML;
	if (name && ends_with(name, ".pdf"))
		return DB_INPUT_PDF;
	if (name && ends_with(name, ".docx"))
		return DB_INPUT_DOCX;
	if (name && (ends_with(name, ".html") || ends_with(name, ".htm")))
		return DB_INPUT_HTML;
	return DB_INPUT_TEXT;
}

/* ---- dispatch --------------------------------------------------------------- */

int db_read_report(const char *raw, size_t len, db_input_format f, const char *encoding,
		   db_buf *text, db_pages *pages, const char **detected, const char *file,
		   db_diag *d)
{
	/* An old binary Word file (OLE2) is a common mix-up with .docx. */
	if (f != DB_INPUT_TEXT && len >= 8 && !memcmp(raw, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return db_error(d, file, 0, 0, "a Word 97-2003 (.doc) or other OLE2 file: save it "
				"as .docx, PDF or text");
	if (!db_input_format_built(f))
		return db_error(d, file, 0, 0, "a %s report, but this duibiao was built without "
				"its reader (CMake option DB_READ_%s)", db_input_format_name(f),
				f == DB_INPUT_PDF ? "PDF" : f == DB_INPUT_DOCX ? "DOCX" : "HTML");
	switch (f) {
	case DB_INPUT_PDF:
		*detected = "utf-8";
		return db_read_pdf(raw, len, text, pages, file, d);
	case DB_INPUT_DOCX:
		*detected = "utf-8";
		return db_read_docx(raw, len, text, file, d);
	case DB_INPUT_HTML:
		return db_read_html(raw, len, encoding, text, detected, file, d);
	default:
		return db_decode(raw, len, encoding, text, detected, file, d);
	}
}

/* Readers not built: their formats are refused above. */
#ifndef DB_HAVE_PDF
int db_read_pdf(const char *raw, size_t len, db_buf *text, db_pages *pages, const char *file,
		db_diag *d)
{
	(void)raw, (void)len, (void)text, (void)pages;
	return db_error(d, file, 0, 0, "PDF reader not built");
}
#endif
#ifndef DB_HAVE_DOCX
int db_read_docx(const char *raw, size_t len, db_buf *text, const char *file, db_diag *d)
{
	(void)raw, (void)len, (void)text;
	return db_error(d, file, 0, 0, ".docx reader not built");
}
#endif
#ifndef DB_HAVE_HTML
int db_read_html(const char *raw, size_t len, const char *encoding, db_buf *text,
		 const char **detected, const char *file, db_diag *d)
{
	(void)raw, (void)len, (void)encoding, (void)text, (void)detected;
	return db_error(d, file, 0, 0, "HTML reader not built");
}
#endif

/* ---- pages ------------------------------------------------------------------ */

void db_pages_add(db_pages *p, size_t offset)
{
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->starts = db_xrealloc(p->starts, p->cap * sizeof *p->starts);
	}
	p->starts[p->len++] = offset;
}

int db_pages_at(const db_pages *p, size_t offset)
{
	size_t lo = 0, hi = p->len;   /* the last page starting at or before offset */
	if (!p->len)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->starts[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo + 1;
}

void db_pages_apply(const db_pages *p, db_records *rs)
{
	for (size_t i = 0; p->len && i < rs->len; i++)
		rs->items[i].source.page = db_pages_at(p, rs->items[i].source.offset);
}

void db_pages_release(db_pages *p)
{
	free(p->starts);
	*p = (db_pages)DB_PAGES_INIT;
}

void db_text_cut(db_buf *text, size_t keep)
{
	text->len = keep;
	if (text->data)
		text->data[keep] = '\0';
}

/* ---- building lines --------------------------------------------------------- */

bool db_is_cjk(unsigned cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) ||   /* radicals, CJK punctuation, kana, ideographs */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||   /* compatibility ideographs */
	       (cp >= 0xFE30 && cp <= 0xFE4F) ||   /* CJK compatibility forms */
	       (cp >= 0xFF00 && cp <= 0xFFEF) ||   /* full-width forms */
	       (cp >= 0x20000 && cp <= 0x3FFFF);   /* extension ideographs */
}

/* Whitespace a reader folds: ASCII, no-break, the typographic spaces and
 * the ideographic space (paragraph indents). */
static bool is_space(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
	       cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
	       cp == 0x3000;
}

/* Characters dropped: zero-width ones and a stray byte-order mark. */
static bool is_invisible(unsigned cp)
{
	return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
	       cp == 0xAD;
}

void db_textout_init(db_textout *o, db_buf *out)
{
	o->out = out;
	o->line_start = out->len;
	o->last = 0;
	o->space = false;
}

void db_textout_space(db_textout *o)
{
	o->space = true;
}

void db_textout_text(db_textout *o, const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i = 0;

	while (i < n) {
		size_t k = db_utf8_len(u + i, n - i);
		unsigned cp = k ? db_utf8_cp(u + i, k) : 0xFFFD;
		const char *bytes = k ? t + i : "\xEF\xBF\xBD";
		size_t nb = k ? k : 3;
		i += k ? k : 1;
		if (is_space(cp) || db_is_control(cp)) {
			o->space = true;
			continue;
		}
		if (is_invisible(cp))
			continue;
		if (o->space && o->last && !(db_is_cjk(o->last) && db_is_cjk(cp)))
			db_buf_putc(o->out, ' ');
		o->space = false;
		db_buf_add(o->out, bytes, nb);
		o->last = cp;
	}
}

void db_textout_cell(db_textout *o)
{
	size_t n = o->out->len - o->line_start;
	if (n && !(n >= 3 && !memcmp(o->out->data + o->out->len - 3, " | ", 3)))
		db_buf_puts(o->out, " | ");
	o->last = 0;
	o->space = false;
}

void db_textout_line(db_textout *o)
{
	db_buf *b = o->out;
	while (b->len - o->line_start >= 3 && !memcmp(b->data + b->len - 3, " | ", 3))
		b->len -= 3;
	if (b->len > o->line_start)
		db_buf_putc(b, '\n');
	else if (b->data)
		b->data[b->len] = '\0';
	o->line_start = b->len;
	o->last = 0;
	o->space = false;
}
