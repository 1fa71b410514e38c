/* module.h - the report readers as modules (core/module.h): each of
 * lib/duibiao/read-pdf.so, read-docx.so and read-html.so exports this
 * table with its own reader set, and extract/load.c, linked into the
 * program instead of the readers, defines db_read_pdf, db_read_docx and
 * db_read_html (formats.h) to load the module and call through it. Tests
 * and fuzz targets link the readers themselves (dbread_pdf …). */
#ifndef DB_EXTRACT_MODULE_H
#define DB_EXTRACT_MODULE_H

#include "core/module.h"
#include "extract/formats.h"

typedef struct {
	db_module_head head;
	int (*pdf)(const char *raw, size_t len, db_buf *text, db_pages *pages, const char *file,
		   db_diag *d);
	int (*docx)(const char *raw, size_t len, db_buf *text, const char *file, db_diag *d);
	int (*html)(const char *raw, size_t len, const char *encoding, db_buf *text,
		    const char **detected, const char *file, db_diag *d);
} db_reader_module;

#endif
