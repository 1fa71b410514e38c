/* compare_bench.c - how long compare takes on a national-scale corpus:
 * 10,000 records documents × 100 records (≈ 400 MB of JSON), generated
 * deterministically. Prints the time of each phase; not a test.
 *
 *   compare_bench [FILES [RECORDS [DIR]]]   DIR: also write the files and
 *                                           catalog.json there, to time
 *                                           duibiao compare on them, and the
 *                                           tables JSON as DIR/tables.json (to
 *                                           check a speed-up changed no byte);
 *                                           without DIR the tables JSON is
 *                                           serialised and dropped
 *
 * The tables are made twice: by db_compare, then written (the phases
 * apart), and table by table by db_compare_write_json, as duibiao compare
 * makes them; the two must give as many bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "compare/compare.h"
#include "core/atomic.h"
#include "core/json_io.h"

#define NMETRICS 60

/* Process CPU time: on a shared machine, wall time measures the neighbours
 * too; the wall time of the whole run is printed at the end. */
static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double wall(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Minor page faults so far: on a virtual machine each costs microseconds,
 * so fresh memory is time. */
static long faults(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

/* The tables JSON counted and dropped. */
typedef struct {
	db_sink sink;
	size_t bytes;
} counter;

static int count_bytes(db_sink *s, const void *p, size_t n)
{
	(void)p;
	((counter *)s)->bytes += n;
	return 0;
}

/* xorshift: the same corpus on every run. */
static unsigned long long rng_state = 88172645463325252ull;
static unsigned rnd(unsigned n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state % n);
}

static void make_catalog(db_catalog *cat, const char *dir)
{
	db_buf b = DB_BUF_INIT;
	db_diag d;
	char path[4096];

	db_buf_puts(&b, "{\"schema\":\"duibiao.catalog/1\",\"metrics\":[");
	for (int i = 0; i < NMETRICS; i++)
		db_buf_printf(&b, "%s{\"id\":\"m%02d\",\"name\":\"指标%02d\",\"unit\":\"%s\","
			      "\"kind\":\"flow\",\"better\":\"%s\",\"aliases\":[\"指标%02d\"]}",
			      i ? "," : "", i, i, i % 3 ? "亿元" : "万人", i % 7 ? "higher" : "lower",
			      i);
	db_buf_puts(&b, "]}");
	if (db_catalog_load_json(cat, b.data, b.len, "bench-catalog", &d) < 0) {
		fprintf(stderr, "catalog: %s\n", d.message);
		exit(1);
	}
	snprintf(path, sizeof(path), "%s/catalog.json", dir ? dir : "");
	if (dir && db_write_file_atomic(path, b.data, b.len, &d) < 0) {
		fprintf(stderr, "%s\n", d.message);
		exit(1);
	}
	db_buf_release(&b);
}

/* Document i: entity i/4 (four reports per place, one per year). */
static void make_doc(db_records *rs, size_t i, size_t nrec)
{
	static const char *const levels[] = { "prefecture", "county", "district" };
	char name[64], file[64], raw[32];
	int year = 2019 + (int)(i % 4);

	snprintf(name, sizeof(name), "样本%zu市", i / 4);
	snprintf(file, sizeof(file), "report-%05zu.txt", i);
	rs->doc.file = db_arena_strdup(&rs->arena, file);
	rs->doc.entity = db_arena_strdup(&rs->arena, name);
	rs->doc.level = levels[(i / 4) % 3];
	rs->doc.has_date = true;
	rs->doc.date = (db_date){ year + 1, 1 + (int)(i % 12), 15 };
	rs->doc.encoding = "utf-8";
	for (size_t j = 0; j < nrec; j++) {
		db_record *r = db_records_add(rs);
		unsigned m = rnd(NMETRICS);
		char id[8];
		r->entity = rs->doc.entity;
		r->level = rs->doc.level;
		snprintf(id, sizeof(id), "m%02u", m);
		r->metric = db_arena_strdup(&rs->arena, id);
		r->label = "指标";
		r->measure = rnd(2) ? DB_MEASURE_GROWTH : DB_MEASURE_LEVEL;
		r->has_value = rnd(50) != 0;
		r->value = (double)rnd(2000) / 10;
		r->unit = r->measure == DB_MEASURE_GROWTH ? "%" : m % 3 ? (rnd(4) ? "亿元" : "万元")
									 : "万人";
		snprintf(raw, sizeof(raw), "%g%s", r->value, r->unit);
		r->raw = db_arena_strdup(&rs->arena, raw);
		r->qualifier = !r->has_value ? DB_QUAL_MASKED : rnd(5) ? DB_QUAL_EXACT : DB_QUAL_APPROX;
		r->has_period = true;
		r->period = rnd(4) ? db_period_year(year) : db_period_quarter(year + 1, 1);
		r->status = rnd(10) ? DB_STATUS_ACTUAL : DB_STATUS_TARGET;
		if (rnd(4) == 0) {
			r->ranks = db_arena_alloc(&rs->arena, sizeof(*r->ranks));
			r->ranks[0].position = 1 + (int)rnd(18);
			r->ranks[0].scope = "全省";
			r->nranks = 1;
		}
		r->source.line = (int)j + 1;
		r->source.column = 1;
		r->source.offset = j * 200;
		/* Each record its own sentence, as extracted clauses are. */
		r->source.text = db_arena_printf(&rs->arena,
						 "全年指标%02u%s%s，增速居全省第%u位，高于全省平均"
						 "水平，为全年经济稳定增长提供了有力支撑", m,
						 r->measure == DB_MEASURE_GROWTH ? "增长" : "达到",
						 r->raw, 1 + rnd(18));
	}
}

int main(int argc, char **argv)
{
	size_t nfiles = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000;
	size_t nrec = argc > 2 ? strtoul(argv[2], NULL, 10) : 100;
	const char *dir = argc > 3 ? argv[3] : NULL;
	db_records *docs = calloc(nfiles, sizeof(*docs));
	const db_records **views = calloc(nfiles, sizeof(*views));
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	db_catalog cat = { DB_ARENA_INIT, NULL, 0, false };
	db_buf text = DB_BUF_INIT, out = DB_BUF_INIT;
	double t_gen = 0, t_parse = 0, t0, t1, t2, t3, t4, w_parse = 0, w1, w2, w3, w4, w5;
	size_t bytes = 0, rows = 0, out_bytes, stream_bytes, ntables, ts_len;
	counter dropped = { { count_bytes, 0 }, 0 };
	struct stat st;
	long f_parse = 0, f0, f1, f2;
	db_diag d;

	make_catalog(&cat, dir);
	for (size_t i = 0; i < nfiles; i++) {
		db_records gen = DB_RECORDS_INIT;
		t0 = now();
		make_doc(&gen, i, nrec);
		db_buf_reset(&text);
		db_records_write_json(&gen, &text);
		db_records_release(&gen);
		if (dir) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/r%05zu.json", dir, i);
			if (db_write_file_atomic(path, text.data, text.len, &d) < 0) {
				fprintf(stderr, "%s\n", d.message);
				return 1;
			}
		}
		t1 = now();
		w1 = wall();
		f0 = faults();
		if (db_records_read_json(&docs[i], text.data, text.len, "bench", &d) < 0) {
			fprintf(stderr, "parse: %s\n", d.message);
			return 1;
		}
		t2 = now();
		f_parse += faults() - f0;
		w_parse += wall() - w1;
		t_gen += t1 - t0;
		t_parse += t2 - t1;
		bytes += text.len;
		views[i] = &docs[i];
	}
	o.catalog = &cat;
	t0 = now();
	w1 = wall();
	f0 = faults();
	if (db_compare(views, nfiles, &o, &ts, &d) < 0) {
		fprintf(stderr, "compare: %s\n", d.message);
		return 1;
	}
	t1 = now();
	w2 = wall();
	f1 = faults();
	/* Serialised, counted and dropped. */
	out.sink = &dropped.sink;
	db_tableset_write_json(&ts, &out);
	db_buf_flush(&out);
	out_bytes = dropped.bytes;
	t2 = now();
	w3 = wall();
	f2 = faults();
	for (size_t i = 0; i < ts.len; i++)
		rows += ts.items[i].nrows;
	ts_len = ts.len;
	db_tableset_release(&ts);
	/* Table by table as duibiao compare does it: to DIR/tables.json, or
	 * counted and dropped; the same bytes. */
	t3 = now();
	w4 = wall();
	dropped.bytes = 0;
	if (dir) {
		char path[4096];
		db_outfile of;
		snprintf(path, sizeof(path), "%s/tables.json", dir);
		if (db_outfile_open(&of, path, &d) < 0 ||
		    db_compare_write_json(views, nfiles, &o, &of.buf, &ntables, &d) < 0 ||
		    db_outfile_commit(&of, &d) < 0 || stat(path, &st) < 0) {
			fprintf(stderr, "%s\n", d.message);
			return 1;
		}
		stream_bytes = (size_t)st.st_size;
	} else {
		if (db_compare_write_json(views, nfiles, &o, &out, &ntables, &d) < 0) {
			fprintf(stderr, "compare: %s\n", d.message);
			return 1;
		}
		db_buf_flush(&out);
		stream_bytes = dropped.bytes;
	}
	t4 = now();
	w5 = wall();
	if (stream_bytes != out_bytes || ntables != ts_len) {
		fprintf(stderr, "table by table: %zu bytes, %zu tables; at once: %zu, %zu\n",
			stream_bytes, ntables, out_bytes, ts_len);
		return 1;
	}
	printf("files %zu, records %zu, JSON %.1f MB (generated in %.2f s)\n", nfiles,
	       nfiles * nrec, (double)bytes / 1e6, t_gen);
	printf("read   %.3f s  (%.0f MB/s, %ld page faults)\n", t_parse,
	       (double)bytes / 1e6 / t_parse, f_parse);
	printf("compare %.3f s  → %zu tables, %zu rows (%ld page faults)\n", t1 - t0, ts_len, rows,
	       f1 - f0);
	printf("write  %.3f s  (%.1f MB of tables JSON, %ld page faults)\n", t2 - t1,
	       (double)out_bytes / 1e6, f2 - f1);
	printf("total  %.3f s  (read + compare + write; CPU time)\n",
	       t_parse + (t1 - t0) + (t2 - t1));
	printf("table by table %.3f s  (compare and write as duibiao compare does)\n", t4 - t3);
	printf("wall   %.3f s  (read %.3f, compare %.3f, write %.3f, table by table %.3f)\n",
	       w_parse + (w3 - w1), w_parse, w2 - w1, w3 - w2, w5 - w4);
	for (size_t i = 0; i < nfiles; i++)
		db_records_release(&docs[i]);
	free(docs);
	free(views);
	db_catalog_release(&cat);
	db_buf_release(&text);
	db_buf_release(&out);
	return 0;
}
