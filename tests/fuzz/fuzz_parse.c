/* fuzz_parse.c - arbitrary bytes through the readers of `duibiao parse`
 * (extract/numbers.c, ranks.c, periods.c): every figure and every period
 * the text holds, read one after the other as the extractor does, then each
 * reader at every character of a short input. An input that starts with a
 * valid date and a newline ("2023-01-31\n…") is read against that date,
 * others against 2022-05-20. Readers must consume what they report (within
 * the text, past the starting position) and a period they resolve must be
 * valid and spell a token that reads back to it. */
#include <stdlib.h>
#include <string.h>

#include "core/period.h"
#include "extract/readers.h"
#include "tests/fuzz/fuzz.h"

#define EVERY_CHAR_MAX 256

static void check_period(const db_period_match *m, size_t pos, size_t len)
{
	char tok[DB_PERIOD_TOKEN_MAX];
	db_period back;

	if (m->end <= pos || m->end > len || m->start > m->end)
		abort();
	if (!m->has_period)
		return;
	if (!db_period_valid(&m->period) || db_period_parse(db_period_format(&m->period, tok), &back) < 0 ||
	    !db_period_eq(&back, &m->period))
		abort();
}

static void check_figure(const db_figure *f, size_t pos, size_t len)
{
	if (f->end <= pos || f->end > len || f->start > f->end || f->num_start > f->num_end ||
	    f->num_end > len || memchr(f->unit, '\0', sizeof(f->unit)) == NULL ||
	    memchr(f->scope, '\0', sizeof(f->scope)) == NULL || memchr(f->tier, '\0', sizeof(f->tier)) == NULL)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	db_date date = { 2022, 5, 20 };
	db_figure f;
	db_period_match m;
	size_t pos;

	if (size > 10 && data[10] == '\n') {
		char s[11];
		memcpy(s, data, 10);
		s[10] = '\0';
		if (db_date_parse(s, &date) == 0) {
			text += 11;
			size -= 11;
		}
	}
	for (pos = 0; pos < size && db_figure_next(text, size, pos, &f); pos = f.end)
		check_figure(&f, pos, size);
	for (int k = 0; k < 2; k++) {
		db_period_use use = k ? DB_PERIOD_FOR_STOCK : DB_PERIOD_FOR_FLOW;
		for (pos = 0; pos < size && db_period_next(text, size, pos, &date, use, &m); pos = m.end)
			check_period(&m, pos, size);
	}
	if (size > EVERY_CHAR_MAX)
		return 0;
	for (pos = 0; pos < size; pos++) {
		if (((unsigned char)text[pos] & 0xC0) == 0x80)
			continue;
		if (db_figure_read(text, size, pos, &f))
			check_figure(&f, pos, size);
		if (db_rank_read(text, size, pos, &f))
			check_figure(&f, pos, size);
		if (db_period_read(text, size, pos, &date, DB_PERIOD_FOR_FLOW, &m))
			check_period(&m, pos, size);
	}
	return 0;
}
