/* fuzz_docx.c - bytes through the .docx reader (extract/docx.c). An input
 * that starts as a zip ("PK") is the whole file; anything else is
 * word/document.xml, put in a zip here (stored, with its CRC), so that the
 * fuzzer mutates the XML the walker reads rather than compressed bytes
 * whose checksum then fails. What reads must be UTF-8 text without control
 * characters, and must extract. */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

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

static void le(db_buf *b, unsigned long v, int n)
{
	for (int i = 0; i < n; i++)
		db_buf_putc(b, (char)((v >> (8 * i)) & 0xFF));
}

/* A zip of one stored member (APPNOTE 4.3): local header, data, central
 * directory, end record. */
static void stored_zip(db_buf *z, const char *name, const uint8_t *data, size_t size)
{
	unsigned long crc = crc32(0, data, (uInt)size);
	size_t nlen = strlen(name);
	le(z, 0x04034b50, 4), le(z, 20, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0x21, 2);
	le(z, crc, 4), le(z, size, 4), le(z, size, 4), le(z, nlen, 2), le(z, 0, 2);
	db_buf_add(z, name, nlen);
	db_buf_add(z, data, size);
	size_t cd = z->len;
	le(z, 0x02014b50, 4), le(z, 20, 2), le(z, 20, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0, 2);
	le(z, 0x21, 2), le(z, crc, 4), le(z, size, 4), le(z, size, 4), le(z, nlen, 2);
	le(z, 0, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0, 4), le(z, 0, 4);
	db_buf_add(z, name, nlen);
	size_t cdlen = z->len - cd;
	le(z, 0x06054b50, 4), le(z, 0, 2), le(z, 0, 2), le(z, 1, 2), le(z, 1, 2);
	le(z, cdlen, 4), le(z, cd, 4), le(z, 0, 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_buf zip = DB_BUF_INIT, text = DB_BUF_INIT;
	db_diag d;

	if (size >= 2 && data[0] == 'P' && data[1] == 'K')
		db_buf_add(&zip, data, size);
	else
		stored_zip(&zip, "word/document.xml", data, size);
	if (db_read_docx(db_buf_cstr(&zip), zip.len, &text, "fuzz.docx", &d) == 0)
		fuzz_reader_text(extractor, db_buf_cstr(&text), text.len, "docx");
	else if (text.len)
		abort();   /* a failed reader leaves the text as it was */
	db_buf_release(&text);
	db_buf_release(&zip);
	return 0;
}
