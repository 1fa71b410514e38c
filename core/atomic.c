/* atomic.c - all-or-nothing output files: write "PATH.tmpXXXXXX" beside the
 * target, fsync, rename over it. "-" means stdout, and a target that exists
 * and is not a regular file (/dev/null, a FIFO) is written in place: there
 * is nothing to roll back in either, and renaming over a device would
 * replace it. */
#include "core/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- temporaries a signal must not leave behind -------------------------
 * The one piece of global state in duibiao, because a signal handler can
 * reach nothing else: a fixed table of the temporary files not yet renamed
 * or removed. The handler may not allocate or lock, so the paths are copied
 * into the table, and a slot's path is complete before its flag is set
 * (signal fences keep the compiler from reordering the two). Creating a
 * temporary and registering it, and renaming or removing it and dropping
 * it, happen with the signals blocked, so a signal never finds a
 * temporary unregistered nor a registered name that is no longer ours. A
 * temporary that finds the table full is still removed on every ordinary
 * path, only not on a signal. */
#define PENDING_MAX 32

static char pending[PENDING_MAX][PATH_MAX];
static volatile sig_atomic_t pending_used[PENDING_MAX];

static const int cleanup_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM,
				       SIGXCPU, SIGXFSZ };
#define NSIGNALS (sizeof cleanup_signals / sizeof *cleanup_signals)

static void block_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < NSIGNALS; i++)
		sigaddset(&set, cleanup_signals[i]);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* The slot now holding path, or -1. */
static int pending_add(const char *path)
{
	size_t n = strlen(path);

	if (n >= PATH_MAX)
		return -1;
	for (int i = 0; i < PENDING_MAX; i++) {
		if (pending_used[i])
			continue;
		memcpy(pending[i], path, n + 1);
		atomic_signal_fence(memory_order_seq_cst);
		pending_used[i] = 1;
		return i;
	}
	return -1;
}

static void pending_drop(int slot)
{
	if (slot < 0)
		return;
	pending_used[slot] = 0;
	atomic_signal_fence(memory_order_seq_cst);
}

/* Async-signal-safe: unlink, rmdir and raise only. Files first, then the
 * private folders that held them (an unlink of a folder and an rmdir of a
 * file fail harmlessly). The disposition was reset on entry (SA_RESETHAND)
 * and the signal is blocked while the handler runs, so the raised signal
 * is delivered on return and ends the process as it would have ended
 * without the handler (exit status, core dump). */
static void on_signal(int sig)
{
	int saved = errno;

	for (int i = 0; i < PENDING_MAX; i++)
		if (pending_used[i])
			unlink(pending[i]);
	for (int i = 0; i < PENDING_MAX; i++)
		if (pending_used[i])
			rmdir(pending[i]);
	errno = saved;
	raise(sig);
}

int db_temp_mkdtemp(char *template)
{
	sigset_t old;
	int rc = 0, err;

	block_signals(&old);
	if (!mkdtemp(template))
		rc = -1;
	else
		pending_add(template);
	err = errno;
	restore_signals(&old);
	errno = err;
	return rc;
}

void db_temp_register(const char *path)
{
	sigset_t old;

	block_signals(&old);
	pending_add(path);
	restore_signals(&old);
}

void db_temp_remove(const char *path)
{
	sigset_t old;
	struct stat st;

	block_signals(&old);
	if (lstat(path, &st) == 0)
		(S_ISDIR(st.st_mode) ? rmdir : unlink)(path);
	for (int i = 0; i < PENDING_MAX; i++)
		if (pending_used[i] && !strcmp(pending[i], path))
			pending_drop(i);
	restore_signals(&old);
}

void db_atomic_cleanup_on_signals(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NSIGNALS; i++) {
		/* a signal ignored on entry stays ignored (nohup, a shell's
		 * background job): the caller chose that */
		if (sigaction(cleanup_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(cleanup_signals[i], &sa, NULL);
	}
}

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
	f->slot = -1;
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
	sigset_t old;
	block_signals(&old);
	if ((f->fd = mkstemp(f->tmp)) >= 0)
		f->slot = pending_add(f->tmp);
	int err = errno;
	restore_signals(&old);
	if (f->fd < 0) {
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
		sigset_t old;
		block_signals(&old);
		if (rename(f->tmp, f->path) < 0) {
			rc = db_error(d, f->path, 0, 0, "cannot rename temporary file: %s",
				      strerror(errno));
		} else {
			f->tmp[0] = '\0';   /* renamed: nothing left to remove */
			pending_drop(f->slot);
			f->slot = -1;
		}
		restore_signals(&old);
	}
	db_outfile_abort(f);
	return rc;
}

void db_outfile_abort(db_outfile *f)
{
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
	if (f->tmp && f->tmp[0]) {
		sigset_t old;
		block_signals(&old);
		unlink(f->tmp);
		pending_drop(f->slot);
		restore_signals(&old);
	}
	f->slot = -1;
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
