/* render_int.h - what the files of the render stage share (not public):
 * themes (theme.c), output canvases (backend.c), text and number helpers
 * (layout.c) and the figure kinds (bar.c, sheet.c).
 *
 * Every figure is laid out in points (1/72 in). A PNG canvas scales points
 * to pixels by dpi/72, so one theme looks alike in PNG, PDF and SVG. */
#ifndef DB_RENDER_INT_H
#define DB_RENDER_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/table.h"
#include "render/fonts.h"
#include "render/render.h"

/* ---- themes (theme.c) ---- */

typedef struct {
	double r, g, b;
} db_rgb;

typedef struct {
	db_rgb background, text, muted, bar, bar_negative, highlight, axis, grid,
		reference, slot,
		zebra;         /* every other row of a ranking table */
	/* font sizes, pt */
	double title_size, subtitle_size, label_size, value_size, tick_size,
		note_size, annotation_size,
		table_size;    /* ranking table cells */
	/* outer margins, pt */
	double margin_top, margin_right, margin_bottom, margin_left;
	double bar_fill;      /* share of a row the bar fills, 0.2..1 */
	double bar_max;       /* thickest bar, pt */
	double row_min;       /* thinnest row, pt */
} db_theme;

/* The built-in theme: sober, dark text, blue-grey bars, one accent that
 * stays distinct in greyscale print. */
void db_theme_default(db_theme *t);
/* Start from the default and apply the keys of a theme JSON document:
 * {"colors":{"bar":"#5b7895",…},"font_sizes":{"title":14,…},
 *  "margins":{"top":18,…},"bars":{"fill":0.66,"max":22,"row_min":16}}.
 * Unknown keys are errors (they are typos). */
int db_theme_parse(db_theme *t, const char *text, size_t len, const char *file, db_diag *d);
int db_theme_load(db_theme *t, const char *path, db_diag *d);

/* ---- canvases (backend.c) ---- */

typedef struct db_backend db_backend;

typedef struct {
	const char *title;    /* PDF Title, SVG <title> */
	const char *desc;     /* PDF Subject, SVG <desc> */
	const char *keywords; /* PDF Keywords, or NULL */
	long long epoch;      /* PDF CreationDate; <0 = none */
} db_doc_meta;

typedef struct {
	const db_backend *be;
	cairo_surface_t *surface;
	cairo_t *cr;
	db_buf bytes;         /* what a stream surface wrote */
	double width, height; /* drawing units, pt */
	double scale;         /* device units per pt */
} db_canvas;

/* The backend for a path's extension (.png .pdf .svg, any case), or NULL. */
const db_backend *db_backend_for_path(const char *path);
const char *db_backend_name(const db_backend *be);
bool db_backend_is_raster(const db_backend *be);
bool db_backend_is_paged(const db_backend *be);

/* The largest canvas each format takes (docs/design.md, Render: limits):
 * cairo's image surfaces stop at 32767 pixels a side, and a PNG also at
 * 400 million pixels; a PDF page at 14400 pt (200 in, the limit of PDF
 * viewers). SVG keeps the PDF limit, so what is drawn as one can be drawn
 * as the other. */
#define DB_PNG_MAX_PX 32767.0
#define DB_PNG_MAX_PIXELS 400e6
#define DB_PAGE_MAX_PT 14400.0

/* 0 when a canvas of w × h pt at scale (device units per pt) fits be's
 * limits; else -1 with an error naming path (may be NULL) that ends with
 * what to do: wide_hint for a wide one, tall_hint for a tall one (either
 * may be NULL). */
int db_canvas_fits(const db_backend *be, double w, double h, double scale, const char *path,
		   const char *wide_hint, const char *tall_hint, db_diag *d);
/* A surface of w × h pt (scale device units per pt; 1 for vector outputs)
 * with c->cr ready to draw in points. Checks db_canvas_fits first. */
int db_canvas_begin(db_canvas *c, const db_backend *be, double w, double h,
		    double scale, db_diag *d);
/* Paged backends only: finish this page, start the next. */
int db_canvas_next_page(db_canvas *c, db_diag *d);
/* Finish, add metadata, write path atomically, free the canvas. */
int db_canvas_finish(db_canvas *c, const db_doc_meta *m, const char *path, db_diag *d);
/* Free without writing anything. */
void db_canvas_abort(db_canvas *c);
/* Checks cr's status; fills d on error. */
int db_canvas_check(db_canvas *c, db_diag *d);

/* "1970-01-01T00:00:00Z" style UTC timestamp (out ≥ 32 bytes). */
char *db_format_utc(long long epoch, char *out, size_t outsz);

/* ---- text (layout.c) ---- */

/* Text made with one PangoContext: the renderer's measuring context or one
 * made for the drawing cairo_t. Missing glyphs are gathered in missing. */
typedef struct {
	PangoContext *pc;
	db_fonts *fonts;
	const char *family;
	db_buf *missing;      /* UTF-8 characters no font covers, each once */
} db_textctx;

/* A layout of text at size pt; wrap > 0 wraps at that width (words or
 * characters, as CJK text needs). align: PANGO_ALIGN_*. The text is
 * cleaned first (db_text_clean), U+FFFD drawn as "?" (no font here has
 * it). Caller unrefs. */
PangoLayout *db_text(db_textctx *tc, const char *text, double size, bool bold,
		     double wrap, PangoAlignment align);
/* Text fit for Pango, cairo and XML, appended to out: each byte that is
 * not UTF-8, and each noncharacter (U+FFFE …), becomes U+FFFD; control
 * characters (all but the line feed) and bidirectional overrides a space.
 * NULL appends nothing.
 * Returns out's text. */
const char *db_text_clean(const char *text, db_buf *out);
/* How far a figure's title, subtitle and notes grow, in lines, before they
 * end in "…" (the whole title stays in the document's metadata). */
#define DB_TITLE_LINES 4
#define DB_SUBTITLE_LINES 3
#define DB_NOTES_LINES 20
/* Wrap l at width and keep at most lines lines, the last ending in "…"
 * where text was left out (Pango cuts between graphemes). */
void db_text_limit(PangoLayout *l, double width, int lines);
/* Logical width and height in pt. */
void db_text_size(PangoLayout *l, double *w, double *h);
double db_text_width(PangoLayout *l);
double db_text_height(PangoLayout *l);
/* Draw with the layout's top-left corner at (x, y). */
void db_text_draw(cairo_t *cr, PangoLayout *l, double x, double y, const db_rgb *c);

/* ---- numbers (layout.c) ---- */

#define DB_TICKS_MAX 24

typedef struct {
	double v[DB_TICKS_MAX];
	size_t n;
	double step, lo, hi;   /* hi == v[n-1], lo == v[0] */
} db_ticks;

/* Nice 1-2-5 ticks covering [lo, hi] with about target intervals. Tick values
 * are exact decimals (k × m × 10^e computed once), so labels read cleanly. */
void db_nice_ticks(double lo, double hi, int target, db_ticks *t);

#define DB_LABEL_MAX 64

/* A number for a figure: 万 from 1e4, 亿 from 1e8 (of whatever the unit is),
 * at most maxdec decimals after scaling, trailing zeros dropped, a real minus
 * sign (U+2212). 17000 → "1.7万", 271.1 → "271.1", -4.1 → "−4.1". */
char *db_number_label(double v, int maxdec, char *out, size_t outsz);
/* Tick labels in one common magnitude chosen by the largest tick:
 * 0, 5000, 10000 → "0", "0.5万", "1万". labels[i] has DB_LABEL_MAX bytes. */
void db_tick_labels(const db_ticks *t, char labels[][DB_LABEL_MAX]);
/* A row's value with its qualifier: "≈10.9", "≥1.7万", "6–7", "≤3". */
char *db_value_label(const db_row *row, char *out, size_t outsz);
/* Text built from a table's words (names, scopes, units: any length) is
 * appended to a db_buf; each function returns the buffer's whole text. */

/* Stated ranks as short text: "全省第1", "全国省会城市第5、中部城市第1",
 * "全省前3", "全省第一方阵", "全省排名未公开". Nothing when none. */
const char *db_ranks_label(const db_rank *ranks, size_t n, db_buf *out);
/* 规模以上工业增加值增速（2021年，%）: name + measure word, period and unit. */
const char *db_table_title(const db_table *t, db_buf *out);
/* A figure's title: given when not NULL, else the series title of a
 * series table, else the table title. */
const char *db_figure_title(const db_table *t, const char *given, db_buf *out);
/* 2021年上半年 for a period token, the token itself when it does not parse,
 * — for NULL. */
const char *db_period_text(const char *token, db_buf *out);
/* What an empty slot says: 未公开, 仅排名：全省第1, 无数据. */
const char *db_slot_label(const db_row *row, db_buf *out);
/* The reason alone: 未公开, 仅排名, 无数据 (static text). */
const char *db_reason_word(const db_row *row);
/* A row's figure in exact digits split at the decimal point, for a column
 * aligned on it: ip "≈−12" (qualifier, sign, integer digits), fp ".5–13*"
 * (fraction, range end, correction mark). Each of sz bytes. */
void db_value_parts(const db_row *row, char *ip, char *fp, size_t sz);

/* ---- notes (layout.c) ---- */

/* 地级市 for prefecture …; unknown levels as given. */
const char *db_level_word(const char *level);
bool db_table_has_flag(const db_table *t, const char *flag);
/* A figure's notes, one paragraph each: 资料来源 (documents and dates),
 * 口径, mixed levels, 人工校正. Appends to b. */
void db_table_notes(const db_table *t, db_buf *b);

/* ---- figures (bar.c, sheet.c) ---- */

struct db_renderer {
	db_render_opts o;      /* strings borrowed from the caller */
	db_fonts *fonts;
	db_theme theme;
	cairo_surface_t *msurf;  /* 1×1 surface for the measuring pass */
	cairo_t *mcr;
	PangoContext *mpc;
	db_buf missing;          /* missing glyphs of the current figure */
};

/* What a bar chart shows besides the bars. */
typedef struct {
	const char *title;       /* NULL = built from the table */
	const char *subtitle;    /* NULL = none */
	bool show_title;
	bool show_notes;         /* source note, level and correction notes */
	bool keep_order;         /* rows in the table's order, slots included */
	bool vertical;           /* vertical whatever the renderer's orient */
	double fill;             /* share of a slot a bar fills; 0 = theme's */
} db_bar_parts;

/* Natural height (pt) of the bar chart of t at width w, and in minw (may
 * be NULL) the narrowest width its vertical bars fit in (0 for horizontal
 * ones). -1 on error, or DB_BAR_TOO_NARROW (with d) when w < minw: the
 * caller may measure again at minw. */
#define DB_BAR_TOO_NARROW (-2)
int db_bar_measure(db_renderer *r, const db_table *t, const db_bar_parts *p,
		   double w, double *h, double *minw, db_diag *d);
/* Draw it into the box (x, y, w, h) of cr; h <= 0: as tall as it needs
 * on cr (under cr's scale, text may take a point more or less than
 * db_bar_measure found). */
int db_bar_draw(db_renderer *r, const db_table *t, const db_bar_parts *p, cairo_t *cr,
		double x, double y, double w, double h, db_diag *d);
/* The <desc> text of a figure: one line per row. Appends to out. */
void db_bar_describe(const db_table *t, db_buf *out);

/* ---- ranking tables (table.c) ---- */

typedef struct db_rtable db_rtable;

/* The ranking table of t laid out at width w (pt) with pc's text; NULL
 * with d when w is too narrow even with wrapped columns. */
db_rtable *db_rtable_new(db_renderer *r, const db_table *t, PangoContext *pc, double w,
			 db_diag *d);
void db_rtable_free(db_rtable *rt);
size_t db_rtable_rows(const db_rtable *rt);
/* Height of the header plus rows [from, to). */
double db_rtable_height(const db_rtable *rt, size_t from, size_t to);
/* How many rows from `from` fit under a header in height h (may be 0). */
size_t db_rtable_fit(const db_rtable *rt, size_t from, double h);
/* Draw the header and rows [from, to) with the top-left corner at (x, y);
 * returns the height used. Zebra stripes follow the row's index in the
 * whole table, so a continued table keeps its pattern. */
double db_rtable_draw(db_rtable *rt, cairo_t *cr, double x, double y, size_t from, size_t to);
/* --chart table: title, table and notes; PNG/SVG as tall as needed, PDF in
 * pages (--height, or A4's height when longer) with the header repeated. */
int db_rtable_figure(db_renderer *r, const db_table *t, const char *path, db_diag *d);
/* The entity of a series table's key (series:ENTITY:…), appended to out
 * (nothing for other keys). */
const char *db_series_entity(const db_table *t, db_buf *out);

/* ---- series charts (series.c) ---- */

/* A series table (compare --series) as a chart over time: periods in order
 * along the x axis, an empty slot for each missing period of a regular
 * series (years, quarters, months), columns for levels and thinner bars
 * for growth rates; labels as in the bar chart. The table is copied, the
 * caller's stays as it is. Measure and draw as db_bar_*. */
/* 郑州市地区生产总值增速（%）: the entity, then the table's title,
 * appended to out. */
const char *db_series_title(const db_table *t, db_buf *out);
int db_series_measure(db_renderer *r, const db_table *t, const db_bar_parts *p, double w,
		      double *h, double *minw, db_diag *d);
int db_series_draw(db_renderer *r, const db_table *t, const db_bar_parts *p, cairo_t *cr,
		   double x, double y, double w, double h, db_diag *d);

/* An error that names no file names the output path (the figure that
 * could not be made). Returns -1. */
int db_render_failed(db_diag *d, const char *path);
/* Turn missing glyphs gathered in r->missing into a warning (or an error
 * when strict). Resets the list. */
int db_render_check_glyphs(db_renderer *r, db_diag *d);
/* Glyph check, title, description and file for a one-figure render; a
 * negative rc (drawing failed) aborts the canvas. Returns 0 or -1. */
int db_figure_finish(db_renderer *r, const db_table *t, db_canvas *c, int rc, const char *path,
		     db_diag *d);

#endif
