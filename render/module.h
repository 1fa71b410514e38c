/* module.h - the renderer as a module (core/module.h): lib/duibiao/render.so
 * exports this table of the render.h functions the commands call, and
 * render/load.c, linked into the program instead of the renderer, defines
 * those functions to load the module and call through it. Tests and fuzz
 * targets link the renderer itself (the dbrender library). */
#ifndef DB_RENDER_MODULE_H
#define DB_RENDER_MODULE_H

#include "core/module.h"
#include "render/render.h"

typedef struct {
	db_module_head head;
	db_renderer *(*renderer_new)(const db_render_opts *o, db_diag *d);
	void (*renderer_free)(db_renderer *r);
	int (*table)(db_renderer *r, const db_table *t, const char *path, db_diag *d);
	int (*scorecard)(db_renderer *r, const db_table *const *tables, size_t n,
			 const char *path, db_diag *d);
	int (*sheet)(db_renderer *r, const db_sheet *s, const char *path, db_diag *d);
	int (*parse_size)(const char *arg, const char *path, double dpi, double *out,
			  db_diag *d);
	long long (*tables_epoch)(const db_table *const *tables, size_t n);
	long long (*date_epoch)(const db_date *date);
} db_render_module;

#endif
