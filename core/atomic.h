/* atomic.h - write an output file all at once (after git's lockfile.h): the
 * bytes go to "PATH.tmpXXXXXX" in the same folder, then fsync + rename, so a
 * reader sees the old file or the new one, never a partial one, and a failed
 * run leaves the previous output untouched. "-" writes to stdout, and a
 * target that is not a regular file (/dev/null, a FIFO) is written in place. */
#ifndef DB_ATOMIC_H
#define DB_ATOMIC_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "diag.h"

int db_write_file_atomic(const char *path, const void *data, size_t len, db_diag *d);

/* The same, streamed: a writer appends to f.buf, which hands each megabyte
 * to the temp file (or to stdout for "-"), and commit makes the file
 * appear. Write errors surface at commit. Commit or abort releases f.
 *
 *   db_outfile f;
 *   if (db_outfile_open(&f, path, &d) == 0) {
 *           db_tableset_write_json(&ts, &f.buf);
 *           rc = db_outfile_commit(&f, &d);
 *   } */
typedef struct {
	db_buf buf;
	db_sink sink;
	int fd;                  /* -1 for stdout, and once closed */
	char *path, *tmp;
	int slot;                /* the temporary's place in the signal table, or -1 */
	bool closed;
} db_outfile;

int db_outfile_open(db_outfile *f, const char *path, db_diag *d);
/* Write out what f holds and close its descriptor (fsync first), keeping
 * the temporary for a commit or an abort later: a program making many
 * files all or none (extract -o DIR/) keeps no descriptor and no buffer
 * per file. 0, or -1 with the write error in d (then abort f). */
int db_outfile_close(db_outfile *f, db_diag *d);
int db_outfile_commit(db_outfile *f, db_diag *d);
void db_outfile_abort(db_outfile *f);

/* Is path written in place rather than through a temporary: "-" (stdout),
 * or a file that exists and is neither a regular file nor a folder (a
 * device, a FIFO)? Nothing written there can be taken back. */
bool db_output_in_place(const char *path);

/* For a program (not a library): on SIGHUP, SIGINT, SIGQUIT, SIGTERM,
 * SIGPIPE, SIGALRM, SIGXCPU or SIGXFSZ remove every temporary file not yet
 * renamed or removed, then die of the signal as before. A signal ignored
 * when this is called stays ignored. A run killed by SIGKILL (or a power
 * cut) leaves its "PATH.tmpXXXXXX" behind: duibiao never reads such a file
 * and never deletes one it did not create in this run, since it cannot
 * tell its own from another's (a concurrent run's, or the user's). */
void db_atomic_cleanup_on_signals(void);

/* A private temporary folder for a program's own use (render -o - draws
 * into one): db_temp_mkdtemp makes it (mkdtemp(3): template ends in
 * XXXXXX; 0 or -1 with errno) and db_temp_register names a file to be made
 * inside it; both are removed by the signals above, files first.
 * db_temp_remove removes one (unlink or rmdir) on the ordinary path and
 * forgets it. */
int db_temp_mkdtemp(char *template);
void db_temp_register(const char *path);
void db_temp_remove(const char *path);

#endif
