/* pngdiff.c - compare two PNGs pixel by pixel:
 *   pngdiff EXPECTED.png GOT.png [TOLERANCE [MAXBAD]]
 * A pixel differs when a channel differs by more than TOLERANCE (default 16
 * of 255: antialiasing noise); the images match when at most MAXBAD pixels
 * (default 1 in 20000, a few specks) differ: a bar end moved by half a pixel
 * changes a whole column of pixels and fails. Exit 0 match, 1 differ,
 * 2 unreadable. */
#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>

static cairo_surface_t *load(const char *path)
{
	cairo_surface_t *s = cairo_image_surface_create_from_png(path);

	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "pngdiff: %s: %s\n", path,
			cairo_status_to_string(cairo_surface_status(s)));
		cairo_surface_destroy(s);
		return NULL;
	}
	return s;
}

static int channel(unsigned px, int shift)
{
	return (int)((px >> shift) & 0xFF);
}

int main(int argc, char **argv)
{
	cairo_surface_t *a, *b;
	int tol = argc > 3 ? atoi(argv[3]) : 16;
	long maxbad, bad = 0;
	int w, h, rc;

	if (argc < 3) {
		fprintf(stderr, "usage: pngdiff EXPECTED.png GOT.png [TOLERANCE [MAXBAD]]\n");
		return 2;
	}
	a = load(argv[1]);
	b = load(argv[2]);
	if (!a || !b)
		return 2;
	w = cairo_image_surface_get_width(a);
	h = cairo_image_surface_get_height(a);
	if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b)) {
		fprintf(stderr, "pngdiff: size %dx%d, expected %dx%d\n",
			cairo_image_surface_get_width(b), cairo_image_surface_get_height(b), w, h);
		return 1;
	}
	maxbad = argc > 4 ? atol(argv[4]) : (long)w * h / 20000;
	cairo_surface_flush(a);
	cairo_surface_flush(b);
	for (int y = 0; y < h; y++) {
		const unsigned *ra = (const unsigned *)(cairo_image_surface_get_data(a) +
							 y * cairo_image_surface_get_stride(a));
		const unsigned *rb = (const unsigned *)(cairo_image_surface_get_data(b) +
							 y * cairo_image_surface_get_stride(b));
		for (int x = 0; x < w; x++)
			for (int sh = 0; sh < 24; sh += 8)
				if (abs(channel(ra[x], sh) - channel(rb[x], sh)) > tol) {
					bad++;
					break;
				}
	}
	rc = bad > maxbad;
	if (rc)
		fprintf(stderr, "pngdiff: %ld of %d pixels differ (allowed %ld)\n", bad, w * h,
			maxbad);
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
	return rc;
}
