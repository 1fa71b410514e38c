/* typeset_main.c - `typeset IN.txt OUT.pdf [HEADER]`: a test document as
 * PDF (typeset.h), A6 or a little shorter, so that a short report takes
 * several pages and a paragraph runs over a page break; prints
 * "pages N split N rows N" (split: paragraphs carried over a page). */
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "tests/formats/typeset.h"

int main(int argc, char **argv)
{
	db_buf text = DB_BUF_INIT;
	typeset_opts o = { argc > 3 ? argv[3] : "对标测试文档", 298, 420, 10.5, 0 };
	typeset_stats st;

	if (argc < 3) {
		fputs("usage: typeset IN.txt OUT.pdf [HEADER]\n", stderr);
		return 2;
	}
	if (db_buf_read_file(&text, argv[1]) < 0) {
		perror(argv[1]);
		return 1;
	}
	/* a page a little shorter until a paragraph runs over a page break */
	int rc;
	do
		rc = typeset_pdf(db_buf_cstr(&text), text.len, &o, argv[2], &st);
	while (rc == 0 && (st.split == 0 || st.pages < 2) && (o.height -= 9) > 200);
	db_buf_release(&text);
	if (rc < 0)
		return 1;
	printf("pages %d split %d rows %d\n", st.pages, st.split, st.rows);
	return 0;
}
