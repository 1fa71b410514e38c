/* fontcache.c - the faces of a font file, scanned once per user and font
 * file (fontcache.h). A cache file is
 *
 *   duibiao font cache 2
 *   fontconfig VERSION
 *   PATH
 *   DEV INO SIZE MTIME.NS CTIME.NS
 *   then per face two lines: the pattern without its charset (FcNameUnparse
 *   text), and the charset's pages, "PAGE:MAP PAGE:MAP …", each the page
 *   number (code point / 256) and its 256-bit map, in hex
 *
 * The charset is apart so that faces the scan rules reject (nine of the ten
 * of a Noto CJK collection) are dropped before it is read. It is stored as
 * its pages, not as fontconfig's text form (ranges of code points), whose
 * parse cost a third of a chart's set-up; and a charset equal to one of a
 * face already in the set (the bold face of a font has the regular one's)
 * is shared rather than built again, character by character. */
#include "render/fontcache.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/atomic.h"
#include "core/buf.h"

#define MAGIC "duibiao font cache 2\n"

/* $XDG_CACHE_HOME/duibiao/fonts (an absolute XDG_CACHE_HOME only, as the
 * XDG spec says), else $HOME/.cache/duibiao/fonts, created when missing.
 * NULL when there is none. */
static char *cache_dir(void)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	db_buf b = DB_BUF_INIT;
	if (xdg && xdg[0] == '/')
		db_buf_puts(&b, xdg);
	else if (home && home[0] == '/')
		db_buf_printf(&b, "%s/.cache", home);
	else
		return NULL;
	static const char *const parts[] = { "", "/duibiao", "/fonts" };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		db_buf_puts(&b, parts[i]);
		if (mkdir(b.data, 0700) != 0 && errno != EEXIST) {
			db_buf_release(&b);
			return NULL;
		}
	}
	return db_buf_detach(&b, NULL);
}

/* The cache file of a font file: named by a hash of its path (the path
 * itself is inside and checked, so a collision only costs a rescan). */
static char *cache_path(const char *dir, const char *file)
{
	uint64_t h = 14695981039346656037u;  /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)file; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	db_buf b = DB_BUF_INIT;
	db_buf_printf(&b, "%s/%016llx", dir, (unsigned long long)h);
	return db_buf_detach(&b, NULL);
}

/* What the cache must have been written for: the format, fontconfig's
 * version (its text form and scanner), the path and the file's identity
 * and times (ctime changes on any write, even one that restores mtime). */
static void header(db_buf *b, const char *file, const struct stat *st)
{
	db_buf_printf(b, MAGIC "fontconfig %d\n%s\n%llu %llu %lld %lld.%09ld %lld.%09ld\n",
		      FcGetVersion(), file, (unsigned long long)st->st_dev,
		      (unsigned long long)st->st_ino, (long long)st->st_size,
		      (long long)st->st_mtim.tv_sec, (long)st->st_mtim.tv_nsec,
		      (long long)st->st_ctim.tv_sec, (long)st->st_ctim.tv_nsec);
}

static bool rejected(FcPattern *p, const char *reject)
{
	FcChar8 *format;
	return FcPatternGetString(p, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
	       strcmp((const char *)format, reject) == 0;
}

/* A charset line's next page: *page and map[8] (the words of
 * FcCharSetFirstPage's map, least significant bit first). false at the end
 * of the line, or with *bad set when it is malformed. */
static bool next_page(const char **at, FcChar32 *page, FcChar32 map[FC_CHARSET_MAP_SIZE], bool *bad)
{
	const char *s = *at;
	char *end;
	if (!*s)
		return false;
	unsigned long n = strtoul(s, &end, 16);
	if (end == s || *end != ':' || n > 0x10FF) {
		*bad = true;
		return false;
	}
	*page = (FcChar32)n;
	s = end + 1;
	for (int w = FC_CHARSET_MAP_SIZE - 1; w >= 0; w--) {
		FcChar32 v = 0;
		for (int k = 0; k < 8; k++, s++) {
			int x = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10 : -1;
			if (x < 0) {
				*bad = true;
				return false;
			}
			v = v << 4 | (FcChar32)x;
		}
		map[w] = v;
	}
	if (*s == ' ')
		s++;
	else if (*s) {
		*bad = true;
		return false;
	}
	*at = s;
	return true;
}

/* Does cs hold exactly the pages of the charset line? */
static bool same_charset(const FcCharSet *cs, const char *line)
{
	FcChar32 map[FC_CHARSET_MAP_SIZE], want[FC_CHARSET_MAP_SIZE], next, page;
	bool bad = false;
	FcChar32 base = FcCharSetFirstPage(cs, map, &next);
	for (;;) {
		while (base != FC_CHARSET_DONE && !memcmp(map, (FcChar32[FC_CHARSET_MAP_SIZE]){ 0 }, sizeof map))
			base = FcCharSetNextPage(cs, map, &next);
		if (!next_page(&line, &page, want, &bad))
			return !bad && base == FC_CHARSET_DONE;
		if (base == FC_CHARSET_DONE || base != page << 8 || memcmp(map, want, sizeof map))
			return false;
		base = FcCharSetNextPage(cs, map, &next);
	}
}

/* The charset of a charset line: one of a face in set[0..n) when equal
 * (another reference to it), else built from the pages. NULL when the line
 * is malformed. */
static FcCharSet *charset(const char *line, FcFontSet *set)
{
	for (int i = 0; i < set->nfont; i++) {
		FcCharSet *cs;
		if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch &&
		    same_charset(cs, line))
			return FcCharSetCopy(cs);
	}
	FcCharSet *cs = FcCharSetCreate();
	FcChar32 page, map[FC_CHARSET_MAP_SIZE];
	bool bad = !cs;
	while (!bad && next_page(&line, &page, map, &bad))
		for (int w = 0; w < FC_CHARSET_MAP_SIZE; w++)
			for (FcChar32 bits = map[w]; bits; bits &= bits - 1)
				if (!FcCharSetAddChar(cs, page << 8 | (FcChar32)w << 5 |
							      (FcChar32)__builtin_ctz(bits)))
					bad = true;
	if (bad && cs) {
		FcCharSetDestroy(cs);
		return NULL;
	}
	return cs;
}

/* One face from its two lines: NULL when the scan rules reject it (tried
 * on a copy without the charset first, to skip parsing that), else the
 * face as fontconfig's scan of the file gives it, after the scan rules. */
static FcPattern *face(FcConfig *config, FcFontSet *set, char *line, const char *pages,
		       const char *reject, bool *bad)
{
	FcPattern *p = FcNameParse((const FcChar8 *)line);
	if (!p) {
		*bad = true;
		return NULL;
	}
	FcPattern *probe = FcPatternDuplicate(p);
	FcConfigSubstitute(config, probe, FcMatchScan);
	bool out = rejected(probe, reject);
	FcPatternDestroy(probe);
	if (out) {
		FcPatternDestroy(p);
		return NULL;
	}
	FcCharSet *cs = charset(pages, set);
	if (!cs || !FcPatternAddCharSet(p, FC_CHARSET, cs)) {
		if (cs)
			FcCharSetDestroy(cs);
		FcPatternDestroy(p);
		*bad = true;
		return NULL;
	}
	FcCharSetDestroy(cs);  /* the pattern holds its own reference */
	FcConfigSubstitute(config, p, FcMatchScan);
	if (rejected(p, reject)) {
		FcPatternDestroy(p);
		return NULL;
	}
	return p;
}

/* Append the faces of the face lines in text (NUL-terminated, modified) to
 * set. -1 (set unchanged) when the text is malformed. */
static int add_faces(FcConfig *config, FcFontSet *set, char *text, const char *reject)
{
	int start = set->nfont, faces = 0;
	bool bad = false;
	while (*text && !bad) {
		char *line = text, *nl = strchr(line, '\n');
		char *pages = nl ? nl + 1 : NULL, *nl2 = pages ? strchr(pages, '\n') : NULL;
		if (!nl2)
			break;
		*nl = *nl2 = '\0';
		text = nl2 + 1;
		faces++;
		FcPattern *p = face(config, set, line, pages, reject, &bad);
		if (p && !FcFontSetAdd(set, p)) {
			FcPatternDestroy(p);
			bad = true;
		}
	}
	if (bad || *text || faces == 0) {
		for (int i = start; i < set->nfont; i++)
			FcPatternDestroy(set->fonts[i]);
		set->nfont = start;
		return -1;
	}
	return set->nfont - start;
}

/* cs (may be NULL: none) as a charset line. */
static void put_charset(db_buf *out, const FcCharSet *cs)
{
	FcChar32 map[FC_CHARSET_MAP_SIZE], next;
	const char *sep = "";
	for (FcChar32 base = cs ? FcCharSetFirstPage(cs, map, &next) : FC_CHARSET_DONE;
	     base != FC_CHARSET_DONE; base = FcCharSetNextPage(cs, map, &next)) {
		if (!memcmp(map, (FcChar32[FC_CHARSET_MAP_SIZE]){ 0 }, sizeof map))
			continue;
		db_buf_printf(out, "%s%x:", sep, (unsigned)(base >> 8));
		for (int w = FC_CHARSET_MAP_SIZE - 1; w >= 0; w--)
			db_buf_printf(out, "%08x", (unsigned)map[w]);
		sep = " ";
	}
	db_buf_putc(out, '\n');
}

/* Scan file with fontconfig and append the face lines to out. false when
 * it is no font, or a pattern's text would not fit on a line. */
static bool scan(const char *file, db_buf *out)
{
	FcFontSet *fs = FcFontSetCreate();
	bool ok = fs && FcFreeTypeQueryAll((const FcChar8 *)file, -1, NULL, NULL, fs) > 0;
	for (int i = 0; ok && i < fs->nfont; i++) {
		FcPattern *rest = FcPatternDuplicate(fs->fonts[i]);
		FcCharSet *cs = NULL;
		FcPatternGetCharSet(fs->fonts[i], FC_CHARSET, 0, &cs);
		FcPatternDel(rest, FC_CHARSET);
		FcChar8 *a = FcNameUnparse(rest);
		ok = a && !strchr((char *)a, '\n');
		if (ok) {
			db_buf_printf(out, "%s\n", a);
			put_charset(out, cs);
		}
		FcStrFree(a);
		FcPatternDestroy(rest);
	}
	if (fs)
		FcFontSetDestroy(fs);
	return ok;
}

int db_fontcache_add(FcConfig *config, FcFontSet *set, const char *file, const char *reject)
{
	struct stat st;
	if (stat(file, &st) != 0 || !S_ISREG(st.st_mode) || strchr(file, '\n'))
		return -1;
	db_buf head = DB_BUF_INIT, text = DB_BUF_INIT;
	header(&head, file, &st);
	char *dir = cache_dir(), *path = dir ? cache_path(dir, file) : NULL;
	int n = -1;
	if (path && db_buf_read_file(&text, path) == 0 && text.len >= head.len &&
	    strlen(text.data) == text.len && memcmp(text.data, head.data, head.len) == 0)
		n = add_faces(config, set, text.data + head.len, reject);
	if (n < 0) {
		/* Missing, stale or damaged: scan, store, and read the faces
		 * back from the stored text like a warm run does. */
		db_buf_reset(&text);
		db_buf_add(&text, head.data, head.len);
		if (scan(file, &text)) {
			if (path)
				db_write_file_atomic(path, text.data, text.len, NULL);
			n = add_faces(config, set, text.data + head.len, reject);
		}
	}
	free(path);
	free(dir);
	db_buf_release(&head);
	db_buf_release(&text);
	return n;
}
