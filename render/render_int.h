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
#include "core/i18n.h"
#include "core/table.h"
#include "render/fonts.h"
#include "render/render.h"

/* Huge pages are this large and so aligned (x86-64; arm64 with 4 KiB pages). */
#define HUGE_PAGE ((size_t)2 << 20)

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
	void *pixels;         /* a PNG surface's memory, mapped by png_create */
	size_t pixels_size;
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
	/* NULL, or layouts kept by what makes them (db_text_kept_new): then
	 * db_text_kept, db_name_text and db_phrase_text hand out the layout
	 * they made before for the same text the same way, shaped once, which
	 * no caller changes */
	GHashTable *kept;
} db_textctx;

/* A layout's key in a table of layouts (db_textctx.kept, a sheet's or a
 * ranking table's own): each number appended in hexadecimal (an integer
 * without its leading zeros, a number's bits without their trailing zeros),
 * then a space. */
void db_key_num(db_buf *key, double v);
void db_key_int(db_buf *key, long long v);
/* A table for db_textctx.kept; g_hash_table_destroy frees it. */
GHashTable *db_text_kept_new(void);
/* Text on one line, as db_text with no wrap; kept when tc keeps layouts.
 * Caller unrefs and does not change it. */
PangoLayout *db_text_kept(db_textctx *tc, const char *text, double size, bool bold,
			  PangoAlignment align);
/* l, a layout of db_text_kept, as db_text_limit(l, w, lines) would make
 * it (lines 0: only wrapped at w, as db_text wraps): a copy kept beside
 * it, laid out once for every table and block that asks, when tc keeps
 * layouts; else l itself, limited. Caller unrefs (both) and does not
 * change it. */
PangoLayout *db_text_kept_limit(db_textctx *tc, PangoLayout *l, double w, int lines);

/* A layout of text at size pt; wrap > 0 wraps at that width (words or
 * characters, as CJK text needs). align: PANGO_ALIGN_*. The text is
 * cleaned first (db_text_clean), U+FFFD drawn as "?" (no font here has
 * it). Caller unrefs. */
PangoLayout *db_text(db_textctx *tc, const char *text, double size, bool bold,
		     double wrap, PangoAlignment align);
/* What db_text would note of text in tc->missing, with no layout made. */
void db_text_note(db_textctx *tc, const char *text);
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
/* A place name wrapped to w in at most lines lines, broken only between
 * its words (after 市/区/县/省/州/盟/旗, around brackets: 洛阳市|涧西区,
 * never 平顶|山市), at 90% or 80% of size when a word is wider than w;
 * only a name that does not fit even so is cut between characters and
 * ends in "…". Caller unrefs. */
PangoLayout *db_name_text(db_textctx *tc, const char *name, double size, bool bold, double w,
			  int lines, PangoAlignment align);
/* A table cell's phrase (地区生产总值（亿元）, ▼ −8024元（−19.5%）) wrapped
 * to w in at most lines lines: broken before an opening bracket or a
 * measure word (增速, 目标 …), after a closing bracket, a slash, a comma or
 * a space (not the one after ▲/▼); when a phrase is wider than w, also
 * between characters outside brackets, never inside a number; cut and
 * ended in "…" only when that does not fit either. Caller unrefs. */
PangoLayout *db_phrase_text(db_textctx *tc, const char *text, double size, bool bold, double w,
			    int lines, PangoAlignment align);
/* Breaks in l's text only between the words of place names (as above),
 * after a list's 、 or ，: for running text that lists places. */
void db_text_names(PangoLayout *l);
/* Logical width and height in pt. */
void db_text_size(PangoLayout *l, double *w, double *h);
double db_text_width(PangoLayout *l);
double db_text_height(PangoLayout *l);
/* The layout record (db_render_opts.box): after db_canvas_begin, a
 * renderer with a box callback watches the canvas; every line of text
 * drawn is then recorded with its logical box in device units
 * ("T page line x0 y0 x1 y1 start LINE TEXT"), every reference line
 * ("L page x0 y0 x1 y1") and every page ("P page width height"). */
void db_canvas_watch(db_canvas *c, const db_renderer *r);
void db_box_page(cairo_t *cr);
void db_box_line(cairo_t *cr, double x0, double y0, double x1, double y1);
/* One line of l drawn with its logical box's top-left at (x, y) (for text
 * drawn line by line; index 0 for the first line). */
void db_box_text_line(cairo_t *cr, PangoLayout *l, PangoLayoutLine *line, int index,
		      double x, double y);
/* pango_cairo_update_layout when cr's transformation or target has
 * changed since l's context was last brought up to date with a cairo_t:
 * Pango takes every update for a change and lays out every layout of the
 * context again, so a text measured and then drawn would be shaped twice. */
void db_text_update(cairo_t *cr, PangoLayout *l);
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
/* How a figure writes its numbers: one magnitude (the table's unit, or it
 * with 万/亿 more while the figures would have six digits or more before
 * the point: 元 → 万元, 亿元 → 万亿元), named once in the unit; one count
 * of decimals, the most any figure was stated with (7.0 keeps its .0;
 * at most 2, 4 below one), unless the options fix them. */
typedef struct {
	int shift;          /* power of ten divided out: 0, 4, 8 */
	int dec;            /* decimals of every number */
	char unit[96];      /* the unit as shown (亿元, 万元 …) */
} db_numstyle;
void db_numstyle_of(const db_table *t, const db_render_opts *o, db_numstyle *ns);
/* Decimals a figure was stated with (its raw text when that is the value,
 * 7.0% → 1; else its shortest form); negative for 万/亿 of the unit. */
int db_stated_decimals(double v, const char *raw);
/* v in the style: "1334.79", "−4.1"; with the unit: "1334.79亿元". */
char *db_num(const db_numstyle *ns, double v, char *out, size_t outsz);
char *db_num_unit(const db_numstyle *ns, double v, char *out, size_t outsz);
/* Tick labels in the figure's magnitude, with the step's decimals:
 * 0, 0.5, 1 → "0.0", "0.5", "1.0". labels[i] has DB_LABEL_MAX bytes. */
void db_tick_labels(const db_ticks *t, const db_numstyle *ns, char labels[][DB_LABEL_MAX]);
/* A row's value with its qualifier: "≈10.9", "≥1.70", "6–7", "≤3". */
char *db_value_label(const db_row *row, const db_numstyle *ns, char *out, size_t outsz);
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
void db_value_parts(const db_row *row, const db_numstyle *ns, char *ip, char *fp, size_t sz);

/* ---- notes (layout.c) ---- */

/* 地级市 for prefecture …; unknown levels as given. */
const char *db_level_word(const char *level);
bool db_table_has_flag(const db_table *t, const char *flag);
/* A figure's notes, one paragraph each: 资料来源 (documents and dates),
 * 口径, mixed levels, 人工校正. Appends to b. */
void db_table_notes(const db_table *t, const char *source, db_buf *b);

/* ---- figures (bar.c, sheet.c) ---- */

struct db_renderer {
	db_render_opts o;      /* strings borrowed from the caller */
	db_fonts *fonts;
	db_theme theme;
	cairo_surface_t *msurf;  /* 1×1 surface for the measuring pass */
	cairo_t *mcr;
	PangoContext *mpc;
	/* Pango takes a PDF surface's font options (no rounding of glyph
	 * positions), not an image surface's, so its fonts are others than
	 * the measuring context's, and each is loaded, measured and shaped
	 * again. A bar chart into a PDF is measured and drawn with one context
	 * on a PDF surface of no output, made when first asked for
	 * (vector_context in render.c): draw_pc while it is drawn. (Not for
	 * SVG: one more surface would change the ids of cairo's SVG; spc.) */
	cairo_surface_t *vsurf;
	cairo_t *vcr;
	PangoContext *vpc;
	/* The same for a PNG of a given --width and --height: a context on a
	 * 1×1 image surface at the PNG's scale (a font's size in device units
	 * is part of what Pango keys it by, so the unscaled measuring
	 * context's fonts are others too; raster_context in render.c). */
	cairo_surface_t *rsurf;
	cairo_t *rcr;
	PangoContext *rpc;
	/* An SVG's: a context of no surface (db_fonts_context with no
	 * cairo_t), whose fonts cairo draws with the SVG surface's options
	 * merged in, the glyphs those of the SVG's own context; no surface
	 * is made, and cairo's SVG ids stay. */
	PangoContext *spc;
	PangoContext *draw_pc;   /* NULL: db_bar_draw makes one for its cairo_t */
	/* the bar chart db_bar_measure built with draw_pc, for db_bar_draw to
	 * place at the height found instead of building it again; NULL */
	struct db_bar_kept *bar;
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
	bool horizontal;         /* horizontal whatever the renderer's orient
				  * (vertical bars whose labels would not fit) */
} db_bar_parts;

/* Natural height (pt) of the bar chart of t at width w, and in minw (may
 * be NULL) the narrowest width its vertical bars fit in (0 for horizontal
 * ones). -1 on error, or DB_BAR_TOO_NARROW (with d) when w < minw: the
 * caller may measure again at minw. */
#define DB_BAR_TOO_NARROW (-2)
/* over > 0: horizontal bars whose height a lower bound (with none of
 * their rows laid out) puts above over are not measured: *h is that
 * bound. */
int db_bar_measure(db_renderer *r, const db_table *t, const db_bar_parts *p,
		   double w, double over, double *h, double *minw, db_diag *d);
/* Draw it into the box (x, y, w, h) of cr; h <= 0: as tall as it needs
 * on cr (under cr's scale, text may take a point more or less than
 * db_bar_measure found). */
int db_bar_draw(db_renderer *r, const db_table *t, const db_bar_parts *p, cairo_t *cr,
		double x, double y, double w, double h, db_diag *d);
/* Free the chart db_bar_measure kept for db_bar_draw, if any. */
void db_bar_forget(db_renderer *r);
/* The <desc> text of a figure: one line per row. Appends to out. */
void db_bar_describe(const db_table *t, db_buf *out);

/* ---- ranking tables (table.c) ---- */

typedef struct db_rtable db_rtable;

/* The ranking table of t laid out at width w (pt) with tc's text (its
 * places' names kept when tc keeps layouts); NULL with d when w is too
 * narrow even with wrapped columns. */
db_rtable *db_rtable_new(db_renderer *r, const db_table *t, const db_textctx *tc, double w,
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

/* ---- the scorecard (scorecard.c) ---- */

/* The 对标表 of r->o.focus (among r->o.peers when given) over the tables:
 * one row per table with a row for the focus (a figure, or masked or
 * rank-only) and a figure of another place to compare with, laid out at
 * width w. NULL with d when there is no focus or no such table. */
typedef struct db_scard db_scard;
db_scard *db_scard_new(db_renderer *r, const db_table *const *tables, size_t n,
		       PangoContext *pc, double w, db_diag *d);
void db_scard_free(db_scard *sc);
size_t db_scard_rows(const db_scard *sc);
double db_scard_height(const db_scard *sc, size_t from, size_t to);
size_t db_scard_fit(const db_scard *sc, size_t from, double h);
/* Header and rows [from, to) at (x, y); returns the height used. */
double db_scard_draw(db_scard *sc, cairo_t *cr, double x, double y, size_t from, size_t to);
/* 对标表：洛阳市 (or --title), and the line that explains the columns. */
const char *db_scard_title(const db_renderer *r, db_buf *out);
const char *db_scard_legend(const db_renderer *r, db_buf *out);
/* --chart scorecard: title, table, legend; as tall as it needs. */
int db_scard_figure(db_renderer *r, const db_table *const *tables, size_t n, const char *path,
		    db_diag *d);

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
