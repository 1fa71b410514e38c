/* test_json_io.c - records, tables and manifests: read → write gives the
 * same bytes on hand-written documents covering every optional field;
 * readers validate types and enum words and say where. */
#include "core/json_io.h"

#include <stdlib.h>
#include <unistd.h>

#include "harness.h"

static char *slurp(const char *path, size_t *len)
{
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0) {
		fprintf(stderr, "cannot read %s\n", path);
		exit(2);
	}
	return db_buf_detach(&b, len);
}

static void records_roundtrip(const char *path)
{
	size_t len;
	char *text = slurp(path, &len);
	db_records rs = DB_RECORDS_INIT;
	db_diag d = { "", 0, 0, "" };
	INT_EQ(0, db_records_read_json(&rs, text, len, path, &d));
	STR_EQ("", d.message);
	db_buf out = DB_BUF_INIT;
	db_records_write_json(&rs, &out);
	STR_EQ(text, db_buf_cstr(&out));
	INT_EQ(len, out.len);
	/* and once more from our own output */
	db_records rs2 = DB_RECORDS_INIT;
	db_buf out2 = DB_BUF_INIT;
	INT_EQ(0, db_records_read_json(&rs2, out.data, out.len, "out", &d));
	db_records_write_json(&rs2, &out2);
	STR_EQ(db_buf_cstr(&out), db_buf_cstr(&out2));
	db_buf_release(&out2);
	db_records_release(&rs2);
	db_buf_release(&out);
	db_records_release(&rs);
	free(text);
}

static void tables_roundtrip(const char *path)
{
	size_t len;
	char *text = slurp(path, &len);
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d = { "", 0, 0, "" };
	INT_EQ(0, db_tableset_read_json(&ts, text, len, path, &d));
	STR_EQ("", d.message);
	db_buf out = DB_BUF_INIT;
	db_tableset_write_json(&ts, &out);
	STR_EQ(text, db_buf_cstr(&out));
	INT_EQ(len, out.len);
	db_buf_release(&out);
	db_tableset_release(&ts);
	free(text);
}

static void check_records_fields(void)
{
	size_t len;
	char *text = slurp("tests/core/data/records.json", &len);
	db_records rs = DB_RECORDS_INIT;
	db_diag d;
	INT_EQ(0, db_records_read_json(&rs, text, len, "records.json", &d));
	INT_EQ(12, rs.len);
	STR_EQ("三门峡市", rs.doc.entity);
	STR_EQ("河南省", rs.doc.province);
	OK(rs.doc.has_date);
	INT_EQ(20, rs.doc.date.day);
	STR_EQ("utf-8", rs.doc.encoding);
	INT_EQ(64, strlen(rs.doc.sha256));

	const db_record *r = &rs.items[0];
	INT_EQ(DB_MEASURE_GROWTH, r->measure);
	DBL_EQ(10.9, r->value);
	OK(r->has_value && !r->has_max);
	STR_EQ("yoy", r->basis);
	INT_EQ(1, r->nranks);
	INT_EQ(1, r->ranks[0].position);
	STR_EQ("全省", r->ranks[0].scope);
	INT_EQ(289, r->source.offset);

	r = &rs.items[2];
	STR_EQ("vs:2019", r->basis);
	INT_EQ(3, r->nranks);
	STR_EQ("第一方阵", r->ranks[0].tier);
	INT_EQ(0, r->ranks[0].position);
	INT_EQ(3, r->ranks[1].position);
	INT_EQ(DB_QUAL_AT_MOST, r->ranks[1].qualifier);
	OK(r->ranks[2].masked);
	INT_EQ(3, r->source.page);
	char tok[DB_PERIOD_TOKEN_MAX];
	STR_EQ("2022M01-M04", db_period_format(&r->period, tok));

	r = &rs.items[3];
	OK(r->has_max);
	DBL_EQ(800, r->max);
	INT_EQ(DB_QUAL_RANGE, r->qualifier);
	INT_EQ(DB_STATUS_TARGET, r->status);

	r = &rs.items[4];
	OK(!r->has_value);
	INT_EQ(DB_QUAL_MASKED, r->qualifier);

	r = &rs.items[5];
	OK(!r->has_value);
	OK(r->unit == NULL && r->raw == NULL);

	STR_EQ("budget_revenue", rs.items[6].of);
	STR_EQ("全省", rs.items[7].vs);
	STR_EQ("扣除留抵退税因素后", rs.items[8].note);
	INT_EQ(DB_STATUS_ESTIMATE, rs.items[8].status);
	OK(rs.items[9].metric == NULL);
	OK(!rs.items[9].has_period);
	STR_EQ("tab\there, back\\slash, new\nline", rs.items[9].source.text);
	STR_EQ("\"双招双引\"签约额", rs.items[9].label);
	DBL_EQ(27110000000.0, rs.items[11].value);

	/* copy_in duplicates strings and ranks into the destination */
	db_records dst = DB_RECORDS_INIT;
	db_record *c = db_records_copy_in(&dst, &rs.items[2]);
	OK(c->ranks != rs.items[2].ranks);
	STR_EQ("第一方阵", c->ranks[0].tier);
	STR_EQ("比2019年同期下降4.1%", c->source.text);
	OK(c->source.text != rs.items[2].source.text);
	db_records_release(&rs);
	STR_EQ("固定资产投资", dst.items[0].label);
	db_records_release(&dst);
	free(text);
}

/* A record built in code gets basis "yoy" by default and omits the rest. */
static void check_written_defaults(void)
{
	db_records rs = DB_RECORDS_INIT;
	rs.doc.file = "a.txt";
	rs.doc.entity = "郑州市";
	db_record *r = db_records_add(&rs);
	r->entity = "郑州市";
	r->level = "prefecture";
	r->metric = "gdp";
	r->label = "GDP";
	r->measure = DB_MEASURE_GROWTH;
	r->has_value = true;
	r->value = -0.0;
	r->unit = "%";
	r->raw = "持平";
	r->has_period = true;
	r->period = db_period_months(2022, 1, 3);
	r->source.line = 1;
	r->source.column = 2;
	r->source.offset = 3;
	r->source.text = "持平";
	db_buf out = DB_BUF_INIT;
	db_records_write_json(&rs, &out);
	STR_EQ("{\n"
	       "  \"schema\": \"duibiao.records/1\",\n"
	       "  \"document\": {\n"
	       "    \"file\": \"a.txt\",\n"
	       "    \"sha256\": null,\n"
	       "    \"entity\": \"郑州市\",\n"
	       "    \"level\": null,\n"
	       "    \"province\": null,\n"
	       "    \"date\": null,\n"
	       "    \"encoding\": null\n"
	       "  },\n"
	       "  \"records\": [\n"
	       "    {\"entity\":\"郑州市\",\"level\":\"prefecture\",\"metric\":\"gdp\",\"label\":\"GDP\","
	       "\"measure\":\"growth\",\"value\":0,\"unit\":\"%\",\"raw\":\"持平\",\"qualifier\":\"exact\","
	       "\"period\":\"2022Q1\",\"basis\":\"yoy\",\"status\":\"actual\",\"ranks\":[],"
	       "\"source\":{\"line\":1,\"column\":2,\"offset\":3,\"text\":\"持平\"}}\n"
	       "  ]\n"
	       "}\n",
	       db_buf_cstr(&out));
	db_buf_release(&out);
	db_records_release(&rs);
}

static void expect_records_error(const char *text, const char *msg)
{
	db_records rs = DB_RECORDS_INIT;
	db_diag d = { "", 0, 0, "" };
	char line[2048];
	INT_EQ(-1, db_records_read_json(&rs, text, strlen(text), "r.json", &d));
	db_diag_format(&d, line, sizeof line);
	STR_EQ(msg, line);
	db_records_release(&rs);
}

#define HEAD "{\"schema\":\"duibiao.records/1\",\"document\":{\"file\":\"x\"},\"records\":["

static void check_records_errors(void)
{
	expect_records_error("{\"schema\":\"duibiao.tables/1\"}",
			     "r.json: not a duibiao.records/1 document (schema \"duibiao.tables/1\")");
	expect_records_error("[1]", "r.json: document is not a JSON object");
	expect_records_error("{\"schema\":\"duibiao.records/1\",\"records\":{}}",
			     "r.json: \"records\": must be an array");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"grow\"}]}",
			     "r.json: records[0]: \"measure\": unknown word \"grow\"");
	/* a long word is quoted up to 100 bytes, cut between characters */
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"xy增长增长增长增长增长增长增长增长增长"
			     "增长增长增长增长增长增长增长增长增长\"}]}",
			     "r.json: records[0]: \"measure\": unknown word \"xy增长增长增长增长增长"
			     "增长增长增长增长增长增长增长增长增长增长增长…\"");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\"},{\"measure\":\"level\"}]}",
			     "r.json: records[1]: \"entity\": missing");
	expect_records_error(HEAD "{\"entity\":\"a\"}]}", "r.json: records[0]: \"measure\": missing");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",\"value\":\"3\"}]}",
			     "r.json: records[0]: \"value\": must be a number or null");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",\"period\":\"2022Q5\"}]}",
			     "r.json: records[0]: \"period\": bad period token \"2022Q5\"");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"position\":1},{\"scope\":\"全省\"}]}]}",
			     "r.json: records[0].ranks[1]: a rank needs position, tier or masked");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"position\":1.5}]}]}",
			     "r.json: records[0].ranks[0]: \"position\": must be a whole number in range");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"line\":-1}}]}",
			     "r.json: records[0].source: \"line\": must be a whole number in range");
	expect_records_error("{\"schema\":\"duibiao.records/1\",\"document\":{\"date\":\"2022-02-30\"},\"records\":[]}",
			     "r.json: document: \"date\": must be YYYY-MM-DD");
	expect_records_error(HEAD "{\"entity\":\"a\",\"measure\":\"level\",}]}",
			     "r.json:1:98: invalid JSON: expected a string key");
}

/* Both readers (straight from the text, and through the tree that the
 * first leaves the unusual and the faulty to) take the same documents and
 * read the same records, or fail with the same message. */
/* Read with the sentences left in the text (compare's reader), each read
 * again from the same bytes: the records read fully. */
static void same_lazily(const db_records *full, const char *text, size_t len)
{
	db_records rs = DB_RECORDS_INIT;
	db_diag d = { "", 0, 0, "" };
	db_buf s = DB_BUF_INIT;

	INT_EQ(0, db_records_read_json_lazy(&rs, text, len, "r.json", &d));
	INT_EQ(full->len, rs.len);
	for (size_t i = 0; i < rs.len && i < full->len; i++) {
		const db_source *x = &rs.items[i].source;
		if (!x->text_at) {
			STR_EQ(full->items[i].source.text ? full->items[i].source.text : "(null)",
			       x->text ? x->text : "(null)");
			continue;
		}
		OK(!x->text);
		INT_EQ(0, db_records_text_in(text, len, x, &s));
		STR_EQ(full->items[i].source.text, db_buf_cstr(&s));
		/* Other bytes in its place: no string where the sentence was. */
		INT_EQ(-1, db_records_text_in("{}", 2, x, &s));
		INT_EQ(-1, db_records_text_in(text, x->text_at, x, &s));
	}
	db_buf_release(&s);
	db_records_release(&rs);
}

static void same_both_ways(const char *text, size_t len)
{
	db_records a = DB_RECORDS_INIT, b = DB_RECORDS_INIT;
	db_diag da = { "", 0, 0, "" }, dbt = { "", 0, 0, "" };
	db_buf oa = DB_BUF_INIT, ob = DB_BUF_INIT;
	int ra = db_records_read_json(&a, text, len, "r.json", &da);
	int rb = db_records_read_json_tree(&b, text, len, "r.json", &dbt);

	INT_EQ(rb, ra);
	STR_EQ(dbt.message, da.message);
	if (ra == 0 && rb == 0) {
		db_records_write_json(&a, &oa);
		db_records_write_json(&b, &ob);
		STR_EQ(db_buf_cstr(&ob), db_buf_cstr(&oa));
		same_lazily(&a, text, len);
		INT_EQ(b.len, a.len);
		for (size_t i = 0; i < a.len && i < b.len; i++) {
			/* written alike, and alike where writing cannot tell */
			INT_EQ(b.items[i].has_value, a.items[i].has_value);
			OK(memcmp(&a.items[i].value, &b.items[i].value, sizeof(double)) == 0);
			INT_EQ(b.items[i].source.column, a.items[i].source.column);
		}
	}
	db_buf_release(&oa);
	db_buf_release(&ob);
	db_records_release(&a);
	db_records_release(&b);
}

static void check_readers_agree(void)
{
	static const char *const recs[] = {
		"{\"entity\":\"a\",\"measure\":\"level\"}",
		"{\"measure\":\"growth\",\"entity\":\"a\",\"value\":1e2,\"unit\":\"%\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":-0}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":0.1,\"max\":0.30000000000000004}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":123456789012345678}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":99999999999999.99}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":1.7976931348623157e308}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":0.000001}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":3.14159265358979323846}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":0.0000000000000000000000001}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":1e400}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":01}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":1.}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":-}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"value\":true}",
		"{ \"entity\" : \"a\" ,\n\t\"measure\" : \"level\" , \"value\" : null }",
		"{\"entity\":\"\\\"引\\\\号\\/\\n\\t\\b\\f\\r\",\"measure\":\"level\"}",
		"{\"entity\":\"\\u6d1b\\u9633\",\"measure\":\"level\"}",
		"{\"entity\":\"\\ud83d\\ude00\",\"measure\":\"level\"}",
		"{\"entity\":\"\\ud83d\",\"measure\":\"level\"}",
		"{\"entity\":\"\\u0000\",\"measure\":\"level\"}",
		"{\"entity\":\"a\\x\",\"measure\":\"level\"}",
		"{\"entity\":\"\xE6\xB4\",\"measure\":\"level\"}",
		"{\"entity\":\"\xC0\xAF\",\"measure\":\"level\"}",
		"{\"entity\":\"a\tb\",\"measure\":\"level\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"extra\":[1,{\"x\":2}]}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"entity\":\"b\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"measure\":\"growth\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"qualifier\":null,\"status\":\"target\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"qualifier\":\"approximately\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"period\":\"2022M01-M04\",\"basis\":\"vs:2021\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"period\":\"2021..2022\"}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"period\":2021}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":null,\"source\":null}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"masked\":true,\"scope\":null},"
		"{\"tier\":\"第一方阵\"},{\"position\":3,\"qualifier\":\"at_most\",\"scope\":\"全省\"}]}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"position\":1},{\"position\":2},"
		"{\"position\":3},{\"position\":4},{\"position\":5},{\"position\":6},{\"position\":7},"
		"{\"position\":8},{\"position\":9}]}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"masked\":1}]}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"ranks\":[{\"position\":1,\"position\":2}]}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"text\":\"x\",\"line\":2,"
		"\"offset\":9007199254740992,\"page\":3,\"column\":4}}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"text\":\"\\\"甲\\\\乙\\n\\/\","
		"\"line\":1}}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"text\":null}}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"line\":2147483648}}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":{\"line\":2.0}}",
		"{\"entity\":\"a\",\"measure\":\"level\",\"source\":[]}",
		"{}",
		"[]",
		"{\"entity\":null,\"measure\":\"level\"}",
		"{\"entity\":\"a\",\"measure\":\"level\"},",
		"{\"entity\":\"a\",\"measure\":\"level\"}]}x",
	};
	static const char *const docs[] = {
		"\xEF\xBB\xBF{\"schema\":\"duibiao.records/1\",\"document\":{},\"records\":[]}",
		"{\"records\":[],\"document\":{\"date\":\"2022-01-31\",\"sha256\":\"ab\"},"
		"\"schema\":\"duibiao.records/1\"}",
		"{\"schema\":\"duibiao.records/1\",\"document\":null,\"records\":[]}",
		"{\"schema\":\"duibiao.records/1\",\"records\":[]}",
		"{\"schema\":\"duibiao.records/1\",\"document\":{},\"records\":null}",
		"{\"schema\":\"duibiao.records\\/1\",\"document\":{},\"records\":[]}",
		"{\"schema\":\"duibiao.records/2\",\"document\":{},\"records\":[]}",
		"{\"schema\":\"duibiao.records/1\",\"document\":{\"date\":\"2022-02-30\"},\"records\":[]}",
		"{\"schema\":\"duibiao.records/1\",\"document\":{\"kind\":\"gwr\",\"format\":\"pdf\","
		"\"title\":\"t\",\"publisher\":\"p\"},\"records\":[]} \n",
		"{\"schema\":\"duibiao.records/1\",\"document\":{},\"records\":[]}\x0c",
		"",
		"   ",
	};
	char buf[4096];

	for (size_t i = 0; i < sizeof recs / sizeof recs[0]; i++) {
		int n = snprintf(buf, sizeof buf, HEAD "%s]}", recs[i]);
		same_both_ways(buf, (size_t)n);
	}
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
		same_both_ways(docs[i], strlen(docs[i]));
	/* A sentence longer than one read of it again, escapes at the end. */
	{
		int n = snprintf(buf, sizeof buf, HEAD "{\"entity\":\"a\",\"measure\":\"level\","
				 "\"source\":{\"text\":\"");
		for (int i = 0; i < 700; i++)
			buf[n++] = (char)('a' + i % 26);
		n += snprintf(buf + n, sizeof buf - (size_t)n, "\\\"\"}}]}");
		same_both_ways(buf, (size_t)n);
	}
	static const char *const files[] = {
		"tests/core/data/records.json", "tests/core/data/records-empty.json",
		"tests/compare/data/sanmenxia.json",
	};
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		size_t len;
		char *text = slurp(files[i], &len);
		same_both_ways(text, len);
		/* and cut short anywhere */
		for (size_t cut = 0; cut < len; cut += 1 + cut / 8)
			same_both_ways(text, cut);
		free(text);
	}
}

static void check_tables_fields(void)
{
	size_t len;
	char *text = slurp("tests/core/data/tables.json", &len);
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d;
	INT_EQ(0, db_tableset_read_json(&ts, text, len, "tables.json", &d));
	INT_EQ(3, ts.len);
	const db_table *t = db_tableset_find(&ts, "industrial_va:growth:2021");
	OK(t == &ts.items[0]);
	OK(db_tableset_find(&ts, "nope") == NULL);
	INT_EQ(4, t->nrows);
	INT_EQ(3, t->stats.count);
	DBL_EQ(10.9, t->stats.median);
	STR_EQ("mixed_levels", t->flags[0]);
	OK(t->rows[1].corrected);
	INT_EQ(2, t->rows[1].nsources);
	INT_EQ(0, t->rows[3].rank);
	STR_EQ("masked", t->rows[3].reason);
	OK(!t->rows[3].has_value);
	STR_EQ("2022-01-15", t->rows[0].sources[0].date);
	INT_EQ(2, t->nconflicts);
	OK(t->conflicts[1].dropped_null);
	STR_EQ("2022-05-20", t->conflicts[0].dropped_source.date);
	INT_EQ(2, t->ncorrections);
	OK(!t->corrections[1].has_value);
	OK(isnan(ts.items[1].stats.mean));
	OK(!ts.items[2].has_period);
	OK(ts.items[2].metric == NULL);
	db_tableset_release(&ts);
	free(text);

	db_tableset bad = DB_TABLESET_INIT;
	const char *doc = "{\"schema\":\"duibiao.tables/1\",\"tables\":[{\"key\":\"k\",\"measure\":\"level\","
			  "\"rows\":[{\"entity\":\"a\",\"sources\":[{\"line\":\"x\"}]}]}]}";
	INT_EQ(-1, db_tableset_read_json(&bad, doc, strlen(doc), "t.json", &d));
	STR_EQ("tables[0].rows[0].sources[0]: \"line\": must be a whole number in range", d.message);
	db_tableset_release(&bad);
}

static void check_manifest(void)
{
	char dir[] = "/tmp/dbmanifestXXXXXX";
	OK(mkdtemp(dir) != NULL);
	char path[256];
	snprintf(path, sizeof path, "%s/manifest.json", dir);
	FILE *f = fopen(path, "w");
	fputs("{\"documents\":[{\"file\":\"a.txt\",\"entity\":\"三门峡市\",\"level\":\"prefecture\","
	      "\"province\":\"河南省\",\"date\":\"2022-05-20\",\"kind\":\"summary\"},"
	      "{\"file\":\"/abs/b.txt\",\"entity\":\"郑州市\"},"
	      "{\"file\":\"sub/c.txt\",\"entity\":\"漯河市\",\"date\":\"2022-09-30\"}]}",
	      f);
	fclose(f);
	db_manifest m;
	db_diag d;
	/* /abs/b.txt is outside the manifest's folder: refused unless allowed */
	INT_EQ(-1, db_manifest_load(&m, path, 0, &d));
	STR_EQ("documents[1]: \"file\": /abs/b.txt is outside the manifest's folder "
	       "(--allow-outside reads it)", d.message);
	INT_EQ(0, db_manifest_load(&m, path, DB_MANIFEST_ALLOW_OUTSIDE, &d));
	INT_EQ(3, m.len);
	char want[300];
	snprintf(want, sizeof want, "%s/a.txt", dir);
	STR_EQ(want, m.items[0].path);
	STR_EQ("a.txt", m.items[0].file);
	STR_EQ("prefecture", m.items[0].level);
	OK(m.items[0].has_date);
	INT_EQ(2022, m.items[0].date.year);
	STR_EQ("/abs/b.txt", m.items[1].path);
	OK(!m.items[1].has_date);
	OK(m.items[1].province == NULL);
	snprintf(want, sizeof want, "%s/sub/c.txt", dir);
	STR_EQ(want, m.items[2].path);
	STR_EQ(path, m.path);
	db_manifest_release(&m);

	f = fopen(path, "w");
	fputs("{\"documents\":[{\"file\":\"a.txt\",\"entity\":\"x\",\"date\":\"2022-5-20\"}]}", f);
	fclose(f);
	INT_EQ(-1, db_manifest_load(&m, path, 0, &d));
	STR_EQ("documents[0]: \"date\": must be YYYY-MM-DD", d.message);
	STR_EQ(path, d.file);
	f = fopen(path, "w");
	fputs("{\"documents\":[{\"entity\":\"x\"}]}", f);
	fclose(f);
	INT_EQ(-1, db_manifest_load(&m, path, 0, &d));
	STR_EQ("documents[0]: \"file\": missing", d.message);
	/* a path that climbs above the folder, however it gets there */
	static const char *const out[] = { "../x.txt", "a/../../x.txt", "./../x.txt", "a/b/../../../x" };
	for (size_t i = 0; i < sizeof out / sizeof *out; i++) {
		f = fopen(path, "w");
		fprintf(f, "{\"documents\":[{\"file\":\"%s\",\"entity\":\"x\"}]}", out[i]);
		fclose(f);
		INT_EQ(-1, db_manifest_load(&m, path, 0, &d));
		OK(strstr(d.message, "is outside the manifest's folder") != NULL);
	}
	/* and some that only seem to */
	f = fopen(path, "w");
	fputs("{\"documents\":[{\"file\":\"a/../b.txt\",\"entity\":\"x\"},"
	      "{\"file\":\"..x/y..txt\",\"entity\":\"x\"},{\"file\":\"./a//b/./c.txt\",\"entity\":\"x\"}]}", f);
	fclose(f);
	INT_EQ(0, db_manifest_load(&m, path, 0, &d));
	db_manifest_release(&m);
	unlink(path);
	INT_EQ(-1, db_manifest_load(&m, path, 0, &d));
	STR_EQ("cannot read: No such file or directory", d.message);
	rmdir(dir);

	/* a manifest named without a folder resolves to the bare file names */
	INT_EQ(0, db_manifest_load(&m, "examples/manifest.json", 0, &d));
	OK(m.len >= 5);
	STR_EQ("examples/sanmenxia-2022-05.txt", m.items[0].path);
	db_manifest_release(&m);
}

int main(void)
{
	records_roundtrip("tests/core/data/records.json");
	records_roundtrip("tests/core/data/records-empty.json");
	tables_roundtrip("tests/core/data/tables.json");
	tables_roundtrip("tests/core/data/tables-empty.json");
	check_records_fields();
	check_written_defaults();
	check_records_errors();
	check_readers_agree();
	check_tables_fields();
	check_manifest();
	DB_TEST_END();
}
