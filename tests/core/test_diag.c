/* test_diag.c - diagnostics filling, formatting, line/column. */
#include "core/diag.h"

#include "harness.h"

int main(void)
{
	db_diag d;
	char out[2048];
	INT_EQ(-1, db_error(&d, "report.txt", 3, 7, "unexpected %s", "token"));
	db_diag_format(&d, out, sizeof out);
	STR_EQ("report.txt:3:7: unexpected token", out);
	INT_EQ(-1, db_error(&d, "a.json", 0, 0, "cannot open: %s", "No such file or directory"));
	db_diag_format(&d, out, sizeof out);
	STR_EQ("a.json: cannot open: No such file or directory", out);
	db_error(&d, "a.csv", 12, 0, "bad action");
	db_diag_format(&d, out, sizeof out);
	STR_EQ("a.csv:12: bad action", out);
	db_error(&d, NULL, 0, 0, "no input");
	db_diag_format(&d, out, sizeof out);
	STR_EQ("no input", out);
	INT_EQ(-1, db_error(NULL, "x", 1, 1, "ignored"));
	/* a small output buffer truncates with "…", never overflows */
	char small[8];
	db_error(&d, "report.txt", 3, 7, "unexpected");
	db_diag_format(&d, small, sizeof small);
	STR_EQ("repo…", small);
	/* a message longer than its field ends between characters */
	char big[1100], huge[4000];
	memset(big, 0, sizeof big);
	for (size_t i = 0; i + 3 < sizeof big - 1; i += 3)
		memcpy(big + i, "字", 3);
	db_error(&d, NULL, 0, 0, "x%s", big);     /* 1 + 3k bytes: cut inside 字 */
	OK(strlen(d.message) < sizeof d.message);
	OK(strcmp(d.message + strlen(d.message) - 6, "字…") == 0);
	memset(huge, 'a', sizeof huge - 1);
	huge[sizeof huge - 1] = 0;
	memcpy(huge + 507, "路", 3);              /* 508 bytes would cut 路 */
	db_error(&d, huge, 0, 0, "m");
	INT_EQ(507 + 3, strlen(d.file));
	STR_EQ("a…", d.file + 506);

	int line, col;
	const char *t = "ab\n一二三x\n\nz";
	size_t len = strlen(t);
	db_line_col(t, len, 0, &line, &col);
	INT_EQ(1, line);
	INT_EQ(1, col);
	db_line_col(t, len, 2, &line, &col);
	INT_EQ(1, line);
	INT_EQ(3, col);
	db_line_col(t, len, 3, &line, &col);
	INT_EQ(2, line);
	INT_EQ(1, col);
	db_line_col(t, len, 12, &line, &col); /* 'x' after three 3-byte chars */
	INT_EQ(2, line);
	INT_EQ(4, col);
	db_line_col(t, len, 15, &line, &col);
	INT_EQ(4, line);
	INT_EQ(1, col);
	db_line_col(t, len, 999, &line, &col); /* clamped to the end */
	INT_EQ(4, line);
	INT_EQ(2, col);
	DB_TEST_END();
}
