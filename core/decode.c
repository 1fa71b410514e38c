/* decode.c - raw report bytes → UTF-8 text: BOM stripped, strict UTF-8
 * validation by hand, GB18030/GBK (and BOM-marked UTF-16) through iconv.
 * Binary data (NUL bytes) and invalid text are refused with the byte offset
 * of the first bad byte; on error `out` is left as it was. CRLF is kept, so
 * offsets into the decoded text match the file for UTF-8 input. */
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/decode.h"

/* Offset of the first byte that is not well-formed UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF), or len when all is valid. */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t need;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else {
			return i;
		}
		if (i + need >= len)
			return i; /* truncated at the end */
		if (s[i + 1] < lo || s[i + 1] > hi)
			return i;
		for (size_t k = 2; k <= need; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
		i += need + 1;
	}
	return len;
}

/* Convert with iconv; on failure returns -1 with *bad the input offset of
 * the offending byte. */
static int convert(const char *from, const char *raw, size_t len, db_buf *out, size_t *bad)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1) {
		*bad = 0;
		return -2;
	}
	char *in = (char *)raw;
	size_t inleft = len;
	int rc = 0;
	while (inleft > 0) {
		db_buf_grow(out, inleft * 2 + 16);
		char *o = out->data + out->len;
		size_t oleft = out->cap - out->len - 1;
		size_t r = iconv(cd, &in, &inleft, &o, &oleft);
		out->len = (size_t)(o - out->data);
		if (r == (size_t)-1 && errno != E2BIG) {
			*bad = (size_t)(in - raw);
			rc = -1;
			break;
		}
	}
	if (rc == 0) {
		/* flush any shift state */
		db_buf_grow(out, 16);
		char *o = out->data + out->len;
		size_t oleft = out->cap - out->len - 1;
		iconv(cd, NULL, NULL, &o, &oleft);
		out->len = (size_t)(o - out->data);
	}
	if (out->data)
		out->data[out->len] = '\0';
	iconv_close(cd);
	return rc;
}

static bool is_name(const char *enc, const char *a, const char *b, const char *c)
{
	return !strcasecmp(enc, a) || (b && !strcasecmp(enc, b)) || (c && !strcasecmp(enc, c));
}

bool db_decode_as_is(const char *raw, size_t len, const char *encoding)
{
	const unsigned char *s = (const unsigned char *)raw;
	if (encoding && strcasecmp(encoding, "auto") && !is_name(encoding, "utf-8", "utf8", NULL))
		return false;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return false;
	return !memchr(raw, '\0', len) && utf8_invalid_at(s, len) == len;
}

int db_decode(const char *raw, size_t len, const char *encoding, db_buf *out,
	      const char **detected, const char *file, db_diag *d)
{
	const unsigned char *s = (const unsigned char *)raw;
	size_t keep = out->len;
	bool want_utf8 = false, want_gb = false;
	if (!encoding || !strcasecmp(encoding, "auto"))
		;
	else if (is_name(encoding, "utf-8", "utf8", NULL))
		want_utf8 = true;
	else if (is_name(encoding, "gb18030", "gbk", "gb2312"))
		want_gb = true;
	else
		return db_error(d, file, 0, 0, "unknown encoding '%s' (utf-8, gb18030)", encoding);

	/* UTF-16 is recognised by its BOM only */
	if (!want_utf8 && !want_gb && len >= 2 &&
	    ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		const char *from = s[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		size_t bad;
		if (convert(from, raw + 2, len - 2, out, &bad) < 0) {
			out->len = keep;
			return db_error(d, file, 0, 0, "invalid %s at byte offset %zu", from, bad + 2);
		}
		if (memchr(out->data + keep, '\0', out->len - keep)) {
			out->len = keep;
			return db_error(d, file, 0, 0, "binary data (NUL character) is not a report");
		}
		*detected = s[0] == 0xFF ? "utf-16le" : "utf-16be";
		return 0;
	}

	const char *nul = memchr(raw, '\0', len);
	if (nul)
		return db_error(d, file, 0, 0, "binary data (NUL byte at byte offset %zu) is not a report",
				(size_t)(nul - raw));

	size_t skip = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		skip = 3;
	if (!want_gb) {
		size_t bad = utf8_invalid_at(s + skip, len - skip) + skip;
		if (bad == len) {
			db_buf_add(out, raw + skip, len - skip);
			if (!out->data)
				db_buf_grow(out, 1);
			out->data[out->len] = '\0';
			*detected = "utf-8";
			return 0;
		}
		if (want_utf8 || skip)
			return db_error(d, file, 0, 0, "invalid UTF-8 (byte 0x%02X) at byte offset %zu",
					s[bad], bad);
		/* not UTF-8: try GB18030, and blame whichever reading went further */
		size_t gbad;
		int rc = convert("GB18030", raw, len, out, &gbad);
		if (rc == 0) {
			*detected = "gb18030";
			return 0;
		}
		out->len = keep;
		if (out->data)
			out->data[keep] = '\0';
		if (rc == -1 && gbad > bad)
			return db_error(d, file, 0, 0,
					"invalid GB18030 (byte 0x%02X) at byte offset %zu", s[gbad], gbad);
		return db_error(d, file, 0, 0,
				"invalid UTF-8 (byte 0x%02X) at byte offset %zu (not GB18030 either)",
				s[bad], bad);
	}
	size_t gbad;
	int rc = convert("GB18030", raw, len, out, &gbad);
	if (rc < 0) {
		out->len = keep;
		if (out->data)
			out->data[keep] = '\0';
		if (rc == -2)
			return db_error(d, file, 0, 0, "iconv cannot convert from GB18030");
		return db_error(d, file, 0, 0, "invalid GB18030 (byte 0x%02X) at byte offset %zu",
				gbad < len ? s[gbad] : 0, gbad);
	}
	*detected = "gb18030";
	return 0;
}
