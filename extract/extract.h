/* extract.h - the extract stage: decoded report text → records.
 *
 *   db_extractor *x = db_extractor_new(&catalog, &d);   // compiles patterns once
 *   db_records rs = DB_RECORDS_INIT;
 *   rs.doc.entity = "三门峡市"; … (the caller fills rs.doc)
 *   db_extract_text(x, text, len, &rs, &d);             // appends records
 *   db_records_release(&rs); db_extractor_free(x);
 *
 * The extractor borrows the catalog (it must outlive the extractor) and is
 * read-only during extraction, so one extractor serves many documents. */
#ifndef DB_EXTRACT_H
#define DB_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/decode.h"
#include "core/diag.h"
#include "core/record.h"

typedef struct db_extractor db_extractor;

db_extractor *db_extractor_new(const db_catalog *catalog, db_diag *d);
void db_extractor_free(db_extractor *x);

/* Replace the built-in word lists (extract/words.json) with those of the
 * file at path. Returns 0, or -1 with d filled (the old lists stay). */
int db_extractor_load_words(db_extractor *x, const char *path, db_diag *d);

/* Also emit the figures read but left unkeyed that records leave out
 * (metric NULL; amounts of labels outside the catalog with their unit as
 * written, parts, labels the word lists refuse, table cells of rows the
 * catalog lacks): what `extract --unkeyed` lists. Off by default: they are
 * then only counted (rs->unwritten). Either way the keyed records are the
 * same. */
void db_extractor_keep_unkeyed_amounts(db_extractor *x, bool keep);

/* Hand the records over as they are made, not all at the end: during an
 * extraction sink(rs, first, ctx) may be called, more than once, with
 * rs->items[first, rs->len) final (placed, said-again figures dropped,
 * the figures kept aside merged), in their order; they are the sink's to
 * read, change or filter, and leave rs when it returns. The records left
 * in rs when the extraction returns are the rest. A long report is then
 * not held as records whole. Reports whose records are decided over the
 * whole text (news, bulletins) are kept whole. sink NULL: none. */
typedef void db_records_sink(db_records *rs, size_t first, void *ctx);
void db_extractor_set_sink(db_extractor *x, db_records_sink *sink, void *ctx);

/* Normalize an entity name through the bundled division list (郑州 → 郑州市).
 * Returns the canonical name in a static table, or NULL when unknown; *level
 * receives its level (province prefecture county district) when known. */
const char *db_entity_normalize(const char *name, const char **level);

/* Extract every indicator of the decoded text into rs (appending). rs->doc
 * must hold the entity, level and date. */
int db_extract_text(db_extractor *x, const char *text, size_t len, db_records *rs,
		    db_diag *d);
/* The same from a text the caller no longer needs (text[len] must be
 * '\0'): what the walk reads, the text simplified, without glosses and
 * stray spaces and with its tables blanked, is made in it rather than in
 * copies (db_extract_text makes one). */
int db_extract_scratch(db_extractor *x, char *text, size_t len, db_records *rs,
		    db_diag *d);

#endif
