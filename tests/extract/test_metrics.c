/* test_metrics.c - the bundled catalog and alias matching: longest alias
 * wins, every DESIGN.md id is present, and aliases map to the right ids. */
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "extract/extract_int.h"
#include "extract/trie.h"
#include "harness.h"

/* builtin_nodes, builtin_edges, builtin_root: the trie compiled with the
 * program (make-catalog-table.c) */
#include "catalog_trie.h"

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* The catalog compiled in is extract/catalog.json as it is now, as
 * db_catalog_load_json reads it, and so is the trie of its aliases. */
static void builtin_is_json(const db_catalog *c)
{
	db_catalog j;
	db_diag d;
	db_buf b = DB_BUF_INIT;
	OK(db_buf_read_file(&b, "extract/catalog.json") == 0);
	INT_EQ(0, db_catalog_load_json(&j, db_buf_cstr(&b), b.len, DB_CATALOG_BUILTIN, &d));
	OK(c->builtin && !j.builtin);
	INT_EQ((int)j.len, (int)c->len);
	for (size_t i = 0; i < j.len && i < c->len; i++) {
		const db_metric *x = &j.items[i], *y = &c->items[i];
		OK(same_str(x->id, y->id) && same_str(x->name, y->name) &&
		   same_str(x->name_en, y->name_en) && same_str(x->group, y->group) &&
		   same_str(x->unit, y->unit) && same_str(x->added_unit, y->added_unit) &&
		   x->stock == y->stock && x->lower_is_better == y->lower_is_better);
		INT_EQ((int)x->naliases, (int)y->naliases);
		for (size_t k = 0; k <= x->naliases && x->naliases == y->naliases; k++)
			OK(same_str(x->aliases[k], y->aliases[k]));
		INT_EQ((int)x->npatterns, (int)y->npatterns);
		for (size_t k = 0; k < x->npatterns && x->npatterns == y->npatterns; k++)
			OK(same_str(x->patterns[k].text, y->patterns[k].text) &&
			   same_str(x->patterns[k].file, y->patterns[k].file) &&
			   x->patterns[k].line == y->patterns[k].line);
	}
	db_trie t;
	db_trie_build(&t, &j);
	INT_EQ((int)t.nnodes, (int)(sizeof builtin_nodes / sizeof *builtin_nodes));
	/* (builtin_edges ends with one no node uses) */
	INT_EQ((int)t.nedges, (int)(sizeof builtin_edges / sizeof *builtin_edges - 1));
	for (size_t i = 0; i < t.nnodes && i < sizeof builtin_nodes / sizeof *builtin_nodes; i++)
		OK(t.nodes[i].first_edge == builtin_nodes[i].first_edge &&
		   t.nodes[i].nedges == builtin_nodes[i].nedges &&
		   t.nodes[i].metric == builtin_nodes[i].metric);
	for (size_t i = 0; i < t.nedges && i < sizeof builtin_edges / sizeof *builtin_edges; i++)
		OK(t.edges[i].byte == builtin_edges[i].byte &&
		   t.edges[i].child == builtin_edges[i].child);
	OK(!memcmp(t.root, builtin_root, sizeof builtin_root));
	db_trie_release(&t);
	db_catalog_release(&j);
	db_buf_release(&b);
}

static const char *const design_ids[] = {
	"gdp", "gdp_per_capita", "primary_industry_va", "secondary_industry_va",
	"tertiary_industry_va", "total_industry_va", "industrial_va", "construction_va",
	"wholesale_retail_va", "finance_va", "real_estate_va", "services_revenue", "agri_output",
	"grain_output", "labor_productivity", "energy_intensity", "energy_consumption", "fai",
	"industrial_investment", "project_investment", "signed_investment", "housing_sales_area",
	"retail_sales", "online_retail", "cpi", "ppi", "tourism_revenue", "import_export",
	"exports", "imports", "foreign_investment", "external_funds", "cross_border_ecommerce",
	"budget_revenue", "fiscal_revenue", "tax_revenue", "tax_share", "budget_expenditure",
	"deposits", "loans", "market_entities", "above_scale_industrial_enterprises",
	"high_tech_enterprises", "tech_smes", "specialized_smes", "listed_companies",
	"rd_spending", "rd_intensity", "tech_contracts", "population", "urbanization_rate",
	"urban_new_jobs", "unemployment_rate", "registered_unemployment_rate",
	"disposable_income", "urban_income", "rural_income", "pm25", "good_air_days", "air_cargo",
	"air_passengers", "logistics_va", "petitions", "criminal_cases", "business_environment",
	"credit_rank",
};

/* The ids of every label found in text, space-separated, into out. */
static const char *scan(const db_matcher *m, const db_catalog *c, const char *text, char *out)
{
	db_labels ls = DB_LABELS_INIT;
	db_diag d;
	out[0] = '\0';
	if (db_matcher_scan(m, text, strlen(text), &ls, &d) < 0)
		return "error";
	for (size_t i = 0; i < ls.len; i++) {
		if (i)
			strcat(out, " ");
		strcat(out, c->items[ls.items[i].metric].id);
	}
	db_labels_release(&ls);
	return out;
}

int main(void)
{
	db_catalog c = { 0 };
	db_diag d;
	char out[1024];

	INT_EQ(0, db_catalog_load_default(&c, &d));
	builtin_is_json(&c);
	for (size_t i = 0; i < sizeof design_ids / sizeof *design_ids; i++)
		OK(db_catalog_find(&c, design_ids[i]) != NULL);
	STR_EQ("亿元", db_catalog_find(&c, "gdp")->unit);
	STR_EQ("%", db_catalog_find(&c, "rd_intensity")->unit);
	OK(db_catalog_find(&c, "deposits")->stock);
	OK(db_catalog_find(&c, "unemployment_rate")->lower_is_better);

	db_matcher *m = db_matcher_new(&c, &d);
	OK(m != NULL);
	/* longest alias first: 规模以上工业企业增加值 is industrial_va, not the
	 * enterprise count 规模以上工业企业 */
	STR_EQ("industrial_va", scan(m, &c, "规模以上工业企业增加值增长11.7%", out));
	STR_EQ("above_scale_industrial_enterprises", scan(m, &c, "新增规模以上工业企业31家", out));
	STR_EQ("industrial_va industrial_va industrial_va",
	       scan(m, &c, "规上工业增加值、规上工业企业增加值、规模以上工业增加值", out));
	STR_EQ("gdp gdp gdp gdp", scan(m, &c, "生产总值、地区生产总值、GDP、经济总量", out));
	STR_EQ("gdp_per_capita", scan(m, &c, "人均地区生产总值", out));
	STR_EQ("import_export import_export import_export import_export import_export",
	       scan(m, &c, "进出口总额；进出口总值；外贸进出口总额；进出口贸易总值；外贸进出口增长", out));
	STR_EQ("rd_intensity rd_intensity rd_intensity rd_intensity",
	       scan(m, &c, "研发投入强度/研发经费投入强度/全社会研发投入强度/R&D经费投入强度", out));
	STR_EQ("rd_spending", scan(m, &c, "研发经费投入12亿元", out));
	STR_EQ("cpi cpi", scan(m, &c, "居民消费价格指数101.6；CPI上涨", out));
	STR_EQ("tax_share fiscal_revenue", scan(m, &c, "税占比54.3%，财政收入", out));
	STR_EQ("pm25", scan(m, &c, "PM2.5平均浓度38微克", out));
	STR_EQ("", scan(m, &c, "没有指标的句子", out));
	INT_EQ(db_catalog_index(&c, "gdp"), db_matcher_lookup(m, "经济总量", strlen("经济总量")));
	OK(db_matcher_lookup(m, "经济", strlen("经济")) == (size_t)-1);

	/* a replacement catalog: adding a metric needs no code */
	db_catalog c2 = { 0 };
	const char *js = "{\"schema\":\"duibiao.catalog/1\",\"metrics\":[{\"id\":\"coal\",\"name\":\"原煤产量\","
			 "\"name_en\":\"Raw coal output\",\"group\":\"output\",\"unit\":\"万吨\",\"kind\":\"flow\","
			 "\"better\":\"higher\",\"aliases\":[\"原煤产量\",\"原煤\"]}]}";
	INT_EQ(0, db_catalog_load_json(&c2, js, strlen(js), "c.json", &d));
	db_matcher *m2 = db_matcher_new(&c2, &d);
	STR_EQ("coal coal", scan(m2, &c2, "原煤产量1亿吨，原煤增长", out));
	db_matcher_free(m2);
	db_catalog_release(&c2);

	/* patterns: the longest of aliases and pattern matches at a position
	 * wins, an alias on a tie; the pass goes on after it */
	const char *pj = "{\"schema\":\"duibiao.catalog/1\",\"metrics\":[\n"
			 "{\"id\":\"visits\",\"name\":\"走访企业\",\"unit\":\"家次\",\"kind\":\"flow\","
			 "\"better\":\"higher\",\"aliases\":[\"走访企业\"],\n"
			 "\"patterns\":[\"走访(?:服务)?企业(?:共计)?(?=\\\\d)\",\"助企(?:服务)?行动\"]},\n"
			 "{\"id\":\"helped\",\"name\":\"帮扶\",\"unit\":\"个\",\"kind\":\"flow\","
			 "\"better\":\"higher\",\"aliases\":[\"服务企业\"],\"patterns\":[\"服务企业\"]}]}";
	INT_EQ(0, db_catalog_load_json(&c2, pj, strlen(pj), "p.json", &d));
	INT_EQ(2, (int)c2.items[0].npatterns);
	INT_EQ(3, c2.items[0].patterns[0].line);
	STR_EQ("p.json", c2.items[0].patterns[0].file);
	m2 = db_matcher_new(&c2, &d);
	OK(m2 != NULL);
	db_labels ls = DB_LABELS_INIT;
	const char *t = "走访企业共计12家，走访服务企业3家，服务企业5个，走访企业。";
	INT_EQ(0, db_matcher_scan(m2, t, strlen(t), &ls, &d));
	INT_EQ(4, (int)ls.len);
	/* 走访企业共计 (the pattern, longer than the alias 走访企业) */
	INT_EQ(0, (int)ls.items[0].start);
	INT_EQ((int)strlen("走访企业共计"), (int)ls.items[0].end);
	INT_EQ(0, (int)ls.items[0].metric);
	/* 走访服务企业 before the 服务企业 inside it */
	INT_EQ((int)(strstr(t, "走访服务") - t), (int)ls.items[1].start);
	INT_EQ(0, (int)ls.items[1].metric);
	/* 服务企业: helped's alias and pattern, visits' nothing */
	INT_EQ(1, (int)ls.items[2].metric);
	/* 走访企业 with no figure after it: the alias alone */
	INT_EQ(0, (int)ls.items[3].metric);
	INT_EQ((int)strlen("走访企业"), (int)(ls.items[3].end - ls.items[3].start));
	db_labels_release(&ls);
	/* a name made of words of the text is a pattern's label when the
	 * pattern matches all of it */
	INT_EQ(0, (int)db_matcher_lookup(m2, "助企服务行动", strlen("助企服务行动")));
	OK(db_matcher_lookup(m2, "助企服务行动年", strlen("助企服务行动年")) == (size_t)-1);
	db_matcher_free(m2);
	db_catalog_release(&c2);

	/* a pattern PCRE2 refuses: file, line, metric, message, offset */
	const char *bj = "{\"schema\":\"duibiao.catalog/1\",\"metrics\":[\n"
			 "{\"id\":\"visits\",\"name\":\"走访\",\"unit\":\"家次\",\"kind\":\"flow\","
			 "\"better\":\"higher\",\n\"patterns\":[\"走访(企业\"]}]}";
	INT_EQ(0, db_catalog_load_json(&c2, bj, strlen(bj), "b.json", &d));
	OK(db_matcher_new(&c2, &d) == NULL);
	STR_EQ("b.json", d.file);
	INT_EQ(3, d.line);
	STR_EQ("metric visits: pattern \"走访(企业\": missing closing parenthesis (at offset 5)",
	       d.message);
	db_catalog_release(&c2);

	db_matcher_free(m);
	db_catalog_release(&c);
	DB_TEST_END();
}
