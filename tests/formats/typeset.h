/* typeset.h - test documents as PDF, typeset with the project's own cairo,
 * pango and fonts (render/fonts.h): each line of a text a paragraph with a
 * two-em first-line indent, wrapped and carried over pages; a line with
 * `|` a table row, its cells in aligned columns; a running header and a
 * page number on every page. For the format tests (tests/formats/) and the
 * PDF benchmark (bench/pdf_bench.c). */
#ifndef DB_TYPESET_H
#define DB_TYPESET_H

#include <stddef.h>

typedef struct {
	const char *header;   /* the running header */
	double width, height; /* page size in points */
	double font_size;     /* body text; table rows a little smaller */
	int repeat_pages;     /* > 0: repeat the text until this many pages */
} typeset_opts;

typedef struct {
	int pages;            /* pages written */
	int split;            /* paragraphs carried over a page break */
	int rows;             /* table rows */
} typeset_stats;

/* Typeset text (UTF-8, len bytes) into the PDF at path. Returns 0, or -1
 * with a message on stderr. */
int typeset_pdf(const char *text, size_t len, const typeset_opts *o, const char *path,
		typeset_stats *st);

#endif
