/* fuzz.h - what the libFuzzer targets of tests/fuzz share (fuzz.c): a
 * private temporary folder for readers that take a path, the project's own
 * files as fixtures, and the checks that what was read writes back the
 * same. Every target defines LLVMFuzzerTestOneInput, and
 * LLVMFuzzerInitialize when it loads fixtures (before any input, so that
 * their memory is no input's leak). Run them with `make fuzz`
 * (tests/fuzz/run.py), or one on a file to reproduce a finding:
 * build-fuzz/tests/fuzz/fuzz_NAME FILE. Anything unexpected aborts. */
#ifndef DB_FUZZ_H
#define DB_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "core/catalog.h"
#include "core/record.h"
#include "core/table.h"
#include "extract/extract.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The path of NAME in a folder of this process under $TMPDIR (made on first
 * use, removed at exit). Owned by fuzz.c; valid until the next call. */
const char *fuzz_path(const char *name);

/* Write data to fuzz_path(name) and return that path. */
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);

/* The bytes of a file of the source tree (path relative to its root),
 * NUL-terminated, *len set; the caller frees them. */
char *fuzz_fixture(const char *path, size_t *len);
/* A records or tables document of the source tree, read into *out. */
void fuzz_records_fixture(const char *path, db_records *out);
void fuzz_tables_fixture(const char *path, db_tableset *out);

/* The built-in catalog into *c and an extractor on it. */
db_extractor *fuzz_extractor(db_catalog *c);

/* Extract a short report written for these tests (a year's review, a
 * quarter, a target, ranks, a flattened table) with x, for the targets
 * that fuzz what the extractor is made of (catalog, word lists). */
void fuzz_sample_extract(db_extractor *x);

/* What a reader of another format (.docx, web page) wrote: it must be
 * UTF-8 without control characters (else abort), and it is extracted with
 * x as a document of that format. */
void fuzz_reader_text(db_extractor *x, const char *text, size_t len, const char *format);

/* Write as JSON, read back, write again: the same bytes. */
void fuzz_records_round_trip(const db_records *rs);
void fuzz_tables_round_trip(const db_tableset *ts);

#endif
