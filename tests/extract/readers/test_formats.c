/* test_formats.c - the format readers on small documents written here:
 * which reader a file gets, the line builder (no space between CJK, cells),
 * web pages (what is dropped, data and layout tables, <br>, <pre>, charsets,
 * a page cut off) and the page map. PDFs and .docx files made from real
 * reports are tests/formats/agree.py's. */
#include <string.h>

#include "extract/formats.h"
#include "harness.h"

static const char *html(const char *page, db_buf *out, int *rc)
{
	db_diag d = { 0 };
	const char *enc = NULL;
	db_buf_reset(out);
	*rc = db_read_html(page, strlen(page), NULL, out, &enc, "p.html", &d);
	return db_buf_cstr(out);
}

int main(void)
{
	db_buf out = DB_BUF_INIT;
	int rc;

	/* detection: bytes first, then the name */
	INT_EQ(DB_INPUT_PDF, db_input_detect("%PDF-1.7\n", 9, "r.txt"));
	INT_EQ(DB_INPUT_DOCX, db_input_detect("PK\3\4xx", 6, "r.txt"));
	INT_EQ(DB_INPUT_HTML, db_input_detect("\xEF\xBB\xBF <!DOCTYPE html><p>x", 26, "r.txt"));
	INT_EQ(DB_INPUT_HTML, db_input_detect("<div>全市</div>", 16, NULL));
	INT_EQ(DB_INPUT_TEXT, db_input_detect("<全市生产总值>增长6%", 24, NULL));
	INT_EQ(DB_INPUT_HTML, db_input_detect("全市生产总值", 18, "a/r.HTM"));
	INT_EQ(DB_INPUT_TEXT, db_input_detect("全市生产总值", 18, "r.txt"));

	/* the line builder: no space between CJK, cells, empty lines dropped */
	db_textout o;
	db_textout_init(&o, &out);
	db_textout_text(&o, "全市生产\n  总值 增长 5.7 %", strlen("全市生产\n  总值 增长 5.7 %"));
	db_textout_line(&o);
	db_textout_line(&o);
	db_textout_cell(&o);
	db_textout_text(&o, "粮食\xC2\xA0", 8);
	db_textout_cell(&o);
	db_textout_text(&o, "\xE2\x80\x8B" "726760", 9);
	db_textout_cell(&o);
	db_textout_line(&o);
	STR_EQ("全市生产总值增长 5.7 %\n粮食 | 726760\n", db_buf_cstr(&out));

	/* a web page: chrome dropped, blocks and <br> are lines, a data table */
	STR_EQ("一、综合\n全市生产总值增长5.7%，居全省第三位。\n第二行\n"
	       "指标 | 绝对数 | 增长(%)\n地区生产总值 | 392.6 | 5.7\n",
	       html("<html><head><title>标题</title><style>p{}</style></head><body>"
		    "<nav>首页 增长99%</nav><div class=\"main-nav\">栏目</div>"
		    "<div role=\"navigation\">导航</div><script>var a='增长99%';</script>"
		    "<h2>一、综合</h2><p>全市生产总值增长5.7%，\n  居全省第三位。<br>第二行</p>"
		    "<span hidden>增长99%</span><p style=\"display: none\">增长99%</p>"
		    "<table><tr><th>指标</th><th>绝对数</th><th>增长(%)</th></tr>"
		    "<tr><td>地区生产总值</td><td><b>392.6</b></td><td>5.7</td></tr></table>"
		    "<div id=\"footer\">版权所有 2023年</div><footer>增长99%</footer></body></html>",
		    &out, &rc));
	INT_EQ(0, rc);
	/* a layout table (one holding a table) is blocks; <pre> keeps its lines */
	STR_EQ("左栏\n甲 | 1\n<pre>之一\n之二\n",
	       html("<html><body><table><tr><td>左栏</td><td><table><tr><td>甲</td><td>1</td>"
		    "</tr></table></td></tr></table><pre>&lt;pre&gt;之一\n之二</pre></body></html>",
		    &out, &rc));
	/* GB2312 declared, GB18030 bytes: 全市 */
	html("<html><head><meta charset=gb2312></head><body><p>\xC8\xAB\xCA\xD0</p></body></html>",
	     &out, &rc);
	INT_EQ(0, rc);
	STR_EQ("全市\n", db_buf_cstr(&out));
	/* a page cut off: inside a tag, or <html> never closed; text untouched */
	db_buf_reset(&out);
	db_buf_puts(&out, "kept");
	db_diag d = { 0 };
	const char *enc;
	const char *cut = "<html><body><p>全市</p><sp";
	INT_EQ(-1, db_read_html(cut, strlen(cut), NULL, &out, &enc, "p.html", &d));
	OK(strstr(d.message, "ends inside a tag") != NULL);
	cut = "<html><body><p>全市</p>";
	INT_EQ(-1, db_read_html(cut, strlen(cut), NULL, &out, &enc, "p.html", &d));
	OK(strstr(d.message, "never closed") != NULL);
	STR_EQ("kept", db_buf_cstr(&out));

	/* the page map */
	db_pages p = DB_PAGES_INIT;
	INT_EQ(0, db_pages_at(&p, 5));
	db_pages_add(&p, 0);
	db_pages_add(&p, 100);
	db_pages_add(&p, 100);   /* a page without text */
	db_pages_add(&p, 250);
	INT_EQ(1, db_pages_at(&p, 0));
	INT_EQ(1, db_pages_at(&p, 99));
	INT_EQ(3, db_pages_at(&p, 100));
	INT_EQ(4, db_pages_at(&p, 1000));
	db_pages_release(&p);

	db_buf_release(&out);
	DB_TEST_END();
}
