/* ranks.c - the rank reader: 居全省第三位 → position 3 in 全省; 居全省前三 →
 * at most 3; 第一方阵 → a tier; 居全省第** → masked.
 *
 *     rank  := verb* scope? mid* core
 *     verb  := 居 位居 位列 排名 保持 稳居 跃居 …      (before the scope)
 *     scope := a place group starting with a scope head (全省 全国 中部 …)
 *              or, after a verb, any short run of Chinese (全国省会城市)
 *     mid   := 中 排名 排 居 位居 …                   (between scope and core)
 *     core  := 第 N [位|名]  |  第 ** | 首位 | 榜首 | 前 N [位|名|强] | tier
 *              | N 位|名 right after 到 or 至 (排名跃升到45位)
 *              | N 位|名 when the caller found a verb of words.json
 *                bare_rank_verbs before it (居全省12位: db_rank_read_bare)
 * and 领跑 scope (领跑全市: first).
 * A bare 第N is an ordinal (第一议题, 第一批) unless 位/名 follows or a verb
 * or scope came first. */
#include <string.h>

#include "extract/readers.h"
#include "extract/readers_lex.h"

static const char *const verbs[] = {
	"居", "位居", "位列", "列", "名列", "排名", "排", "排在", "排位", "位于", "处于",
	"保持", "继续保持", "稳居", "跃居", "跃升", "跃升至", "升至", "上升至", "上升到",
	"提升至", "跃升到", "提升到", "前移至", "前移到", "进入", "跻身", "挺进", "在", "均居", "均", "继续", "连续", "持续",
	"稳定", "始终", "仍", "仍居", "已", "达到", "晋升", "晋级", "荣获", "获得", "获评", "获",
	"排名由", "排名从", "位次由", "位次从", "排位由", "雄踞", "蝉联",
	NULL,
};

static lx_list verbs_list = LX_LIST(verbs);

/* Words that begin a scope when no verb came first. */
static const char *const scope_heads[] = {
	"全省", "全市", "全国", "全区", "全县", "全州", "全盟", "全球", "全世界", "全行业",
	"全系统", "全疆", "全自治区", "省辖市", "中部", "中西部", "东中西部", "东部", "西部", "东北", "沿海",
	"同类", "副省级", "省会", "地级", "县域", "百强", "黄河", "长江", "中原", "京津冀",
	"长三角", "珠三角", "粤港澳", "省内", "市内", "区内", "同级", "全省县", "全国县", "各省辖市", "各县",
	/* a city's districts ranked among themselves (增速中心城区第五) */
	"中心城区", NULL,
};

static lx_list scope_heads_list = LX_LIST(scope_heads);

/* 全国大中城市, 全国中小城市, 全省中心城市: a 中 inside a place group's
 * name is no mid (在…中) */
static const char *const inner_zhong[] = { "中小城市", "中城市", "中心城市", NULL };

/* …nor is one that opens a scope head right after a count of places
 * (在12个中部城市中: the count stays with the group it counts) */
static bool zhong_of_name(const char *t, size_t len, size_t q)
{
	return lx_longest(t, len, q, inner_zhong, NULL) ||
	       (q >= 3 && lx_word(t, len, q - 3, "个") && lx_word(t, len, q, "中") &&
		lx_longest_in(t, len, q, &scope_heads_list, NULL));
}

static const char *const mids[] = {
	"中", "之中", "排名", "排", "排位", "位居", "居", "位列", "列", "名列", "排在", "均居",
	"位次", "的",
	/* 居全省并列第六: a rank shared with another place */
	"并列",
	/* 在全国省会城市排名由第21位上升到第17位: the rank moved from */
	"排名由", "排名从", "排位由", "位次由", "位次从", NULL,
};

static lx_list mids_list = LX_LIST(mids);

/* 在全省各市中增速排名第三: the measure ranked, between the scope's 中
 * and the rank, or at the scope's end (全省增速排名第三) */
static const char *const scope_measures[] = { "经济总量", "总量", "增速", "增幅", "规模", NULL };

static const char *const tiers[] = {
	"第一方阵", "第二方阵", "第三方阵", "第一梯队", "第二梯队", "第三梯队", "第一阵营",
	"第二阵营", "第一序列", "第一档次", "第一档", "中上游", "中游", "中下游", "上游",
	NULL,
};

static lx_list tiers_list = LX_LIST(tiers);

/* (from 首 on, only after a verb or a scope, and at a rank's end: 居首,
 * 为全市最优) */
static const char *const top_words[] = { "首位", "榜首", "之首", "首", "最优", "最快", "最高", NULL };

/* After 第N, these may follow (anything else makes it an ordinal: 第一批). */
static bool rank_end_ok(const char *t, size_t len, size_t p)
{
	size_t n;
	unsigned c = lx_fold(lx_cp(t, len, p, &n));
	/* 全省第二\n个跨越…: a hard line wrap inside an ordinal (第二个), the
	 * count word opening the next line */
	if (c == '\n' || c == '\r') {
		size_t q = p + (c == '\r' && p + 1 < len && t[p + 1] == '\n' ? 2 : 1);
		if (lx_word(t, len, q, "个") || lx_word(t, len, q, "批") || lx_word(t, len, q, "次"))
			return false;
	}
	if (c == 0 || lx_is_space(c) || c == ',' || c == '.' || c == ';' || c == ':' ||
	    c == '!' || c == '?' || c == ')' || c == 0x3002 || c == 0x3001 || c == 0x201D ||
	    c == 0x2026 /* …, 第一……: an ellipsis ends the clause */ || c == 0x7684 /* 的 */)
		return true;
	/* 第二（全省第8位）, 第2（仅次于某区）: a second rank or a note in
	 * brackets follows */
	if (c == '(')
		return true;
	/* 第5和第3位: the next item of a list */
	if ((c == 0x548C || c == 0x53CA || c == 0x4E0E) && lx_word(t, len, p + n, "第"))
		return true;
	/* 从全国第五提升到第三: the rank it moved from, then the one reached */
	return db_rank_moves_on(t, len, p);
}

/* A masked position: **, ＊, ××, XX. */
static size_t mask_run(const char *t, size_t len, size_t pos)
{
	size_t n, p = pos;
	int k = 0;
	for (;;) {
		unsigned c = lx_at(t, len, p, &n);
		if (c == '*' || c == 0xD7 || c == 'X' || c == 'x')
			k++, p += n;
		else
			break;
	}
	return k ? p - pos : 0;
}

/* 增速居全市首位的有4项: a count of the items so ranked follows, no rank
 * of a figure. */
static bool counts_ranked(const char *t, size_t len, size_t p)
{
	return lx_word(t, len, p, "的有") > 0;
}

/* The core at pos; fills position/qualifier/tier/mask. Returns its end or 0.
 * context: 0 none, 1 a verb or scope came first, 2 so and a bare N位 may be
 * the rank (db_rank_read_bare). */
static size_t read_core(const char *t, size_t len, size_t pos, int context, db_figure *f)
{
	size_t n, l, p = pos;
	int which;
	if ((l = lx_longest_in(t, len, p, &tiers_list, &which))) {
		size_t m = strlen(tiers[which]);
		if (m >= sizeof f->tier)
			m = sizeof f->tier - 1;
		memcpy(f->tier, tiers[which], m);
		f->tier[m] = '\0';
		f->has_value = false;
		return p + l;
	}
	if ((l = lx_longest(t, len, p, top_words, &which))) {
		/* 首 alone only after a verb: 居首 */
		if (which >= 3 && !context)
			return 0;
		if (which >= 3 && !rank_end_ok(t, len, p + l))
			return 0;
		/* 首位度进一步提升: the primacy of a city, a word of its own */
		if (lx_word(t, len, p + l, "度") || counts_ranked(t, len, p + l))
			return 0;
		f->has_value = true;
		f->value = 1;
		return p + l;
	}
	if ((l = lx_word(t, len, p, "第"))) {
		size_t q = p + l, ml;
		int v;
		/* 第 3 位: a space on either side of the number (text from a
		 * PDF or a copying site), one each */
		if (lx_cp(t, len, q, &n) == ' ' && lx_is_digit(lx_at(t, len, q + 1, &n)))
			q++;
		if ((ml = mask_run(t, len, q))) {
			q += ml;
			if ((l = lx_word(t, len, q, "位")) || (l = lx_word(t, len, q, "名")))
				q += l;
			f->rank_masked = true;
			f->qualifier = DB_QUAL_MASKED;
			f->has_value = false;
			return q;
		}
		size_t sl = lx_small_int(t, len, q, &v);
		if (!sl || v <= 0)
			return 0;
		q += sl;
		bool suffix = false;
		if (lx_cp(t, len, q, &n) == ' ' &&
		    (lx_word(t, len, q + 1, "位") || lx_word(t, len, q + 1, "名")))
			q++;
		/* 第2比特: 位 as a mirror's phrase conversion (zh-TW) prints it
		 * in a reprint in traditional characters */
		if ((l = lx_word(t, len, q, "位")) || (l = lx_word(t, len, q, "名")) ||
		    (l = lx_word(t, len, q, "比特")))
			q += l, suffix = true;
		if (!suffix && (!context || !rank_end_ok(t, len, q)))
			return 0;
		if (suffix && lx_word(t, len, q, "次"))
			q += 3; /* 位次 */
		if (counts_ranked(t, len, q))
			return 0;
		f->has_value = true;
		f->value = v;
		return q;
	}
	/* 排名跃升到45位: after a move to (到, 至) a bare N with 位 or 名 is
	 * the rank reached */
	if (context && p >= 3 && (lx_word(t, len, p - 3, "到") || lx_word(t, len, p - 3, "至"))) {
		int v;
		size_t sl = lx_small_int(t, len, p, &v), q = p + sl;
		if (sl && v > 0 && ((l = lx_word(t, len, q, "位")) || (l = lx_word(t, len, q, "名"))) &&
		    !lx_word(t, len, q + l, "次")) {
			f->has_value = true;
			f->value = v;
			return q + l;
		}
	}
	/* 居全省12位, 位居36位: a bare N with 位 or 名, ending the clause (not
	 * 12位专家, nor 位次) */
	if (context >= 2) {
		int v;
		size_t sl = lx_small_int(t, len, p, &v), q = p + sl;
		if (sl && v > 0 && ((l = lx_word(t, len, q, "位")) || (l = lx_word(t, len, q, "名"))) &&
		    !lx_word(t, len, q + l, "次") && rank_end_ok(t, len, q + l) &&
		    !counts_ranked(t, len, q + l)) {
			f->has_value = true;
			f->value = v;
			return q + l;
		}
	}
	if ((l = lx_word(t, len, p, "前"))) {
		size_t q = p + l;
		int v;
		/* 前 3, 前3 位: a space on either side of the number, one each,
		 * as 第 3 位 */
		if (lx_cp(t, len, q, &n) == ' ' && lx_is_digit(lx_at(t, len, q + 1, &n)))
			q++;
		size_t sl = lx_small_int(t, len, q, &v);
		if (!sl || v <= 1)
			return 0;
		q += sl;
		bool suffix = false;
		if (lx_cp(t, len, q, &n) == ' ' &&
		    (lx_word(t, len, q + 1, "位") || lx_word(t, len, q + 1, "名") ||
		     lx_word(t, len, q + 1, "强")))
			q++;
		if ((l = lx_word(t, len, q, "位")) || (l = lx_word(t, len, q, "名")) ||
		    (l = lx_word(t, len, q, "强")))
			q += l, suffix = true;
		if (!suffix && !rank_end_ok(t, len, q))
			return 0;
		if (!suffix && !context)
			return 0;
		/* 增幅前三位的分别是A、B和C: the ones that hold the ranks are
		 * named after 的, no rank of a figure before */
		if (suffix && lx_word(t, len, q, "的"))
			return 0;
		f->has_value = true;
		f->value = v;
		f->qualifier = DB_QUAL_AT_MOST;
		return q;
	}
	/* 进入全省30强: after a verb or a scope, a count in digits right
	 * before 强 that ends the clause is at most that place, as 前30强 is
	 * (not 30强的…, nor 100强县; 十强, 百强 in characters name a list) */
	if (context && lx_is_digit(lx_fold(lx_cp(t, len, p, &n)))) {
		int v;
		size_t sl = lx_small_int(t, len, p, &v), q = p + sl;
		if (sl && v > 1 && (l = lx_word(t, len, q, "强")) && rank_end_ok(t, len, q + l) &&
		    !lx_word(t, len, q + l, "的")) {
			f->has_value = true;
			f->value = v;
			f->qualifier = DB_QUAL_AT_MOST;
			return q + l;
		}
	}
	return 0;
}

static int rank_read(const char *text, size_t len, size_t pos, db_figure *f, int depth, int bare);

/* Words that move a rank by a count of places (上升6位, 前移3个位次);
 * two characters each. */
static const char *const moved_by[] = { "上升", "前进", "前移", "提升", "进位", "晋位", "晋升",
					"下降", "后退", "后移", NULL };

/* Can a word of moved_by start at p? (Its first character, tested before
 * the list: rank_read asks at every position.) */
static bool move_starts(const char *t, size_t len, size_t p)
{
	size_t n;
	switch (lx_cp(t, len, p, &n)) {
	case 0x4E0A: case 0x524D: case 0x63D0: case 0x8FDB: /* 上 前 提 进 */
	case 0x664B: case 0x4E0B: case 0x540E:		      /* 晋 下 后 */
		return true;
	default:
		return false;
	}
}

bool db_rank_move_word_before(const char *t, size_t len, size_t p)
{
	return p >= 6 && move_starts(t, len, p - 6) && lx_longest(t, len, p - 6, moved_by, NULL) == 6;
}

/* A move of the rank before the rank reached (排名上升5位、位居全省第3位,
 * 在全省排名前移3个位次、居第5位): the move word, a count of places,
 * and a verb of the rank reached right after (an 、 between). Returns
 * its length up to that verb, or 0. */
static size_t rank_move_len(const char *t, size_t len, size_t p)
{
	static const char *const places[] = { "个位次", "个名次", "位", "名", NULL };
	size_t q = p, l;
	int v;
	if (!move_starts(t, len, q) || !(l = lx_longest(t, len, q, moved_by, NULL)))
		return 0;
	q += l;
	if (!(l = lx_small_int(t, len, q, &v)) || v <= 0)
		return 0;
	q += l;
	if (!(l = lx_longest(t, len, q, places, NULL)))
		return 0;
	q += l;
	/* (前移6位至全省第五: 至 or 到 leads to the rank reached) */
	if ((l = lx_word(t, len, q, "至")) || (l = lx_word(t, len, q, "到")))
		return q + l - p;
	q += lx_word(t, len, q, "、");
	return lx_longest_in(t, len, q, &verbs_list, NULL) ? q - p : 0;
}

/* Words that move a rank to another (由全省第48位上升到第29位). */
static const char *const moves[] = { "上升到", "上升至", "提升到", "提升至", "跃升到",
				     "跃升至", "前移到", "前移至", "提高到", "提高至",
				     "下降到", "下降至", "后移至", "升至", "降至", NULL };

bool db_rank_moves_on(const char *t, size_t len, size_t end)
{
	size_t l = lx_longest(t, len, end, moves, NULL);
	return l && lx_word(t, len, end + l, "第");
}

/* A list item: 居全省第4、第5、第5位 — a 第N after 、(和 及 与) that follows a
 * rank is a rank in the same scope. Finds the rank that ends at the
 * separator before pos (itself possibly a list item, up to depth) and
 * copies its scope into *f. */
static bool rank_before(const char *t, size_t len, size_t sep, int depth, db_figure *f);
static bool listed_places(const char *t, size_t len, size_t pos, int depth, db_figure *f);

static bool list_item(const char *t, size_t len, size_t pos, int depth, db_figure *f)
{
	size_t sep = lx_prev(t, pos), n;
	unsigned c = lx_cp(t, len, sep, &n);
	if (depth <= 0 || pos == 0)
		return false;
	/* 由全省第48位上升到第29位: the rank moved to, in the same scope */
	for (int k = 0; moves[k]; k++) {
		size_t m = strlen(moves[k]);
		if (pos >= m && !memcmp(t + pos - m, moves[k], m)) {
			sep = pos - m;
			c = 0x3001; /* (as a list's 、) */
			break;
		}
	}
	if (c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E)
		return rank_before(t, len, sep, depth, f);
	/* 总量全市第五、增幅第二: a measure's word between the list's 、 and
	 * 第 (增幅, 增速, 总量) names what this item ranks; the list's verb and
	 * scope hold for it, as for 增幅居第二 */
	size_t ml = 0;
	for (int k = 0; scope_measures[k] && !ml; k++) {
		size_t m = strlen(scope_measures[k]);
		if (pos > m && !memcmp(t + pos - m, scope_measures[k], m))
			ml = m;
	}
	if (ml) {
		size_t s = lx_prev(t, pos - ml);
		unsigned d = lx_cp(t, len, s, &n);
		if (d == 0x3001 || d == 0x548C || d == 0x53CA || d == 0x4E0E)
			return rank_before(t, len, s, depth, f);
	}
	return listed_places(t, len, pos, depth, f);
}

/* 居全省第12位、山区32县第5位: after a rank and 、, a short run ending on
 * a word of places right before 第 is this rank's scope, with no verb or
 * head word (规上工业增加值增速第3位 ends on none). */
static bool listed_places(const char *t, size_t len, size_t pos, int depth, db_figure *f)
{
	static const char *const ends[] = { "县市", "市县", "县区", "区县", "县", "市", "区", NULL };
	size_t n, s = pos, e = 0;
	db_figure prev;
	for (int k = 0; k < 8 && s > 0; k++) {
		s = lx_prev(t, s);
		unsigned c = lx_cp(t, len, s, &n);
		if (c == 0x3001)
			break;
		if (!(lx_is_cjk(c) || lx_is_digit(lx_fold(c))))
			return false;
		size_t l = lx_longest(t, len, s, ends, NULL);
		if (!e && l && s + l == pos)
			e = pos;
	}
	if (!e || !lx_word(t, len, s, "、") || s + strlen("、") == pos || pos - s >= sizeof f->scope)
		return false;
	memset(&prev, 0, sizeof prev);
	if (!rank_before(t, len, s, depth, &prev))
		return false;
	memcpy(f->scope, t + s + strlen("、"), pos - s - strlen("、"));
	f->scope[pos - s - strlen("、")] = '\0';
	f->start = s + strlen("、"); /* (the rank starts at its scope) */
	return true;
}

/* Does a rank end at sep (itself possibly a list item, up to depth)? The
 * nearest start that reads one up to sep, but a farther one that names
 * the scope (全市排名第3 over 排名第3) wins; its scope goes into *f. */
static bool rank_before(const char *t, size_t len, size_t sep, int depth, db_figure *f)
{
	size_t p = sep, n;
	bool found = false;
	for (int k = 0; k < 40 && p > 0; k++) {
		p = lx_prev(t, p);
		unsigned d = lx_fold(lx_cp(t, len, p, &n));
		/* (“ ” around a plan's name: 由“十二五”末第21位) */
		if (!(lx_is_cjk(d) || lx_is_digit(d) || d == 0x3001 || d == '*' || d == 0xD7 ||
		      d == 0x201C || d == 0x201D))
			break;
		/* 山区32县第15位: no start inside a number (2县 of 32县) */
		if (lx_is_digit(d) && p > 0 && lx_is_digit(lx_fold(lx_cp(t, len, lx_prev(t, p), &n))))
			continue;
		db_figure prev;
		if (rank_read(t, sep, p, &prev, depth - 1, 0) && prev.end == sep) {
			found = true;
			if (prev.scope[0]) {
				/* (全国省会城市 over the 省会城市 inside it) */
				size_t a = strlen(prev.scope), b = strlen(f->scope);
				if (!b || (a > b && !strcmp(prev.scope + a - b, f->scope)))
					memcpy(f->scope, prev.scope, sizeof f->scope);
				else
					break;
			}
		}
	}
	return found;
}

/* 六县市排名第五, 十县（市、区）: a scope that counts its places. */
static bool counted_places(const char *t, size_t len, size_t p)
{
	static const char *const places[] = { "县市", "县区", "县（市、区）", "县(市、区)", "个县",
					      "区县", "县", "个城区", "城区", "个区", "区", "个市", "市",
					      NULL };
	static const char *const sides[] = { "东", "南", "西", "北", NULL };
	size_t n, q = p;
	int v;
	q += lx_longest(t, len, q, sides, NULL); /* 南六县 */
	if (!(n = lx_small_int(t, len, q, &v)) || v < 2)
		return false;
	return lx_longest(t, len, q + n, places, NULL) > 0;
}

/* 第二片区市县增速排名第6: a group of places named by an ordinal (第N
 * and a run of Chinese ending on a word of places) opens a scope with no
 * verb before it, as 在第二片区市县中 does after 在. Returns the group's
 * end or 0. */
static size_t ordinal_group(const char *t, size_t len, size_t p)
{
	static const char *const groups[] = { "市县", "县市", "区县", "县区", "市州", "地市", NULL };
	size_t n, q, l;
	int v;
	if (!(l = lx_word(t, len, p, "第")) || !(n = lx_small_int(t, len, p + l, &v)) || v <= 0)
		return 0;
	q = p + l + n;
	for (int k = 0; k < 8 && q < len && lx_is_cjk(lx_cp(t, len, q, &n)); k++) {
		if ((l = lx_longest(t, len, q, groups, NULL)))
			return q + l;
		q += n;
	}
	return 0;
}

/* A scope may be redacted: 全**市. */
static bool is_mask(unsigned c)
{
	c = lx_fold(c);
	return c == '*' || c == 0xD7 || c == 'X' || c == 'x';
}

/* Does t[s, e) name an evaluation (…考核, …评价)? */
static bool scope_heads_eval(const char *t, size_t s, size_t e)
{
	static const char *const evals[] = { "考核", "评价", "考评", "评比", "测评", "监测", NULL };
	for (size_t p = s; p < e; p++)
		if (lx_longest(t, e, p, evals, NULL))
			return true;
	return false;
}

/* 在12个中部城市中，: a count of places before a scope head */
static bool counted_head(const char *t, size_t len, size_t p)
{
	size_t n, g;
	int v;
	return (n = lx_small_int(t, len, p, &v)) && v >= 2 && (g = lx_word(t, len, p + n, "个")) &&
	       lx_longest_in(t, len, p + n + g, &scope_heads_list, NULL);
}

size_t db_frame_scope(const char *t, size_t len, size_t pos, size_t stop, char *out, size_t outsz)
{
	static const char *const rank_words[] = { "排名", "排位", "位次", "第", NULL };
	size_t n, s = pos + strlen("在"), q = s, hl;
	bool bracket = false;
	if (!lx_word(t, len, pos, "在") ||
	    !((hl = lx_longest_in(t, len, s, &scope_heads_list, NULL)) || counted_places(t, len, s) ||
	      counted_head(t, len, s)))
		return 0;
	for (int k = 0; k < 16 && q < len; k++, q += n) {
		unsigned c = lx_cp(t, len, q, &n);
		if (c == 0x4E2D /* 中 */ && !bracket && !zhong_of_name(t, len, q)) {
			unsigned d = lx_fold(lx_cp(t, len, q + n, &n));
			size_t e = q;
			if (d != ',' && d != 0xFF0C && q + strlen("中") != stop)
				return 0;
			if (hl && scope_heads_eval(t, s + hl, e))
				return 0; /* 在全省营商环境评价中，: an evaluation, no place group */
			if (e - s >= outsz)
				return 0;
			memcpy(out, t + s, e - s);
			out[e - s] = '\0';
			return e - s;
		}
		if (c == 0xFF08 || c == '(')
			bracket = true;
		else if (c == 0xFF09 || c == ')')
			bracket = false;
		else if (!(lx_is_cjk(c) || lx_is_digit(lx_fold(c)) || (bracket && c == 0x3001)) ||
			 lx_longest_in(t, len, q, &verbs_list, NULL) || lx_longest(t, len, q, rank_words, NULL))
			return 0; /* (在全市排名第三中: a rank, no frame) */
	}
	return 0;
}

/* Is the verb of l bytes at p the 均 of a per-head word (人均, 户均, 亩均,
 * 地均)? 人均地区生产总值全省第五: the label's own word, no verb before a
 * scope (均居全省第一 is one). 年均 and 平均 stay verbs: a rank after a
 * yearly average (两年平均增速为全国第一) is that average's, and no figure
 * before it may take it. */
static bool per_head(const char *t, size_t len, size_t p, size_t l)
{
	static const char *const heads[] = { "人", "户", "亩", "地" };
	if (l != 3 || p < 3 || !lx_word(t, len, p, "均"))
		return false;
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (lx_word(t, len, p - 3, heads[i]))
			return true;
	return false;
}

int db_rank_read(const char *text, size_t len, size_t pos, db_figure *f)
{
	return rank_read(text, len, pos, f, 4, 0);
}

int db_rank_read_bare(const char *text, size_t len, size_t pos, db_figure *f)
{
	return rank_read(text, len, pos, f, 4, 1);
}

/* 增速领跑全市: first in the scope that follows 领跑 at pos (also after
 * a streak's verbs: 连续8个月领跑全市) */
static int lead_read(const char *text, size_t len, size_t pos, db_figure *f)
{
	size_t l = lx_word(text, len, pos, "领跑");
	/* (领跑全省各区县: the places of the scope after it) */
	static const char *const members[] = { "各县（市、区）", "各县(市、区)", "各县市区", "各区县",
					       "各县区", "各区", "各县", "各市", "区县", "县区",
					       "县市区", NULL };
	static lx_list members_list = LX_LIST(members);
	size_t sl = l ? lx_longest_in(text, len, pos + l, &scope_heads_list, NULL) : 0;
	if (sl)
		sl += lx_longest_in(text, len, pos + l + sl, &members_list, NULL);
	if (!sl || !rank_end_ok(text, len, pos + l + sl) || sl >= sizeof f->scope)
		return 0;
	memcpy(f->scope, text + pos + l, sl);
	f->scope[sl] = '\0';
	f->has_value = true;
	f->value = 1;
	f->end = f->num_end = pos + l + sl;
	memcpy(f->unit, "位", strlen("位") + 1);
	return 1;
}

static int rank_read(const char *text, size_t len, size_t pos, db_figure *f, int depth, int bare)
{
	size_t p = pos, l, n;
	bool verb = false;
	memset(f, 0, sizeof *f);
	f->start = f->num_start = pos;
	f->kind = DB_FIG_RANK;
	f->qualifier = DB_QUAL_EXACT;
	if (lx_word(text, len, pos, "第") && list_item(text, len, pos, depth, f))
		verb = true; /* the list's verb and scope hold for this item */
	if (lx_word(text, len, pos, "领跑"))
		return lead_read(text, len, pos, f);

	for (int k = 0; k < 6; k++) {
		/* (居民 is no verb, nor the 排 of 排行榜: a list's name, whose
		 * 前100 are its places, not the report's rank) */
		if ((l = lx_longest_in(text, len, p, &verbs_list, NULL)) &&
		    !(l == 3 && lx_word(text, len, p, "居") && lx_word(text, len, p + 3, "民")) &&
		    !(l == 3 && lx_word(text, len, p, "排") && lx_word(text, len, p + 3, "行榜")) &&
		    !per_head(text, len, p, l)) {
			p += l;
			verb = true;
			continue;
		}
		if ((l = rank_move_len(text, len, p))) {
			p += l; /* (上升5位、位居…: the rank reached follows) */
			continue;
		}
		/* 位次较一季度前移6位至全省第五: the move is counted from a
		 * time (较, 比 and up to six characters before the move) */
		if ((l = lx_word(text, len, p, "位次")) &&
		    ((n = lx_word(text, len, p + l, "较")) || (n = lx_word(text, len, p + l, "比")))) {
			size_t q = p + l + n, m;
			for (int j = 0; j < 6 && lx_is_cjk(lx_cp(text, len, q, &m)) &&
					!rank_move_len(text, len, q); j++)
				q += m;
			if (rank_move_len(text, len, q)) {
				p = q;
				verb = true;
				continue;
			}
		}
		/* (排名中获全国第一: the 中 of 在…排名中 between verbs, no
		 * scope; 排名中心城区第二 keeps its scope) */
		if (verb && lx_word(text, len, p, "中") &&
		    lx_longest_in(text, len, p + 3, &verbs_list, NULL)) {
			p += 3;
			continue;
		}
		/* 连续三年 (居…), 连续3个季度, 连续6个月, 连续第9年: a duration
		 * between verbs, no scope */
		int years;
		size_t ol = verb ? lx_word(text, len, p, "第") : 0;
		size_t yl = verb ? lx_small_int(text, len, p + ol, &years) : 0;
		if (yl) {
			/* (季度 and 月 after 个 only: 由一季度的第7位 names a
			 * quarter, no streak) */
			size_t gl = lx_word(text, len, p + ol + yl, "个");
			static const char *const spans[] = { "年", "季度", "月" };
			l = 0;
			for (size_t i = 0; i < (gl ? 3u : 1u) && !l; i++)
				l = lx_word(text, len, p + ol + yl + gl, spans[i]);
			/* (连续3个年度 is no streak of this kind) */
			if (l && !(gl && lx_word(text, len, p + ol + yl + gl + l, "度"))) {
				p += ol + yl + gl + l;
				continue;
			}
		}
		break;
	}
	if (p > pos && lx_word(text, len, p, "领跑"))
		return lead_read(text, len, p, f);
	/* …第48位上升到第29位: the scope of the rank moved from */
	if (p > pos && !f->scope[0] && lx_word(text, len, p, "第"))
		list_item(text, len, p, depth, f);
	/* a core right after the verbs (位居榜首, 居第一位) */
	char listed[sizeof f->scope];
	memcpy(listed, f->scope, sizeof listed);
	size_t e = read_core(text, len, p, verb ? 1 + bare : 0, f);
	memcpy(f->scope, listed, sizeof listed);
	size_t scope_start = p, scope_end = p, core_start = p;
	if (!e) {
		/* the scope: a head word, or any short Chinese run after a verb */
		if (!verb && !lx_longest_in(text, len, p, &scope_heads_list, NULL) &&
		    !(lx_word(text, len, p, "全") && is_mask(lx_cp(text, len, p + 3, &n))) &&
		    !counted_places(text, len, p) && !ordinal_group(text, len, p))
			return 0;
		size_t q = p;
		bool bracket = false, restarted = false;
		for (int k = 0; k < 16 && q < len; k++) {
			db_figure tmp;
			memset(&tmp, 0, sizeof tmp);
			if (k > 0 && !zhong_of_name(text, len, q) &&
			    (lx_longest_in(text, len, q, &mids_list, NULL) ||
			     read_core(text, len, q, 1 + bare, &tmp)))
				break;
			/* a verb inside the run starts the scope again: 连续三年保持全省首位 */
			size_t vl = lx_longest_in(text, len, q, &verbs_list, NULL);
			if (k > 0 && vl >= 6) {
				/* 县域综合竞争力跃升至全国第六: words after the
				 * scope head and before the verb name what is ranked, so
				 * the rank starts at the verb */
				if (!verb && !restarted &&
				    q > p + lx_longest_in(text, len, p, &scope_heads_list, NULL) + 6)
					f->start = q;
				restarted = true;
				q += vl;
				scope_start = q;
				continue;
			}
			/* 全市社会消费品零售总额全省排名第3位: a second 全-head
			 * after words of the run is the scope, and the words
			 * before it name what is ranked, so the rank starts there */
			size_t hl2;
			if (k > 0 && !verb && !restarted && lx_word(text, len, q, "全") &&
			    (hl2 = lx_longest_in(text, len, q, &scope_heads_list, NULL)) &&
			    q >= p + lx_longest_in(text, len, p, &scope_heads_list, NULL) + 6 &&
			    (lx_longest_in(text, len, q + hl2, &mids_list, NULL) ||
			     lx_longest_in(text, len, q + hl2, &verbs_list, NULL))) {
				f->start = q;
				restarted = true;
				scope_start = q;
			}
			unsigned c = lx_cp(text, len, q, &n);
			/* 十县（市、区）: a list inside brackets is part of the scope */
			if (c == 0xFF08 || c == '(')
				bracket = true;
			else if (c == 0xFF09 || c == ')')
				bracket = false;
			if (!(lx_is_cjk(c) || lx_is_digit(lx_fold(c)) || c == 0xFF08 || c == 0xFF09 ||
			      c == '(' || c == ')' || is_mask(c) || (bracket && c == 0x3001)))
				return 0;
			q += n;
		}
		scope_end = q;
		if (scope_end == scope_start)
			return 0;
		/* …中 before 中上游 is the tier's; 在全省99个县(市)中继续排名第一:
		 * verbs may follow the scope too */
		for (int k = 0; k < 4 && !lx_longest_in(text, len, q, &tiers_list, NULL) &&
				((l = lx_longest_in(text, len, q, &mids_list, NULL)) ||
				 (k && (l = lx_longest_in(text, len, q, &verbs_list, NULL))) ||
				 (k && (l = rank_move_len(text, len, q))) ||
				 (k && (l = lx_longest(text, len, q, scope_measures, NULL)))); k++)
			q += l;
		/* 排名由“十二五”末第21位: the time the rank moved from (…末),
		 * between 由 (从) and the rank, is skipped */
		if (q >= 3 && (lx_word(text, len, q - 3, "由") || lx_word(text, len, q - 3, "从"))) {
			size_t r = q;
			for (int k = 0; k < 10 && r < len && !lx_word(text, len, r, "第"); k++)
				r += lx_cp(text, len, r, &n) ? n : 1;
			if (r > q && lx_word(text, len, r, "第") && lx_word(text, len, r - 3, "末"))
				q = r;
		}
		/* …收入增速在全市排第一: the scope follows the last 在 */
		for (size_t a = scope_start; a < scope_end; a += n)
			if (lx_cp(text, scope_end, a, &n) == 0x5728 /* 在 */)
				scope_start = a + n;
		memset(f->tier, 0, sizeof f->tier);
		core_start = q;
		e = read_core(text, len, q, 1 + bare, f);
		if (!e)
			return 0;
		/* 均为全省第二: 为 after the verb is no part of the scope */
		if (lx_word(text, scope_end, scope_start, "为") && scope_end > scope_start + 3)
			scope_start += 3;
		/* (全省14市(下同)第5位: the note that the scope holds below is
		 * cut by the caller, which reads words.json: db_rank_scope_below) */
		/* 十六区增速排名第三: the measure named before the rank (two
		 * characters: 经济总量 keeps its 经济) is no part of the scope */
		for (size_t ml; scope_end >= scope_start + 12;) {
			size_t a = scope_end - 6;
			if (!(ml = lx_longest(text, scope_end, a, scope_measures, NULL)) ||
			    a + ml != scope_end)
				break;
			scope_end = a;
		}
		/* an ordinal's group ends the scope: 第二片区市县累计增速排名第3
		 * ranks in 第二片区市县; anything else after it reads no rank */
		if (!verb && lx_word(text, len, p, "第")) {
			size_t og = ordinal_group(text, scope_end, p);
			if (og && og + 6 == scope_end && lx_word(text, scope_end, og, "累计"))
				scope_end = og;
			if (scope_start != p || og != scope_end)
				return 0;
		}
		/* 全省重点项目考核排名第5位: an evaluation named after the place
		 * head is no part of the scope */
		size_t hl = lx_longest_in(text, len, scope_start, &scope_heads_list, NULL);
		if (hl && scope_heads_eval(text, scope_start + hl, scope_end))
			scope_end = scope_start + hl;
		/* 排名由一季度的第8位…: a period, not a place, names no scope */
		static const char *const periods[] = { "一季度", "二季度", "三季度", "上半年",
						       "前三季度", "上年", "去年", "年初", "上月",
						       "同期", "十一五末", "十二五末", "十三五末",
						       "十四五末", NULL };
		size_t pl = lx_longest(text, scope_end, scope_start, periods, NULL);
		if (pl && (scope_start + pl == scope_end || lx_word(text, scope_end, scope_start + pl, "的")))
			return 0;
		/* 居全省第12位、山区32县第5位: words before a scope that counts
		 * its places (up to six: 山区加快发展26县), back to the 、 after
		 * a rank, are part of it; so they are back to a comma after a
		 * rank (增速全省第四，山区26县第一: a count of places names no
		 * other place) */
		if (!verb && scope_start == pos && counted_places(text, len, pos)) {
			static const char *const seps[] = { "、", "，", ",", NULL };
			size_t b = pos, m, sl = 0;
			for (int k = 0; k < 6 && b > 0 && lx_is_cjk(lx_cp(text, len, lx_prev(text, b), &m)) &&
					!lx_word(text, len, lx_prev(text, b), "、") &&
					!lx_word(text, len, lx_prev(text, b), "，"); k++)
				b = lx_prev(text, b);
			if (b < pos && b > 0)
				sl = lx_longest(text, len, lx_prev(text, b), seps, NULL);
			db_figure prev;
			memset(&prev, 0, sizeof prev);
			if (sl && lx_prev(text, b) + sl == b && rank_before(text, len, b - sl, depth, &prev))
				f->start = scope_start = b;
		}
		size_t sl = scope_end - scope_start;
		if (sl >= sizeof f->scope)
			return 0;
		/* a bare N位 ranks in a place group only (居全省12位, not
		 * 居住…12名) */
		if (bare && sl && !lx_longest_in(text, len, scope_start, &scope_heads_list, NULL) &&
		    !counted_places(text, len, scope_start))
			return 0;
		memcpy(f->scope, text + scope_start, sl);
		f->scope[sl] = '\0';
	}
	f->end = f->num_end = e;
	f->num_start = core_start; /* raw: 第三位, 前三, 第一方阵 */
	f->unit[0] = '\0';
	memcpy(f->unit, "位", strlen("位") + 1);
	if (f->rank_masked)
		f->qualifier = DB_QUAL_MASKED;
	return 1;
}
