/* render.h - the render stage: one table → bar chart / ranking table in PNG,
 * PDF or SVG; several tables → a multi-page PDF sheet.
 *
 *   db_renderer *r = db_renderer_new(&opts, &d);   // fonts, theme (loaded once)
 *   db_render_table(r, table, "fig.png", &d);      // format from the extension
 *   db_renderer_free(r);
 *
 * Output files are written atomically (core/atomic.h). Output bytes depend
 * only on the inputs and options (PDF dates from opts.epoch). */
#ifndef DB_RENDER_H
#define DB_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"
#include "core/table.h"

typedef struct {
	const char *chart;      /* "bar" (default), later "table", "series" */
	const char *orient;     /* "horizontal" (default) or "vertical" */
	double width, height;   /* px for PNG; pt for PDF/SVG; 0 = defaults */
	double dpi;             /* PNG only; 0 = 96 */
	const char *highlight;  /* entity name to highlight, or NULL */
	const char *ref;        /* "mean", "median", a number, or NULL */
	const char *title;      /* NULL = built from the table */
	const char *subtitle;
	const char *theme;      /* theme JSON path, or NULL for the default */
	const char *font;       /* family override, or NULL */
	bool strict;            /* a missing glyph is an error */
	long long epoch;        /* seconds for PDF CreationDate; <0 = none */
	void (*warn)(void *ctx, const char *message); /* warnings; may be NULL */
	void *warn_ctx;
} db_render_opts;

typedef struct db_renderer db_renderer;

db_renderer *db_renderer_new(const db_render_opts *o, db_diag *d);
void db_renderer_free(db_renderer *r);

int db_render_table(db_renderer *r, const db_table *t, const char *path, db_diag *d);

/* A multi-page PDF: a cover, then one page per table (in the order given). */
typedef struct {
	const char *title;
	const char *subtitle;
	const db_table *const *tables;
	size_t ntables;
	const char *const *page_titles;  /* per table, NULL entries = default */
	/* cover information */
	const db_document *const *documents;
	size_t ndocuments;
} db_sheet;

int db_render_sheet(db_renderer *r, const db_sheet *s, const char *path, db_diag *d);

#endif
