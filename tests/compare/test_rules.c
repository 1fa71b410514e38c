/* test_rules.c - one golden test per rule of the compare stage, on records
 * made to exercise it (tests/compare/data/rules/: 甲市 in two reports of
 * different dates, 乙市, 丁市 and the county 丙县). Each rule is checked
 * twice: by the reviewed golden files (records in → tables out, byte for
 * byte; DB_UPDATE_GOLDEN=1 rewrites them) and by value below, so that a
 * careless golden update cannot hide a broken rule. */
#include "fixture.h"

#define DATA "tests/compare/data/rules/"

static const char *const files[] = {
	"jia.json", "jia-late.json", "yi.json", "bing.json", "ding.json",
};
#define NFILES (sizeof(files) / sizeof(files[0]))

static db_catalog cat;
static db_records docs[NFILES];
static const db_records *views[NFILES];

static void load(void)
{
	fixture_load(DATA, files, NFILES, &cat, docs, views);
}

static int run(const db_records *const *in, const db_compare_opts *o, out_kind k, db_buf *out,
	       db_diag *d)
{
	return fixture_run(in, NFILES, o, k, "甲市", out, d);
}

static void case_golden(const char *name, const db_compare_opts *o, out_kind k)
{
	db_buf out = DB_BUF_INIT;
	db_diag d;

	memset(&d, 0, sizeof(d));
	INT_EQ(0, run(views, o, k, &out, &d));
	if (d.message[0])
		fprintf(stderr, "%s: %s\n", name, d.message);
	golden(name, &out);
	db_buf_release(&out);
}

/* Every document's records in another order, the documents in another
 * order: the bytes must not change. Three different shuffles. */
static void case_shuffled(const db_compare_opts *o, out_kind k)
{
	db_buf a = DB_BUF_INIT;
	db_diag d;

	INT_EQ(0, run(views, o, k, &a, &d));
	OK(a.len > 100);
	for (unsigned seed = 1; seed <= 3; seed++) {
		db_records sh[NFILES];
		const db_records *shv[NFILES];
		db_buf b = DB_BUF_INIT;
		unsigned long long rng = 0x2545F4914F6CDD1Dull * seed;
		for (size_t i = 0; i < NFILES; i++) {
			const db_records *src = &docs[(i + seed) % NFILES];
			size_t n = src->len, perm[64];
			memset(&sh[i], 0, sizeof(sh[i]));
			sh[i].doc = src->doc;
			for (size_t j = 0; j < n; j++)
				perm[j] = j;
			for (size_t j = n; j > 1; j--) {   /* Fisher–Yates */
				size_t pick, tmp;
				rng ^= rng << 13;
				rng ^= rng >> 7;
				rng ^= rng << 17;
				pick = (size_t)(rng % j);
				tmp = perm[j - 1];
				perm[j - 1] = perm[pick];
				perm[pick] = tmp;
			}
			for (size_t j = 0; j < n; j++)
				db_records_copy_in(&sh[i], &src->items[perm[j]]);
			shv[i] = &sh[i];
		}
		INT_EQ(0, run(shv, o, k, &b, &d));
		DB_T_REPORT(a.len == b.len && !memcmp(a.data, b.data, a.len),
			    "shuffle %u (kind %d) changed the output", seed, (int)k);
		for (size_t i = 0; i < NFILES; i++)
			db_records_release(&sh[i]);
		db_buf_release(&b);
	}
	db_buf_release(&a);
}

/* The keys of the tables o selects, joined by spaces. */
static const char *keys_of(const db_compare_opts *o)
{
	static char out[4096];
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d;
	size_t n = 0;

	out[0] = '\0';
	if (db_compare(views, NFILES, o, &ts, &d) < 0) {
		snprintf(out, sizeof(out), "error: %s", d.message);
		db_tableset_release(&ts);   /* a failed run may leave tables in ts */
		return out;
	}
	for (size_t i = 0; i < ts.len && n < sizeof(out); i++)
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%s", i ? " " : "", ts.items[i].key);
	db_tableset_release(&ts);
	return out;
}

static const db_row *row_of(const db_table *t, const char *entity)
{
	for (size_t i = 0; t && i < t->nrows; i++)
		if (!strcmp(t->rows[i].entity, entity))
			return &t->rows[i];
	return NULL;
}

#define ROW(t, e, want_rank, want_value)                                   \
	do {                                                               \
		const db_row *r_ = row_of(t, e);                           \
		OK(r_ != NULL);                                            \
		if (r_) {                                                  \
			INT_EQ(want_rank, r_->rank);                       \
			OK(r_->has_value);                                 \
			DBL_EQ(want_value, r_->value);                     \
		}                                                          \
	} while (0)

static bool has_flag(const db_table *t, const char *flag)
{
	for (size_t i = 0; t && i < t->nflags; i++)
		if (!strcmp(t->flags[i], flag))
			return true;
	return false;
}

/* Key: every part of (metric, measure, basis, of, vs, note, period, status)
 * makes a table of its own, named by the short key and its @ parts. */
static void case_key(const db_tableset *ts)
{
	const db_table *t;

	t = db_tableset_find(ts, "gdp:growth:2021:avg2y");          /* basis */
	OK(t && t->nrows == 2);
	ROW(t, "甲市", 1, 5.2);
	t = db_tableset_find(ts, "gdp:share:2021@of=全省");         /* of */
	OK(t && t->nrows == 2 && !strcmp(t->of, "全省"));
	OK(db_tableset_find(ts, "gdp:share:2021@of=全市") != NULL);
	t = db_tableset_find(ts, "gdp:gap_pp:2021@vs=全国");        /* vs */
	ROW(t, "甲市", 1, 1.4);
	ROW(t, "丁市", 2, 0.3);
	OK(db_tableset_find(ts, "gdp:gap_pp:2021@vs=全省") != NULL);
	t = db_tableset_find(ts, "budget_revenue:growth:2022Q1@note=扣除留抵退税因素后");
	ROW(t, "甲市", 1, 8.1);                                    /* note */
	t = db_tableset_find(ts, "budget_revenue:growth:2022Q1");
	ROW(t, "甲市", 3, -3.2);
	ROW(t, "丙县", 1, 2);          /* written 2022M01-M03: the same period */
	OK(db_tableset_find(ts, "gdp:growth:2022:target") == NULL);  /* status: one entity */
}

/* Units: one per table, the catalog's, converted exactly; a foreign
 * currency is a table of its own in the largest unit it is written in. */
static void case_units(const db_tableset *ts)
{
	const db_table *t;

	t = db_tableset_find(ts, "budget_revenue:level:2021");
	OK(t && !strcmp(t->unit, "亿元"));
	ROW(t, "乙市", 2, 98.7654321);    /* 9876543210元 */
	ROW(t, "丙县", 3, 45.6);          /* 456000万元 */
	t = db_tableset_find(ts, "population:level:2021");
	OK(t && !strcmp(t->unit, "万人"));
	ROW(t, "甲市", 1, 234.5678);      /* 2345678人 */
	ROW(t, "丙县", 3, 98.7654);       /* 987654人 */
	t = db_tableset_find(ts, "urban_income:level:2021");
	OK(t && !strcmp(t->unit, "元"));
	ROW(t, "乙市", 2, 42000);         /* 4.2万元 */
	t = db_tableset_find(ts, "import_export:level:2021@unit=亿美元");
	OK(t && !strcmp(t->unit, "亿美元") && has_flag(t, "foreign_unit"));
	ROW(t, "乙市", 2, 0.3);           /* 3000万美元 */
	t = db_tableset_find(ts, "import_export:level:2021");
	OK(t && !strcmp(t->unit, "亿元") && t->nrows == 2);
}

/* Ranking, qualifiers, rows without a value, stated ranks, stats. */
static void case_ranks(const db_tableset *ts)
{
	const db_table *t;
	const db_row *r;

	t = db_tableset_find(ts, "gdp:growth:2021");                 /* ties 1 2 2 4 */
	OK(t && t->nrows == 4);
	if (t && t->nrows == 4) {
		INT_EQ(1, t->rows[0].rank);
		INT_EQ(2, t->rows[1].rank);
		INT_EQ(2, t->rows[2].rank);
		INT_EQ(4, t->rows[3].rank);
		STR_EQ("丙县", t->rows[1].entity);   /* a tie: by entity bytewise */
		INT_EQ(4, (int)t->stats.count);
		DBL_EQ(6.275, t->stats.mean);
		DBL_EQ(6.5, t->stats.median);
		DBL_EQ(5, t->stats.min);
		DBL_EQ(7.1, t->stats.max);
	}
	r = row_of(t, "乙市");                                        /* stated ranks */
	OK(r && r->nstated == 2 && !strcmp(r->stated_ranks[0].tier, "第一方阵") &&
	   r->stated_ranks[1].position == 3 && r->stated_ranks[1].qualifier == DB_QUAL_AT_MOST);
	t = db_tableset_find(ts, "unemployment_rate:level:2021");    /* lower, qualifiers */
	OK(t && !strcmp(t->better, "lower"));
	ROW(t, "丙县", 1, 4.8);
	ROW(t, "甲市", 4, 5.5);
	r = row_of(t, "丙县");
	OK(r && r->qualifier == DB_QUAL_RANGE && r->has_max && r->max == 5.0);
	r = row_of(t, "甲市");
	OK(r && r->qualifier == DB_QUAL_AT_MOST);
	r = row_of(t, "乙市");
	OK(r && r->qualifier == DB_QUAL_APPROX);
	t = db_tableset_find(ts, "budget_revenue:level:2021");       /* masked */
	r = row_of(t, "丁市");
	OK(r && !r->has_value && r->rank == 0 && !strcmp(r->reason, "masked"));
	INT_EQ(3, (int)(t ? t->stats.count : 0));
	t = db_tableset_find(ts, "gdp:growth:2022Q1");               /* rank-only */
	r = row_of(t, "丙县");
	OK(r && !r->has_value && r->rank == 0 && !strcmp(r->reason, "rank_only") &&
	   r->nstated == 1 && r->stated_ranks[0].position == 3);
}

/* Duplicates: equal values merge, different ones are conflicts decided by
 * the policy, each listed with both sources. */
static void case_conflicts(const db_tableset *ts)
{
	const db_table *t;
	const db_row *r;

	t = db_tableset_find(ts, "gdp:growth:2021");
	r = row_of(t, "甲市");
	OK(r && r->nsources == 2 && t->nconflicts == 0);           /* merged */
	t = db_tableset_find(ts, "gdp:level:2021");                  /* exact over at_least */
	OK(t && t->nconflicts == 1);
	if (t && t->nconflicts == 1) {
		STR_EQ("exact_over_approx", t->conflicts[0].policy);
		DBL_EQ(3012.5, t->conflicts[0].kept);
		DBL_EQ(3000, t->conflicts[0].dropped);
		STR_EQ("jia-2022-06.txt", t->conflicts[0].kept_source.file);
		STR_EQ("jia-2022-03.txt", t->conflicts[0].dropped_source.file);
	}
	t = db_tableset_find(ts, "urban_income:level:2021");         /* newest document */
	OK(t && t->nconflicts == 1 && !strcmp(t->conflicts[0].policy, "newest_document") &&
	   t->conflicts[0].kept == 45100 && !strcmp(t->conflicts[0].kept_source.date, "2022-06-01"));
	t = db_tableset_find(ts, "pm25:level:2021");                 /* first in text */
	OK(t && t->nconflicts == 1);
	if (t && t->nconflicts == 1) {
		STR_EQ("first_in_text", t->conflicts[0].policy);
		DBL_EQ(38, t->conflicts[0].kept);
		INT_EQ(13, t->conflicts[0].kept_source.line);
		INT_EQ(14, t->conflicts[0].dropped_source.line);
	}
}

/* Periods are never mixed; levels may be, flagged. */
static void case_periods_levels(const db_tableset *ts)
{
	const db_table *q1 = db_tableset_find(ts, "gdp:growth:2022Q1");
	const db_table *h1 = db_tableset_find(ts, "gdp:growth:2022H1");

	ROW(q1, "甲市", 2, 4.9);
	ROW(h1, "甲市", 1, 5.3);
	OK(row_of(q1, "丁市") == NULL && row_of(h1, "乙市") == NULL);
	OK(db_tableset_find(ts, "gdp:growth:2022M01-M04") == NULL);  /* one entity only */
	OK(has_flag(db_tableset_find(ts, "gdp:growth:2021"), "mixed_levels"));
	OK(!has_flag(db_tableset_find(ts, "gdp:growth:2021:avg2y"), "mixed_levels"));
	OK(has_flag(q1, "mixed_levels"));    /* the county's rank-only row counts */
}

/* One entity across periods: period order, not string order. */
static void case_series(void)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	static const char *const growth[] = { "growth" };
	const db_table *t;
	db_diag d;

	o.catalog = &cat;
	o.measures = growth;
	o.nmeasures = 1;
	INT_EQ(0, db_compare_series(views, NFILES, &o, "甲市", "gdp", &ts, &d));
	INT_EQ(3, (int)ts.len);    /* yoy actual, avg2y actual, yoy target */
	t = db_tableset_find(&ts, "series:甲市:gdp:growth");
	OK(t && t->nrows == 5);
	if (t && t->nrows == 5) {
		static const char *const order[] = { "2021", "2022Q1", "2021..2022M04",
						     "2022M01-M04", "2022H1" };
		for (size_t i = 0; i < 5; i++)
			STR_EQ(order[i], t->rows[i].entity);
		DBL_EQ(6.5, t->rows[0].value);
		INT_EQ(2, (int)t->rows[0].nsources);
		OK(has_flag(t, "series"));
	}
	OK(db_tableset_find(&ts, "series:甲市:gdp:growth:avg2y") != NULL);
	OK(db_tableset_find(&ts, "series:甲市:gdp:growth:target") != NULL);
	db_tableset_release(&ts);
	INT_EQ(-1, db_compare_series(views, NFILES, &o, "戊市", "gdp", &ts, &d));
	STR_EQ("no figures of gdp for 戊市", d.message);
	db_tableset_release(&ts);
}

/* --min-entities, --table, --metric, --measure, --period, --status,
 * --entity: what each keeps. */
static void case_selections(void)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	static const char *const share[] = { "share" }, *const q1[] = { "2022Q1" };
	static const char *const target[] = { "target" }, *const pop[] = { "population" };
	static const char *const any_of[] = { "gdp:share:2021" };
	static const char *const one_of[] = { "gdp:share:2021@of=全市" };
	static const char *const tbl[] = { "gdp:growth:2022:target" };
	static const char *const ents[] = { "甲市", "戊市", "丙县" };
	static const char *const gdp[] = { "gdp" }, *const lvl[] = { "level" };

	o.catalog = &cat;
	o.measures = share;
	o.nmeasures = 1;
	STR_EQ("gdp:share:2021@of=全市 gdp:share:2021@of=全省", keys_of(&o));
	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.periods = q1;
	o.nperiods = 1;
	STR_EQ("gdp:growth:2022Q1 budget_revenue:growth:2022Q1 "
	       "budget_revenue:growth:2022Q1@note=扣除留抵退税因素后",
	       keys_of(&o));
	o.periods = NULL;
	o.nperiods = 0;
	o.min_entities = 4;
	STR_EQ("gdp:growth:2021 unemployment_rate:level:2021", keys_of(&o));
	o.min_entities = 1;
	o.statuses = target;
	o.nstatuses = 1;
	STR_EQ("gdp:growth:2022:target", keys_of(&o));
	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.metrics = pop;
	o.nmetrics = 1;
	STR_EQ("population:level:2021", keys_of(&o));
	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.tables = any_of;           /* no @of: every of */
	o.ntables = 1;
	STR_EQ("gdp:share:2021@of=全市 gdp:share:2021@of=全省", keys_of(&o));
	o.tables = one_of;
	STR_EQ("gdp:share:2021@of=全市", keys_of(&o));
	o.tables = tbl;              /* one entity: needs min_entities 1 */
	STR_EQ("error: no table matches 'gdp:growth:2022:target'", keys_of(&o));
	o.min_entities = 1;
	STR_EQ("gdp:growth:2022:target", keys_of(&o));

	/* --entity (repeatable): only those rows, and not_reported for 戊市 */
	o = (db_compare_opts)DB_COMPARE_OPTS_INIT;
	o.catalog = &cat;
	o.entities = ents;
	o.nentities = 3;
	o.metrics = gdp;
	o.nmetrics = 1;
	o.measures = lvl;
	o.nmeasures = 1;
	o.min_entities = 1;
	{
		db_tableset ts = DB_TABLESET_INIT;
		db_diag d;
		INT_EQ(0, db_compare(views, NFILES, &o, &ts, &d));
		INT_EQ(1, (int)ts.len);
		if (ts.len == 1) {
			const db_table *t = &ts.items[0];
			INT_EQ(3, (int)t->nrows);
			ROW(t, "甲市", 1, 3012.5);
			OK(row_of(t, "乙市") == NULL);
			const db_row *r = row_of(t, "戊市");
			OK(r && !r->has_value && r->rank == 0 && !strcmp(r->reason, "not_reported"));
			r = row_of(t, "丙县");
			OK(r && !strcmp(r->reason, "not_reported") && !strcmp(r->level, "county"));
			INT_EQ(1, (int)t->nconflicts);
		}
		db_tableset_release(&ts);
	}
	case_golden("rules-entities.json", &o, OUT_JSON);
	case_shuffled(&o, OUT_JSON);
}

int main(void)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d;

	load();
	o.catalog = &cat;
	case_golden("rules.json", &o, OUT_JSON);
	case_golden("rules.csv", &o, OUT_CSV);
	case_golden("rules-series.json", &o, OUT_SERIES);
	case_golden("rules-coverage.json", &o, OUT_COVERAGE_JSON);
	case_golden("rules-coverage.csv", &o, OUT_COVERAGE_CSV);
	for (out_kind k = OUT_JSON; k <= OUT_SERIES; k++)
		case_shuffled(&o, k);

	INT_EQ(0, db_compare(views, NFILES, &o, &ts, &d));
	case_key(&ts);
	case_units(&ts);
	case_ranks(&ts);
	case_conflicts(&ts);
	case_periods_levels(&ts);
	db_tableset_release(&ts);
	case_series();
	case_selections();

	for (size_t i = 0; i < NFILES; i++)
		db_records_release(&docs[i]);
	db_catalog_release(&cat);
	DB_TEST_END();
}
