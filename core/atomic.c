/* atomic.c - all-or-nothing output files: write "PATH.tmpXXXXXX" beside the
 * target, fsync, rename over it. "-" means stdout (streamed, nothing to roll
 * back; db_atomic_begin stages it in a temp file copied out on commit). */
#include "core/atomic.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
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

int db_atomic_begin(const char *path, char *tmp, size_t tmpsz, db_diag *d)
{
	bool to_stdout = strcmp(path, "-") == 0;
	int n;
	if (to_stdout) {
		/* Staged in TMPDIR (or /tmp when that does not fit tmp). */
		const char *dir = getenv("TMPDIR");
		n = snprintf(tmp, tmpsz, "%s/dbXXXXXX", dir && *dir ? dir : "/tmp");
		if (n < 0 || (size_t)n >= tmpsz)
			n = snprintf(tmp, tmpsz, "/tmp/dbXXXXXX");
	} else {
		n = snprintf(tmp, tmpsz, "%s.tmpXXXXXX", path);
	}
	if (n < 0 || (size_t)n >= tmpsz)
		return db_error(d, path, 0, 0, "path too long");
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int err = errno;
		tmp[0] = '\0';
		return db_error(d, path, 0, 0, "cannot create temporary file: %s",
				strerror(err));
	}
	if (!to_stdout)
		fchmod(fd, target_mode(path));
	close(fd);
	return 0;
}

static int copy_to_stdout(const char *tmp, db_diag *d)
{
	FILE *f = fopen(tmp, "rb");
	if (!f)
		return db_error(d, "-", 0, 0, "cannot read %s: %s", tmp, strerror(errno));
	char chunk[65536];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (fwrite(chunk, 1, n, stdout) != n) {
			rc = db_error(d, "-", 0, 0, "cannot write to stdout: %s", strerror(errno));
			break;
		}
	fclose(f);
	if (rc == 0 && fflush(stdout) != 0)
		rc = db_error(d, "-", 0, 0, "cannot write to stdout: %s", strerror(errno));
	return rc;
}

int db_atomic_commit(const char *tmp, const char *path, db_diag *d)
{
	if (strcmp(path, "-") == 0) {
		int rc = copy_to_stdout(tmp, d);
		unlink(tmp);
		return rc;
	}
	int fd = open(tmp, O_RDONLY);
	if (fd < 0 || fsync(fd) < 0) {
		int err = errno;
		if (fd >= 0)
			close(fd);
		unlink(tmp);
		return db_error(d, path, 0, 0, "cannot sync temporary file: %s", strerror(err));
	}
	close(fd);
	if (rename(tmp, path) < 0) {
		int err = errno;
		unlink(tmp);
		return db_error(d, path, 0, 0, "cannot rename temporary file: %s", strerror(err));
	}
	return 0;
}

void db_atomic_abort(const char *tmp)
{
	if (tmp && *tmp)
		unlink(tmp);
}

int db_write_file_atomic(const char *path, const void *data, size_t len, db_diag *d)
{
	if (strcmp(path, "-") == 0) {
		if (len && fwrite(data, 1, len, stdout) != len)
			return db_error(d, "-", 0, 0, "cannot write to stdout: %s", strerror(errno));
		if (fflush(stdout) != 0)
			return db_error(d, "-", 0, 0, "cannot write to stdout: %s", strerror(errno));
		return 0;
	}
	size_t tmpsz = strlen(path) + 16;
	char *tmp = malloc(tmpsz);
	if (!tmp)
		return db_error(d, path, 0, 0, "out of memory");
	if (db_atomic_begin(path, tmp, tmpsz, d) < 0) {
		free(tmp);
		return -1;
	}
	int fd = open(tmp, O_WRONLY | O_TRUNC);
	if (fd < 0 || write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		int err = errno;
		if (fd >= 0)
			close(fd);
		db_atomic_abort(tmp);
		free(tmp);
		return db_error(d, path, 0, 0, "cannot write: %s", strerror(err));
	}
	if (close(fd) < 0) {
		int err = errno;
		db_atomic_abort(tmp);
		free(tmp);
		return db_error(d, path, 0, 0, "cannot write: %s", strerror(err));
	}
	if (rename(tmp, path) < 0) {
		int err = errno;
		db_atomic_abort(tmp);
		free(tmp);
		return db_error(d, path, 0, 0, "cannot rename temporary file: %s", strerror(err));
	}
	free(tmp);
	return 0;
}
