/* html.c - a saved web page through libxml2's HTML parser: the visible
 * text, one block (p, div, li, h1…, br) a line; scripts, styles, forms'
 * controls, navigation, menus, footers and hidden parts dropped; a table
 * without tables inside (a data table) one row a line with its cells
 * separated by " | ", a table holding tables (page layout) read as blocks.
 * The bytes are decoded first (BOM, else <meta charset>, else UTF-8 or
 * GB18030 as for text), so GB2312/GBK pages read as GB18030, their
 * superset, and the parser sees UTF-8 only. A page cut off (no </html>
 * after <html>, or ending inside a tag) is refused. */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "extract/extract.h"
#include "extract/formats.h"
#include "extract/xmlwalk.h"

/* ---- encoding ------------------------------------------------------------- */

static bool ci_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= len && !strncasecmp(s + i, w, k);
}

/* The charset a <meta> of the first 4 KB declares, as db_decode names it:
 * "utf-8", "gb18030" (for gb2312, gbk, gb18030 and their aliases), or NULL
 * (none, or one duibiao does not read: the bytes then decide). */
static const char *meta_charset(const char *raw, size_t len)
{
	size_t n = len < 4096 ? len : 4096;
	for (size_t i = 0; i < n; i++) {
		if (!ci_at(raw, n, i, "charset"))
			continue;
		size_t j = i + 7;
		while (j < n && (raw[j] == ' ' || raw[j] == '\t'))
			j++;
		if (j >= n || raw[j] != '=')
			continue;
		j++;
		while (j < n && (raw[j] == ' ' || raw[j] == '"' || raw[j] == '\''))
			j++;
		char name[32];
		size_t k = 0;
		while (j < n && k + 1 < sizeof name &&
		       (raw[j] == '-' || raw[j] == '_' || (raw[j] >= '0' && raw[j] <= '9') ||
			((raw[j] | 0x20) >= 'a' && (raw[j] | 0x20) <= 'z')))
			name[k++] = raw[j++];
		name[k] = '\0';
		if (!strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8"))
			return "utf-8";
		if (!strncasecmp(name, "gb", 2) || !strcasecmp(name, "x-gbk") ||
		    !strcasecmp(name, "cp936") || !strcasecmp(name, "windows-936"))
			return "gb18030";
		return NULL;
	}
	return NULL;
}

/* ---- truncation ------------------------------------------------------------- */

/* Last offset of w in s (ASCII case ignored), or len. */
static size_t last_ci(const char *s, size_t len, const char *w)
{
	size_t k = strlen(w);
	for (size_t i = len >= k ? len - k + 1 : 0; i-- > 0;)
		if (!strncasecmp(s + i, w, k))
			return i;
	return len;
}

static int check_complete(const char *t, size_t len, const char *file, db_diag *d)
{
	size_t open = last_ci(t, len, "<html");
	size_t lt = len, gt = len;
	for (size_t i = len; i-- > 0;) {
		if (lt == len && t[i] == '<')
			lt = i;
		if (gt == len && t[i] == '>')
			gt = i;
		if (lt != len && gt != len)
			break;
	}
	if (lt != len && (gt == len || gt < lt)) {
		int line, col;
		db_line_col(t, len, lt, &line, &col);
		return db_error(d, file, line, col, "truncated web page: it ends inside a tag (the "
				"page was cut off; save it again)");
	}
	if (open < len && last_ci(t + open, len - open, "</html") == len - open)
		return db_error(d, file, 0, 0, "truncated web page: <html> is never closed (the "
				"page was cut off; save it again)");
	return 0;
}

/* ---- the walk ---------------------------------------------------------------- */

#define TABLES_MAX 64

typedef struct {
	db_textout o;
	int cells;            /* data-table cells open */
	int pre;              /* <pre> open */
	int tables;           /* tables open */
	bool data[TABLES_MAX];/* is the table at each depth a data table? */
} walker;

static bool named(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp((const char *)n->name, *names))
			return true;
	return false;
}

/* Words of a class or id that mark what is not the article. */
static bool chrome_token(const char *s, size_t n)
{
	static const char *const words[] = {
		"nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "foot",
		"breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "topbar", "toolbar",
		"share", "copyright", "skip", NULL,
	};
	for (const char *const *w = words; *w; w++)
		if (strlen(*w) == n && !strncasecmp(s, *w, n))
			return true;
	return false;
}

/* class="main-nav top", id="footer": a token, split at spaces, - and _. */
static bool chrome_attr(const xmlNode *n, const char *attr)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	bool hit = false;
	if (!v)
		return false;
	const char *s = (const char *)v;
	while (*s && !hit) {
		size_t k = strcspn(s, " \t\n-_");
		hit = k && chrome_token(s, k);
		s += k;
		s += strspn(s, " \t\n-_");
	}
	xmlFree(v);
	return hit;
}

static bool prop_is(const xmlNode *n, const char *attr, const char *const *values)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	bool hit = false;
	for (const char *const *w = values; v && *w && !hit; w++)
		hit = !strcasecmp((const char *)v, *w);
	xmlFree(v);
	return hit;
}

/* style="display: none" or "visibility:hidden" */
static bool hidden_style(const xmlNode *n)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)"style");
	bool hit = false;
	if (v) {
		char buf[256];
		size_t k = 0;
		for (const xmlChar *s = v; *s && k + 1 < sizeof buf; s++)
			if (*s != ' ' && *s != '\t')
				buf[k++] = (char)(*s | ((*s >= 'A' && *s <= 'Z') ? 0x20 : 0));
		buf[k] = '\0';
		hit = strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
	}
	xmlFree(v);
	return hit;
}

static bool is_chrome(const xmlNode *n)
{
	static const char *const roles[] = { "navigation", "menu", "menubar", "contentinfo",
					     "search", NULL };
	static const char *const yes[] = { "true", NULL };
	return xmlHasProp(n, (const xmlChar *)"hidden") || prop_is(n, "aria-hidden", yes) ||
	       prop_is(n, "role", roles) || hidden_style(n) || chrome_attr(n, "class") ||
	       chrome_attr(n, "id");
}

/* Does a table lie under n? */
static bool holds_table(xmlNode *root)
{
	xmlNode *n = root->children;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, "table"))
			return true;
		if (n->children) {
			n = n->children;
			continue;
		}
		while (n && !n->next) {
			n = n->parent;
			if (n == root)
				return false;
		}
		if (n)
			n = n->next;
	}
	return false;
}

static const char *const skipped[] = {
	"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "menu",
	"iframe", "object", "embed", "svg", "math", "select", "option", "button", "input",
	"textarea", "canvas", "audio", "video", "map", NULL,
};
static const char *const blocks[] = {
	"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
	"section", "article", "main", "header", "blockquote", "pre", "hr", "address", "center",
	"figure", "figcaption", "caption", "form", "fieldset", "legend", "details", "summary",
	"body", "html", "title", NULL,
};

static void boundary(walker *w)
{
	if (w->cells)
		db_textout_space(&w->o);
	else
		db_textout_line(&w->o);
}

static bool in_data_table(const walker *w)
{
	return w->tables > 0 && w->tables <= TABLES_MAX && w->data[w->tables - 1];
}

static bool enter(void *ctx, xmlNode *n)
{
	walker *w = ctx;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		const char *s = (const char *)n->content;
		if (!s)
			return false;
		if (!w->pre) {
			db_textout_text(&w->o, s, strlen(s));
			return false;
		}
		for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1) {
			db_textout_text(&w->o, s, (size_t)(nl - s));
			boundary(w);
		}
		db_textout_text(&w->o, s, strlen(s));
		return false;
	}
	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (named(n, skipped) || is_chrome(n))
		return false;
	const char *name = (const char *)n->name;
	if (!strcmp(name, "br")) {
		boundary(w);
		return false;
	}
	if (!strcmp(name, "table")) {
		if (w->tables < TABLES_MAX)
			w->data[w->tables] = !holds_table(n);
		w->tables++;
		boundary(w);
	} else if ((!strcmp(name, "td") || !strcmp(name, "th")) && in_data_table(w)) {
		if (!w->cells)
			db_textout_cell(&w->o);
		else
			db_textout_space(&w->o);
		w->cells++;
	} else if (!strcmp(name, "td") || !strcmp(name, "th") || !strcmp(name, "tr") ||
		   named(n, blocks)) {
		boundary(w);
	}
	if (!strcmp(name, "pre"))
		w->pre++;
	return true;
}

static void leave(void *ctx, xmlNode *n)
{
	walker *w = ctx;
	if (n->type != XML_ELEMENT_NODE || named(n, skipped))
		return;
	const char *name = (const char *)n->name;
	if (!strcmp(name, "table")) {
		w->tables--;
		boundary(w);
	} else if ((!strcmp(name, "td") || !strcmp(name, "th")) && in_data_table(w) && w->cells) {
		w->cells--;
	} else if (!strcmp(name, "td") || !strcmp(name, "th") || !strcmp(name, "tr") ||
		   named(n, blocks)) {
		boundary(w);
	}
	if (!strcmp(name, "pre") && w->pre)
		w->pre--;
}


int db_read_html(const char *raw, size_t len, const char *encoding, db_buf *text,
		 const char **detected, const char *file, db_diag *d)
{
	db_buf utf8 = DB_BUF_INIT;
	htmlParserCtxtPtr ctxt = NULL;
	htmlDocPtr doc = NULL;
	size_t keep = text->len;
	int rc = -1;

	bool forced = encoding && strcmp(encoding, "auto");
	const char *declared = forced ? encoding : meta_charset(raw, len);
	if (db_decode(raw, len, declared, &utf8, detected, file, d) < 0) {
		/* a page whose meta tag lies about its bytes: let them decide */
		if (forced || !declared || db_decode(raw, len, NULL, &utf8, detected, file, d) < 0)
			goto out;
	}
	if (check_complete(db_buf_cstr(&utf8), utf8.len, file, d) < 0)
		goto out;
	if (utf8.len > (size_t)INT32_MAX) {
		db_error(d, file, 0, 0, "web page too large");
		goto out;
	}
	ctxt = htmlNewParserCtxt();
	if (!ctxt) {
		db_error(d, file, 0, 0, "out of memory parsing the page");
		goto out;
	}
	doc = htmlCtxtReadMemory(ctxt, db_buf_cstr(&utf8), (int)utf8.len, "page.html", "UTF-8",
				 HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
				 HTML_PARSE_IGNORE_ENC | HTML_PARSE_RECOVER);
	if (!doc) {
		db_error(d, file, 0, 0, "not a readable web page (libxml2 gave no document)");
		goto out;
	}
	walker w = { .cells = 0 };
	db_textout_init(&w.o, text);
	db_xml_walk((xmlNode *)doc, enter, leave, &w);
	db_textout_line(&w.o);
	rc = 0;
out:
	if (rc < 0)
		db_text_cut(text, keep);
	if (doc)
		xmlFreeDoc(doc);
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	db_buf_release(&utf8);
	return rc;
}
