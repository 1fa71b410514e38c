/* fontcache.h - the faces of a font file without scanning it on every run.
 *
 * fontconfig computes a face's character set by walking its whole cmap
 * (FcFreeTypeQueryAll): ~2 ms for a bundled subset face, ~60 ms for one of
 * Debian's Noto CJK collections, on every run. db_fontcache_add keeps what
 * that scan gives, as fontconfig's own text form of each pattern
 * (FcNameUnparse, which FcNameParse reads back equal), in a per-user cache
 * ($XDG_CACHE_HOME/duibiao/fonts, else ~/.cache/duibiao/fonts), one file per
 * font file, valid only while the font file's device, inode, size, mtime
 * and ctime and fontconfig's version are those recorded. A missing, stale,
 * foreign or unwritable cache only costs the scan: the faces are always
 * taken from the text form, so a cold and a warm run draw the same bytes. */
#ifndef DB_FONTCACHE_H
#define DB_FONTCACHE_H

#include <fontconfig/fontconfig.h>

/* Append to set, in the file's order, the faces of file that config's scan
 * rules (<match target="scan">) do not mark with the font format reject;
 * faces so marked are left out. Returns how many were appended, or -1 when
 * file is not a readable font (nothing appended). */
int db_fontcache_add(FcConfig *config, FcFontSet *set, const char *file, const char *reject);

#endif
