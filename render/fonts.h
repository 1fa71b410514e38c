/* fonts.h - the renderer's private font set-up (DESIGN.md, Fonts).
 *
 * db_fonts_new builds a private FcConfig holding the bundled Noto Sans CJK SC
 * subset (<prefix>/share/duibiao/fonts, or the source tree's fonts/ for the
 * build tree's programs) and, for glyphs it lacks, Debian's Noto Sans CJK SC
 * files named explicitly; it never scans the system's font folders. Without
 * the subset, the system's Noto Sans CJK SC stands in (db_fonts_note). The PangoFontMap it returns uses that
 * config only. Each font file is scanned once per user, not once per run
 * (render/fontcache.h). Owner: the caller, freed with db_fonts_free. */
#ifndef DB_FONTS_H
#define DB_FONTS_H

#include <stdbool.h>

#include <pango/pangocairo.h>

#include "core/diag.h"

typedef struct db_fonts db_fonts;

/* family NULL → "Duibiao Sans SC" (the bundled subset of Noto Sans CJK SC,
 * fonts/README.md); else a family (found through the system's fontconfig
 * configuration, its files then added to the private one) or a font file's
 * path. The bundled folder is $DUIBIAO_FONT_DIR, else ../share/duibiao/fonts
 * from the executable's folder, else (a program of the build tree) the
 * source tree's fonts/. Found nowhere, the system's Noto Sans CJK SC draws
 * the default family and the glyphs a family lacks; the default family
 * without it is an error. */
db_fonts *db_fonts_new(const char *family, db_diag *d);
/* The same with the folder given (NULL = searched as above) and Debian's
 * fallback optional (tests check the bundled subset alone). */
db_fonts *db_fonts_new_in(const char *dir, const char *family, bool fallback, db_diag *d);
void db_fonts_free(db_fonts *f);

PangoFontMap *db_fonts_map(db_fonts *f);     /* borrowed */
/* Another font map of f's configuration (NULL when none can be made),
 * for a thread of its own: a Pango font map serves one thread at a time.
 * Its fonts are f's files with f's options, so cairo draws the glyphs of
 * its layouts with the same font faces and the same PDF font subsets.
 * Freed by db_fonts_map_free, before f. */
PangoFontMap *db_fonts_map_new(db_fonts *f);
void db_fonts_map_free(PangoFontMap *map);  /* NULL is fine */
/* The family to set on PangoFontDescriptions; the private config appends
 * the bundled subset and Noto Sans CJK SC as fallbacks. Borrowed. */
const char *db_fonts_family(const db_fonts *f);
/* What stood in for the missing bundled subset, as a warning to show, or
 * NULL. Borrowed. */
const char *db_fonts_note(const db_fonts *f);

/* A context for drawing on cr with the private font map, fixed resolution
 * (72 dpi: sizes are in the surface's units), hinting off, grey antialias,
 * so PNG, PDF and SVG lay out identically. Caller unrefs. With cr NULL,
 * a context of no surface, whose fonts' options are the ones set here
 * alone: cairo merges them with the options of the surface each glyph is
 * drawn on (db_text_update then brings only its matrix up to date). */
PangoContext *db_fonts_context(db_fonts *f, cairo_t *cr);  /* cr may be NULL */
/* The same on map, f's own or one of db_fonts_map_new. */
PangoContext *db_fonts_context_on(PangoFontMap *map, cairo_t *cr);

/* Whether pc was made by db_fonts_context with no cairo_t. */
bool db_fonts_context_bare(PangoContext *pc);

/* Characters of text that no font in the set covers, each once, in order,
 * as UTF-8 written to missing (whole characters, up to missingsz bytes,
 * NUL-terminated; missing may be NULL). Characters that take no glyph
 * (controls, format characters) are never missing. Returns their count,
 * also those that did not fit. */
int db_fonts_missing(db_fonts *f, const char *text, char *missing, size_t missingsz);

#endif
