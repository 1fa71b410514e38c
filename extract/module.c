/* module.c - what lib/duibiao/read-FORMAT.so offers the program
 * (module.h): its one reader, chosen by DB_MODULE_PDF, _DOCX or _HTML. */
#include "extract/module.h"

const db_reader_module db_module = {
	DB_MODULE_HEAD(db_reader_module),
#ifdef DB_MODULE_PDF
	.pdf = db_read_pdf,
#endif
#ifdef DB_MODULE_DOCX
	.docx = db_read_docx,
#endif
#ifdef DB_MODULE_HTML
	.html = db_read_html,
#endif
};
