/* buf.c - growable byte buffer and the allocation helpers that abort on out
 * of memory (so no caller ever checks for NULL). */
#include "core/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(size_t n)
{
	fprintf(stderr, "duibiao: out of memory (%zu bytes)\n", n);
	abort();
}

void *db_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *db_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom(n * size);
	return p;
}

void *db_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *db_xstrdup(const char *s)
{
	return db_xstrndup(s, strlen(s));
}

char *db_xstrndup(const char *s, size_t n)
{
	size_t len = 0;
	while (len < n && s[len])
		len++;
	char *p = db_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

int db_sink_write(db_sink *s, const void *p, size_t n)
{
	if (n && !s->err && s->write(s, p, n) < 0)
		s->err = errno ? errno : EIO;
	if (!s->err)
		return 0;
	errno = s->err;
	return -1;
}

int db_buf_flush(db_buf *b)
{
	int rc;

	if (!b->sink)
		return 0;
	rc = db_sink_write(b->sink, b->data, b->len);
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
	return rc;
}

void db_buf_grow(db_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	if (b->sink && b->len >= DB_BUF_FLUSH_AT) {
		db_buf_flush(b);
		if (extra + 1 <= b->cap)
			return;
	}
	if (extra > (size_t)-1 / 2 - b->len)
		oom(extra);
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = db_xrealloc(b->data, cap);
	b->cap = cap;
}

void db_buf_add(db_buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap)   /* the call only when it must grow */
		db_buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void db_buf_puts(db_buf *b, const char *s)
{
	db_buf_add(b, s, strlen(s));
}

void db_buf_putc(db_buf *b, char c)
{
	db_buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void db_buf_csv_field(db_buf *b, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		db_buf_puts(b, s);
		return;
	}
	db_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			db_buf_putc(b, '"');
		db_buf_putc(b, *s);
	}
	db_buf_putc(b, '"');
}

void db_csv_header(db_buf *b, const db_csv_style *s, const char *const *en,
		   const char *const *zh, size_t n)
{
	if (!s || !s->plain)
		db_buf_puts(b, "\xEF\xBB\xBF");
	for (size_t i = 0; i < n; i++) {
		if (i)
			db_buf_putc(b, ',');
		db_buf_csv_field(b, s && s->zh ? zh[i] : en[i]);
	}
	db_csv_eol(b, s);
}

void db_csv_eol(db_buf *b, const db_csv_style *s)
{
	db_buf_puts(b, s && s->plain ? "\n" : "\r\n");
}

void db_buf_vprintf(db_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	char small[256];
	int n = vsnprintf(small, sizeof small, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		db_buf_add(b, small, (size_t)n);
		return;
	}
	db_buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void db_buf_printf(db_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	db_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void db_buf_reset(db_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

const char *db_buf_cstr(const db_buf *b)
{
	return b->data ? b->data : "";
}

char *db_buf_detach(db_buf *b, size_t *len)
{
	char *p = b->data ? b->data : db_xstrdup("");
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void db_buf_release(db_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int db_buf_read_fd(db_buf *b, int fd)
{
	struct stat st;

	/* A regular file's size is known: one buffer, read straight into it
	 * (anything else, a pipe, is read until end of file). */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		db_buf_grow(b, (size_t)st.st_size);
	for (;;) {
		if (b->cap - b->len < 2)   /* full (the last byte is for the NUL) */
			db_buf_grow(b, 65536);
		ssize_t n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		b->len += (size_t)n;
	}
	b->data[b->len] = '\0';
	return 0;
}

int db_buf_read_path(db_buf *b, const char *path)
{
	return strcmp(path, "-") ? db_buf_read_file(b, path) : db_buf_read_fd(b, STDIN_FILENO);
}

const char *db_path_name(const char *path)
{
	return strcmp(path, "-") ? path : "<stdin>";
}

int db_buf_read_file(db_buf *b, const char *path)
{
	int fd = open(path, O_RDONLY), rc, err;

	if (fd < 0)
		return -1;
	rc = db_buf_read_fd(b, fd);
	err = errno;
	close(fd);
	errno = err;
	return rc;
}
