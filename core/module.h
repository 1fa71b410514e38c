/* module.h - the parts of duibiao that need large libraries are modules of
 * their own, loaded when a command first needs them: the renderer (cairo,
 * Pango, fontconfig, libdeflate) and each report reader (poppler for PDF,
 * libzip and libxml2 for .docx, libxml2 for web pages). A command that
 * neither draws nor reads such a report then loads none of those libraries
 * and their dependencies, whose relocation was most of a small command's
 * time (docs/performance.md, Start-up).
 *
 *   const db_render_module *m = db_module_load("render", "the renderer",
 *                                              sizeof *m, &d);
 *
 * A module is NAME.so in lib/duibiao/ of the installation, found relative
 * to the program like its fonts (db_find_installed); a program inside its
 * build tree loads the build's. It exports one symbol, db_module: a struct
 * that begins with a db_module_head, then the functions it offers. The
 * module resolves what it uses of core/, extract/ and compare/ against the
 * program, which exports them (CMake ENABLE_EXPORTS). */
#ifndef DB_MODULE_H
#define DB_MODULE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

typedef struct {
	const char *version;  /* DB_VERSION of the build that made it */
	size_t size;          /* sizeof the whole struct db_module is */
} db_module_head;

#define DB_MODULE_HEAD(type) { DB_VERSION, sizeof(type) }

/* The db_module of module NAME (say "read-pdf"), loaded once and kept;
 * what ("the PDF reader") names it in messages; size is what the caller
 * expects of the struct. NULL with d filled when it is missing, does not
 * load or is of another build: the message names the file. */
const void *db_module_load(const char *name, const char *what, size_t size, db_diag *d);

/* The folder of the executable (from /proc/self/exe), or NULL; caller frees. */
char *db_exe_dir(void);

/* A folder of the installation: rel from the executable's folder
 * ("../share/duibiao/fonts" for <prefix>/bin/duibiao, wherever the prefix
 * was moved), else, for a program inside build_dir (its build tree),
 * fallback. The first for which usable(folder) holds, NULL when none;
 * *looked (caller frees; looked may be NULL) then names the installed
 * folder looked for (without the ../ of rel), or stays NULL when the
 * executable's folder is unknown. */
char *db_find_installed(const char *rel, const char *fallback, const char *build_dir,
			bool (*usable)(const char *dir), char **looked);

#endif
