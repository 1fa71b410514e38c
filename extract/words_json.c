/* words_json.c - the word lists from a words file (duibiao.words/1):
 * extract/words.json when the program is built (make-words-table.c makes
 * the tables words.c compiles in), or a user's --words file. */
#include <string.h>

#include "core/json.h"
#include "extract/extract_int.h"
#include "extract/readers_lex.h"

#define WORDS_SCHEMA "duibiao.words/1"

/* The lists, in the order of enum db_word_list (extract_int.h). */
static const char *const list_names[DB_W_COUNT] = {
	"titles_bulletin", "titles_gwr", "titles_plan", "titles_targets", "titles_summary",
	"review_headings", "five_year_reviews", "review_openers", "review_said", "plan_headings",
	"target_list_openers", "plan_executed", "plan_planned", "estimate",
	"estimate_paragraph", "target", "status_not", "target_after", "plan_amount_leads", "price_bases", "falling", "contribution",
	"other_subjects", "province_self", "self_subjects", "town_self", "county_self", "city_self",
	"subject_lead_ins", "region_suffixes", "part_markers",
	"label_foreign_after", "label_foreign_before", "label_group_before", "label_inside", "notes", "times_compared",
	"breakdowns", "index_bases", "table_level_columns", "table_ignored_columns",
	"table_column_nouns", "table_weight_nouns", "industry_rows", "level_leads", "restated_bases", "rate_words",
	"period_breakdowns", "urban_population", "milestone_leads", "done_after_target",
	"record_after_since", "year_goal_nouns", "year_goal_leads", "rate_moves",
	"alias_asides", "count_verbs", "agreed_totals", "ranking_titles", "score_not_own",
	"rank_scope_not", "distance_words", "plan_progress_nouns", "counted_amounts",
	"counted_amount_leads", "below_asides", "compared_leads", "growth_manners", "asked_leads",
	"attendance", "bare_rank_verbs", "compared_joiners", "narrowing", "list_tail_nouns",
	"not_only_leads", "product_outputs", "trade_firms", "carried_leads",
	"growth_on_year_before", "plan_nouns", "followed_leads", "aside_others", "rank_joiners",
	"compared_ups", "compared_downs", "bare_averages", "sums_again", "evaluation_tails",
	"target_aside_nouns", "scope_firsts", "rank_moves", "applied_leads", "rank_added_words",
	"report_names", "report_plans", "urban_parts", "rank_held_nouns", "table_label_heads",
	"crop_areas", "indicator_sets", "flow_effect_verbs", "target_approvers", "increment_moves",
	"year_before_times", "gap_moves", "rank_since_leads", "bound_sizes", "table_area_nouns",
	"index_moves", "split_periods", "gap_adverbs", "nation_grades", "nation_standards",
	"rank_short_names",
};

static int read_list(db_words *w, const db_json *lists, size_t id, const char *file, db_diag *d)
{
	const db_json *l = db_json_get(lists, list_names[id]);
	const db_json *words = l ? db_json_get(l, "words") : NULL;
	if (!db_json_is_object(l) || !db_json_is_array(words))
		return db_error(d, file, 0, 0, "lists.%s: must be an object with an array \"words\"",
				list_names[id]);
	size_t n = db_json_len(words);
	const char **items = db_arena_alloc(&w->arena, (n + 1) * sizeof *items);
	for (size_t i = 0; i < n; i++) {
		const char *s = db_json_str(db_json_at(words, i));
		if (!s || strlen(s) < 2)
			return db_error(d, file, 0, 0,
					"lists.%s.words[%zu]: must be a string of two bytes or more",
					list_names[id], i);
		items[i] = db_arena_strdup(&w->arena, s);
	}
	w->lists[id].items = items;
	w->lists[id].len = n;
	for (size_t i = 0; i < n; i++)
		lx_pair_add(w->lists[id].pairs, items[i][0], items[i][1]);
	return 0;
}

int db_words_load_json(db_words *w, const char *text, size_t len, const char *file, db_diag *d)
{
	memset(w, 0, sizeof *w);
	db_json *root = db_json_parse(text, len, file, d);
	if (!root)
		return -1;
	int rc = -1;
	const char *schema = db_json_get_str(root, "schema");
	const db_json *lists = db_json_get(root, "lists");
	if (!schema || strcmp(schema, WORDS_SCHEMA)) {
		db_error(d, file, 0, 0, "not a words file (schema %s expected)", WORDS_SCHEMA);
		goto out;
	}
	if (!db_json_is_object(lists)) {
		db_error(d, file, 0, 0, "\"lists\" must be an object");
		goto out;
	}
	for (size_t id = 0; id < DB_W_COUNT; id++)
		if (read_list(w, lists, id, file, d) < 0)
			goto out;
	rc = 0;
out:
	db_json_free(root);
	return rc;
}


void db_words_release(db_words *w)
{
	db_arena_release(&w->arena);
	memset(w, 0, sizeof *w);
}
