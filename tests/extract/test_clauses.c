/* test_clauses.c - clause, sentence, part and segment splitting, with the
 * positions every record's source carries. */
#include <string.h>

#include "core/buf.h"
#include "core/diag.h"
#include "extract/extract_int.h"
#include "harness.h"

static const char *clause(const char *text, const db_clauses *cs, size_t i, char *buf)
{
	size_t n = cs->items[i].end - cs->items[i].start;
	memcpy(buf, text + cs->items[i].start, n);
	buf[n] = '\0';
	return buf;
}

int main(void)
{
	char buf[512];
	db_clauses cs = DB_CLAUSES_INIT;

	/* Chinese and half-width punctuation; ；makes parts, 。 sentences */
	const char *t1 = "今年一季度，全市生产总值同比增长5.7%，居全省第三位；1至4月增长8.4%。下一句,半角:逗号";
	db_clauses_split(t1, strlen(t1), &cs);
	INT_EQ(7, cs.len);
	STR_EQ("今年一季度", clause(t1, &cs, 0, buf));
	STR_EQ("全市生产总值同比增长5.7%", clause(t1, &cs, 1, buf));
	STR_EQ("1至4月增长8.4%", clause(t1, &cs, 3, buf));
	STR_EQ("半角", clause(t1, &cs, 5, buf));
	INT_EQ(cs.items[0].sentence, cs.items[2].sentence);
	INT_EQ(cs.items[0].part, cs.items[2].part);
	OK(cs.items[3].part != cs.items[2].part);
	INT_EQ(cs.items[2].sentence, cs.items[3].sentence);
	OK(cs.items[4].sentence != cs.items[3].sentence);
	db_clauses_release(&cs);

	/* a newline inside a sentence (page break) splits nothing; after 。
	 * it opens a new paragraph (segment) */
	const char *t2 = "创造最优良的发\n\n展环境，增长5%。\n第二段增长6%";
	db_clauses_split(t2, strlen(t2), &cs);
	INT_EQ(3, cs.len);
	STR_EQ("创造最优良的发\n\n展环境", clause(t2, &cs, 0, buf));
	INT_EQ(cs.items[0].segment, cs.items[1].segment);
	OK(cs.items[2].segment != cs.items[1].segment);
	INT_EQ(4, cs.items[2].line);
	INT_EQ(1, cs.items[2].column);
	db_clauses_release(&cs);

	/* list items open segments: 一是…, ——…, （三）… */
	const char *t3 = "总述。一是聚焦重点，2021年增长5%。二是提升能力。——重抓创新。（三）强化项目。";
	db_clauses_split(t3, strlen(t3), &cs);
	INT_EQ(6, cs.len);
	OK(cs.items[1].segment != cs.items[0].segment);
	INT_EQ(cs.items[1].segment, cs.items[2].segment);
	OK(cs.items[3].segment != cs.items[2].segment);
	OK(cs.items[4].segment != cs.items[3].segment);
	OK(cs.items[5].segment != cs.items[4].segment);
	db_clauses_release(&cs);

	/* a bullet at a line's start opens a list item: the line before
	 * (no punctuation at its end) ends there */
	const char *t7 = "●粮食产量达到312万吨\n●城乡居民收入稳步增长\n  ①新增就业3万人";
	db_clauses_split(t7, strlen(t7), &cs);
	INT_EQ(3, cs.len);
	STR_EQ("●粮食产量达到312万吨", clause(t7, &cs, 0, buf));
	OK(cs.items[1].segment != cs.items[0].segment);
	OK(cs.items[2].segment != cs.items[1].segment);
	db_clauses_release(&cs);

	/* a list marker after a heading without punctuation splits the line */
	const char *t4 = "一、充分肯定成绩\n（一）牢记嘱托";
	db_clauses_split(t4, strlen(t4), &cs);
	INT_EQ(2, cs.len);
	OK(cs.items[1].segment != cs.items[0].segment);
	db_clauses_release(&cs);

	/* a numbered heading without punctuation ends at its newline: the
	 * paragraph below starts on its own line */
	const char *t6 = "二、农 业\n全年粮食总产量18.7万吨。";
	db_clauses_split(t6, strlen(t6), &cs);
	INT_EQ(2, cs.len);
	STR_EQ("二、农 业", clause(t6, &cs, 0, buf));
	INT_EQ(2, cs.items[1].line);
	OK(cs.items[1].segment != cs.items[0].segment);
	db_clauses_release(&cs);

	/* a heading numbered 一、 in two parts with a comma between them ends
	 * at its newline too; a line that goes on to a figure on the line
	 * below does not */
	static const char *const two_part[] = {
		"二、正视差距，以更强担当推动发展\n今年以来，全县经济平稳。",
		"（二）工业平稳运行，规上工业增加值\n8.6亿元。",
	};
	for (int k = 0; k < 2; k++) {
		db_clauses_split(two_part[k], strlen(two_part[k]), &cs);
		const db_clause *last = &cs.items[cs.len - 1];
		INT_EQ(k ? 1 : 2, last->line);
		OK((last->segment != cs.items[1].segment) == !k);
		db_clauses_release(&cs);
	}

	/* thousands separators and times are not punctuation */
	const char *t5 = "收入1,234亿元，10:30开会";
	db_clauses_split(t5, strlen(t5), &cs);
	INT_EQ(2, cs.len);
	STR_EQ("收入1,234亿元", clause(t5, &cs, 0, buf));
	db_clauses_release(&cs);

	/* run-on text without punctuation: clauses end at a space or newline past
	 * 1024 bytes, anywhere past 1536 (at a character), sentences past 4096 */
	{
		db_buf run = DB_BUF_INIT;
		for (int i = 0; i < 600; i++)
			db_buf_puts(&run, i % 60 == 59 ? "生产总值增长10% " : "生产总值增长10%");
		db_clauses_split(db_buf_cstr(&run), run.len, &cs);
		OK(cs.len > 6);
		bool bounded = true, spaced = false;
		unsigned sentences = 1;
		size_t sentence_start = 0;
		for (size_t i = 0; i < cs.len; i++) {
			const db_clause *c = &cs.items[i];
			bounded &= c->end - c->start <= 1536 + 3;
			bounded &= ((unsigned char)run.data[c->start] & 0xC0) != 0x80;
			spaced |= c->end < run.len && run.data[c->end] == ' ';
			if (i && c->sentence != cs.items[i - 1].sentence) {
				sentences++;
				sentence_start = c->start;
			}
			bounded &= c->end - sentence_start <= 4096 + 1536 + 3;
		}
		OK(bounded);
		OK(spaced);
		OK(sentences > 2);
		db_clauses_release(&cs);
		db_buf_release(&run);
	}

	/* line and column agree with db_line_col for every clause of a real report */
	{
		FILE *f = fopen("examples/luoyang-jianxi-2022-01.txt", "rb");
		static char text[200000];
		size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
		bool all = n > 0;
		if (f)
			fclose(f);
		db_clauses_split(text, n, &cs);
		OK(cs.len > 500);
		for (size_t i = 0; i < cs.len; i++) {
			int l, c;
			db_line_col(text, n, cs.items[i].start, &l, &c);
			if (l != cs.items[i].line || c != cs.items[i].column) {
				all = false;
				fprintf(stderr, "clause %zu: %d:%d vs %d:%d\n", i, cs.items[i].line,
					cs.items[i].column, l, c);
				break;
			}
		}
		OK(all);

		/* split a batch at a time (emptied between batches): the same
		 * clauses, each batch at least `batch` long and the first
		 * reaching past the byte asked */
		for (size_t batch = 1; batch <= 1000; batch = batch * 7 + 2) {
			db_clauses part = DB_CLAUSES_INIT;
			db_splitter sp;
			size_t k = 0, batches = 0;
			bool same = true, more = true, first_past = true, long_enough = true;
			db_clauses_begin(&sp, text, n, &part);
			for (size_t past = 3000; more; past = 0, batches++) {
				part.len = 0;
				more = db_clauses_more(&sp, batch, past);
				long_enough &= !more || part.len >= batch;
				first_past &= !past || part.items[part.len - 1].end > past;
				for (size_t i = 0; i < part.len && same; i++, k++) {
					if (k >= cs.len) {
						same = false;
						break;
					}
					const db_clause *a = &part.items[i], *b = &cs.items[k];
					same = a->start == b->start && a->end == b->end &&
					       a->line == b->line && a->column == b->column &&
					       a->sentence == b->sentence && a->part == b->part &&
					       a->segment == b->segment;
				}
			}
			OK(same && k == cs.len);
			OK(long_enough && first_past);
			OK(batches >= cs.len / (batch + 1));
			db_clauses_release(&part);
		}
		db_clauses_release(&cs);
	}
	DB_TEST_END();
}
