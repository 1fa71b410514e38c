/* render.h - the render stage: one table → bar chart / ranking table in PNG,
 * PDF or SVG; several tables → a multi-page PDF sheet.
 *
 *   db_renderer *r = db_renderer_new(&opts, &d);   // fonts, theme (loaded once)
 *   db_render_table(r, table, "fig.png", &d);      // format from the extension
 *   db_renderer_free(r);
 *
 * Output files are written atomically (core/atomic.h). Output bytes depend
 * only on the inputs and options (PDF dates from opts.epoch). Text from the
 * table and the options may be of any length and is cleaned before it is
 * drawn (docs/design.md, Render: text from the input); a figure larger than
 * its format allows is refused before drawing, and an error that names no
 * input file names the output path. */
#ifndef DB_RENDER_H
#define DB_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"
#include "core/table.h"

/* Strings are borrowed: they must outlive the renderer. */
typedef struct {
	const char *chart;      /* "bar" (default), "table" (ranking table),
				 * "series" (the default for series tables),
				 * "scorecard" (db_render_scorecard) */
	const char *orient;     /* "horizontal" (default) or "vertical" */
	double width, height;   /* px for PNG; pt for PDF/SVG; 0 = defaults */
	double dpi;             /* PNG only; 0 = 96 */
	const char *highlight;  /* entity name to highlight, or NULL */
	const char *focus;      /* the scorecard's place (a sheet's: highlight) */
	const char *peers;      /* its 标杆, "A,B,C" (or A、B); NULL = every place */
	const char *ref;        /* "mean", "median", a number, or NULL */
	const char *title;      /* NULL = built from the table */
	const char *subtitle;
	const char *source;     /* the 资料来源 of every figure (--source, spec
				 * "source"), or NULL: the documents the rows cite */
	const char *theme;      /* theme JSON path, or NULL for the default */
	const char *font;       /* family override, or NULL */
	bool has_decimals;      /* every number with `decimals` decimals (0–6) */
	int decimals;
	const char *magnitude;  /* NULL/"auto": 万 steps as the figures need;
				 * "1", "万", "亿", "万亿": the shown unit's prefix */
	bool strict;            /* a missing glyph is an error */
	long long epoch;        /* seconds for PDF CreationDate; <0 = the epoch
				 * itself (cairo would otherwise stamp the clock) */
	void (*warn)(void *ctx, const char *message); /* warnings; may be NULL */
	void *warn_ctx;
	/* The layout record, for tests: one tab-separated record per page,
	 * line of text and reference line drawn (render_int.h); may be NULL. */
	void (*box)(void *ctx, const char *record);
	void *box_ctx;
} db_render_opts;

typedef struct db_renderer db_renderer;

/* The first call of a process also sets malloc up for the renderer
 * (process-wide: blocks up to 32 MiB from a heap it keeps, grown once by
 * 16 MiB advised as transparent huge pages; render.c). */
db_renderer *db_renderer_new(const db_render_opts *o, db_diag *d);
void db_renderer_free(db_renderer *r);

int db_render_table(db_renderer *r, const db_table *t, const char *path, db_diag *d);

/* The 对标表 of opts.focus over tables (among opts.peers when given): one
 * row per table where the focus has a row and another place a figure —
 * 指标 · 期间 · 本地数值 · 位次 k/n · 最优 · 与最优差距 · 平均 · 与平均差距 ·
 * 自报排名. PNG, PDF or SVG, as tall as it needs. */
int db_render_scorecard(db_renderer *r, const db_table *const *tables, size_t n,
			const char *path, db_diag *d);

/* One page of a sheet (and its continuations). */
typedef struct {
	const db_table *table;
	const char *chart;       /* NULL/"bar", "series" (series tables; their
				  * default), or "table" (the ranking table alone) */
	const char *title;       /* NULL = built from the table */
	bool no_ranking;         /* no ranking table under the chart */
} db_sheet_page;

/* A multi-page A4 PDF: a cover, the scorecard when opts.focus is set, a
 * coverage page (entities × tables), then
 * one page per table — chart, ranking table, source clauses, corrections
 * and conflicts — continued on further pages when long; page numbers, an
 * outline entry per metric with one per table under it. */
typedef struct {
	const char *title;
	const char *subtitle;
	const db_table *const *tables;
	size_t ntables;
	const char *const *page_titles;  /* per table, NULL entries = default */
	/* cover information */
	const db_document *const *documents;
	size_t ndocuments;
	/* when pages is set it replaces tables and page_titles */
	const db_sheet_page *pages;
	size_t npages;
	bool no_coverage;
} db_sheet;

int db_render_sheet(db_renderer *r, const db_sheet *s, const char *path, db_diag *d);

/* A --width/--height argument in the units db_render_opts wants for the
 * output path: "1600" or "1600px" (pixels for PNG, CSS px = 0.75 pt for
 * PDF/SVG), "160mm", "16cm", "6in", "453pt" (converted at dpi for PNG;
 * dpi 0 = 96). Returns 0, or -1 with a message in d. */
int db_render_parse_size(const char *arg, const char *path, double dpi, double *out,
			 db_diag *d);

/* The newest document date among the tables' row sources, as seconds since
 * the epoch at 00:00 UTC of that day, or -1 when no source has a date:
 * the reproducible default for PDF dates. */
long long db_tables_epoch(const db_table *const *tables, size_t n);
/* The same for a date. */
long long db_date_epoch(const db_date *date);

#endif
