/* atomic.h - write an output file all at once (after git's lockfile.h): the
 * bytes go to "PATH.tmpXXXXXX" in the same folder, then fsync + rename, so a
 * reader sees the old file or the new one, never a partial one, and a failed
 * run leaves the previous output untouched. "-" writes to stdout. */
#ifndef DB_ATOMIC_H
#define DB_ATOMIC_H

#include <stddef.h>

#include "diag.h"

int db_write_file_atomic(const char *path, const void *data, size_t len, db_diag *d);

/* For writers that need a FILE-like target (cairo surfaces): reserve a temp
 * path beside path, let the caller write it, then commit (rename) or abort
 * (unlink). tmp must hold at least strlen(path)+16 bytes. */
int db_atomic_begin(const char *path, char *tmp, size_t tmpsz, db_diag *d);
int db_atomic_commit(const char *tmp, const char *path, db_diag *d);
void db_atomic_abort(const char *tmp);

#endif
