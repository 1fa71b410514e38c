/* docx.c - a Word .docx (a zip of XML, ECMA-376) through libzip and
 * libxml2: word/document.xml's paragraphs, list items and table rows in
 * document order, one a line, a row's cells separated by " | ". Deleted
 * text (tracked changes), field codes, drawings and text boxes are left
 * out; headers, footers and footnotes are other parts and never read. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "extract/formats.h"
#include "extract/xmlwalk.h"

/* document.xml larger than this unpacked is refused (a zip bomb): the
 * largest real report's is a few megabytes. */
#define DOCUMENT_MAX ((zip_uint64_t)256 << 20)

static const char part[] = "word/document.xml";

/* Read the part named name of za into out; -1 with d filled. */
static int read_part(zip_t *za, const char *name, db_buf *out, const char *file, db_diag *d)
{
	zip_int64_t idx = zip_name_locate(za, name, 0);
	if (idx < 0)
		return db_error(d, file, 0, 0, "not a Word document: the zip holds no %s (an .xlsx, "
				".pptx or .odt? save the report as .docx, PDF or text)", name);
	zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)idx, 0);
	if (!zf)
		return db_error(d, file, 0, 0, "corrupt .docx: cannot open %s (%s)", name,
				zip_strerror(za));
	char chunk[65536];
	zip_int64_t n;
	int rc = 0;
	while ((n = zip_fread(zf, chunk, sizeof chunk)) > 0) {
		if (out->len + (size_t)n > DOCUMENT_MAX) {
			rc = db_error(d, file, 0, 0, "%s unpacks to more than %llu MB: refused", name,
				      (unsigned long long)(DOCUMENT_MAX >> 20));
			break;
		}
		db_buf_add(out, chunk, (size_t)n);
	}
	if (rc == 0 && n < 0)
		rc = db_error(d, file, 0, 0, "corrupt .docx: %s cannot be unpacked (%s)", name,
			      zip_file_strerror(zf));
	zip_fclose(zf);
	return rc;
}

static bool is_w(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       (strstr((const char *)n->ns->href, "wordprocessingml/2006/main") ||
		strstr((const char *)n->ns->href, "wordprocessingml/main")) &&
	       !strcmp((const char *)n->name, name);
}

typedef struct {
	db_textout o;
	int cells;    /* table cells open around the node */
} walker;

static bool one_of(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (is_w(n, *names))
			return true;
	return false;
}

/* Entering n: write what it starts; false to skip its children. */
static bool enter(void *ctx, xmlNode *n)
{
	walker *w = ctx;
	static const char *const skipped[] = { "delText", "instrText", "delInstrText", "drawing",
					       "pict", "object", "rPr", "pPr", "sectPr", "tblPr",
					       "trPr", "tcPr", "tblGrid", "footnoteReference",
					       "endnoteReference", "commentReference", NULL };
	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (one_of(n, skipped))
		return false;
	/* mc:AlternateContent: the first choice only (the fallback repeats it) */
	if (n->parent && n->parent->type == XML_ELEMENT_NODE &&
	    !strcmp((const char *)n->parent->name, "AlternateContent") &&
	    n != xmlFirstElementChild(n->parent))
		return false;
	if (is_w(n, "t")) {
		for (xmlNode *c = n->children; c; c = c->next)
			if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
				db_textout_text(&w->o, (const char *)c->content,
						strlen((const char *)c->content));
		return false;
	}
	if (is_w(n, "tab") || is_w(n, "noBreakHyphen")) {
		if (is_w(n, "tab"))
			db_textout_space(&w->o);
		else
			db_textout_text(&w->o, "-", 1);
		return false;
	}
	if (is_w(n, "br") || is_w(n, "cr")) {
		if (w->cells)
			db_textout_space(&w->o);
		else
			db_textout_line(&w->o);
		return false;
	}
	if (is_w(n, "tbl") && !w->cells)
		db_textout_line(&w->o);
	if (is_w(n, "tc")) {
		if (!w->cells)
			db_textout_cell(&w->o);
		else
			db_textout_space(&w->o);
		w->cells++;
	}
	return true;
}

static void leave(void *ctx, xmlNode *n)
{
	walker *w = ctx;
	if (n->type != XML_ELEMENT_NODE)
		return;
	if (is_w(n, "tc"))
		w->cells--;
	else if (is_w(n, "p") || is_w(n, "tr") || is_w(n, "tbl")) {
		if (w->cells)
			db_textout_space(&w->o);
		else
			db_textout_line(&w->o);
	}
}


int db_read_docx(const char *raw, size_t len, db_buf *text, const char *file, db_diag *d)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za = NULL;
	db_buf xml = DB_BUF_INIT;
	xmlParserCtxtPtr ctxt = NULL;
	xmlDocPtr doc = NULL;
	size_t keep = text->len;
	int rc = -1;

	zip_error_init(&ze);
	src = zip_source_buffer_create(raw, len, 0, &ze);
	if (src)
		za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	if (!za) {
		db_error(d, file, 0, 0, "corrupt .docx: not a readable zip archive (%s)",
			 zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		goto out;
	}
	if (read_part(za, part, &xml, file, d) < 0)
		goto out;
	ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		db_error(d, file, 0, 0, "out of memory parsing %s", part);
		goto out;
	}
	if (xml.len > (size_t)INT32_MAX) {
		db_error(d, file, 0, 0, "%s too large", part);
		goto out;
	}
	doc = xmlCtxtReadMemory(ctxt, db_buf_cstr(&xml), (int)xml.len, part, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc || !xmlDocGetRootElement(doc)) {
		const xmlError *e = xmlCtxtGetLastError(ctxt);
		char msg[200];
		snprintf(msg, sizeof msg, "%s", e && e->message ? e->message : "no root element");
		msg[strcspn(msg, "\n")] = '\0';
		db_error(d, file, 0, 0, "corrupt .docx: %s is not well-formed XML (line %d: %s)",
			 part, e ? e->line : 0, msg);
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
		xmlFreeParserCtxt(ctxt);
	if (za)
		zip_discard(za);
	zip_error_fini(&ze);
	db_buf_release(&xml);
	return rc;
}
