/* fuzz_html.c - bytes through the web-page reader (extract/html.c):
 * charset sniffing, decoding, the truncation check, libxml2's HTML parser
 * and the walk. What reads must be UTF-8 text without control characters,
 * and must extract; a failure leaves the text as it was. */
#include <stdlib.h>

#include "core/text.h"
#include "extract/formats.h"
#include "tests/fuzz/fuzz.h"

static db_catalog catalog;
static db_extractor *extractor;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	extractor = fuzz_extractor(&catalog);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_buf text = DB_BUF_INIT;
	db_records rs = DB_RECORDS_INIT;
	const char *enc = NULL;
	db_diag d;
	unsigned cp;

	if (db_read_html(size ? (const char *)data : "", size, NULL, &text, &enc, "fuzz.html",
			 &d) == 0) {
		const char *t = db_buf_cstr(&text);
		if (db_utf8_invalid_at(t, text.len) != text.len || db_control_at(t, text.len, &cp) != text.len)
			abort();
		rs.doc.file = "fuzz.html";
		rs.doc.entity = "三门峡市";
		rs.doc.level = "prefecture";
		rs.doc.has_date = true;
		rs.doc.date = (db_date){ 2022, 5, 20 };
		rs.doc.encoding = enc;
		rs.doc.format = "html";
		db_extract_text(extractor, t, text.len, &rs, &d);
	} else if (text.len) {
		abort();
	}
	db_records_release(&rs);
	db_buf_release(&text);
	return 0;
}
