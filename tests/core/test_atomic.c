/* test_atomic.c - atomic output files: success, failure leaves the old file
 * and no temporary file behind. */
#include "core/atomic.h"

#include <dirent.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "harness.h"

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static char *slurp(const char *path)
{
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0)
		return NULL;
	return db_buf_detach(&b, NULL);
}

/* A signal while a temporary file is open removes it and ends the
 * process as the signal would have; the old output stays. The child waits
 * with its temporary holding a megabyte and more, the state a large write
 * is in. (No SIGQUIT here: it would dump a core.) */
static void check_signal(const char *dir, int sig, bool ignored)
{
	char path[300], c = 0;
	int fds[2], status = 0;
	db_diag d;

	snprintf(path, sizeof path, "%s/sig.json", dir);
	INT_EQ(0, db_write_file_atomic(path, "old\n", 4, &d));
	OK(pipe(fds) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		db_outfile f;
		close(fds[0]);
		if (ignored)
			signal(sig, SIG_IGN);
		db_atomic_cleanup_on_signals();
		if (db_outfile_open(&f, path, &d) < 0)
			_exit(3);
		for (int i = 0; i < 300000; i++)
			db_buf_puts(&f.buf, "partial\n");
		if (write(fds[1], "x", 1) != 1)
			_exit(4);
		sleep(ignored ? 1 : 30);
		db_outfile_abort(&f);
		_exit(0);
	}
	close(fds[1]);
	OK(read(fds[0], &c, 1) == 1);
	close(fds[0]);
	INT_EQ(2, count_entries(dir));   /* sig.json and the temporary */
	kill(pid, sig);
	waitpid(pid, &status, 0);
	if (ignored) {   /* ignored on entry: still ignored, the run goes on */
		OK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	} else {
		OK(WIFSIGNALED(status));
		INT_EQ(sig, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	}
	INT_EQ(1, count_entries(dir));   /* no temporary left */
	char *s = slurp(path);
	STR_EQ("old\n", s);
	free(s);
	unlink(path);
}

int main(void)
{
	char dir[] = "/tmp/dbatomicXXXXXX";
	OK(mkdtemp(dir) != NULL);
	char path[256], sub[256], subpath[400];
	snprintf(path, sizeof path, "%s/out.json", dir);
	db_diag d;

	INT_EQ(0, db_write_file_atomic(path, "first\n", 6, &d));
	char *s = slurp(path);
	STR_EQ("first\n", s);
	free(s);
	INT_EQ(0, db_write_file_atomic(path, "second\n", 7, &d));
	s = slurp(path);
	STR_EQ("second\n", s);
	free(s);
	INT_EQ(1, count_entries(dir));

	/* new files get the ordinary mode (not mkstemp's 0600) */
	struct stat st;
	mode_t mask = umask(022);
	umask(mask);
	OK(stat(path, &st) == 0);
	INT_EQ(0666 & ~mask, st.st_mode & 0777);

	/* an unwritable folder: the write fails, the old file stays, no temp */
	snprintf(sub, sizeof sub, "%s/ro", dir);
	OK(mkdir(sub, 0755) == 0);
	snprintf(subpath, sizeof subpath, "%s/t.json", sub);
	INT_EQ(0, db_write_file_atomic(subpath, "old\n", 4, &d));
	OK(chmod(sub, 0555) == 0);
	/* Root ignores folder permissions, so the write runs as nobody then. */
	int rc;
	if (geteuid() == 0) {
		OK(chmod(dir, 0755) == 0);
		pid_t pid = fork();
		if (pid == 0) {
			if (setgid(65534) < 0 || setuid(65534) < 0)
				_exit(3);
			rc = db_write_file_atomic(subpath, "new\n", 4, &d);
			_exit(rc == -1 && strcmp(d.message, "cannot create temporary file: "
						     "Permission denied") == 0 ? 0 : 1);
		}
		int status = 0;
		waitpid(pid, &status, 0);
		OK(WIFEXITED(status));
		INT_EQ(0, WEXITSTATUS(status));
	} else {
		rc = db_write_file_atomic(subpath, "new\n", 4, &d);
		INT_EQ(-1, rc);
		STR_EQ(subpath, d.file);
		STR_EQ("cannot create temporary file: Permission denied", d.message);
	}
	s = slurp(subpath);
	STR_EQ("old\n", s);
	free(s);
	INT_EQ(1, count_entries(sub));
	chmod(sub, 0755);

	/* a target that is a folder: rename fails, temp file removed */
	char asdir[300];
	snprintf(asdir, sizeof asdir, "%s/isdir", dir);
	OK(mkdir(asdir, 0755) == 0);
	snprintf(subpath, sizeof subpath, "%s/inner", asdir);
	OK(mkdir(subpath, 0755) == 0); /* non-empty: rename cannot replace it */
	rc = db_write_file_atomic(asdir, "x", 1, &d);
	INT_EQ(-1, rc);
	STR_EQ(asdir, d.file);
	OK(strncmp(d.message, "cannot rename temporary file: ", 30) == 0);
	INT_EQ(3, count_entries(dir)); /* out.json ro isdir */

	/* a missing folder */
	snprintf(subpath, sizeof subpath, "%s/missing/x.json", dir);
	INT_EQ(-1, db_write_file_atomic(subpath, "x", 1, &d));
	STR_EQ("cannot create temporary file: No such file or directory", d.message);

	/* streamed: megabytes through the buffer reach the temp file as they
	 * come, the target only at commit */
	db_outfile of;
	INT_EQ(0, db_outfile_open(&of, path, &d));
	for (int i = 0; i < 300000; i++)
		db_buf_puts(&of.buf, "line\n");
	INT_EQ(4, count_entries(dir));   /* out.json ro isdir + the temp file */
	OK(of.buf.len < DB_BUF_FLUSH_AT * 2);
	s = slurp(path);
	STR_EQ("second\n", s);            /* untouched until commit */
	free(s);
	INT_EQ(0, db_outfile_commit(&of, &d));
	s = slurp(path);
	OK(s && strlen(s) == 1500000 && !strncmp(s, "line\nline\n", 10));
	free(s);
	INT_EQ(3, count_entries(dir));
	INT_EQ(0, db_outfile_open(&of, path, &d));
	db_buf_puts(&of.buf, "fourth\n");
	db_outfile_abort(&of);
	INT_EQ(3, count_entries(dir));   /* no temp file left */
	s = slurp(path);
	OK(s && strlen(s) == 1500000);
	free(s);

	/* closed and kept: 150 temporaries (three chunks of the signal
	 * table), no descriptor open; an abort removes one, a commit renames
	 * the others, and a slot freed is used again */
	char many[] = "/tmp/dbatomicmanyXXXXXX", mp[300];
	OK(mkdtemp(many) != NULL);
	db_outfile fs[150];
	for (int i = 0; i < 150; i++) {
		snprintf(mp, sizeof mp, "%s/r%03d.json", many, i);
		INT_EQ(0, db_outfile_open(&fs[i], mp, &d));
		db_buf_printf(&fs[i].buf, "%d\n", i);
		INT_EQ(0, db_outfile_close(&fs[i], &d));
		OK(fs[i].fd == -1 && fs[i].buf.data == NULL);
	}
	INT_EQ(150, count_entries(many));
	db_outfile_abort(&fs[70]);
	INT_EQ(0, db_outfile_open(&fs[70], mp, &d));   /* r149's name, a new temporary */
	db_outfile_abort(&fs[70]);
	INT_EQ(149, count_entries(many));
	for (int i = 0; i < 150; i++)
		if (i != 70)
			INT_EQ(0, db_outfile_commit(&fs[i], &d));
	snprintf(mp, sizeof mp, "%s/r149.json", many);
	s = slurp(mp);
	STR_EQ("149\n", s);
	free(s);
	snprintf(mp, sizeof mp, "%s/r070.json", many);
	OK(access(mp, F_OK) != 0);
	for (int i = 0; i < 150; i++) {
		snprintf(mp, sizeof mp, "%s/r%03d.json", many, i);
		unlink(mp);
	}
	INT_EQ(0, count_entries(many));
	OK(rmdir(many) == 0);

	/* a device is written in place, never renamed over */
	if (access("/dev/null", W_OK) == 0) {
		INT_EQ(0, db_write_file_atomic("/dev/null", "x", 1, &d));
		OK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
	}

	/* signals: the temporary goes, the process dies of the signal */
	char sigdir[] = "/tmp/dbatomicsigXXXXXX";
	OK(mkdtemp(sigdir) != NULL);
	check_signal(sigdir, SIGTERM, false);
	check_signal(sigdir, SIGINT, false);
	check_signal(sigdir, SIGHUP, false);
	check_signal(sigdir, SIGPIPE, false);
	check_signal(sigdir, SIGHUP, true);
	OK(rmdir(sigdir) == 0);

	/* clean up */
	rmdir(subpath);
	snprintf(subpath, sizeof subpath, "%s/inner", asdir);
	rmdir(subpath);
	rmdir(asdir);
	snprintf(subpath, sizeof subpath, "%s/t.json", sub);
	unlink(subpath);
	rmdir(sub);
	unlink(path);
	OK(rmdir(dir) == 0);
	DB_TEST_END();
}
