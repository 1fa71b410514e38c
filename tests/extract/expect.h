/* expect.h - what the extract rule tests share: extract a short text as a
 * document of an entity (某市 unless named; level, date and kind given; kind
 * may be NULL) and
 * compare every record, in order, one line each as the test's own line
 * writer prints it. */
#ifndef DB_TESTS_EXTRACT_EXPECT_H
#define DB_TESTS_EXTRACT_EXPECT_H

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract.h"
#include "harness.h"

typedef void (*record_line_fn)(const db_record *r, db_buf *b);

static void expect_entity_records(db_extractor *ex, record_line_fn line, const char *entity,
				  const char *kind, const char *date, const char *level,
				  const char *text, const char *want)
{
	db_records rs = DB_RECORDS_INIT;
	db_buf got = DB_BUF_INIT;
	db_diag d;
	rs.doc.file = "-";
	rs.doc.entity = entity;
	rs.doc.level = level;
	rs.doc.kind = kind;
	rs.doc.has_date = true;
	db_date_parse(date, &rs.doc.date);
	OK(db_extract_text(ex, text, strlen(text), &rs, &d) == 0);
	for (size_t i = 0; i < rs.len; i++)
		line(&rs.items[i], &got);
	if (strcmp(db_buf_cstr(&got), want))
		fprintf(stderr, "  text: %s\n", text);
	STR_EQ(want, db_buf_cstr(&got));
	db_buf_release(&got);
	db_records_release(&rs);
}

static void expect_records(db_extractor *ex, record_line_fn line, const char *kind,
			   const char *date, const char *level, const char *text, const char *want)
{
	expect_entity_records(ex, line, "某市", kind, date, level, text, want);
}

#endif
