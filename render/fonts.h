/* fonts.h - the renderer's private font set-up (DESIGN.md, Fonts).
 *
 * db_fonts_new builds a private FcConfig holding the bundled Noto Sans CJK SC
 * subset (fonts/ beside the binary, or <prefix>/share/duibiao/fonts) and, for
 * glyphs it lacks, Debian's Noto Sans CJK SC files named explicitly; it never
 * scans the system's font folders. The PangoFontMap it returns uses that
 * config only. Owner: the caller, freed with db_fonts_free. */
#ifndef DB_FONTS_H
#define DB_FONTS_H

#include <stdbool.h>

#include <pango/pangocairo.h>

#include "core/diag.h"

typedef struct db_fonts db_fonts;

/* family NULL → "Noto Sans CJK SC" (the bundled subset's family name). */
db_fonts *db_fonts_new(const char *family, db_diag *d);
void db_fonts_free(db_fonts *f);

PangoFontMap *db_fonts_map(db_fonts *f);     /* borrowed */
const char *db_fonts_family(const db_fonts *f);

/* A context for drawing on cr with the private font map, fixed resolution
 * (72 dpi: sizes are in the surface's units), hinting off, grey antialias,
 * so PNG, PDF and SVG lay out identically. Caller unrefs. */
PangoContext *db_fonts_context(db_fonts *f, cairo_t *cr);

/* Characters of text that no font in the set covers, as UTF-8 appended to
 * missing (up to missingsz bytes, NUL-terminated). Returns their count. */
int db_fonts_missing(db_fonts *f, const char *text, char *missing, size_t missingsz);

#endif
