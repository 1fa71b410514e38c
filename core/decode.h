/* decode.h - raw bytes → UTF-8 text, for every reader of text a user may
 * save in a legacy encoding: reports (extract) and the corrections CSV
 * (compare), which Excel on Chinese Windows saves in GBK. */
#ifndef DB_DECODE_H
#define DB_DECODE_H

#include <stddef.h>

#include "core/buf.h"
#include "core/diag.h"

/* Decode raw bytes to UTF-8: BOM stripped, CRLF kept as is (offsets refer to
 * the decoded text), GB18030/GBK detected and converted with iconv when the
 * bytes are not valid UTF-8. encoding: NULL/"auto", "utf-8", "gb18030".
 * *detected is set to a static string ("utf-8", "gb18030"). Invalid input or
 * binary data is an error naming the byte offset. */
int db_decode(const char *raw, size_t len, const char *encoding, db_buf *out,
	      const char **detected, const char *file, db_diag *d);
/* Would db_decode give raw as it is (valid UTF-8 of no NUL byte and no
 * byte order mark, read as UTF-8)? A caller that owns raw may then take
 * it as the text rather than a copy. */
bool db_decode_as_is(const char *raw, size_t len, const char *encoding);

#endif
