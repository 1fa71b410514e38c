/* load.c - the renderer's functions as the program has them: each loads
 * lib/duibiao/render.so on first use and calls its own (module.h). A
 * renderer exists only once the module is loaded, so the functions taking
 * one find it loaded. A command that cannot load it fails at its first
 * call (the epochs are then -1: no date). */
#include "core/i18n.h"
#include "render/module.h"

static const db_render_module *module(db_diag *d)
{
	return db_module_load("render", N_("the renderer"), sizeof(db_render_module), d);
}

db_renderer *db_renderer_new(const db_render_opts *o, db_diag *d)
{
	const db_render_module *m = module(d);
	return m ? m->renderer_new(o, d) : NULL;
}

void db_renderer_free(db_renderer *r)
{
	if (r)
		module(NULL)->renderer_free(r);
}

int db_render_table(db_renderer *r, const db_table *t, const char *path, db_diag *d)
{
	return module(d)->table(r, t, path, d);
}

int db_render_scorecard(db_renderer *r, const db_table *const *tables, size_t n,
			const char *path, db_diag *d)
{
	return module(d)->scorecard(r, tables, n, path, d);
}

int db_render_sheet(db_renderer *r, const db_sheet *s, const char *path, db_diag *d)
{
	return module(d)->sheet(r, s, path, d);
}

int db_render_parse_size(const char *arg, const char *path, double dpi, double *out, db_diag *d)
{
	const db_render_module *m = module(d);
	return m ? m->parse_size(arg, path, dpi, out, d) : -1;
}

long long db_tables_epoch(const db_table *const *tables, size_t n)
{
	const db_render_module *m = module(NULL);
	return m ? m->tables_epoch(tables, n) : -1;
}

long long db_date_epoch(const db_date *date)
{
	const db_render_module *m = module(NULL);
	return m ? m->date_epoch(date) : -1;
}
