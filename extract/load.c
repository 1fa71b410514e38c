/* load.c - the readers as the program has them: each loads its module,
 * lib/duibiao/read-FORMAT.so, on first use and calls its reader
 * (module.h). Only the readers built (DB_HAVE_*) are here; formats.c
 * refuses the others. */
#include "core/i18n.h"
#include "extract/module.h"

#if defined DB_HAVE_PDF || defined DB_HAVE_DOCX || defined DB_HAVE_HTML
static const db_reader_module *module(const char *name, const char *what, db_diag *d)
{
	return db_module_load(name, what, sizeof(db_reader_module), d);
}
#endif

#ifdef DB_HAVE_PDF
int db_read_pdf(const char *raw, size_t len, db_buf *text, db_pages *pages, const char *file,
		db_diag *d)
{
	const db_reader_module *m = module("read-pdf", N_("the PDF reader"), d);
	return m ? m->pdf(raw, len, text, pages, file, d) : -1;
}
#endif

#ifdef DB_HAVE_DOCX
int db_read_docx(const char *raw, size_t len, db_buf *text, const char *file, db_diag *d)
{
	const db_reader_module *m = module("read-docx", N_("the .docx reader"), d);
	return m ? m->docx(raw, len, text, file, d) : -1;
}
#endif

#ifdef DB_HAVE_HTML
int db_read_html(const char *raw, size_t len, const char *encoding, db_buf *text,
		 const char **detected, const char *file, db_diag *d)
{
	const db_reader_module *m = module("read-html", N_("the web page reader"), d);
	return m ? m->html(raw, len, encoding, text, detected, file, d) : -1;
}
#endif
