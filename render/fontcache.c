/* fontcache.c - the faces of a font file, scanned once per user and font
 * file (fontcache.h). A cache file is
 *
 *   duibiao font cache 1
 *   fontconfig VERSION
 *   PATH
 *   DEV INO SIZE MTIME.NS CTIME.NS
 *   then per face two lines: the pattern without its charset, and a
 *   pattern holding the charset alone (FcNameUnparse text)
 *
 * The charset is apart so that faces the scan rules reject (nine of the ten
 * of a Noto CJK collection) are dropped before it is parsed. */
#include "render/fontcache.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/atomic.h"
#include "core/buf.h"

#define MAGIC "duibiao font cache 1\n"

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

/* One face from its two lines: NULL when the scan rules reject it (tried
 * on a copy without the charset first, to skip parsing that), else the
 * face as fontconfig's scan of the file gives it, after the scan rules. */
static FcPattern *face(FcConfig *config, char *line, char *charset, const char *reject,
		       bool *bad)
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
	FcPattern *c = FcNameParse((const FcChar8 *)charset);
	FcCharSet *cs;
	if (!c || FcPatternGetCharSet(c, FC_CHARSET, 0, &cs) != FcResultMatch ||
	    !FcPatternAddCharSet(p, FC_CHARSET, cs)) {
		if (c)
			FcPatternDestroy(c);
		FcPatternDestroy(p);
		*bad = true;
		return NULL;
	}
	FcPatternDestroy(c);
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
		char *charset = nl ? nl + 1 : NULL, *nl2 = charset ? strchr(charset, '\n') : NULL;
		if (!nl2)
			break;
		*nl = *nl2 = '\0';
		text = nl2 + 1;
		faces++;
		FcPattern *p = face(config, line, charset, reject, &bad);
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

/* Scan file with fontconfig and append the face lines to out. false when
 * it is no font, or a pattern's text would not fit on a line. */
static bool scan(const char *file, db_buf *out)
{
	FcFontSet *fs = FcFontSetCreate();
	bool ok = fs && FcFreeTypeQueryAll((const FcChar8 *)file, -1, NULL, NULL, fs) > 0;
	for (int i = 0; ok && i < fs->nfont; i++) {
		FcPattern *rest = FcPatternDuplicate(fs->fonts[i]), *cs = FcPatternCreate();
		FcCharSet *c;
		if (FcPatternGetCharSet(rest, FC_CHARSET, 0, &c) == FcResultMatch)
			FcPatternAddCharSet(cs, FC_CHARSET, c);
		FcPatternDel(rest, FC_CHARSET);
		FcChar8 *a = FcNameUnparse(rest), *b = FcNameUnparse(cs);
		ok = a && b && !strchr((char *)a, '\n') && !strchr((char *)b, '\n');
		if (ok)
			db_buf_printf(out, "%s\n%s\n", a, b);
		FcStrFree(a);
		FcStrFree(b);
		FcPatternDestroy(rest);
		FcPatternDestroy(cs);
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
