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
 * reach nothing else: a table of the temporary files not yet renamed or
 * removed. The handler may not allocate or lock, so it follows the table
 * as it stands: slots holding a copy of a path (or NULL), in chunks of 64
 * linked once zeroed and never freed, and a path is complete before its
 * slot names it (signal fences keep the compiler from reordering the
 * two). Creating a temporary and registering it, and renaming or removing
 * it and dropping it, happen with the signals blocked, so a signal never
 * finds a temporary unregistered nor a registered name that is no longer
 * ours. The table grows as needed: extract -o DIR/ keeps a temporary of
 * every report, closed, until all are made. */
#define PENDING_CHUNK 64

typedef struct pending_chunk {
	_Atomic(char *) path[PENDING_CHUNK];
	_Atomic(struct pending_chunk *) next;
	size_t used;             /* slots in use (not read by the handler) */
} pending_chunk;

_Static_assert(ATOMIC_POINTER_LOCK_FREE == 2, "a signal handler reads the table");

static pending_chunk pending;   /* the first chunk; later ones from the heap */

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

/* The slot (chunk × 64 + index) now holding a copy of path. */
static int pending_add(const char *path)
{
	char *copy = db_xstrdup(path);
	pending_chunk *c = &pending, *next;
	int base = 0;

	while (c->used == PENDING_CHUNK) {
		if (!(next = atomic_load_explicit(&c->next, memory_order_relaxed))) {
			next = db_xcalloc(1, sizeof *next);
			atomic_signal_fence(memory_order_seq_cst);
			atomic_store_explicit(&c->next, next, memory_order_relaxed);
		}
		c = next;
		base += PENDING_CHUNK;
	}
	for (int i = 0; i < PENDING_CHUNK; i++) {
		if (atomic_load_explicit(&c->path[i], memory_order_relaxed))
			continue;
		atomic_signal_fence(memory_order_seq_cst);
		atomic_store_explicit(&c->path[i], copy, memory_order_relaxed);
		c->used++;
		return base + i;
	}
	abort();   /* used < PENDING_CHUNK: a free slot exists */
}

static void pending_drop(int slot)
{
	pending_chunk *c = &pending;

	if (slot < 0)
		return;
	for (int k = slot / PENDING_CHUNK; k > 0; k--)
		c = atomic_load_explicit(&c->next, memory_order_relaxed);
	char *p = atomic_exchange_explicit(&c->path[slot % PENDING_CHUNK], NULL,
					   memory_order_relaxed);
	atomic_signal_fence(memory_order_seq_cst);
	if (p)
		c->used--;
	free(p);
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

	for (int pass = 0; pass < 2; pass++) {
		for (pending_chunk *c = &pending; c;
		     c = atomic_load_explicit(&c->next, memory_order_relaxed)) {
			for (int i = 0; i < PENDING_CHUNK; i++) {
				char *p = atomic_load_explicit(&c->path[i], memory_order_relaxed);
				if (p)
					(pass ? rmdir : unlink)(p);
			}
		}
	}
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
	int slot = 0;
	for (pending_chunk *c = &pending; c;
	     c = atomic_load_explicit(&c->next, memory_order_relaxed)) {
		for (int i = 0; i < PENDING_CHUNK; i++, slot++) {
			char *p = atomic_load_explicit(&c->path[i], memory_order_relaxed);
			if (p && !strcmp(p, path))
				pending_drop(slot);
		}
	}
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

bool db_output_in_place(const char *path)
{
	struct stat st;

	return !strcmp(path, "-") ||
	       (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
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
	memset(f, 0, sizeof *f);
	f->fd = -1;
	f->slot = -1;
	f->sink.write = sink_write;
	f->buf.sink = &f->sink;
	f->path = db_xstrdup(path);
	if (strcmp(path, "-") == 0)
		return 0;
	if (db_output_in_place(path)) {
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

int db_outfile_close(db_outfile *f, db_diag *d)
{
	int rc = 0;

	if (f->closed)
		return 0;
	if (db_buf_flush(&f->buf) < 0 || (f->fd < 0 && fflush(stdout) != 0) ||
	    (f->tmp && fsync(f->fd) < 0)) {
		int err = errno;
		rc = db_error(d, f->path, 0, 0, f->fd < 0 ? "cannot write to stdout: %s"
						       : "cannot write: %s", strerror(err));
	}
	if (f->fd >= 0 && close(f->fd) < 0 && rc == 0)
		rc = db_error(d, f->path, 0, 0, "cannot write: %s", strerror(errno));
	f->fd = -1;
	f->closed = true;
	f->buf.sink = NULL;
	db_buf_release(&f->buf);
	return rc;
}

int db_outfile_commit(db_outfile *f, db_diag *d)
{
	int rc = db_outfile_close(f, d);

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
