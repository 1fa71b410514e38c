/* buf.h - growable byte buffer (after git's strbuf).
 *
 *   db_buf b = DB_BUF_INIT;         // empty, owns nothing yet
 *   db_buf_puts(&b, "…");           // grows as needed; out of memory aborts
 *   char *s = db_buf_detach(&b, &n);// caller owns s (NUL-terminated), b is empty again
 *   db_buf_release(&b);             // frees what b owns, b is empty again
 *
 * b.data is always NUL-terminated once anything was added (b.data may be NULL
 * while b.len == 0; use db_buf_cstr for a never-NULL view). */
#ifndef DB_BUF_H
#define DB_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Where a streaming buffer's bytes go (see sink below). write returns 0, or
 * -1 with errno set; after a failure err holds that errno and later bytes
 * are dropped, so a writer checks once, at the end. */
typedef struct db_sink {
	int (*write)(struct db_sink *s, const void *p, size_t n);
	int err;
} db_sink;

typedef struct {
	char *data;
	size_t len;
	size_t cap;
	/* NULL for an ordinary buffer. When set, the buffer is write-only: once
	 * it holds DB_BUF_FLUSH_AT bytes and must grow, its bytes go to the sink
	 * and it starts again empty, so a writer of hundreds of megabytes needs
	 * a megabyte. Nothing may keep an offset into such a buffer. */
	db_sink *sink;
} db_buf;

#define DB_BUF_INIT { NULL, 0, 0, NULL }
#define DB_BUF_FLUSH_AT ((size_t)1 << 20)

void db_buf_grow(db_buf *b, size_t extra);
void db_buf_add(db_buf *b, const void *p, size_t n);
void db_buf_puts(db_buf *b, const char *s);
void db_buf_putc(db_buf *b, char c);
/* s as one CSV field (RFC 4180: quoted, with quotes doubled, only when it
 * holds a comma, quote or line break); NULL writes an empty field. */
void db_buf_csv_field(db_buf *b, const char *s);
/* How every CSV the program writes looks. By default a UTF-8 BOM and CRLF
 * line ends, which Excel and WPS on Chinese Windows need to read the
 * Chinese; plain (--csv-plain) is UTF-8 without BOM and LF line ends, for
 * scripts. zh (--headers zh) names the columns in Chinese; the values
 * (measure, status, qualifier codes) stay as they are in the JSON. */
typedef struct {
	bool plain;
	bool zh;
} db_csv_style;
#define DB_CSV_STYLE_INIT { false, false }
/* The BOM (unless plain) and the header line: n column names, en[i] or
 * zh[i]. s NULL is the default style. */
void db_csv_header(db_buf *b, const db_csv_style *s, const char *const *en,
		   const char *const *zh, size_t n);
/* The end of a line: CRLF, or LF when plain. */
void db_csv_eol(db_buf *b, const db_csv_style *s);
void db_buf_printf(db_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void db_buf_vprintf(db_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void db_buf_reset(db_buf *b);                 /* len = 0, keeps memory */
/* Hand what b holds to its sink (none: nothing happens); 0, or -1 with
 * errno set when the sink has failed, now or before. */
int db_buf_flush(db_buf *b);
/* Hand n bytes to s unless it has failed before; 0, or -1 with errno set. */
int db_sink_write(db_sink *s, const void *p, size_t n);
const char *db_buf_cstr(const db_buf *b);     /* "" when empty */
char *db_buf_detach(db_buf *b, size_t *len);  /* caller frees with free() */
void db_buf_release(db_buf *b);

/* Allocation helpers that abort with a message on out of memory. */
void *db_xmalloc(size_t n);
void *db_xcalloc(size_t n, size_t size);
void *db_xrealloc(void *p, size_t n);
char *db_xstrdup(const char *s);
char *db_xstrndup(const char *s, size_t n);

/* Read a whole file, or what an open descriptor (stdin: 0) holds until end
 * of file, into b (appending). Returns 0, or -1 with errno set. */
int db_buf_read_file(db_buf *b, const char *path);
int db_buf_read_fd(db_buf *b, int fd);
/* db_buf_read_file, but "-" is standard input (a file named - is ./-). */
int db_buf_read_path(db_buf *b, const char *path);
/* What messages call such a path: "<stdin>" for "-". */
const char *db_path_name(const char *path);

#endif
