/* datadir.c - data folders relative to the executable (/proc/self/exe). */
#include "core/datadir.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"

/* The executable's folder (from /proc/self/exe), or NULL. */
static char *exe_dir(void)
{
	char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	if (n <= 0 || (size_t)n >= sizeof path - 1)
		return NULL;
	path[n] = '\0';
	char *slash = strrchr(path, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return db_xstrdup(path[0] ? path : "/");
}

/* Whether dir is build_dir or lies inside it (compared by device and
 * inode, so symbolic links in either path do not matter). */
static bool inside(const char *dir, const char *build_dir)
{
	struct stat want, st;
	if (stat(build_dir, &want) != 0)
		return false;
	char *p = db_xstrdup(dir);
	bool found = false;
	for (;;) {
		if (stat(p[0] ? p : "/", &st) == 0 && st.st_dev == want.st_dev && st.st_ino == want.st_ino) {
			found = true;
			break;
		}
		char *slash = strrchr(p, '/');
		if (!slash || !p[0])
			break;
		*slash = '\0';
	}
	free(p);
	return found;
}

char *db_data_dir(const char *rel, const char *build_dir, const char *build_alt,
		  bool (*ok)(const char *dir), char **looked)
{
	if (looked)
		*looked = NULL;
	char *dir = exe_dir();
	if (!dir)
		return NULL;
	/* Each leading ../ of the relative path taken off the folder, so that
	 * messages name <prefix>/share/…, not <prefix>/bin/../share/…. */
	char *up = db_xstrdup(dir);
	for (char *slash; strncmp(rel, "../", 3) == 0 && (slash = strrchr(up, '/')); rel += 3)
		*slash = '\0';
	db_buf b = DB_BUF_INIT;
	db_buf_printf(&b, "%s/%s", up, rel);
	free(up);
	if (ok(b.data)) {
		free(dir);
		return db_buf_detach(&b, NULL);
	}
	if (looked)
		*looked = db_buf_detach(&b, NULL);
	else
		db_buf_release(&b);
	bool in_build = inside(dir, build_dir);
	free(dir);
	return in_build && ok(build_alt) ? db_xstrdup(build_alt) : NULL;
}
