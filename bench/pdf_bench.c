/* pdf_bench.c - how long a 100-page PDF report takes: the five example
 * reports typeset again and again (tests/formats/typeset.c, A4, 10.5 pt)
 * until 100 pages, then read (poppler-glib and the layout of
 * extract/pdf.c) and extracted, best of five; with DUIBIAO given, also
 * `duibiao extract` on the file, the whole process. Prints numbers; never
 * a test (`make bench`). Goal (issue 13): ≤ 1 s for the whole process. */
#define _DEFAULT_SOURCE   /* wait4 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "extract/extract.h"
#include "extract/formats.h"
#include "tests/formats/typeset.h"

extern char **environ;

static const char *const reports[] = {
	"sanmenxia-2022-05.txt", "zhengzhou-2022-04.txt", "luohe-2022-09.txt",
	"luoyang-jianxi-2022-01.txt", "heilongjiang-county-city-2022-07.txt",
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The process's wall time, and its CPU time (user + system) in *cpu: on a
 * shared machine the CPU time is the steadier number. */
static double run(char *const argv[], double *cpu)
{
	pid_t pid;
	int status;
	struct rusage ru;
	double t0 = now();
	if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0)
		return -1;
	wait4(pid, &status, 0, &ru);
	*cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? now() - t0 : -1;
}

int main(int argc, char **argv)
{
	db_buf text = DB_BUF_INIT, raw = DB_BUF_INIT;
	char path[] = "/tmp/duibiao-pdf-bench-XXXXXX";
	typeset_opts o = { "郑州市人民政府工作报告（基准测试）", 595, 842, 10.5, 100 };
	typeset_stats st;
	db_diag d = { 0 };

	for (size_t i = 0; i < sizeof reports / sizeof *reports; i++) {
		char p[512];
		snprintf(p, sizeof p, "%s/examples/%s", DB_SOURCE_DIR, reports[i]);
		if (db_buf_read_file(&text, p) < 0) {
			perror(p);
			return 1;
		}
		db_buf_putc(&text, '\n');
	}
	int fd = mkstemp(path);
	if (fd < 0) {
		perror("mkstemp");
		return 1;
	}
	close(fd);
	if (typeset_pdf(db_buf_cstr(&text), text.len, &o, path, &st) < 0)
		return 1;
	if (db_buf_read_file(&raw, path) < 0) {
		perror(path);
		return 1;
	}

	db_catalog cat = { 0 };
	if (db_catalog_load(&cat, NULL, &d) < 0)
		return 1;
	db_extractor *x = db_extractor_new(&cat, &d);
	double best_read = 1e9, best_extract = 1e9;
	size_t nrec = 0, nbytes = 0;
	for (int k = 0; k < 5; k++) {
		db_buf out = DB_BUF_INIT;
		db_pages pages = DB_PAGES_INIT;
		db_records rs = DB_RECORDS_INIT;
		double t0 = now();
		if (db_read_pdf(raw.data, raw.len, &out, &pages, path, &d) < 0) {
			fprintf(stderr, "pdf_bench: %s\n", d.message);
			return 1;
		}
		double t1 = now();
		rs.doc.entity = "郑州市";
		rs.doc.level = "prefecture";
		rs.doc.has_date = true;
		rs.doc.date = (db_date){ 2022, 4, 20 };
		db_extract_text(x, db_buf_cstr(&out), out.len, &rs, &d);
		db_pages_apply(&pages, &rs);
		double t2 = now();
		best_read = t1 - t0 < best_read ? t1 - t0 : best_read;
		best_extract = t2 - t1 < best_extract ? t2 - t1 : best_extract;
		nrec = rs.len;
		nbytes = out.len;
		db_records_release(&rs);
		db_pages_release(&pages);
		db_buf_release(&out);
	}
	printf("pdf: %d pages, %zu bytes of PDF, %zu bytes of text, %zu records\n", st.pages,
	       raw.len, nbytes, nrec);
	printf("read (poppler + layout)   %7.1f ms  (%.2f ms a page)\n", best_read * 1e3,
	       best_read * 1e3 / st.pages);
	printf("extract                   %7.1f ms\n", best_extract * 1e3);
	if (argc > 1) {
		char *args[] = { argv[1], "extract", "--quiet", "--entity", "郑州市", "--date",
				 "2022-04-20", path, "-o", "/dev/null", NULL };
		double best = 1e9, best_cpu = 1e9, cpu;
		for (int k = 0; k < 5; k++) {
			double t = run(args, &cpu);
			best_cpu = cpu < best_cpu ? cpu : best_cpu;
			if (t < 0) {
				fprintf(stderr, "pdf_bench: %s extract failed\n", argv[1]);
				best = -1;
				break;
			}
			best = t < best ? t : best;
		}
		if (best >= 0)
			printf("duibiao extract (process) %7.1f ms wall, %.1f ms CPU  (goal: ≤ 1000 ms)\n",
			       best * 1e3, best_cpu * 1e3);
	}
	unlink(path);
	db_extractor_free(x);
	db_catalog_release(&cat);
	db_buf_release(&raw);
	db_buf_release(&text);
	return 0;
}
