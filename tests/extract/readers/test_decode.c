/* test_decode.c - db_decode: UTF-8 with and without BOM, GB18030 detected
 * and converted, CRLF kept, invalid bytes and binary data refused with the
 * byte offset, and the output left untouched on error. */
#include <iconv.h>
#include <stdio.h>
#include <string.h>

#include "core/decode.h"
#include "harness.h"

static int decode(const char *raw, size_t len, const char *enc, db_buf *out, const char **det,
		  db_diag *d)
{
	memset(d, 0, sizeof *d);
	return db_decode(raw, len, enc, out, det, "r.txt", d);
}

/* UTF-8 → GB18030 with iconv, so the test does not trust hand-typed bytes. */
static size_t to_gb(const char *utf8, char *out, size_t cap)
{
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	char *in = (char *)utf8, *o = out;
	size_t inleft = strlen(utf8), oleft = cap;
	OK(cd != (iconv_t)-1);
	OK(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
	iconv_close(cd);
	return (size_t)(o - out);
}

int main(void)
{
	db_buf out = DB_BUF_INIT;
	db_diag d;
	const char *det = NULL;
	const char *text = "今年一季度，全市生产总值同比增长5.7%\r\n居全省第三位\n";

	/* plain UTF-8, CRLF kept byte for byte */
	INT_EQ(0, decode(text, strlen(text), NULL, &out, &det, &d));
	STR_EQ("utf-8", det);
	INT_EQ(strlen(text), out.len);
	STR_EQ(text, out.data);

	/* BOM stripped */
	db_buf_reset(&out);
	char bom[256];
	snprintf(bom, sizeof bom, "\xEF\xBB\xBF%s", text);
	INT_EQ(0, decode(bom, strlen(bom), "auto", &out, &det, &d));
	STR_EQ("utf-8", det);
	STR_EQ(text, out.data);

	/* GB18030 detected and converted */
	char gb[512];
	size_t gl = to_gb(text, gb, sizeof gb);
	OK(gl < strlen(text)); /* two bytes a character instead of three */
	db_buf_reset(&out);
	INT_EQ(0, decode(gb, gl, NULL, &out, &det, &d));
	STR_EQ("gb18030", det);
	STR_EQ(text, out.data);
	/* hand-made GBK bytes: 中文 */
	db_buf_reset(&out);
	INT_EQ(0, decode("\xD6\xD0\xCE\xC4", 4, "gbk", &out, &det, &d));
	STR_EQ("中文", out.data);
	/* GB18030 forced */
	db_buf_reset(&out);
	INT_EQ(0, decode(gb, gl, "gb18030", &out, &det, &d));
	STR_EQ(text, out.data);

	/* forced UTF-8 on GB bytes: the first bad byte */
	db_buf_reset(&out);
	INT_EQ(-1, decode(gb, gl, "utf-8", &out, &det, &d));
	STR_EQ("r.txt", d.file);
	STR_EQ("invalid UTF-8 (byte 0xBD) at byte offset 0", d.message);
	INT_EQ(0, out.len);

	/* a stray byte in UTF-8 text that is not GB18030 either */
	char bad[64] = "增长5.7%";
	size_t bl = strlen(bad);
	bad[bl] = (char)0xFF;
	memcpy(bad + bl + 1, "居", 4);
	bl += 4;
	db_buf_puts(&out, "kept");
	INT_EQ(-1, decode(bad, bl, NULL, &out, &det, &d));
	STR_EQ("invalid UTF-8 (byte 0xFF) at byte offset 10 (not GB18030 either)", d.message);
	STR_EQ("kept", out.data); /* nothing half-written */
	INT_EQ(4, out.len);

	/* truncated sequence at the end */
	db_buf_reset(&out);
	INT_EQ(-1, decode("ab\xE5\xA2", 4, "utf-8", &out, &det, &d));
	STR_EQ("invalid UTF-8 (byte 0xE5) at byte offset 2", d.message);
	/* overlong and surrogate forms are not UTF-8 */
	INT_EQ(-1, decode("\xC0\xAF", 2, "utf-8", &out, &det, &d));
	INT_EQ(-1, decode("\xED\xA0\x80", 3, "utf-8", &out, &det, &d));

	/* binary: NUL bytes */
	db_buf_reset(&out);
	INT_EQ(-1, decode("abc\0def", 7, NULL, &out, &det, &d));
	STR_EQ("binary data (NUL byte at byte offset 3) is not a report", d.message);
	INT_EQ(0, out.len);

	/* UTF-16 with a BOM */
	db_buf_reset(&out);
	INT_EQ(0, decode("\xFF\xFE\x2D\x4E\x87\x65", 6, NULL, &out, &det, &d));
	STR_EQ("utf-16le", det);
	STR_EQ("中文", out.data);

	/* unknown encoding name */
	INT_EQ(-1, decode("a", 1, "latin-9", &out, &det, &d));
	STR_EQ("unknown encoding 'latin-9' (utf-8, gb18030)", d.message);

	/* the committed GB18030 fixture decodes to the same text as its UTF-8 twin */
	db_buf gbf = DB_BUF_INIT, u8f = DB_BUF_INIT, a = DB_BUF_INIT, b = DB_BUF_INIT;
	OK(db_buf_read_file(&gbf, "tests/extract/readers/gb18030.txt") == 0);
	OK(db_buf_read_file(&u8f, "tests/extract/readers/utf8.txt") == 0);
	INT_EQ(0, decode(gbf.data, gbf.len, NULL, &a, &det, &d));
	STR_EQ("gb18030", det);
	INT_EQ(0, decode(u8f.data, u8f.len, NULL, &b, &det, &d));
	STR_EQ("utf-8", det);
	OK(a.len == b.len && a.len > 0 && memcmp(a.data, b.data, a.len) == 0);

	db_buf_release(&gbf);
	db_buf_release(&u8f);
	db_buf_release(&a);
	db_buf_release(&b);
	db_buf_release(&out);
	DB_TEST_END();
}
