/* module.c - what lib/duibiao/render.so offers the program (module.h). */
#include "render/module.h"

const db_render_module db_module = {
	DB_MODULE_HEAD(db_render_module),
	db_renderer_new,
	db_renderer_free,
	db_render_table,
	db_render_scorecard,
	db_render_sheet,
	db_render_parse_size,
	db_tables_epoch,
	db_date_epoch,
};
