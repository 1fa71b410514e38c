/* datadir.h - the program's data folders (fonts, message catalogs), found
 * relative to the executable so that an installed prefix may be moved, and
 * from the build tree for a program that was not installed. */
#ifndef DB_DATADIR_H
#define DB_DATADIR_H

#include <stdbool.h>

/* The folder rel names relative to the executable's folder (leading ../
 * taken off it: <prefix>/bin with "../share/x" is <prefix>/share/x) when
 * ok(folder) says it is the one; else, for an executable inside build_dir
 * (by device and inode, so symbolic links do not matter), build_alt when
 * ok(build_alt). NULL when none is found; looked (may be NULL; caller frees)
 * then receives the installed folder looked for, for messages. Caller frees
 * the result. */
char *db_data_dir(const char *rel, const char *build_dir, const char *build_alt,
		  bool (*ok)(const char *dir), char **looked);

#endif
