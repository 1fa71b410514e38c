/* backend.c - output formats as a table of backends chosen by the file's
 * extension (after pango-view): each creates its cairo surface and turns it
 * into bytes in memory, which are then written atomically. Every cairo
 * status is checked; output bytes depend on the drawing and the metadata
 * only (no clock, no file times). */
#define _DEFAULT_SOURCE  /* MAP_ANONYMOUS, MADV_HUGEPAGE */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <libdeflate.h>

#include "core/atomic.h"
#include "render/render_int.h"

struct db_backend {
	const char *ext;
	bool raster, paged;
	cairo_surface_t *(*create)(db_canvas *c);
	int (*finish)(db_canvas *c, const db_doc_meta *m, db_diag *d);
};

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int len)
{
	db_buf_add(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

static int cairo_fail(cairo_status_t st, const char *what, db_diag *d)
{
	return db_error(d, NULL, 0, 0, "cannot %s: %s", _(what), cairo_status_to_string(st));
}

/* ---- PNG ---- */

/* The DEFLATE level of every PNG, libdeflate's (see png_encode). */
#define DB_PNG_LEVEL 1
/* The PNG signature; IDAT chunks of at most PNG_IDAT_MAX bytes. */
#define PNG_SIG "\x89PNG\r\n\x1a\n"
#define PNG_IDAT_MAX 0x40000000u  /* bytes of one IDAT; 2^31 - 1 allowed */

/* The surface's pixels are memory mapped here rather than cairo's own: a
 * chart of 1600×1000 px is 6.4 MB, whose 1563 pages the kernel would give
 * one at a time as cairo first paints each (a page fault apiece, more than
 * half of the process's). Asked for as transparent huge pages, the same
 * memory comes in a few faults of 2 MiB; where the kernel gives none (THP
 * off, or none free), as pages, as before. Mapped memory is zeroed, as
 * cairo's own is, so the pixels are the same. Below 2 MiB, cairo's own. */
static cairo_surface_t *png_create(db_canvas *c)
{
	int w = (int)lround(c->width * c->scale), h = (int)lround(c->height * c->scale);
	int stride;
	size_t size, map, page = (size_t)sysconf(_SC_PAGESIZE);
	unsigned char *p, *at;

	w = w < 1 ? 1 : w;
	h = h < 1 ? 1 : h;
	stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, w);
	size = (size_t)stride * (size_t)h;
	if (stride < 0 || size < HUGE_PAGE)
		return cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	/* 2 MiB more than the pixels, then trimmed to the pixels from the
	 * first 2 MiB boundary on */
	map = size + HUGE_PAGE;
	p = mmap(NULL, map, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	at = p + (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
	size = (size + page - 1) / page * page;
	if (at > p)
		munmap(p, (size_t)(at - p));
	if (p + map > at + size)
		munmap(at + size, (size_t)(p + map - (at + size)));
	madvise(at, size, MADV_HUGEPAGE);  /* EINVAL without THP: pages then */
	c->pixels = at;
	c->pixels_size = size;
	return cairo_image_surface_create_for_data(at, CAIRO_FORMAT_RGB24, w, h, stride);
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* A chunk: length, type, data, CRC-32 of type and data. */
static void png_chunk(db_buf *out, const char *type, const unsigned char *data, size_t len)
{
	unsigned char be[4];
	uint32_t crc = libdeflate_crc32(0, type, 4);

	put_be32(be, (uint32_t)len);
	db_buf_add(out, be, 4);
	db_buf_add(out, type, 4);
	if (len) {  /* libdeflate_crc32 of NULL is 0, not crc */
		db_buf_add(out, data, len);
		crc = libdeflate_crc32(crc, data, len);
	}
	put_be32(be, crc);
	db_buf_add(out, be, 4);
}

/* Pixel a less the one above it, b, as PNG's three bytes of filter UP. */
static void png_up_pixel(unsigned char *out, uint32_t a, uint32_t b)
{
	out[0] = (unsigned char)((a >> 16) - (b >> 16));
	out[1] = (unsigned char)((a >> 8) - (b >> 8));
	out[2] = (unsigned char)(a - b);
}

/* Row y of cairo's RGB24 (native-endian 0xXXRRGGBB words) as a PNG row of
 * filter UP: its filter byte, then each RGB byte less the one above it
 * (prev NULL: the first row, above which PNG takes zeros). A row like the
 * one above, as most of a chart's are, is all zeros, and so are most
 * pixels of the others: the row is zeroed, then the pixels like the ones
 * above passed over two at a time. */
static void png_up_row(unsigned char *out, const uint32_t *cur, const uint32_t *prev, int w)
{
	*out++ = 2;  /* PNG's filter type UP */
	if (!prev) {
		for (int x = 0; x < w; x++)
			png_up_pixel(out + 3 * x, cur[x], 0);
		return;
	}
	memset(out, 0, (size_t)w * 3);
	if (!memcmp(cur, prev, (size_t)w * 4))
		return;
	for (int x = 0; x < w; x++) {
		uint64_t a2, b2;

		if (x + 1 < w) {
			memcpy(&a2, cur + x, 8);
			memcpy(&b2, prev + x, 8);
			if (a2 == b2) {
				x++;
				continue;
			}
		}
		if (cur[x] != prev[x])
			png_up_pixel(out + 3 * x, cur[x], prev[x]);
	}
}

/* The chunks cairo_surface_write_to_png wrote (IHDR, a white bKGD, IDAT,
 * no time), but charts are large flat areas with few colours: each row is
 * filtered UP, which leaves rows like the one above and flat areas zero,
 * and the whole image compressed at once by libdeflate at DB_PNG_LEVEL,
 * whose output is the same on every processor (docs/performance.md has
 * the measurements). The filtered rows take the
 * surface's own memory, row y's 3w + 1 bytes never past row y's pixels
 * (each row is copied out first), so the surface is used up. */
static int png_encode(cairo_surface_t *s, db_buf *out, const char **msg)
{
	int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
	size_t stride = (size_t)cairo_image_surface_get_stride(s), rowlen = (size_t)w * 3 + 1;
	size_t len = rowlen * (size_t)h, bound, zlen;
	unsigned char *data = cairo_image_surface_get_data(s), *z, ihdr[13];
	uint32_t *cur = db_xmalloc((size_t)w * 4), *prev = db_xmalloc((size_t)w * 4), *t;
	struct libdeflate_compressor *cz;
	static const unsigned char white[6] = { 0, 255, 0, 255, 0, 255 };

	for (int y = 0; y < h; y++) {
		memcpy(cur, data + (size_t)y * stride, (size_t)w * 4);
		png_up_row(data + (size_t)y * rowlen, cur, y ? prev : NULL, w);
		t = prev;
		prev = cur;
		cur = t;
	}
	free(cur);
	free(prev);
	cz = libdeflate_alloc_compressor(DB_PNG_LEVEL);
	if (!cz) {
		*msg = "out of memory";
		return -1;
	}
	bound = libdeflate_zlib_compress_bound(cz, len);
	z = db_xmalloc(bound);
	zlen = libdeflate_zlib_compress(cz, data, len, z, bound);
	libdeflate_free_compressor(cz);
	if (!zlen) {
		free(z);
		*msg = "compressed data larger than its bound";
		return -1;
	}
	put_be32(ihdr, (uint32_t)w);
	put_be32(ihdr + 4, (uint32_t)h);
	memcpy(ihdr + 8, "\x08\x02\0\0\0", 5);  /* 8-bit RGB, deflate, filters, no interlace */
	db_buf_add(out, PNG_SIG, 8);
	png_chunk(out, "IHDR", ihdr, sizeof(ihdr));
	png_chunk(out, "bKGD", white, sizeof(white));
	for (size_t at = 0; at < zlen; at += PNG_IDAT_MAX)
		png_chunk(out, "IDAT", z + at, zlen - at < PNG_IDAT_MAX ? zlen - at : PNG_IDAT_MAX);
	png_chunk(out, "IEND", NULL, 0);
	free(z);
	return 0;
}

static int png_finish(db_canvas *c, const db_doc_meta *m, db_diag *d)
{
	const char *msg = NULL;

	(void)m;
	cairo_surface_flush(c->surface);
	if (png_encode(c->surface, &c->bytes, &msg) < 0)
		return db_error(d, NULL, 0, 0, "cannot encode PNG: %s", msg);
	return 0;
}

/* ---- PDF ---- */

static cairo_surface_t *pdf_create(db_canvas *c)
{
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(to_buf, &c->bytes,
								 c->width, c->height);
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS)
		cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5);
	return s;
}

static int pdf_finish(db_canvas *c, const db_doc_meta *m, db_diag *d)
{
	char date[32];
	cairo_status_t st;

	/* cairo stamps the clock when no date is given: always give one. */
	db_format_utc(m && m->epoch >= 0 ? m->epoch : 0, date, sizeof(date));
	cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
	cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_MOD_DATE, date);
	cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_CREATOR,
				       "duibiao " DB_VERSION);
	if (m && m->title)
		cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_TITLE, m->title);
	if (m && m->desc)
		cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_SUBJECT, m->desc);
	if (m && m->keywords)
		cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_KEYWORDS, m->keywords);
	cairo_surface_finish(c->surface);
	st = cairo_surface_status(c->surface);
	if (st != CAIRO_STATUS_SUCCESS)
		return cairo_fail(st, N_("write PDF"), d);
	return 0;
}

/* ---- SVG ---- */

static cairo_surface_t *svg_create(db_canvas *c)
{
	cairo_surface_t *s = cairo_svg_surface_create_for_stream(to_buf, &c->bytes,
								 c->width, c->height);
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
		cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
		cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
	}
	return s;
}

static void xml_escape(db_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': db_buf_puts(b, "&amp;"); break;
		case '<': db_buf_puts(b, "&lt;"); break;
		case '>': db_buf_puts(b, "&gt;"); break;
		default:
			/* XML 1.0 forbids most control characters. */
			if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
				db_buf_putc(b, ' ');
			else
				db_buf_putc(b, *s);
		}
	}
}

/* cairo draws text as glyph outlines, so the title and the data go into
 * <title> and <desc>, the first children of <svg>. */
static int svg_finish(db_canvas *c, const db_doc_meta *m, db_diag *d)
{
	db_buf out = DB_BUF_INIT;
	cairo_status_t st;
	const char *svg, *gt;

	cairo_surface_finish(c->surface);
	st = cairo_surface_status(c->surface);
	if (st != CAIRO_STATUS_SUCCESS)
		return cairo_fail(st, N_("write SVG"), d);
	svg = strstr(db_buf_cstr(&c->bytes), "<svg");
	gt = svg ? strchr(svg, '>') : NULL;
	if (!gt)
		return db_error(d, NULL, 0, 0, "cannot write SVG: no <svg> element in cairo's output");
	db_buf_add(&out, c->bytes.data, (size_t)(gt + 1 - c->bytes.data));
	db_buf_puts(&out, "\n<title>");
	xml_escape(&out, m ? m->title : NULL);
	db_buf_puts(&out, "</title>\n<desc>");
	xml_escape(&out, m ? m->desc : NULL);
	db_buf_puts(&out, "</desc>");
	db_buf_puts(&out, gt + 1);
	db_buf_release(&c->bytes);
	c->bytes = out;
	return 0;
}

static const db_backend backends[] = {
	{ "png", true, false, png_create, png_finish },
	{ "pdf", false, true, pdf_create, pdf_finish },
	{ "svg", false, false, svg_create, svg_finish },
};

const db_backend *db_backend_for_path(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (!dot || strchr(dot, '/'))
		return NULL;
	for (size_t i = 0; i < sizeof(backends) / sizeof(backends[0]); i++)
		if (!strcasecmp(dot + 1, backends[i].ext))
			return &backends[i];
	return NULL;
}

const char *db_backend_name(const db_backend *be)
{
	return be->ext;
}

bool db_backend_is_raster(const db_backend *be)
{
	return be->raster;
}

bool db_backend_is_paged(const db_backend *be)
{
	return be->paged;
}

int db_canvas_fits(const db_backend *be, double w, double h, double scale, const char *path,
		   const char *wide_hint, const char *tall_hint, db_diag *d)
{
	double side = be->raster ? DB_PNG_MAX_PX : DB_PAGE_MAX_PT;
	/* A PNG is as many whole pixels as png_create makes. */
	double dw = be->raster ? (double)lround(w * scale) : w;
	double dh = be->raster ? (double)lround(h * scale) : h;
	const char *unit = be->raster ? "px" : "pt";
	const char *hint = dw > side ? wide_hint : tall_hint;   /* N_() marked */

	if (!(w > 0 && h > 0 && scale > 0))
		return db_error(d, path, 0, 0, "bad figure size %gx%g pt", w, h);
	if (dw > side || dh > side)
		return db_error(d, path, 0, 0,
				"a figure of %.0fx%.0f %s is larger than %s allows (%.0f %s a side)%s%s",
				dw, dh, unit, be->raster ? "PNG" : be->paged ? _("a PDF page") : "SVG",
				side, unit, hint ? "; " : "", hint ? _(hint) : "");
	if (be->raster && dw * dh > DB_PNG_MAX_PIXELS)
		return db_error(d, path, 0, 0,
				"a figure of %.0fx%.0f px is larger than a PNG may be (%.0f million pixels)%s%s",
				dw, dh, DB_PNG_MAX_PIXELS / 1e6, hint ? "; " : "",
				hint ? _(hint) : "");
	return 0;
}

int db_canvas_begin(db_canvas *c, const db_backend *be, double w, double h, double scale,
		    db_diag *d)
{
	cairo_status_t st;

	memset(c, 0, sizeof(*c));
	if (db_canvas_fits(be, w, h, scale, NULL, NULL, NULL, d) < 0)
		return -1;
	c->be = be;
	c->width = w;
	c->height = h;
	c->scale = be->raster ? scale : 1;
	c->surface = be->create(c);
	st = cairo_surface_status(c->surface);
	if (st != CAIRO_STATUS_SUCCESS) {
		db_canvas_abort(c);
		return cairo_fail(st, N_("create the surface"), d);
	}
	c->cr = cairo_create(c->surface);
	st = cairo_status(c->cr);
	if (st != CAIRO_STATUS_SUCCESS) {
		db_canvas_abort(c);
		return cairo_fail(st, N_("create a cairo context"), d);
	}
	cairo_scale(c->cr, c->scale, c->scale);
	return 0;
}

int db_canvas_check(db_canvas *c, db_diag *d)
{
	cairo_status_t st = cairo_status(c->cr);

	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(c->surface);
	return st == CAIRO_STATUS_SUCCESS ? 0 : cairo_fail(st, N_("draw"), d);
}

int db_canvas_next_page(db_canvas *c, db_diag *d)
{
	if (!c->be->paged)
		return db_error(d, NULL, 0, 0, "%s output has a single page", c->be->ext);
	cairo_show_page(c->cr);
	db_box_page(c->cr);
	return db_canvas_check(c, d);
}

int db_canvas_finish(db_canvas *c, const db_doc_meta *m, const char *path, db_diag *d)
{
	int rc = db_canvas_check(c, d);
	db_buf title = DB_BUF_INIT, desc = DB_BUF_INIT, keywords = DB_BUF_INIT;

	if (rc == 0) {
		/* cairo refuses, and XML forbids, what db_text_clean takes out. */
		db_doc_meta clean = { m && m->title ? db_text_clean(m->title, &title) : NULL,
				      m && m->desc ? db_text_clean(m->desc, &desc) : NULL,
				      m && m->keywords ? db_text_clean(m->keywords, &keywords) : NULL,
				      m ? m->epoch : -1 };
		cairo_destroy(c->cr);
		c->cr = NULL;
		rc = c->be->finish(c, &clean, d);
	}
	db_buf_release(&title);
	db_buf_release(&desc);
	db_buf_release(&keywords);
	if (rc == 0)
		rc = db_write_file_atomic(path, c->bytes.data, c->bytes.len, d);
	db_canvas_abort(c);
	return rc;
}

void db_canvas_abort(db_canvas *c)
{
	if (c->cr)
		cairo_destroy(c->cr);
	if (c->surface)
		cairo_surface_destroy(c->surface);
	if (c->pixels)
		munmap(c->pixels, c->pixels_size);
	c->pixels = NULL;
	db_buf_release(&c->bytes);
	c->cr = NULL;
	c->surface = NULL;
}

/* Days since 1970-01-01 → civil date (H. Hinnant's algorithm), so the date
 * never depends on the local time zone. */
char *db_format_utc(long long epoch, char *out, size_t outsz)
{
	long long days = epoch / 86400, secs = epoch % 86400;
	long long z, era, doe, yoe, y, doy, mp, dd, mm;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	dd = doy - (153 * mp + 2) / 5 + 1;
	mm = mp < 10 ? mp + 3 : mp - 9;
	if (mm <= 2)
		y++;
	snprintf(out, outsz, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", y, mm, dd,
		 secs / 3600, secs / 60 % 60, secs % 60);
	return out;
}
