/* test_golden.c - records in → tables out, compared byte for byte with the
 * reviewed files in tests/compare/golden/ (DB_UPDATE_GOLDEN=1 rewrites them;
 * review the diff line by line before keeping it). Also the error cases and
 * the determinism check: shuffled inputs give the same bytes. */
#include <unistd.h>

#include "fixture.h"

#define DATA "tests/compare/data/"

static const char *const all_files[] = {
	"sanmenxia.json", "jianxi.json", "luohe.json", "zhengzhou.json", "zhengzhou-late.json",
};
#define NFILES (sizeof(all_files) / sizeof(all_files[0]))

static db_catalog cat;
static db_records docs[NFILES];
static const db_records *views[NFILES];

static void load(void)
{
	fixture_load(DATA, all_files, NFILES, &cat, docs, views);
}

/* Run one comparison over docs and render it into out; returns the rc. */
static int run(const db_records *const *in, size_t n, const db_compare_opts *o, out_kind k,
	       db_buf *out, db_diag *d)
{
	return fixture_run(in, n, o, k, "郑州市", out, d);
}

static void case_golden(const char *name, const db_compare_opts *o, out_kind k)
{
	db_buf out = DB_BUF_INIT;
	db_diag d;

	memset(&d, 0, sizeof(d));
	INT_EQ(0, run(views, NFILES, o, k, &out, &d));
	if (d.message[0])
		fprintf(stderr, "%s: %s\n", name, d.message);
	golden(name, &out);
	db_buf_release(&out);
}

static void case_error(const db_compare_opts *o, const char *want)
{
	db_buf out = DB_BUF_INIT;
	db_diag d;
	char msg[2048];

	memset(&d, 0, sizeof(d));
	INT_EQ(-1, run(views, NFILES, o, OUT_JSON, &out, &d));
	db_diag_format(&d, msg, sizeof(msg));
	STR_EQ(want, msg);
	db_buf_release(&out);
}

/* A corrections file of the given lines (after the header) must fail with
 * want, which follows the file's name. */
static void case_fix_error(const db_compare_opts *base, const char *lines, const char *want)
{
	static const char header[] = "entity,metric,measure,period,status,action,value,unit,note\n";
	char path[] = "/tmp/duibiao-fix-XXXXXX", full[2048];
	db_compare_opts o = *base;
	int fd = mkstemp(path);

	OK(fd >= 0 && write(fd, header, strlen(header)) == (ssize_t)strlen(header) &&
	   write(fd, lines, strlen(lines)) == (ssize_t)strlen(lines));
	close(fd);
	o.overrides = path;
	snprintf(full, sizeof full, "%s%s", path, want);
	case_error(&o, full);
	unlink(path);
}

/* Corrections are read strictly: what a lax reader would take is refused
 * with its line (and column for bytes that are not text). */
static void case_fix_strict(const db_compare_opts *o)
{
	static const char k[] = "三门峡市,industrial_va,growth,2021,,set,";

	/* numbers: decimal only, and no more digits than a double holds */
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,0x10,%,\n",
		       ":2: set: value '0x10' is not a decimal number (digits, an optional point "
		       "and minus sign)");
	static const char *const not_decimal[] = { "1e1", "inf", " 10.8", "10.", ".5", "+3",
						    "－3", "1.2.3", "-" };
	for (size_t i = 0; i < sizeof not_decimal / sizeof *not_decimal; i++) {
		char line[200], want[300];
		snprintf(line, sizeof line, "%s%s,%%,\n", k, not_decimal[i]);
		snprintf(want, sizeof want, ":2: set: value '%s' is not a decimal number (digits, an "
			 "optional point and minus sign)", not_decimal[i]);
		case_fix_error(o, line, want);
	}
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,\"1,000\",%,\n",
		       ":2: set: value '1,000' is not a decimal number (digits, an optional point "
		       "and minus sign)");
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,10.123456789012345678,%,\n",
		       ":2: set: value '10.123456789012345678' has more digits than a number holds "
		       "(17 significant)");
	/* bytes that are not text, with their place */
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,10,%,a\xff\n",
		       ":2:43: neither UTF-8 nor GB18030 (byte 0xFF): save the file as UTF-8 text");
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,10,%,\x01\n",
		       ":2:42: control character (U+0001): not a text file");
	/* a column twice, a line longer than the header */
	char twice[] = "/tmp/duibiao-fix-XXXXXX", want[600];
	int fd = mkstemp(twice);
	static const char t[] = "entity,metric,measure,period,status,action,value,unit,value\n";
	OK(fd >= 0 && write(fd, t, strlen(t)) == (ssize_t)strlen(t));
	close(fd);
	db_compare_opts o2 = *o;
	o2.overrides = twice;
	snprintf(want, sizeof want, "%s:1: column 'value' given twice (fields 7 and 9)", twice);
	case_error(&o2, want);
	unlink(twice);
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,10.8,%,note,extra\n",
		       ":2: 10 fields, the header has 9");
	/* the key and entity match, the unit does not: say so, naming both */
	case_fix_error(o, "三门峡市,industrial_va,growth,2021,,set,10,亿元,\n",
		       ":2: set: the unit differs: the correction is in 亿元, the figure of "
		       "三门峡市 industrial_va:growth:2021 in %");
	/* what the analyst may have meant: the id, the place, the unit */
	case_fix_error(o, "三门峡市,industrial_av,growth,2021,,set,10,%,\n",
		       ":2: set matches no figure: 三门峡市 industrial_av:growth:2021 (industrial_av "
		       "is not a metric of the catalog; did you mean industrial_va?)");
	case_fix_error(o, "三门峡,industrial_va,growth,2021,,drop,,,\n",
		       ":2: drop matches no figure: 三门峡 industrial_va:growth:2021 (三门峡 is not "
		       "a place of the tables; did you mean 三门峡市?)");
	case_fix_error(o, "平顶山市,industrial_va,growth,2021,,set,10,亿元,\n",
		       ":2: set matches no figure: 平顶山市 industrial_va:growth:2021 (the tables give "
		       "it in %, not 亿元)");
	/* still fine: a minus, leading zeros, trailing zeros past 17 digits */
	db_compare_opts ok = *o;
	char good[] = "/tmp/duibiao-fix-XXXXXX";
	static const char g[] = "entity,metric,measure,period,status,action,value,unit,note\n"
				"三门峡市,industrial_va,growth,2021,,set,-010.50000000000000000000,%,\n";
	db_buf out = DB_BUF_INIT;
	db_diag d;
	fd = mkstemp(good);
	OK(fd >= 0 && write(fd, g, strlen(g)) == (ssize_t)strlen(g));
	close(fd);
	ok.overrides = good;
	INT_EQ(0, run(views, NFILES, &ok, OUT_JSON, &out, &d));
	OK(strstr(db_buf_cstr(&out), "\"value\":-10.5") != NULL);
	db_buf_release(&out);
	unlink(good);
}

/* The same records, documents in reverse order and each document's records
 * reversed and rotated: the output must not change by a byte. */
static void case_shuffled(const db_compare_opts *o, out_kind k)
{
	db_records sh[NFILES];
	const db_records *shv[NFILES];
	db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
	db_diag d;

	for (size_t i = 0; i < NFILES; i++) {
		const db_records *src = &docs[NFILES - 1 - i];
		db_records *dst = &sh[i];
		memset(dst, 0, sizeof(*dst));
		dst->doc = src->doc;
		for (size_t j = 0; j < src->len; j++)
			db_records_copy_in(dst, &src->items[(src->len - 1 - j + 3) % src->len]);
		shv[i] = dst;
	}
	INT_EQ(0, run(views, NFILES, o, k, &a, &d));
	INT_EQ(0, run(shv, NFILES, o, k, &b, &d));
	OK(a.len > 100);
	OK(a.len == b.len && !memcmp(a.data, b.data, a.len));
	for (size_t i = 0; i < NFILES; i++)
		db_records_release(&sh[i]);
	db_buf_release(&a);
	db_buf_release(&b);
}

/* Facts the golden files hold, checked by value so a careless golden
 * update cannot hide them. */
static void case_facts(void)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	const db_table *t;
	db_diag d;

	o.catalog = &cat;
	INT_EQ(0, db_compare(views, NFILES, &o, &ts, &d));
	t = db_tableset_find(&ts, "gdp:growth:2021");   /* ties: 1, 2, 2, 4 */
	OK(t != NULL);
	if (t && t->nrows == 4) {
		STR_EQ("漯河市", t->rows[0].entity);
		INT_EQ(1, t->rows[0].rank);
		STR_EQ("三门峡市", t->rows[1].entity);
		INT_EQ(2, t->rows[1].rank);
		STR_EQ("洛阳市涧西区", t->rows[2].entity);
		INT_EQ(2, t->rows[2].rank);
		STR_EQ("郑州市", t->rows[3].entity);
		INT_EQ(4, t->rows[3].rank);
		INT_EQ(2, t->rows[3].nsources);   /* equal values merged */
		INT_EQ(0, t->nconflicts);
		DBL_EQ(6.6, t->stats.median);
	} else {
		DB_T_REPORT(0, "gdp:growth:2021 should have 4 rows");
	}
	t = db_tableset_find(&ts, "gdp:level:2021");     /* 17462000万元 → 1746.2亿元 */
	OK(t && t->nrows == 3);
	if (t && t->nrows == 3) {
		STR_EQ("亿元", t->unit);
		DBL_EQ(12691.2, t->rows[0].value);      /* newest document */
		DBL_EQ(1746.2, t->rows[1].value);
		STR_EQ("at_least", db_qualifier_name(t->rows[2].qualifier));
		INT_EQ(1, t->nconflicts);
		STR_EQ("newest_document", t->conflicts[0].policy);
	}
	t = db_tableset_find(&ts, "pm25:level:2021");    /* better = lower */
	OK(t && t->nrows == 4);
	if (t && t->nrows == 4) {
		STR_EQ("郑州市", t->rows[0].entity);
		DBL_EQ(36, t->rows[0].value);
		STR_EQ("漯河市", t->rows[3].entity);
		INT_EQ(2, t->nconflicts);
	}
	t = db_tableset_find(&ts, "import_export:level:2021@unit=亿美元");
	OK(t && t->nrows == 2);
	if (t && t->nrows == 2) {
		DBL_EQ(12.3, t->rows[0].value);
		DBL_EQ(5, t->rows[1].value);       /* 50000万美元 */
		INT_EQ(0, t->nflags > 0 && !strcmp(t->flags[0], "mixed_levels"));
	}
	t = db_tableset_find(&ts, "industrial_va:growth:2021");
	OK(t && t->nrows == 5);
	if (t && t->nrows == 5) {
		STR_EQ("mixed_levels", t->flags[0]);
		STR_EQ("漯河市", t->rows[4].entity);
		STR_EQ("masked", t->rows[4].reason);
		INT_EQ(0, t->rows[4].rank);
		OK(!t->rows[4].has_value);
		STR_EQ("exact_over_approx", t->conflicts[0].policy);
	}
	t = db_tableset_find(&ts, "gdp:growth:2022Q1");
	OK(t && t->nrows == 3 && t->rows[2].reason && !strcmp(t->rows[2].reason, "rank_only"));
	OK(db_tableset_find(&ts, "industrial_va:growth:2022:target") != NULL);
	OK(db_tableset_find(&ts, "gdp:growth:2022M01-M04") == NULL);   /* one entity */
	db_tableset_release(&ts);
}

static void case_keys(void)
{
	db_diag d;

	INT_EQ(0, db_table_key_check("industrial_va:growth:2021", &d));
	INT_EQ(0, db_table_key_check("gdp:growth:2022:target:vs:2019", &d));
	INT_EQ(0, db_table_key_check("import_export:level:2021@unit=亿美元", &d));
	INT_EQ(-1, db_table_key_check("gdp:growth", &d));
	INT_EQ(-1, db_table_key_check("gdp:speed:2021", &d));
	INT_EQ(-1, db_table_key_check("gdp:growth:2021年", &d));
	INT_EQ(-1, db_table_key_check("gdp:growth:2021@colour=red", &d));
}

int main(void)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	static const char *const ents[] = { "三门峡市", "漯河市", "开封市" };
	static const char *const gdp[] = { "gdp" };
	static const char *const one[] = { "industrial_va:growth:2021" };
	static const char *const two[] = { "industrial_va:growth:2021", "gdp:level:2021" };

	load();
	o.catalog = &cat;
	case_golden("all.json", &o, OUT_JSON);
	case_golden("all.csv", &o, OUT_CSV);
	case_golden("coverage.json", &o, OUT_COVERAGE_JSON);
	case_golden("coverage.csv", &o, OUT_COVERAGE_CSV);
	case_golden("series.json", &o, OUT_SERIES);
	case_shuffled(&o, OUT_JSON);
	case_shuffled(&o, OUT_COVERAGE_JSON);
	case_shuffled(&o, OUT_SERIES);

	o.tables = one;
	o.ntables = 1;
	o.min_entities = 1;
	case_golden("table.csv", &o, OUT_CSV);

	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.entities = ents;
	o.nentities = 3;
	o.metrics = gdp;
	o.nmetrics = 1;
	o.min_entities = 1;
	case_golden("entity.json", &o, OUT_JSON);

	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.tables = two;
	o.ntables = 2;
	o.overrides = DATA "corrections.csv";
	case_golden("corrections.json", &o, OUT_JSON);
	case_shuffled(&o, OUT_JSON);

	o.overrides = DATA "corrections-unmatched.csv";
	case_error(&o, DATA "corrections-unmatched.csv:3: set matches no figure: 三门峡市 "
			    "gdp:growth:2020");
	o.overrides = DATA "corrections-add-exists.csv";
	case_error(&o, DATA "corrections-add-exists.csv:2: add: 三门峡市 already has a figure "
			    "for industrial_va; use set");
	o.overrides = DATA "corrections-add-short.csv";
	case_error(&o, DATA "corrections-add-short.csv:2: add: 三门峡 is not a place of the tables; "
			    "did you mean 三门峡市? (a new place takes its full name)");
	case_fix_strict(&o);
	o.overrides = DATA "nosuch.csv";
	case_error(&o, DATA "nosuch.csv: cannot read: No such file or directory");
	o.overrides = NULL;
	static const char *const none[] = { "rd_intensity:level:2021" };
	o.tables = none;
	o.ntables = 1;
	case_error(&o, "no table matches 'rd_intensity:level:2021'");

	case_facts();
	case_keys();
	for (size_t i = 0; i < NFILES; i++)
		db_records_release(&docs[i]);
	db_catalog_release(&cat);
	DB_TEST_END();
}
