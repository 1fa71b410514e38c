/* theme.c - colours, font sizes and margins of every figure: a built-in
 * default and JSON theme files that override some of its keys. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/json.h"
#include "render/render_int.h"

/* Sober and greyscale-safe: near-black text, blue-grey bars (light grey in
 * print), a dark red accent for the highlighted entity (dark grey in print). */
static const db_theme default_theme = {
	.background = { 1, 1, 1 },
	.text = { 0x22 / 255.0, 0x22 / 255.0, 0x22 / 255.0 },
	.muted = { 0x66 / 255.0, 0x66 / 255.0, 0x66 / 255.0 },
	.bar = { 0x7d / 255.0, 0x97 / 255.0, 0xb0 / 255.0 },
	.bar_negative = { 0xa9 / 255.0, 0xb6 / 255.0, 0xc2 / 255.0 },
	.highlight = { 0xa8 / 255.0, 0x32 / 255.0, 0x2d / 255.0 },
	.axis = { 0x33 / 255.0, 0x33 / 255.0, 0x33 / 255.0 },
	.grid = { 0xe2 / 255.0, 0xe2 / 255.0, 0xe2 / 255.0 },
	.reference = { 0x55 / 255.0, 0x55 / 255.0, 0x55 / 255.0 },
	.slot = { 0xa0 / 255.0, 0xa0 / 255.0, 0xa0 / 255.0 },
	.zebra = { 0xf2 / 255.0, 0xf4 / 255.0, 0xf6 / 255.0 },
	.title_size = 13,
	.subtitle_size = 9.5,
	.label_size = 9.5,
	.value_size = 8.5,
	.tick_size = 8,
	.note_size = 7.5,
	.annotation_size = 7.5,
	.table_size = 8.5,
	.margin_top = 16,
	.margin_right = 18,
	.margin_bottom = 14,
	.margin_left = 16,
	.bar_fill = 0.62,
	.bar_max = 22,
	.row_min = 17,
};

void db_theme_default(db_theme *t)
{
	*t = default_theme;
}

/* The keys of a theme file, as data: name → offset of the field. */
struct key {
	const char *name;
	size_t off;
	double lo, hi;    /* numbers only */
};

#define COLOR(n) { #n, offsetof(db_theme, n), 0, 0 }
static const struct key color_keys[] = {
	COLOR(background), COLOR(text), COLOR(muted), COLOR(bar), COLOR(bar_negative),
	COLOR(highlight), COLOR(axis), COLOR(grid), COLOR(reference), COLOR(slot),
	COLOR(zebra),
};
static const struct key size_keys[] = {
	{ "title", offsetof(db_theme, title_size), 4, 72 },
	{ "subtitle", offsetof(db_theme, subtitle_size), 4, 72 },
	{ "label", offsetof(db_theme, label_size), 4, 72 },
	{ "value", offsetof(db_theme, value_size), 4, 72 },
	{ "tick", offsetof(db_theme, tick_size), 4, 72 },
	{ "note", offsetof(db_theme, note_size), 4, 72 },
	{ "annotation", offsetof(db_theme, annotation_size), 4, 72 },
	{ "table", offsetof(db_theme, table_size), 4, 72 },
};
static const struct key margin_keys[] = {
	{ "top", offsetof(db_theme, margin_top), 0, 500 },
	{ "right", offsetof(db_theme, margin_right), 0, 500 },
	{ "bottom", offsetof(db_theme, margin_bottom), 0, 500 },
	{ "left", offsetof(db_theme, margin_left), 0, 500 },
};
static const struct key bar_keys[] = {
	{ "fill", offsetof(db_theme, bar_fill), 0.2, 1 },
	{ "max", offsetof(db_theme, bar_max), 2, 200 },
	{ "row_min", offsetof(db_theme, row_min), 6, 200 },
};

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* "#rrggbb" or "#rgb". */
static int parse_color(const char *s, db_rgb *out)
{
	int v[6];
	size_t n = s ? strlen(s) : 0;

	if ((n != 7 && n != 4) || s[0] != '#')
		return -1;
	for (size_t i = 1; i < n; i++)
		if ((v[i - 1] = hexval(s[i])) < 0)
			return -1;
	if (n == 4) {
		out->r = v[0] * 17 / 255.0;
		out->g = v[1] * 17 / 255.0;
		out->b = v[2] * 17 / 255.0;
	} else {
		out->r = (v[0] * 16 + v[1]) / 255.0;
		out->g = (v[2] * 16 + v[3]) / 255.0;
		out->b = (v[4] * 16 + v[5]) / 255.0;
	}
	return 0;
}

static const struct key *find_key(const struct key *keys, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(keys[i].name, name))
			return &keys[i];
	return NULL;
}

static int apply_group(db_theme *t, const db_json *obj, const char *group,
		       const struct key *keys, size_t nkeys, bool colors,
		       const char *file, db_diag *d)
{
	if (!obj)
		return 0;
	if (!db_json_is_object(obj))
		return db_error(d, file, 0, 0, "theme: \"%s\" must be an object", group);
	for (size_t i = 0; i < db_json_len(obj); i++) {
		const db_json *m = db_json_at(obj, i);
		const char *name = db_json_key(m);
		const struct key *k = find_key(keys, nkeys, name);
		char *field;

		if (!k)
			return db_error(d, file, 0, 0, "theme: unknown key \"%s\" in \"%s\"",
					name, group);
		field = (char *)t + k->off;
		if (colors) {
			db_rgb c;
			if (parse_color(db_json_str(m), &c) < 0)
				return db_error(d, file, 0, 0,
						"theme: %s.%s must be a colour like \"#5b7895\"",
						group, name);
			memcpy(field, &c, sizeof(c));
		} else {
			double v = db_json_num(m, -1);
			if (!db_json_is_number(m) || v < k->lo || v > k->hi)
				return db_error(d, file, 0, 0,
						"theme: %s.%s must be a number from %g to %g",
						group, name, k->lo, k->hi);
			memcpy(field, &v, sizeof(v));
		}
	}
	return 0;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

int db_theme_parse(db_theme *t, const char *text, size_t len, const char *file, db_diag *d)
{
	static const char *const groups[] = { "colors", "font_sizes", "margins", "bars",
					      "name", "about" };
	db_json *root = db_json_parse(text, len, file, d);
	int rc = -1;

	if (!root)
		return -1;
	db_theme_default(t);
	if (!db_json_is_object(root)) {
		db_error(d, file, 0, 0, "theme: the document must be an object");
		goto out;
	}
	for (size_t i = 0; i < db_json_len(root); i++) {
		const char *k = db_json_key(db_json_at(root, i));
		bool known = false;
		for (size_t g = 0; g < N(groups); g++)
			known = known || !strcmp(k, groups[g]);
		if (!known) {
			db_error(d, file, 0, 0, "theme: unknown key \"%s\"", k);
			goto out;
		}
		/* name and about are words for people; null is as if absent */
		if ((!strcmp(k, "name") || !strcmp(k, "about")) &&
		    !db_json_is_string(db_json_at(root, i)) && !db_json_is_null(db_json_at(root, i))) {
			db_error(d, file, 0, 0, "theme: \"%s\" must be a string", k);
			goto out;
		}
	}
	if (apply_group(t, db_json_get(root, "colors"), "colors", color_keys, N(color_keys),
			true, file, d) < 0 ||
	    apply_group(t, db_json_get(root, "font_sizes"), "font_sizes", size_keys,
			N(size_keys), false, file, d) < 0 ||
	    apply_group(t, db_json_get(root, "margins"), "margins", margin_keys,
			N(margin_keys), false, file, d) < 0 ||
	    apply_group(t, db_json_get(root, "bars"), "bars", bar_keys, N(bar_keys), false,
			file, d) < 0)
		goto out;
	rc = 0;
out:
	db_json_free(root);
	return rc;
}

int db_theme_load(db_theme *t, const char *path, db_diag *d)
{
	db_buf b = DB_BUF_INIT;
	int rc;

	if (db_buf_read_file(&b, path) < 0) {
		db_buf_release(&b);
		return db_error(d, path, 0, 0, "cannot read theme: %s", strerror(errno));
	}
	rc = db_theme_parse(t, db_buf_cstr(&b), b.len, path, d);
	db_buf_release(&b);
	return rc;
}
