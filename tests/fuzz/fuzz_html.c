/* fuzz_html.c - bytes through the web-page reader (extract/html.c):
 * charset sniffing, decoding, the truncation check, libxml2's HTML parser
 * and the walk. What reads must be UTF-8 text without control characters,
 * and must extract; a failure leaves the text as it was. */
#include <stdlib.h>

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
	const char *enc = NULL;
	db_diag d;

	if (db_read_html(size ? (const char *)data : "", size, NULL, &text, &enc, "fuzz.html",
			 &d) == 0)
		fuzz_reader_text(extractor, db_buf_cstr(&text), text.len, "html");
	else if (text.len)
		abort();   /* a failed reader leaves the text as it was */
	db_buf_release(&text);
	return 0;
}
