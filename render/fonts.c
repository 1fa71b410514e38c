/* fonts.c - the renderer's private fontconfig set-up: the bundled Duibiao
 * Sans SC subset, Debian's Noto Sans CJK SC for the glyphs it lacks, never
 * the system's font folders (DESIGN.md, Fonts; fonts/fonts.conf). Without
 * the bundled subset, the system's Noto Sans CJK SC alone, with a note. */
#include "render/fonts.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "core/buf.h"
#include "core/i18n.h"
#include "core/module.h"
#include "render/fontcache.h"

#define BUNDLED_FAMILY "Duibiao Sans SC"
#define NOTO_FAMILY "Noto Sans CJK SC"
#define CONF_FILE "fonts.conf"
#define REJECTED "duibiao-rejected"  /* the font format of faces left out */

/* The bundled subset (fonts/make-subset.py writes it), in fonts/. */
static const char *const bundled_files[] = {
	"DuibiaoSans-Regular.otf",
	"DuibiaoSans-Bold.otf",
};

/* Debian's fonts-noto-cjk, named file by file; fonts.conf lets only their
 * Simplified Chinese face in. */
static const char *const fallback_files[] = {
	"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
	"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
};

/* fonts/fonts.conf, compiled in: the configuration when the bundled
 * folder, which holds its copy, is missing. */
extern const unsigned char db_fonts_conf[];
extern const unsigned long db_fonts_conf_len;

struct db_fonts {
	FcConfig *config;
	PangoFontMap *map;
	FcCharSet *coverage;  /* every character some font in the set has */
	char *family;         /* the Pango family to ask for */
	char *note;           /* what replaced the bundled subset, or NULL */
};

static bool readable(const char *dir, const char *file)
{
	db_buf b = DB_BUF_INIT;
	db_buf_printf(&b, "%s/%s", dir, file);
	bool ok = access(b.data, R_OK) == 0;
	db_buf_release(&b);
	return ok;
}

static bool is_font_dir(const char *dir)
{
	return readable(dir, CONF_FILE) && readable(dir, bundled_files[0]);
}

/* The folder holding fonts.conf and the subset: $DUIBIAO_FONT_DIR, else
 * the installed one relative to the executable (DB_REL_FONT_DIR from its
 * folder: <prefix>/bin/duibiao finds <prefix>/share/duibiao/fonts wherever
 * the prefix was moved), else, for a program inside the build tree, the
 * source tree's fonts/ (DB_FONT_DIR). NULL when none is found; *looked
 * (caller frees) then names the installed folder it looked for. */
static char *find_font_dir(char **looked)
{
	*looked = NULL;
	const char *env = getenv("DUIBIAO_FONT_DIR");
	if (env && *env)
		return db_xstrdup(env);
	return db_find_installed(DB_REL_FONT_DIR, DB_FONT_DIR, DB_BUILD_DIR, is_font_dir, looked);
}

static void xml_escape(db_buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': db_buf_puts(b, "&amp;"); break;
		case '<': db_buf_puts(b, "&lt;"); break;
		case '>': db_buf_puts(b, "&gt;"); break;
		case '"': db_buf_puts(b, "&quot;"); break;
		default: db_buf_putc(b, *s);
		}
	}
}

/* Families the set may hold; every other face a file brings (the JP, KR,
 * TC, HK and Mono faces of the Noto .ttc) is dropped at scan time. */
static const char *const set_families[] = {
	BUNDLED_FAMILY,
	"Noto Sans CJK SC",
};

/* fontconfig applies <selectfont> to cached folders only, not to files
 * added one by one, so the filter is a scan rule: a face of no accepted
 * family gets the font format REJECTED, and add_file leaves such faces out
 * of the set (were one let in, Pango, which loads TrueType and CFF only,
 * would neither list nor draw it; tests/render/fonts checks that the map
 * lists no other family). user_family (--font) is accepted too. Loaded
 * before any font is added. */
static int reject_other_faces(FcConfig *config, const char *user_family, db_diag *d)
{
	db_buf b = DB_BUF_INIT;
	db_buf_puts(&b, "<?xml version=\"1.0\"?>\n<fontconfig><match target=\"scan\">\n");
	for (size_t i = 0; i <= sizeof set_families / sizeof set_families[0]; i++) {
		const char *fam = i < sizeof set_families / sizeof set_families[0] ? set_families[i] : user_family;
		if (!fam)
			continue;
		db_buf_puts(&b, "<test qual=\"all\" name=\"family\" compare=\"not_eq\"><string>");
		xml_escape(&b, fam);
		db_buf_puts(&b, "</string></test>\n");
	}
	db_buf_puts(&b, "<edit name=\"fontformat\" mode=\"assign\"><string>" REJECTED
			"</string></edit>\n"
			"</match></fontconfig>\n");
	FcBool ok = FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)b.data, FcFalse);
	db_buf_release(&b);
	if (!ok)
		return db_error(d, NULL, 0, 0, "cannot set up the font filter");
	return 0;
}

/* Add the faces of a font file that the scan rules let in to config's set
 * (the "system" set, which holds nothing else: the private config names no
 * folder), through the per-user cache of scanned faces (fontcache.h), in
 * the order of the calls. -1 when file is no readable font. */
static int add_file(FcConfig *config, const char *file)
{
	return db_fontcache_add(config, FcConfigGetFonts(config, FcSetSystem), file, REJECTED);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Add the files of family to config, located with the system's fontconfig
 * configuration — read only for this look-up. Returns how many files were
 * added (0: the family is not installed), -1 on an error (d says); names,
 * when not NULL, gets the files added, separated by ", ". */
static int add_system_family(FcConfig *config, const char *family, db_buf *names, db_diag *d)
{
	FcConfig *sys = FcConfigCreate();
	if (!sys)
		return db_error(d, NULL, 0, 0, "cannot create a fontconfig configuration");
	if (!FcConfigParseAndLoad(sys, NULL, FcFalse) || !FcConfigBuildFonts(sys)) {
		FcConfigDestroy(sys);
		return db_error(d, NULL, 0, 0, "cannot read the system's fontconfig configuration");
	}
	FcPattern *pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcObjectSet *os = FcObjectSetBuild(FC_FILE, (char *)NULL);
	FcFontSet *fs = FcFontList(sys, pat, os);
	FcObjectSetDestroy(os);
	FcPatternDestroy(pat);

	/* Sorted, so the set does not depend on the order of the system's scan. */
	size_t n = 0;
	const char **files = db_xcalloc(fs && fs->nfont > 0 ? (size_t)fs->nfont : 1, sizeof *files);
	for (int i = 0; fs && i < fs->nfont; i++) {
		FcChar8 *file;
		if (FcPatternGetString(fs->fonts[i], FC_FILE, 0, &file) == FcResultMatch)
			files[n++] = (const char *)file;
	}
	qsort(files, n, sizeof *files, cmp_str);
	int ret = 0;
	for (size_t i = 0; i < n && ret >= 0; i++) {
		if (i > 0 && strcmp(files[i], files[i - 1]) == 0)
			continue;
		if (add_file(config, files[i]) < 0)
			ret = db_error(d, NULL, 0, 0, "cannot load font %s", files[i]);
		else if (names)
			db_buf_printf(names, "%s%s", ret++ ? ", " : "", files[i]);
		else
			ret++;
	}
	free(files);
	if (fs)
		FcFontSetDestroy(fs);
	FcConfigDestroy(sys);
	return ret;
}

/* --font: a family of the set, a font file, or a family installed on the
 * system. Sets *family to the family to ask Pango for (caller frees). */
static int add_user_font(FcConfig *config, const char *font, char **family, db_diag *d)
{
	if (strchr(font, '/')) {
		int count = 0;
		FcPattern *p = FcFreeTypeQuery((const FcChar8 *)font, 0, NULL, &count);
		FcChar8 *name;
		if (!p || FcPatternGetString(p, FC_FAMILY, 0, &name) != FcResultMatch) {
			if (p)
				FcPatternDestroy(p);
			return db_error(d, font, 0, 0, "cannot read font");
		}
		*family = db_xstrdup((const char *)name);
		FcPatternDestroy(p);
		if (reject_other_faces(config, *family, d) < 0)
			return -1;
		if (add_file(config, font) < 0)
			return db_error(d, font, 0, 0, "cannot load font");
		return 0;
	}
	*family = db_xstrdup(font);
	for (size_t i = 0; i < sizeof set_families / sizeof set_families[0]; i++)
		if (strcasecmp(font, set_families[i]) == 0)
			return reject_other_faces(config, NULL, d);
	if (reject_other_faces(config, font, d) < 0)
		return -1;
	int n = add_system_family(config, font, NULL, d);
	return n ? (n < 0 ? -1 : 0) : db_error(d, NULL, 0, 0, "font family not found: %s", font);
}

static int add_bundled(FcConfig *config, const char *dir, db_diag *d)
{
	for (size_t i = 0; i < sizeof bundled_files / sizeof bundled_files[0]; i++) {
		db_buf b = DB_BUF_INIT;
		db_buf_printf(&b, "%s/%s", dir, bundled_files[i]);
		bool ok = add_file(config, b.data) >= 0;
		if (!ok)
			db_error(d, b.data, 0, 0, "cannot load the bundled font");
		db_buf_release(&b);
		if (!ok)
			return -1;
	}
	return 0;
}

/* The union of the character sets of every font the config let in. */
static FcCharSet *coverage_of(FcConfig *config)
{
	FcCharSet *all = FcCharSetCreate();
	FcFontSet *fs = FcConfigGetFonts(config, FcSetSystem);
	for (int i = 0; fs && i < fs->nfont; i++) {
		FcCharSet *cs;
		if (FcPatternGetCharSet(fs->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch)
			FcCharSetMerge(all, cs, NULL);
	}
	return all;
}

/* Without the bundled subset the system's Noto Sans CJK SC, found through
 * its fontconfig configuration, stands in for it: it draws the default
 * family, with a note naming what was missing and what is used, and the
 * glyphs a --font family lacks. The default family without it is an error;
 * looked is the bundled folder looked for (may be NULL). */
static int add_stand_in(db_fonts *f, const char *family, const char *looked, db_diag *d)
{
	bool user = family && strcasecmp(family, BUNDLED_FAMILY) != 0;
	bool file = family && strchr(family, '/');
	db_buf used = DB_BUF_INIT;
	int n = 0;
	/* A font file of that family brought its faces already. */
	if (!(file && strcasecmp(f->family, NOTO_FAMILY) == 0))
		n = add_system_family(f->config, NOTO_FAMILY, &used, d);
	if (n < 0 || user) {
		db_buf_release(&used);
		if (n < 0)
			return -1;
		if (n == 0 && !file && strcasecmp(family, NOTO_FAMILY) == 0)
			return db_error(d, NULL, 0, 0, "font family not found: %s", family);
		return 0;
	}
	if (!looked)
		looked = DB_REL_FONT_DIR;
	if (n == 0) {
		db_buf_release(&used);
		return db_error(d, NULL, 0, 0,
				"cannot find the bundled fonts (%s/%s) nor %s (Debian: fonts-noto-cjk); "
				"set DUIBIAO_FONT_DIR or name a font with --font",
				looked, bundled_files[0], NOTO_FAMILY);
	}
	db_buf b = DB_BUF_INIT;
	db_buf_printf(&b, _("bundled fonts not found (%s/%s): drawing with %s (%s) instead"),
		      looked, bundled_files[0], NOTO_FAMILY, db_buf_cstr(&used));
	f->note = db_buf_detach(&b, NULL);
	db_buf_release(&used);
	free(f->family);
	f->family = db_xstrdup(NOTO_FAMILY);
	return 0;
}

/* The private configuration: dir's fonts.conf, or the compiled-in copy
 * when dir is NULL; then an empty font set (fonts.conf names no folder)
 * that add_file fills. */
static int load_config(FcConfig *config, const char *dir, db_diag *d)
{
	FcConfigSetRescanInterval(config, 0);
	if (dir) {
		db_buf conf = DB_BUF_INIT;
		db_buf_printf(&conf, "%s/%s", dir, CONF_FILE);
		bool ok = access(conf.data, R_OK) == 0 &&
			  FcConfigParseAndLoad(config, (const FcChar8 *)conf.data, FcFalse);
		if (!ok)
			db_error(d, conf.data, 0, 0, "cannot load the font configuration");
		db_buf_release(&conf);
		if (!ok)
			return -1;
	} else if (!FcConfigParseAndLoadFromMemory(config, db_fonts_conf, FcFalse)) {
		return db_error(d, NULL, 0, 0, "cannot load the built-in font configuration");
	}
	if (!FcConfigBuildFonts(config) || !FcConfigGetFonts(config, FcSetSystem))
		return db_error(d, NULL, 0, 0, "cannot create a font set");
	return 0;
}

/* A new Pango font map has a thread run FcInit, which loads the system's
 * configuration and font caches (scanning every font folder when the
 * caches are cold), and waits for it before its first font lookup, though
 * the map never uses that configuration. FcInit loads nothing once some
 * configuration is current: an empty one (no folder, no font) is made
 * current, so the process never reads the system's fonts. The private
 * configuration itself is not made current: fontconfig would then keep it
 * past db_fonts_free. */
static int quiet_default_config(db_diag *d)
{
	FcConfig *empty = FcConfigCreate();
	FcBool ok = empty && FcConfigSetCurrent(empty);

	if (empty)
		FcConfigDestroy(empty);  /* the current configuration keeps a reference */
	if (!ok)
		return db_error(d, NULL, 0, 0, "cannot set up an empty font configuration");
	return 0;
}

PangoFontMap *db_fonts_map_new(db_fonts *f)
{
	PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);

	if (map) {
		pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), f->config);
		pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72.0);
	}
	return map;
}

/* Pango 1.50 matches and sorts a map's patterns in a thread of its own,
 * one request after another, each holding references to the map, its
 * configuration and a copy of its font set, and freeing the map does not
 * wait for the requests still queued (a sort is queued with every match,
 * and a run that fails at its first layout leaves them behind). So the map
 * is let go once its last other reference is: a toggle reference tells
 * (last_ref, from whichever thread drops it), and the map is finalized
 * here. The configuration and the faces of fontcache.c then go with
 * db_fonts_free, not at some later time nor past exit, where valgrind and
 * LeakSanitizer report them as lost (fontconfig links a pattern's values
 * and a charset's pages by offsets, not pointers). A reference that never
 * goes (a context not unreferenced) is waited for MAP_WAIT_S at most. */
#define MAP_WAIT_S 60
static GMutex map_mutex;
static GCond map_cond;

static void last_ref(gpointer done, GObject *map, gboolean is_last)
{
	(void)map;
	g_mutex_lock(&map_mutex);
	*(gboolean *)done = is_last;
	g_cond_broadcast(&map_cond);
	g_mutex_unlock(&map_mutex);
}

void db_fonts_map_free(PangoFontMap *map)
{
	if (!map)
		return;
	gboolean *done = g_new0(gboolean, 1);
	g_object_add_toggle_ref(G_OBJECT(map), last_ref, done);
	g_object_unref(map);
	gint64 until = g_get_monotonic_time() + MAP_WAIT_S * G_TIME_SPAN_SECOND;
	g_mutex_lock(&map_mutex);
	while (!*done && g_cond_wait_until(&map_cond, &map_mutex, until))
		;
	gboolean last = *done;
	g_mutex_unlock(&map_mutex);
	/* Pango 1.50's finalize keeps its reference to the config: detach
	 * it, or every font pattern leaks. Only now that the thread's
	 * requests are done: detaching clears the map's caches, among them
	 * the table of patterns from which the thread, when its request
	 * held a pattern's last reference, removes it, unlocked; cleared
	 * while a request was queued, the thread read and wrote the freed
	 * table (heap corruption, now and then). */
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), NULL);
	g_object_remove_toggle_ref(G_OBJECT(map), last_ref, done);
	if (last)
		g_free(done);  /* else a late last_ref may still write it */
}

db_fonts *db_fonts_new_in(const char *dir, const char *family, bool fallback, db_diag *d)
{
	char *found = NULL, *looked = NULL;
	if (!dir)
		dir = found = find_font_dir(&looked);

	db_fonts *f = db_xcalloc(1, sizeof *f);
	f->config = FcConfigCreate();
	if (!f->config) {
		db_error(d, NULL, 0, 0, "cannot create a fontconfig configuration");
		goto fail;
	}
	if (load_config(f->config, dir, d) < 0)
		goto fail;
	if (family) {
		if (add_user_font(f->config, family, &f->family, d) < 0)
			goto fail;
	} else {
		if (reject_other_faces(f->config, NULL, d) < 0)
			goto fail;
		f->family = db_xstrdup(BUNDLED_FAMILY);
	}
	if (!dir) {
		if (add_stand_in(f, family, looked, d) < 0)
			goto fail;
	} else if (add_bundled(f->config, dir, d) < 0) {
		goto fail;
	}
	for (size_t i = 0; dir && fallback && i < sizeof fallback_files / sizeof fallback_files[0]; i++) {
		/* Optional: a missing file only narrows the coverage. */
		if (access(fallback_files[i], R_OK) == 0)
			add_file(f->config, fallback_files[i]);
	}
	f->coverage = coverage_of(f->config);

	if (quiet_default_config(d) < 0)
		goto fail;
	f->map = db_fonts_map_new(f);
	if (!f->map) {
		db_error(d, NULL, 0, 0, "cannot create a FreeType font map");
		goto fail;
	}
	free(found);
	free(looked);
	return f;
fail:
	free(found);
	free(looked);
	db_fonts_free(f);
	return NULL;
}

db_fonts *db_fonts_new(const char *family, db_diag *d)
{
	return db_fonts_new_in(NULL, family, true, d);
}

void db_fonts_free(db_fonts *f)
{
	if (!f)
		return;
	db_fonts_map_free(f->map);
	if (f->coverage)
		FcCharSetDestroy(f->coverage);
	if (f->config)
		FcConfigDestroy(f->config);
	free(f->family);
	free(f->note);
	free(f);
}

PangoFontMap *db_fonts_map(db_fonts *f)
{
	return f->map;
}

const char *db_fonts_family(const db_fonts *f)
{
	return f->family;
}

const char *db_fonts_note(const db_fonts *f)
{
	return f->note;
}

PangoContext *db_fonts_context(db_fonts *f, cairo_t *cr)
{
	return db_fonts_context_on(f->map, cr);
}

PangoContext *db_fonts_context_on(PangoFontMap *map, cairo_t *cr)
{
	PangoContext *ctx = pango_font_map_create_context(map);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_subpixel_order(fo, CAIRO_SUBPIXEL_ORDER_DEFAULT);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(ctx, 72.0);
	/* Unrounded positions: the same advances on a pixel grid and in a PDF. */
	pango_context_set_round_glyph_positions(ctx, FALSE);
	/* Simplified Chinese, whatever $LANG says: picks SC forms ('locl') in
	 * the fallback font and line-breaking rules for Chinese. */
	pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
	if (cr)
		pango_cairo_update_context(cr, ctx);
	else
		g_object_set_data(G_OBJECT(ctx), "db-bare", ctx);
	return ctx;
}

bool db_fonts_context_bare(PangoContext *pc)
{
	return g_object_get_data(G_OBJECT(pc), "db-bare") != NULL;
}

/* Characters that take no glyph: controls, format characters, separators. */
static bool glyphless(gunichar c)
{
	switch (g_unichar_type(c)) {
	case G_UNICODE_CONTROL:
	case G_UNICODE_FORMAT:
	case G_UNICODE_LINE_SEPARATOR:
	case G_UNICODE_PARAGRAPH_SEPARATOR:
		return true;
	default:
		return c >= 0xFE00 && c <= 0xFE0F;  /* variation selectors */
	}
}

int db_fonts_missing(db_fonts *f, const char *text, char *missing, size_t missingsz)
{
	size_t len = 0;
	int count = 0;
	FcCharSet *seen = NULL;   /* made at the first missing character: most texts have none */
	if (missing && missingsz)
		missing[0] = '\0';
	for (const char *p = text; p && *p;) {
		gunichar c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			p++;  /* not UTF-8: decode.c reports that, not us */
			continue;
		}
		p = g_utf8_next_char(p);
		if (glyphless(c) || FcCharSetHasChar(f->coverage, c) ||
		    (seen && FcCharSetHasChar(seen, c)))
			continue;
		if (!seen)
			seen = FcCharSetCreate();
		FcCharSetAddChar(seen, c);
		count++;
		char u[6];
		size_t n = (size_t)g_unichar_to_utf8(c, u);
		if (missing && len + n < missingsz) {
			memcpy(missing + len, u, n);
			len += n;
			missing[len] = '\0';
		}
	}
	if (seen)
		FcCharSetDestroy(seen);
	return count;
}
