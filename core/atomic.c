/* atomic.c - all-or-nothing output files: write "PATH.tmpXXXXXX" beside the
 * target, fsync, rename over it. "-" means stdout, and a target that exists
 * and is not a regular file (/dev/null, a FIFO) is written in place: there
 * is nothing to roll back in either, and renaming over a device would
 * replace it. */
#include "core/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The mode a new file would get: the target's own mode when it exists,
 * else 0666 minus the umask. */
static mode_t target_mode(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	mode_t mask = umask(022);
	umask(mask);
	return 0666 & ~mask;
}

/* The sink of an outfile: its file descriptor, or stdout. */
static int sink_write(db_sink *s, const void *p, size_t n)
{
	db_outfile *f = (db_outfile *)((char *)s - offsetof(db_outfile, sink));

	if (f->fd >= 0)
		return write_all(f->fd, p, n);
	return fwrite(p, 1, n, stdout) == n ? 0 : -1;
}

int db_outfile_open(db_outfile *f, const char *path, db_diag *d)
{
	struct stat st;

	memset(f, 0, sizeof *f);
	f->fd = -1;
	f->sink.write = sink_write;
	f->buf.sink = &f->sink;
	f->path = db_xstrdup(path);
	if (strcmp(path, "-") == 0)
		return 0;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		if ((f->fd = open(path, O_WRONLY)) < 0) {
			int err = errno;
			db_outfile_abort(f);
			return db_error(d, path, 0, 0, "cannot write: %s", strerror(err));
		}
		return 0;
	}
	size_t tmpsz = strlen(path) + 16;
	f->tmp = db_xmalloc(tmpsz);
	snprintf(f->tmp, tmpsz, "%s.tmpXXXXXX", path);
	if ((f->fd = mkstemp(f->tmp)) < 0) {
		int err = errno;
		f->tmp[0] = '\0';
		db_outfile_abort(f);
		return db_error(d, path, 0, 0, "cannot create temporary file: %s", strerror(err));
	}
	fchmod(f->fd, target_mode(path));
	return 0;
}

int db_outfile_commit(db_outfile *f, db_diag *d)
{
	int rc = 0;

	if (db_buf_flush(&f->buf) < 0 || (f->fd < 0 && fflush(stdout) != 0) ||
	    (f->tmp && fsync(f->fd) < 0)) {
		int err = errno;
		rc = db_error(d, f->path, 0, 0, f->fd < 0 ? "cannot write to stdout: %s"
						       : "cannot write: %s", strerror(err));
	}
	if (f->fd >= 0 && close(f->fd) < 0 && rc == 0)
		rc = db_error(d, f->path, 0, 0, "cannot write: %s", strerror(errno));
	f->fd = -1;
	if (rc == 0 && f->tmp) {
		if (rename(f->tmp, f->path) < 0)
			rc = db_error(d, f->path, 0, 0, "cannot rename temporary file: %s",
				      strerror(errno));
		else
			f->tmp[0] = '\0';   /* renamed: nothing left to remove */
	}
	db_outfile_abort(f);
	return rc;
}

void db_outfile_abort(db_outfile *f)
{
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
	if (f->tmp && f->tmp[0])
		unlink(f->tmp);
	free(f->tmp);
	free(f->path);
	f->tmp = f->path = NULL;
	f->buf.sink = NULL;
	db_buf_release(&f->buf);
}

int db_write_file_atomic(const char *path, const void *data, size_t len, db_diag *d)
{
	db_outfile f;

	if (db_outfile_open(&f, path, d) < 0)
		return -1;
	/* Straight to the file: no copy through the buffer. */
	db_sink_write(&f.sink, data, len);
	return db_outfile_commit(&f, d);
}
