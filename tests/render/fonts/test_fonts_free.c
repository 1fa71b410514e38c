/* test_fonts_free.c - db_fonts_free lets go of everything before it
 * returns, even while Pango's fontconfig thread is still busy. Pango 1.50
 * matches and sorts a font map's patterns in a thread of its own, each
 * request holding references to the map, its configuration and a copy of
 * its font set. Here every sort takes SORT_DELAY_US longer (FcFontSetSort,
 * as Pango calls it, is this program's), so a layout that only waited for
 * its match leaves the sort behind when the fonts are freed, as a run that
 * fails early does. Were the map not finalized by then, the configuration
 * and its faces (fontcache.c's patterns and charsets) would be alive at
 * exit, which valgrind and LeakSanitizer report as lost.
 *
 * Nor may the map's caches be cleared (pango_fc_font_map_set_config, this
 * program's too, with NULL) while a request is queued: the thread, done
 * with a pattern whose last reference its request held, removes it from a
 * table of the map's, unlocked, and clearing frees that table (a read and
 * write of freed memory, heap corruption now and then). So the map has no
 * reference but db_fonts_map_free's own when they are cleared. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "harness.h"
#include "render/fonts.h"

#define FONT_DIR DB_SOURCE_DIR "/fonts"
#define SORT_DELAY_US 200000

typedef FcFontSet *(*sort_fn)(FcConfig *, FcFontSet **, int, FcPattern *, FcBool, FcCharSet **,
			      FcResult *);

FcFontSet *FcFontSetSort(FcConfig *config, FcFontSet **sets, int nsets, FcPattern *p, FcBool trim,
			 FcCharSet **csp, FcResult *result)
{
	sort_fn real = (sort_fn)dlsym(RTLD_NEXT, "FcFontSetSort");
	usleep(SORT_DELAY_US);
	return real(config, sets, nsets, p, trim, csp, result);
}

/* The map's references when its configuration was last detached. */
static guint refs_at_detach;

typedef void (*set_config_fn)(PangoFcFontMap *, FcConfig *);

void pango_fc_font_map_set_config(PangoFcFontMap *map, FcConfig *config)
{
	set_config_fn real = (set_config_fn)dlsym(RTLD_NEXT, "pango_fc_font_map_set_config");
	if (!config)
		refs_at_detach = (guint)g_atomic_int_get((gint *)&G_OBJECT(map)->ref_count);
	real(map, config);
}

static void gone(gpointer data, GObject *was)
{
	(void)was;
	*(bool *)data = true;
}

/* Lay text out on a context of map (waiting for the first font's match
 * only), then let the context go. */
static void lay_out(PangoFontMap *map, const char *family, const char *text)
{
	PangoContext *pc = db_fonts_context_on(map, NULL);
	PangoLayout *l = pango_layout_new(pc);
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family(fd, family);
	pango_font_description_set_absolute_size(fd, 11 * PANGO_SCALE);
	pango_layout_set_font_description(l, fd);
	pango_layout_set_text(l, text, -1);
	int w = 0;
	pango_layout_get_pixel_size(l, &w, NULL);
	OK(w > 0);
	pango_font_description_free(fd);
	g_object_unref(l);
	g_object_unref(pc);
}

int main(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(FONT_DIR, NULL, true, &d);
	OK(f != NULL);
	if (!f)
		DB_TEST_END();

	/* A map of db_fonts_map_new, freed with a sort still queued. */
	PangoFontMap *extra = db_fonts_map_new(f);
	bool extra_gone = false;
	g_object_weak_ref(G_OBJECT(extra), gone, &extra_gone);
	lay_out(extra, db_fonts_family(f), "图表");
	db_fonts_map_free(extra);
	OK(extra_gone);
	INT_EQ(1, refs_at_detach);

	/* f's own map, the same way. */
	bool map_gone = false;
	g_object_weak_ref(G_OBJECT(db_fonts_map(f)), gone, &map_gone);
	lay_out(db_fonts_map(f), db_fonts_family(f), "对标");
	refs_at_detach = 0;
	db_fonts_free(f);
	OK(map_gone);
	INT_EQ(1, refs_at_detach);
	DB_TEST_END();
}
