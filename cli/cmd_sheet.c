/* cmd_sheet.c - `duibiao sheet`: a multi-page PDF comparison sheet, from a
 * tables file (optionally shaped by a spec) or from a manifest of reports
 * (extract and compare run inside; only the CLI links every stage). */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli/cli.h"
#include "compare/compare.h"
#include "core/buf.h"
#include "core/catalog.h"
#include "core/i18n.h"
#include "core/json.h"
#include "core/json_io.h"
#include "extract/extract.h"
#include "render/render.h"

static const char usage_text[] =
	N_("usage: duibiao sheet TABLES.json [--spec BRIEFING.json] -o BRIEFING.pdf\n"
	"       duibiao sheet --manifest MANIFEST.json [--spec BRIEFING.json] -o BRIEFING.pdf\n"
	"\n"
	"  --spec FILE        {\"title\",\"subtitle\",\"source\",\"highlight\",\"focus\",\"peers\":[…],\n"
	"                      \"theme\",\"coverage\":true,\"decimals\":N,\"magnitude\":\"亿\",\n"
	"                      \"pages\":[{\"table\":KEY,\"chart\":\"bar|table|series\",\n"
	"                                 \"title\":…,\"ranking\":true}]}\n"
	"                     without it (or without pages): every table with two or\n"
	"                     more figures, in catalog order\n"
	"  --manifest FILE    extract and compare the manifest's reports first\n"
	"  --allow-outside    let the manifest name reports outside its folder\n"
	"  --catalog FILE     metric catalog for --manifest (default: built in)\n"
	"  --catalog-extra FILE  metrics, aliases and PCRE2 patterns added to it\n"
	"  --words FILE       word lists for --manifest (default: extract/words.json)\n"
	"  -o, --output FILE  the PDF; - writes it to standard output\n"
	"  --title T          the cover title (overrides the spec)\n"
	"  --source TEXT      the 资料来源 note of every figure (overrides the spec;\n"
	"                     default: the documents cited, by manifest title)\n"
	"  --highlight NAME   the entity to highlight; with a focus (this or the\n"
	"                     spec's), the 对标表 of that place follows the cover\n"
	"  --peers A,B        the scorecard compares the focus with these only\n"
	"  --theme FILE       theme JSON (overrides the spec)\n"
	"  --font FAMILY      a font family or font file; the default is\n"
	"                     Duibiao Sans SC (a Noto Sans CJK SC subset)\n"
	"  --strict           a character no font covers is an error\n"
	"  -M FILE            write a Make depfile for the output (not with -o -)\n"
	"  -q, --quiet        no warnings\n"
	"  -h, --help         this help\n"
	"  --version          the version of duibiao\n"
	"\n"
	"A TABLES.json of - is read from standard input.\n"
	"PDF dates come from SOURCE_DATE_EPOCH, else from the newest document date.\n");

struct args {
	const char *input, *output, *spec, *manifest, *catalog, *words, *depfile;
	const char *catalog_extra;
	const char *title, *source, *highlight, *theme, *font, *peers;
	bool strict, allow_outside;
};

/* Everything the run owns, released in one place. */
struct run {
	db_tableset ts;
	db_buf text, spec_text, peers;
	db_json *spec;
	db_manifest man;
	bool have_man;
	db_catalog cat;
	bool have_cat;
	db_records *recs;
	size_t nrecs;
	db_sheet_page *pages;
	size_t npages;
	const db_document **docs;
	char *theme_path;
	cli_deps deps;
};

static int parse_args(int argc, char **argv, struct args *a)
{
	enum { O_SPEC = 256, O_MANIFEST, O_CATALOG, O_CATALOG_EXTRA, O_WORDS, O_TITLE, O_SOURCE,
	       O_HIGHLIGHT, O_THEME, O_FONT, O_PEERS, O_STRICT, O_ALLOW_OUTSIDE };
	static const struct option longs[] = {
		{ "spec", required_argument, NULL, O_SPEC },
		{ "manifest", required_argument, NULL, O_MANIFEST },
		{ "catalog", required_argument, NULL, O_CATALOG },
		{ "catalog-extra", required_argument, NULL, O_CATALOG_EXTRA },
		{ "words", required_argument, NULL, O_WORDS },
		{ "title", required_argument, NULL, O_TITLE },
		{ "source", required_argument, NULL, O_SOURCE },
		{ "highlight", required_argument, NULL, O_HIGHLIGHT },
		{ "theme", required_argument, NULL, O_THEME },
		{ "font", required_argument, NULL, O_FONT },
		{ "peers", required_argument, NULL, O_PEERS },
		{ "strict", no_argument, NULL, O_STRICT },
		{ "allow-outside", no_argument, NULL, O_ALLOW_OUTSIDE },
		{ NULL, 0, NULL, 0 },
	};
	/* Where each option taking a string goes, by its code. */
	static const size_t offs[] = {
		[O_SPEC - O_SPEC] = offsetof(struct args, spec),
		[O_MANIFEST - O_SPEC] = offsetof(struct args, manifest),
		[O_CATALOG - O_SPEC] = offsetof(struct args, catalog),
		[O_CATALOG_EXTRA - O_SPEC] = offsetof(struct args, catalog_extra),
		[O_WORDS - O_SPEC] = offsetof(struct args, words),
		[O_TITLE - O_SPEC] = offsetof(struct args, title),
		[O_SOURCE - O_SPEC] = offsetof(struct args, source),
		[O_HIGHLIGHT - O_SPEC] = offsetof(struct args, highlight),
		[O_THEME - O_SPEC] = offsetof(struct args, theme),
		[O_FONT - O_SPEC] = offsetof(struct args, font),
		[O_PEERS - O_SPEC] = offsetof(struct args, peers),
	};
	cli_opts p = { "sheet", usage_text, "", longs, &a->output, &a->depfile, 0 };
	int c;

	while ((c = cli_getopt(&p, argc, argv)) != CLI_OPT_END) {
		if (c == CLI_OPT_STOP)
			return p.rc == EXIT_OK ? -1 : p.rc;   /* -1: --help or --version */
		if (c == O_STRICT)
			a->strict = true;
		else if (c == O_ALLOW_OUTSIDE)
			a->allow_outside = true;
		else
			memcpy((char *)a + offs[c - O_SPEC], &optarg, sizeof(optarg));
	}
	if (cli_one_input("sheet", argc, argv, &a->input) != EXIT_OK)
		return EXIT_USAGE;
	if (!a->input == !a->manifest)
		return cli_usage("sheet", "give either a tables file or --manifest");
	if ((a->title && !cli_is_text(a->title)) || (a->highlight && !cli_is_text(a->highlight)))
		return cli_usage("sheet", "--%s is not UTF-8 text (or holds a control character)",
				 a->title && !cli_is_text(a->title) ? "title" : "highlight");
	if (a->allow_outside && !a->manifest)
		return cli_usage("sheet", "--allow-outside goes with --manifest");
	if (a->spec && !strcmp(a->spec, "-") &&
	    !strcmp(a->input ? a->input : a->manifest, "-"))
		return cli_usage("sheet", "'-' (stdin) given more than once");
	if (!a->output)
		return cli_usage("sheet", "no output given (-o BRIEFING.pdf)");
	return EXIT_OK;
}

/* manifest → records (extract) → tables (compare). */
static int from_manifest(struct run *u, const struct args *a, db_diag *d)
{
	db_extractor *x;
	db_compare_opts co = DB_COMPARE_OPTS_INIT;
	const db_records **docs;
	int rc = -1;

	if (db_manifest_load(&u->man, a->manifest, a->allow_outside ? DB_MANIFEST_ALLOW_OUTSIDE : 0,
			     d) < 0)
		return -1;
	u->have_man = true;
	cli_deps_add(&u->deps, a->manifest);
	if (db_catalog_load(&u->cat, a->catalog, d) < 0)
		return -1;
	u->have_cat = true;
	if (a->catalog)
		cli_deps_add(&u->deps, a->catalog);
	if (a->catalog_extra) {
		if (db_catalog_merge(&u->cat, a->catalog_extra, d) < 0)
			return -1;
		cli_deps_add(&u->deps, a->catalog_extra);
	}
	x = db_extractor_new(&u->cat, d);
	if (!x)
		return -1;
	if (a->words && db_extractor_load_words(x, a->words, d) < 0) {
		db_extractor_free(x);
		return -1;
	}
	if (a->words)
		cli_deps_add(&u->deps, a->words);
	u->recs = db_xcalloc(u->man.len ? u->man.len : 1, sizeof(db_records));
	for (size_t i = 0; i < u->man.len; i++) {
		const db_manifest_entry *e = &u->man.items[i];
		db_records *rs = &u->recs[u->nrecs++];
		db_buf raw = DB_BUF_INIT, txt = DB_BUF_INIT;
		db_pages pages = DB_PAGES_INIT;
		const char *enc = NULL, *format = NULL;

		cli_deps_add(&u->deps, e->path);
		if (db_buf_read_file(&raw, e->path) < 0) {
			db_error(d, e->path, 0, 0, "cannot read: %s", strerror(errno));
			db_buf_release(&raw);
			goto out;
		}
		if (cli_read_report(raw.data ? raw.data : "", raw.len, e->path, NULL, NULL, &txt,
				    &pages, &format, &enc, e->path, d) < 0) {
			db_buf_release(&raw);
			db_buf_release(&txt);
			db_pages_release(&pages);
			goto out;
		}
		rs->doc.file = db_arena_strdup(&rs->arena, e->file);
		rs->doc.entity = db_arena_strdup(&rs->arena, e->entity);
		rs->doc.level = db_arena_strdup(&rs->arena, e->level);
		rs->doc.province = db_arena_strdup(&rs->arena, e->province);
		rs->doc.kind = db_arena_strdup(&rs->arena, e->kind);
		rs->doc.title = db_arena_strdup(&rs->arena, e->title);
		rs->doc.publisher = db_arena_strdup(&rs->arena, e->publisher);
		rs->doc.has_date = e->has_date;
		rs->doc.date = e->date;
		rs->doc.encoding = enc;
		rs->doc.format = format;
		rc = db_extract_text(x, db_buf_cstr(&txt), txt.len, rs, d);
		db_pages_apply(&pages, rs);
		db_buf_release(&raw);
		db_buf_release(&txt);
		db_pages_release(&pages);
		if (rc < 0)
			goto out;
		rc = -1;
	}
	docs = db_xcalloc(u->nrecs ? u->nrecs : 1, sizeof(*docs));
	for (size_t i = 0; i < u->nrecs; i++)
		docs[i] = &u->recs[i];
	co.catalog = &u->cat;
	rc = db_compare(docs, u->nrecs, &co, &u->ts, d);
	free(docs);
out:
	db_extractor_free(x);
	return rc;
}

static int from_tables(struct run *u, const struct args *a, db_diag *d)
{
	const char *name = db_path_name(a->input);

	if (db_buf_read_path(&u->text, a->input) < 0)
		return db_error(d, name, 0, 0, "cannot read: %s", strerror(errno));
	cli_deps_add(&u->deps, a->input);
	return db_tableset_read_json(&u->ts, db_buf_cstr(&u->text), u->text.len, name, d);
}

/* The keys a spec may have, as data: anything else is a typo. */
static const char *const spec_keys[] = { "title", "subtitle", "source", "highlight", "focus", "peers",
					 "theme", "coverage", "decimals", "magnitude", "pages",
					 NULL };
static const char *const page_keys[] = { "table", "chart", "title", "ranking", NULL };

static int check_keys(const db_json *obj, const char *const *keys, const char *where,
		      const char *file, db_diag *d)
{
	for (size_t i = 0; i < db_json_len(obj); i++) {
		const char *k = db_json_key(db_json_at(obj, i));
		bool known = false;
		for (size_t j = 0; keys[j] && !known; j++)
			known = !strcmp(k, keys[j]);
		if (!known)
			return db_error(d, file, 0, 0, "spec: unknown key \"%s\"%s", k, where);
	}
	return 0;
}

/* Strings where strings belong: a number as a title is a mistake. */
static int spec_string(const db_json *obj, const char *key, const char *file, const char *where,
		       const char **out, db_diag *d)
{
	const db_json *v = db_json_get(obj, key);

	*out = NULL;
	if (!v || db_json_is_null(v))
		return 0;
	if (!db_json_is_string(v))
		return db_error(d, file, 0, 0, "spec: \"%s\"%s must be a string", key, where);
	*out = db_json_str(v);
	return 0;
}

/* Tables the sheet compares without a spec: two or more figures, never a
 * series (those are asked for by name). */
static bool comparable(const db_table *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nflags; i++)
		if (t->flags[i] && !strcmp(t->flags[i], "series"))
			return false;
	for (size_t i = 0; i < t->nrows; i++)
		n += t->rows[i].has_value;
	return n >= 2;
}

/* Stable insertion sort by the catalog's order of metrics (unknown metrics
 * last); tables of one metric keep the file's order. */
static void sort_by_catalog(db_sheet_page *pages, size_t n, const db_catalog *cat)
{
	size_t *idx = db_xcalloc(n + 1, sizeof(*idx));

	for (size_t i = 0; i < n; i++)
		idx[i] = pages[i].table->metric ? db_catalog_index(cat, pages[i].table->metric)
						: cat->len;
	for (size_t i = 1; i < n; i++) {
		db_sheet_page p = pages[i];
		size_t k = idx[i], j = i;
		for (; j > 0 && idx[j - 1] > k; j--) {
			pages[j] = pages[j - 1];
			idx[j] = idx[j - 1];
		}
		pages[j] = p;
		idx[j] = k;
	}
	free(idx);
}

/* The spec's own fields, before anything is read on its word: known keys
 * of the types they take (a number as a title is a mistake, and "pages":{}
 * is not the absence of pages). */
static int check_spec(const db_json *spec, const char *file, db_diag *d)
{
	static const char *const strings[] = { "title", "subtitle", "source", "highlight", "focus", "theme",
					       "magnitude" };
	const db_json *cov = db_json_get(spec, "coverage"), *pages = db_json_get(spec, "pages");
	const db_json *peers = db_json_get(spec, "peers"), *dec = db_json_get(spec, "decimals");
	const char *s;

	if (check_keys(spec, spec_keys, "", file, d) < 0)
		return -1;
	for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
		if (spec_string(spec, strings[i], file, "", &s, d) < 0)
			return -1;
	if (!db_json_is_null(cov) && !db_json_is_bool(cov))
		return db_error(d, file, 0, 0, "spec: \"coverage\" must be true or false");
	if (!db_json_is_null(pages) && !db_json_is_array(pages))
		return db_error(d, file, 0, 0, "spec: \"pages\" must be an array");
	if (!db_json_is_null(peers) && !db_json_is_array(peers))
		return db_error(d, file, 0, 0, "spec: \"peers\" must be an array of names");
	for (size_t i = 0; i < db_json_len(peers); i++)
		if (!db_json_is_string(db_json_at(peers, i)))
			return db_error(d, file, 0, 0, "spec: \"peers\" must be an array of names");
	if (!db_json_is_null(dec) &&
	    (!db_json_is_number(dec) || db_json_num(dec, -1) < 0 || db_json_num(dec, -1) > 6 ||
	     db_json_num(dec, -1) != (int)db_json_num(dec, -1)))
		return db_error(d, file, 0, 0, "spec: \"decimals\" must be a whole number from 0 to 6");
	s = db_json_get_str(spec, "magnitude");
	if (s && strcmp(s, "auto") && strcmp(s, "1") && strcmp(s, "万") && strcmp(s, "亿") &&
	    strcmp(s, "万亿"))
		return db_error(d, file, 0, 0, "spec: \"magnitude\" must be auto, 1, 万, 亿 or 万亿");
	return 0;
}

/* Pages: the spec's, or every comparable table in catalog order. */
static int choose_pages(struct run *u, const char *spec_file, db_diag *d)
{
	const db_json *pages = db_json_get(u->spec, "pages");

	if (db_json_len(pages) == 0) {
		u->pages = db_xcalloc(u->ts.len + 1, sizeof(*u->pages));
		for (size_t i = 0; i < u->ts.len; i++)
			if (comparable(&u->ts.items[i]))
				u->pages[u->npages++].table = &u->ts.items[i];
		if (!u->have_cat) {
			if (db_catalog_load(&u->cat, NULL, d) < 0)
				return -1;
			u->have_cat = true;
		}
		sort_by_catalog(u->pages, u->npages, &u->cat);
		if (!u->npages)
			return db_error(d, NULL, 0, 0, "no table with figures of two or more entities to compare");
		return 0;
	}
	u->npages = db_json_len(pages);
	u->pages = db_xcalloc(u->npages + 1, sizeof(*u->pages));
	for (size_t i = 0; i < u->npages; i++) {
		const db_json *p = db_json_at(pages, i);
		const db_json *ranking = db_json_get(p, "ranking");   /* null: as if absent */
		db_sheet_page *pg = &u->pages[i];
		const char *key;
		char where[48];

		snprintf(where, sizeof(where), _(" in pages[%zu]"), i);
		if (!db_json_is_object(p))
			return db_error(d, spec_file, 0, 0, "spec: pages[%zu] must be an object", i);
		if (check_keys(p, page_keys, where, spec_file, d) < 0 ||
		    spec_string(p, "table", spec_file, where, &key, d) < 0 ||
		    spec_string(p, "chart", spec_file, where, &pg->chart, d) < 0 ||
		    spec_string(p, "title", spec_file, where, &pg->title, d) < 0)
			return -1;
		if (!key)
			return db_error(d, spec_file, 0, 0, "spec: pages[%zu] has no \"table\"", i);
		pg->table = db_tableset_find(&u->ts, key);
		if (!pg->table)
			return db_error(d, spec_file, 0, 0, "spec: pages[%zu]: no table '%s'", i, key);
		if (pg->chart && strcmp(pg->chart, "bar") && strcmp(pg->chart, "table") &&
		    strcmp(pg->chart, "series"))
			return db_error(d, spec_file, 0, 0,
					"spec: pages[%zu]: unknown chart '%s' (bar, table or series)", i,
					pg->chart);
		if (db_json_is_null(ranking))
			ranking = NULL;
		if (ranking && !db_json_is_bool(ranking))
			return db_error(d, spec_file, 0, 0, "spec: \"ranking\"%s must be true or false",
					where);
		pg->no_ranking = ranking && !db_json_bool(ranking, true);
	}
	return 0;
}

/* A path in the spec is relative to the spec's folder. */
static char *beside(const char *file, const char *path)
{
	const char *slash = strrchr(file, '/');
	db_buf b = DB_BUF_INIT;

	if (path[0] == '/' || !slash)
		return db_xstrdup(path);
	db_buf_add(&b, file, (size_t)(slash - file + 1));
	db_buf_puts(&b, path);
	return db_buf_detach(&b, NULL);
}

static void run_release(struct run *u)
{
	db_tableset_release(&u->ts);
	db_buf_release(&u->text);
	db_buf_release(&u->spec_text);
	db_buf_release(&u->peers);
	db_json_free(u->spec);
	for (size_t i = 0; i < u->nrecs; i++)
		db_records_release(&u->recs[i]);
	free(u->recs);
	if (u->have_man)
		db_manifest_release(&u->man);
	if (u->have_cat)
		db_catalog_release(&u->cat);
	free(u->pages);
	free(u->docs);
	free(u->theme_path);
	cli_deps_release(&u->deps);
}

int cmd_sheet(int argc, char **argv)
{
	struct args a;
	struct run u;
	db_render_opts o;
	db_sheet s;
	db_renderer *r = NULL;
	db_diag d = { 0 };
	char *tmp = NULL;
	bool ok;
	int rc;

	memset(&a, 0, sizeof(a));
	memset(&u, 0, sizeof(u));
	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	u.ts = (db_tableset)DB_TABLESET_INIT;
	cli_quiet = false;
	if ((rc = parse_args(argc, argv, &a)) != EXIT_OK)
		return rc < 0 ? EXIT_OK : rc;
	if ((rc = cli_check_utf8("sheet", "--title", a.title)) != EXIT_OK ||
	    (rc = cli_check_utf8("sheet", "--source", a.source)) != EXIT_OK ||
	    (rc = cli_check_utf8("sheet", "--highlight", a.highlight)) != EXIT_OK)
		return rc;
	{
		/* -o - needs no --format: a sheet is always a PDF. */
		const char *dot = strrchr(a.output, '.');
		if (strcmp(a.output, "-") && (!dot || strcasecmp(dot, ".pdf")))
			return cli_usage("sheet", "a sheet is a PDF: '%s' does not end in .pdf", a.output);
		if (!strcmp(a.output, "-") && a.depfile)
			return cli_usage("sheet", "-M needs an -o file to name as the target");
	}
	rc = EXIT_FAIL;
	/* the spec in messages; "-" (stdin) names its theme from here */
	const char *spec = a.spec ? db_path_name(a.spec) : NULL;
	if (a.spec) {
		if (db_buf_read_path(&u.spec_text, a.spec) < 0) {
			rc = cli_error("%s: cannot read: %s", spec, strerror(errno));
			goto out;
		}
		cli_deps_add(&u.deps, a.spec);
		u.spec = db_json_parse(db_buf_cstr(&u.spec_text), u.spec_text.len, spec, &d);
		if (!u.spec || !db_json_is_object(u.spec)) {
			if (u.spec)
				db_error(&d, spec, 0, 0, "spec: the document must be an object");
			goto fail;
		}
		if (check_spec(u.spec, spec, &d) < 0)
			goto fail;
	}
	if ((a.manifest ? from_manifest(&u, &a, &d) : from_tables(&u, &a, &d)) < 0 ||
	    choose_pages(&u, spec, &d) < 0)
		goto fail;

	o.highlight = a.highlight ? a.highlight : db_json_get_str(u.spec, "highlight");
	o.focus = a.highlight ? a.highlight : db_json_get_str(u.spec, "focus");
	if (!o.focus)
		o.focus = o.highlight;
	if (a.peers) {
		o.peers = a.peers;
	} else if (db_json_len(db_json_get(u.spec, "peers"))) {
		const db_json *pj = db_json_get(u.spec, "peers");
		for (size_t i = 0; i < db_json_len(pj); i++)
			db_buf_printf(&u.peers, "%s%s", i ? "," : "", db_json_str(db_json_at(pj, i)));
		o.peers = db_buf_cstr(&u.peers);
	}
	if (db_json_get(u.spec, "decimals") && !db_json_is_null(db_json_get(u.spec, "decimals"))) {
		o.has_decimals = true;
		o.decimals = (int)db_json_num(db_json_get(u.spec, "decimals"), 0);
	}
	o.magnitude = db_json_get_str(u.spec, "magnitude");
	o.source = a.source ? a.source : db_json_get_str(u.spec, "source");
	o.font = a.font;
	o.strict = a.strict;
	o.warn = cli_warn_cb;
	if (a.theme)
		o.theme = a.theme;
	else if (db_json_get_str(u.spec, "theme"))
		o.theme = u.theme_path = beside(a.spec, db_json_get_str(u.spec, "theme"));
	if (o.theme)
		cli_deps_add(&u.deps, o.theme);

	s.title = a.title ? a.title : db_json_get_str(u.spec, "title");
	s.subtitle = db_json_get_str(u.spec, "subtitle");
	s.pages = u.pages;
	s.npages = u.npages;
	s.no_coverage = !db_json_bool(db_json_get(u.spec, "coverage"), true);
	if (u.nrecs) {
		u.docs = db_xcalloc(u.nrecs, sizeof(*u.docs));
		for (size_t i = 0; i < u.nrecs; i++)
			u.docs[i] = &u.recs[i].doc;
		s.documents = u.docs;
		s.ndocuments = u.nrecs;
	}
	{
		const db_table **tabs = db_xcalloc(u.npages + 1, sizeof(*tabs));
		long long fb;
		for (size_t i = 0; i < u.npages; i++)
			tabs[i] = u.pages[i].table;
		fb = db_tables_epoch(tabs, u.npages);
		free(tabs);
		for (size_t i = 0; i < u.nrecs; i++)
			if (u.recs[i].doc.has_date && db_date_epoch(&u.recs[i].doc.date) > fb)
				fb = db_date_epoch(&u.recs[i].doc.date);
		o.epoch = cli_epoch(fb < 0 ? 0 : fb);
	}
	if (cli_deps_check_output(&u.deps, a.output, &d) < 0)
		goto fail;
	if (!strcmp(a.output, "-") && !(tmp = cli_figure_tmp("pdf", &d)))
		goto fail;
	r = db_renderer_new(&o, &d);
	ok = r && db_render_sheet(r, &s, tmp ? tmp : a.output, &d) == 0;
	if (tmp && cli_figure_send(tmp, ok, &d) < 0)
		ok = false;
	if (!ok)
		goto fail;
	if (a.depfile && cli_deps_write(&u.deps, a.depfile, a.output, &d) < 0)
		goto fail;
	rc = EXIT_OK;
	goto out;
fail:
	rc = cli_fail(&d);
out:
	db_renderer_free(r);
	run_release(&u);
	return rc;
}
