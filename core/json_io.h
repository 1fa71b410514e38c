/* json_io.h - records, tables and manifests to and from JSON.
 *
 * Writers produce the exact layout of DESIGN.md: fixed key order, optional
 * fields omitted as documented, one record per line inside "records" and one
 * row per line inside "rows" (pretty at the top, compact within items), a
 * final newline. Readers accept any key order and whitespace, validate types
 * and enum words, and report the offending place in d. Reading then writing a
 * document written by duibiao gives the same bytes. */
#ifndef DB_JSON_IO_H
#define DB_JSON_IO_H

#include "buf.h"
#include "diag.h"
#include "json.h"
#include "record.h"
#include "table.h"

void db_records_write_json(const db_records *rs, db_buf *out);
/* The same a part at a time (records written as they are made): begin
 * writes up to the records array with w, records adds rs->items[first,
 * len) to it, end closes it. */
void db_records_json_begin(const db_records *rs, db_jw *w, db_buf *out);
void db_records_json_records(const db_records *rs, size_t first, db_jw *w);
void db_records_json_end(db_jw *w);
/* text/len is the whole document; file names it in diagnostics. A
 * document in the form duibiao writes is read straight from its text; any
 * other, and every faulty one, through a JSON tree, which names the
 * problem. */
int db_records_read_json(db_records *rs, const char *text, size_t len,
			 const char *file, db_diag *d);
/* The tree reader alone: the tests and the fuzzer check that both readers
 * take the same documents and give the same records. */
int db_records_read_json_tree(db_records *rs, const char *text, size_t len,
			      const char *file, db_diag *d);
/* db_records_read_json, leaving the sentences in the text when it reads the
 * document straight: source.text NULL, source.text_at where its string is,
 * for db_records_text_in to read from the same bytes later (compare of a
 * national corpus holds a million records, and their sentences were two
 * fifths of its memory). A document the tree reader takes keeps them. */
int db_records_read_json_lazy(db_records *rs, const char *text, size_t len,
			      const char *file, db_diag *d);
/* The sentence of s (text_at set) in text/len, the document read again,
 * decoded into out (NUL-terminated). -1 when what is there is not the
 * string the reader took for one (the file changed). */
int db_records_text_in(const char *text, size_t len, const db_source *s, db_buf *out);

void db_tableset_write_json(const db_tableset *ts, db_buf *out);
/* The same bytes table by table, for a writer that frees each table once
 * written (compare of a national corpus): begin, one call per table, end. */
void db_tables_write_begin(db_jw *w, db_buf *out);
void db_tables_write_one(db_jw *w, const db_table *t);
void db_tables_write_end(db_jw *w);
int db_tableset_read_json(db_tableset *ts, const char *text, size_t len,
			  const char *file, db_diag *d);

/* Manifest: {"documents":[{"file","entity","level","province","date","kind",
 * "title","publisher"}]}.
 * Paths in entries are resolved relative to the manifest's directory into
 * `path`; `file` keeps the text as written. */
typedef struct {
	const char *file;      /* as written in the manifest */
	const char *path;      /* resolved against the manifest's folder */
	const char *entity;
	const char *level;     /* may be NULL */
	const char *province;  /* may be NULL */
	const char *kind;      /* gwr targets bulletin news plan evaluation speech; may be NULL */
	const char *title;     /* 三门峡市2022年政府工作报告: what a citation names; may be NULL */
	const char *publisher; /* 三门峡市人民政府; may be NULL */
	bool has_date;
	db_date date;
} db_manifest_entry;

typedef struct {
	db_arena arena;
	db_manifest_entry *items;
	size_t len;
	const char *path;      /* the manifest file itself */
} db_manifest;

/* A document's file must stay inside the manifest's folder (no absolute
 * path, no ".." that climbs above it; symbolic links are not followed, so a
 * folder of links to a shared corpus works) unless flags has
 * DB_MANIFEST_ALLOW_OUTSIDE: a manifest from elsewhere cannot make a run
 * read, and name in its outputs, files the user did not mean to give. */
enum { DB_MANIFEST_ALLOW_OUTSIDE = 1 };
int db_manifest_load(db_manifest *m, const char *path, unsigned flags, db_diag *d);
void db_manifest_release(db_manifest *m);

#endif
