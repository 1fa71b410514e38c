/* formats.h - reports as they arrive: plain text, PDF, Word .docx and web
 * pages, each read into the one thing extraction sees — UTF-8 text, one
 * paragraph, list item or table row a line (cells separated by " | ") —
 * plus, for a PDF, where each page begins in that text.
 *
 *   db_input_format f = db_input_detect(raw, len, path);      // or forced
 *   db_buf text = DB_BUF_INIT; db_pages pages = DB_PAGES_INIT;
 *   db_read_report(raw, len, f, NULL, &text, &pages, &enc, file, &d);
 *   db_extract_text(x, text.data, text.len, &rs, &d);
 *   db_pages_apply(&pages, &rs);                               // source.page
 *   db_buf_release(&text); db_pages_release(&pages);
 *
 * Decoding stays apart from extraction: the extractor never knows which
 * format the text came from. Each reader is built when its library was
 * found (CMake options DB_READ_PDF, DB_READ_DOCX, DB_READ_HTML); a format
 * whose reader is not built is an error that says so. */
#ifndef DB_FORMATS_H
#define DB_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/record.h"

typedef enum {
	DB_INPUT_AUTO,   /* detect from the bytes (then the file name) */
	DB_INPUT_TEXT,
	DB_INPUT_PDF,
	DB_INPUT_DOCX,
	DB_INPUT_HTML,
} db_input_format;

/* "auto" "text" "pdf" "docx" "html" → *f; -1 for another name. */
int db_input_format_parse(const char *name, db_input_format *f);
/* The name the records' document.format carries ("text", "pdf" …). */
const char *db_input_format_name(db_input_format f);
/* Is the reader of f built into this program? */
bool db_input_format_built(db_input_format f);

/* The format of raw: "%PDF-" near the start is a PDF, a zip ("PK\3\4")
 * a Word document, markup (a leading tag with <html, <head, <body, <meta,
 * <div, <p, <table or <!doctype html in the first 4 KB) a web page; else a
 * name ending in .pdf .docx .html .htm says so; else text. Never fails:
 * the reader then says what is wrong with the bytes. */
db_input_format db_input_detect(const char *raw, size_t len, const char *name);

/* Where each page of a paged report begins in its text: starts[k] is the
 * byte offset of page k+1. len 0: not paged. */
typedef struct {
	size_t *starts;
	size_t len, cap;
} db_pages;
#define DB_PAGES_INIT { NULL, 0, 0 }
void db_pages_add(db_pages *p, size_t offset);
/* 1-based page of the byte at offset, 0 when not paged. */
int db_pages_at(const db_pages *p, size_t offset);
/* Set source.page of every record of rs from its source.offset. */
void db_pages_apply(const db_pages *p, db_records *rs);
void db_pages_release(db_pages *p);

/* Read raw (of format f, not AUTO) into text (appended, NUL-terminated)
 * and pages (PDF only). encoding: NULL/"auto", "utf-8", "gb18030" for text
 * and web pages (a web page's own BOM or meta charset is used otherwise).
 * *detected is a static string naming the encoding read ("utf-8",
 * "gb18030", "utf-16le" …). Returns 0, or -1 with d filled and text and
 * pages as they were. */
int db_read_report(const char *raw, size_t len, db_input_format f, const char *encoding,
		   db_buf *text, db_pages *pages, const char **detected, const char *file,
		   db_diag *d);

/* text->len = keep, NUL-terminated: what a failed reader leaves. */
void db_text_cut(db_buf *text, size_t keep);

/* The readers (formats.c dispatches to them; same contract as above). */
int db_read_pdf(const char *raw, size_t len, db_buf *text, db_pages *pages, const char *file,
		db_diag *d);
int db_read_docx(const char *raw, size_t len, db_buf *text, const char *file, db_diag *d);
int db_read_html(const char *raw, size_t len, const char *encoding, db_buf *text,
		 const char **detected, const char *file, db_diag *d);

/* What the readers share (formats.c): a line being built, cells joined by
 * " | ", whitespace folded to one space and dropped between two CJK
 * characters, control characters read as spaces. */
typedef struct {
	db_buf *out;
	size_t line_start;  /* where the current line begins in out */
	unsigned last;      /* the line's last character, 0 after a cell break */
	bool space;         /* whitespace seen since the last character */
} db_textout;
void db_textout_init(db_textout *o, db_buf *out);
/* Append UTF-8 text (n bytes; invalid bytes become U+FFFD). */
void db_textout_text(db_textout *o, const char *t, size_t n);
/* Whitespace before the next character (kept unless both sides are CJK). */
void db_textout_space(db_textout *o);
/* A cell boundary within the line (nothing at the start of a line). */
void db_textout_cell(db_textout *o);
/* End the line (nothing when it is empty). */
void db_textout_line(db_textout *o);
/* Is cp a character between which and another such no space is kept
 * (CJK ideographs, kana, CJK and full-width punctuation)? */
bool db_is_cjk(unsigned cp);

#endif
