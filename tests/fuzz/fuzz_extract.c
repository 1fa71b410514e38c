/* fuzz_extract.c - arbitrary report bytes through what `duibiao extract`
 * does: decode (UTF-8, BOM, GB18030), extract, write the records JSON, which
 * must read back to the same bytes. The input's length picks the document
 * kind and whether unkeyed amounts are kept, so that one corpus reaches
 * every dating rule. */
#include "extract/sha256.h"
#include "tests/fuzz/fuzz.h"

static db_catalog catalog;
static db_extractor *extractor;

static const char *const kinds[] = { NULL, "gwr", "targets", "bulletin", "news", "plan",
				     "evaluation", "speech", "summary", "newspaper" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	extractor = fuzz_extractor(&catalog);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const size_t nkinds = sizeof(kinds) / sizeof(kinds[0]);
	db_records rs = DB_RECORDS_INIT;
	db_buf text = DB_BUF_INIT;
	const char *enc = NULL;
	db_diag d;

	db_extractor_keep_unkeyed_amounts(extractor, (size / nkinds) % 2);
	if (db_decode(size ? (const char *)data : "", size, NULL, &text, &enc, "fuzz.txt", &d) == 0) {
		db_sha256_hex(data, size, rs.doc.sha256);
		rs.doc.file = "fuzz.txt";
		rs.doc.entity = "三门峡市";
		rs.doc.level = "prefecture";
		rs.doc.province = "河南省";
		rs.doc.kind = kinds[size % nkinds];
		rs.doc.has_date = true;
		rs.doc.date = (db_date){ 2022, 5, 20 };
		rs.doc.encoding = enc;
		if (db_extract_text(extractor, db_buf_cstr(&text), text.len, &rs, &d) == 0)
			fuzz_records_round_trip(&rs);
	}
	db_records_release(&rs);
	db_buf_release(&text);
	return 0;
}
