/* module.c - finding the installation's folders relative to the program,
 * and loading its modules (module.h). */
#include "core/module.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/i18n.h"

char *db_exe_dir(void)
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

char *db_find_installed(const char *rel, const char *fallback, const char *build_dir,
			bool (*usable)(const char *dir), char **looked)
{
	if (looked)
		*looked = NULL;
	char *dir = db_exe_dir();
	if (!dir)
		return NULL;
	/* Each leading ../ of the relative path taken off the folder, so that
	 * messages name <prefix>/share/duibiao/fonts. */
	char *up = db_xstrdup(dir);
	for (char *slash; strncmp(rel, "../", 3) == 0 && (slash = strrchr(up, '/')); rel += 3)
		*slash = '\0';
	db_buf b = DB_BUF_INIT;
	db_buf_printf(&b, "%s/%s", up, rel);
	free(up);
	if (usable(b.data)) {
		free(dir);
		return db_buf_detach(&b, NULL);
	}
	if (looked)
		*looked = db_buf_detach(&b, NULL);
	else
		db_buf_release(&b);
	if (inside(dir, build_dir) && usable(fallback)) {
		free(dir);
		return db_xstrdup(fallback);
	}
	free(dir);
	return NULL;
}

static bool is_dir(const char *dir)
{
	struct stat st;
	return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The modules loaded so far (a handful at most), never unloaded: what
 * they allocated may outlive the call that loaded them. */
static struct loaded {
	char *name;
	const void *entry;
} loaded[8];
static size_t nloaded;

const void *db_module_load(const char *name, const char *what, size_t size, db_diag *d)
{
	for (size_t i = 0; i < nloaded; i++)
		if (!strcmp(loaded[i].name, name))
			return loaded[i].entry;

	char *looked;
	char *dir = db_find_installed(DB_REL_MODULE_DIR, DB_BUILD_MODULE_DIR, DB_BUILD_DIR, is_dir,
				      &looked);
	db_buf path = DB_BUF_INIT;
	db_buf_printf(&path, "%s/%s.so", dir ? dir : looked ? looked : DB_REL_MODULE_DIR, name);
	free(dir);
	free(looked);

	const db_module_head *head = NULL;
	void *h = NULL;
	what = _(what);
	if (access(path.data, F_OK) != 0) {
		db_error(d, NULL, 0, 0, "cannot load %s: %s is missing (reinstall duibiao)", what,
			 path.data);
	} else if (!(h = dlopen(path.data, RTLD_NOW | RTLD_LOCAL))) {
		db_error(d, NULL, 0, 0, "cannot load %s: %s", what, dlerror());
	} else if (!(head = dlsym(h, "db_module"))) {
		db_error(d, NULL, 0, 0, "cannot load %s: %s is not a duibiao module", what, path.data);
	} else if (strcmp(head->version, DB_VERSION) || head->size != size) {
		db_error(d, NULL, 0, 0, "cannot load %s: %s is of duibiao %s, not of this %s", what,
			 path.data, head->version, DB_VERSION);
		head = NULL;
	}
	if (!head) {
		if (h)
			dlclose(h);
		db_buf_release(&path);
		return NULL;
	}
	if (nloaded < sizeof loaded / sizeof *loaded) {
		loaded[nloaded].name = db_xstrdup(name);
		loaded[nloaded++].entry = head;
	}
	db_buf_release(&path);
	return head;
}
