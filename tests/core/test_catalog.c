/* test_catalog.c - catalog loading and validation. */
#include "core/catalog.h"

#include <stdlib.h>
#include <unistd.h>

#include "harness.h"

static const char *load(const char *text, db_catalog *c)
{
	static char out[2048];
	db_diag d;
	if (db_catalog_load_json(c, text, strlen(text), "cat.json", &d) == 0)
		return "OK";
	db_diag_format(&d, out, sizeof out);
	return out;
}

#define M(extra) "{\"schema\":\"duibiao.catalog/1\",\"metrics\":[" extra "]}"
#define GDP "{\"id\":\"gdp\",\"name\":\"地区生产总值\",\"name_en\":\"GRP\",\"group\":\"output\",\"unit\":\"亿元\",\"kind\":\"flow\",\"better\":\"higher\",\"aliases\":[\"地区生产总值\",\"生产总值\",\"GDP\"]}"
#define FIRMS "{\"id\":\"high_tech_enterprises\",\"name\":\"高新技术企业\",\"unit\":\"家\",\"added_unit\":\"家\",\"kind\":\"stock\",\"better\":\"higher\",\"aliases\":[\"高新技术企业\"]}"
#define PM "{\"id\":\"pm25\",\"name\":\"PM2.5平均浓度\",\"unit\":\"微克/立方米\",\"kind\":\"stock\",\"better\":\"lower\"}"

int main(void)
{
	db_catalog c;
	STR_EQ("OK", load(M(GDP "," FIRMS "," PM), &c));
	INT_EQ(3, c.len);
	const db_metric *m = db_catalog_find(&c, "gdp");
	OK(m == &c.items[0]);
	STR_EQ("地区生产总值", m->name);
	STR_EQ("GRP", m->name_en);
	STR_EQ("output", m->group);
	INT_EQ(3, m->naliases);
	STR_EQ("GDP", m->aliases[2]);
	OK(!m->stock && !m->lower_is_better);
	STR_EQ("亿元", m->added_unit);
	STR_EQ("亿元", db_metric_unit(m, DB_MEASURE_LEVEL));
	STR_EQ("%", db_metric_unit(m, DB_MEASURE_GROWTH));
	STR_EQ("%", db_metric_unit(m, DB_MEASURE_SHARE));
	STR_EQ("百分点", db_metric_unit(m, DB_MEASURE_CHANGE_PP));
	STR_EQ("百分点", db_metric_unit(m, DB_MEASURE_GAP_PP));
	STR_EQ("亿元", db_metric_unit(m, DB_MEASURE_ADDED));
	m = db_catalog_find(&c, "pm25");
	OK(m->stock && m->lower_is_better);
	INT_EQ(0, m->naliases);
	OK(m->name_en == NULL);
	INT_EQ(1, db_catalog_index(&c, "high_tech_enterprises"));
	INT_EQ(3, db_catalog_index(&c, "nope"));
	OK(db_catalog_find(&c, NULL) == NULL);
	db_catalog_release(&c);

	STR_EQ("cat.json: metrics[1]: duplicate id \"gdp\"", load(M(GDP "," GDP), &c));
	STR_EQ("cat.json: metrics[0] (x): bad kind \"flows\" (want flow or stock)",
	       load(M("{\"id\":\"x\",\"name\":\"x\",\"unit\":\"元\",\"kind\":\"flows\",\"better\":\"higher\"}"), &c));
	STR_EQ("cat.json: metrics[0] (x): bad better \"up\" (want higher or lower)",
	       load(M("{\"id\":\"x\",\"name\":\"x\",\"unit\":\"元\",\"kind\":\"flow\",\"better\":\"up\"}"), &c));
	STR_EQ("cat.json: metrics[0]: bad id \"GDP\" (want [a-z0-9_]+)",
	       load(M("{\"id\":\"GDP\",\"name\":\"x\",\"unit\":\"元\",\"kind\":\"flow\",\"better\":\"higher\"}"), &c));
	STR_EQ("cat.json: metrics[0]: missing \"unit\"",
	       load(M("{\"id\":\"x\",\"name\":\"x\",\"kind\":\"flow\",\"better\":\"higher\"}"), &c));
	STR_EQ("cat.json: metrics[0]: \"name\" must be a non-empty string",
	       load(M("{\"id\":\"x\",\"name\":3,\"unit\":\"元\",\"kind\":\"flow\",\"better\":\"higher\"}"), &c));
	STR_EQ("cat.json: metrics[0] (x): aliases[1] must be a non-empty string",
	       load(M("{\"id\":\"x\",\"name\":\"x\",\"unit\":\"元\",\"kind\":\"flow\",\"better\":\"higher\",\"aliases\":[\"a\",\"\"]}"), &c));
	STR_EQ("cat.json: metrics[0]: not an object", load(M("1"), &c));
	STR_EQ("cat.json: not a duibiao.catalog/1 document (schema \"\")", load("{\"metrics\":[]}", &c));
	STR_EQ("cat.json: \"metrics\" must be an array", load("{\"schema\":\"duibiao.catalog/1\"}", &c));
	STR_EQ("cat.json:1:2: invalid JSON: expected a string key", load("{,}", &c));

	/* the built-in catalog loads and is well formed (its content belongs
	 * to extract/catalog.json) */
	db_diag d;
	INT_EQ(0, db_catalog_load_default(&c, &d));
	for (size_t i = 0; i < c.len; i++)
		OK(c.items[i].id && c.items[i].name && c.items[i].unit);
	db_catalog_release(&c);
	INT_EQ(0, db_catalog_load(&c, NULL, &d));
	db_catalog_release(&c);
	INT_EQ(-1, db_catalog_load(&c, "/nonexistent/catalog.json", &d));
	STR_EQ("cannot read: No such file or directory", d.message);
	STR_EQ("/nonexistent/catalog.json", d.file);

	char path[] = "/tmp/dbcatalogXXXXXX";
	int fd = mkstemp(path);
	OK(fd >= 0);
	const char *text = M(PM);
	OK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	INT_EQ(0, db_catalog_load(&c, path, &d));
	INT_EQ(1, c.len);
	STR_EQ("pm25", c.items[0].id);
	db_catalog_release(&c);
	unlink(path);
	DB_TEST_END();
}
