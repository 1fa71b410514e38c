/* fuzz.c - the helpers of fuzz.h, and the sanitizer defaults every fuzz
 * target carries, so that running a target by hand on a finding reproduces
 * it exactly as `make fuzz` found it. */
#include "tests/fuzz/fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/json_io.h"
#include "core/text.h"

const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);
const char *__ubsan_default_options(void);

/* The two leaks of tests/lsan.supp, not duibiao's memory. Fuzzing unwinds
 * the stacks of allocations fast, so the functions that lsan.supp names are
 * not on them: the libraries are named instead. */
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\nleak:libcairo.so\n";
}

const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

const char *__ubsan_default_options(void)
{
	return "print_stacktrace=1:halt_on_error=1";
}

static char *tmp_dir;
static db_buf tmp_path;

static void remove_dir(void)
{
	DIR *d = opendir(tmp_dir);
	struct dirent *e;
	db_buf p = DB_BUF_INIT;

	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		db_buf_reset(&p);
		db_buf_printf(&p, "%s/%s", tmp_dir, e->d_name);
		unlink(db_buf_cstr(&p));
	}
	if (d)
		closedir(d);
	rmdir(tmp_dir);
	db_buf_release(&p);
	db_buf_release(&tmp_path);
	free(tmp_dir);
}

const char *fuzz_path(const char *name)
{
	if (!tmp_dir) {
		const char *tmp = getenv("TMPDIR");
		db_buf b = DB_BUF_INIT;
		db_buf_printf(&b, "%s/duibiao-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		tmp_dir = db_buf_detach(&b, NULL);
		if (!mkdtemp(tmp_dir)) {
			perror(tmp_dir);
			abort();
		}
		atexit(remove_dir);
	}
	db_buf_reset(&tmp_path);
	db_buf_printf(&tmp_path, "%s/%s", tmp_dir, name);
	return db_buf_cstr(&tmp_path);
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
	const char *p = fuzz_path(name);
	FILE *f = fopen(p, "wb");

	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
		perror(p);
		abort();
	}
	return p;
}

static const char sample[] =
	"2021年，全市地区生产总值完成1234.5亿元，同比增长6.8%，居全省第3位；"
	"规模以上工业增加值增长10.2%，高于全省2.1个百分点。"
	"一般公共预算收入85.6亿元，其中税收收入占比70.1%。\n"
	"今年一季度，固定资产投资增长11%左右，社会消费品零售总额约320亿元，"
	"新增高新技术企业120家，城镇新增就业3.2万人。\n"
	"表1 主要指标\n"
	"| 指标 | 绝对值 | 增长（%） |\n"
	"| 进出口总额（亿元） | 45.3 | -4.1 |\n"
	"| 实际利用外资（亿美元） | 1.2 | 持平 |\n"
	"2022年主要预期目标：地区生产总值增长7%以上，研发投入强度达到2.5%，"
	"城镇调查失业率控制在5.5%以内，空气质量优良天数比例力争达到80%。\n";

void fuzz_reader_text(db_extractor *x, const char *text, size_t len, const char *format)
{
	db_records rs = DB_RECORDS_INIT;
	db_diag d;
	unsigned cp;

	if (db_utf8_invalid_at(text, len) != len || db_control_at(text, len, &cp) != len)
		abort();
	rs.doc.file = "fuzz";
	rs.doc.entity = "三门峡市";
	rs.doc.level = "prefecture";
	rs.doc.has_date = true;
	rs.doc.date = (db_date){ 2022, 5, 20 };
	rs.doc.format = format;
	db_extract_text(x, text, len, &rs, &d);
	db_records_release(&rs);
}

void fuzz_sample_extract(db_extractor *x)
{
	db_records rs = DB_RECORDS_INIT;
	db_diag d;

	rs.doc.file = "sample.txt";
	rs.doc.entity = "三门峡市";
	rs.doc.level = "prefecture";
	rs.doc.kind = "gwr";
	rs.doc.has_date = true;
	rs.doc.date = (db_date){ 2022, 2, 15 };
	rs.doc.encoding = "utf-8";
	if (db_extract_text(x, sample, sizeof(sample) - 1, &rs, &d) < 0)
		abort();
	db_records_release(&rs);
}

db_extractor *fuzz_extractor(db_catalog *c)
{
	db_diag d;
	db_extractor *x;

	if (db_catalog_load_default(c, &d) < 0 || !(x = db_extractor_new(c, &d)))
		abort();
	return x;
}

char *fuzz_fixture(const char *rel, size_t *len)
{
	db_buf p = DB_BUF_INIT, b = DB_BUF_INIT;

	db_buf_printf(&p, "%s/%s", DB_SOURCE_DIR, rel);
	if (db_buf_read_file(&b, db_buf_cstr(&p)) < 0) {
		perror(db_buf_cstr(&p));
		abort();
	}
	db_buf_release(&p);
	return db_buf_detach(&b, len);
}

void fuzz_records_fixture(const char *path, db_records *out)
{
	size_t n;
	char *text = fuzz_fixture(path, &n);
	db_diag d;

	*out = (db_records)DB_RECORDS_INIT;
	if (db_records_read_json(out, text, n, path, &d) < 0)
		abort();
	free(text);
}

void fuzz_tables_fixture(const char *path, db_tableset *out)
{
	size_t n;
	char *text = fuzz_fixture(path, &n);
	db_diag d;

	*out = (db_tableset)DB_TABLESET_INIT;
	if (db_tableset_read_json(out, text, n, path, &d) < 0 || !out->len)
		abort();
	free(text);
}

static void same(const db_buf *a, const db_buf *b)
{
	if (a->len != b->len || memcmp(a->data, b->data, a->len) != 0)
		abort();
}

void fuzz_records_round_trip(const db_records *rs)
{
	db_records again = DB_RECORDS_INIT;
	db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
	db_diag d;

	db_records_write_json(rs, &a);
	if (db_records_read_json(&again, a.data, a.len, "again.json", &d) < 0)
		abort();
	db_records_write_json(&again, &b);
	same(&a, &b);
	db_buf_release(&a);
	db_buf_release(&b);
	db_records_release(&again);
}

void fuzz_tables_round_trip(const db_tableset *ts)
{
	db_tableset again = DB_TABLESET_INIT;
	db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
	db_diag d;

	db_tableset_write_json(ts, &a);
	if (db_tableset_read_json(&again, a.data, a.len, "again.json", &d) < 0)
		abort();
	db_tableset_write_json(&again, &b);
	same(&a, &b);
	db_buf_release(&a);
	db_buf_release(&b);
	db_tableset_release(&again);
}
