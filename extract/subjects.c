/* subjects.c - whom a clause is about: the document's entity (全市, **市),
 * a zone of it (高新区), or someone else (全省, 国家, another division's name,
 * 县域 in a city's report), whose figures are left out. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/units.h"
#include "extract/readers_lex.h"
#include "extract/walk.h"

static bool child_division(const walk *w, size_t p, size_t e);
static bool other_division(const walk *w, size_t p, size_t e);
static size_t past_enclosing(const walk *w, size_t p, size_t e);

/* The label token of ts that starts at p, or NULL. */
static const token *label_token_at(const tokens *ts, size_t p)
{
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL && ts->items[i].start == p)
			return &ts->items[i];
	return NULL;
}

/* Does t[p, e) open with a count of places (五区, 12个区县, “十强县”, 其余9县)
 * whose kind is one of kinds? */
static bool counted_places(const walk *w, size_t p, size_t e, const char *const *kinds, size_t nk)
{
	size_t q, n;
	unsigned open = lx_cp(w->text, e, p, &n);
	if (open == 0x201C /* “ */ || open == '"')
		p += n;
	if (has_word_at(w->text, e, p, "其余"))
		p += strlen("其余");
	for (q = p; q < e;) {
		unsigned c = lx_cp(w->text, e, q, &n);
		if (!(lx_is_digit(c) || lx_cn_digit(c) >= 0 || c == 0x5341 /* 十 */ ||
		      c == 0x767E /* 百 */))
			break;
		q += n;
	}
	if (q == p)
		return false;
	if (has_word_at(w->text, e, q, "个"))
		q += 3;
	return word_at(w->text, e, q, &(const db_wordlist){ kinds, nk, { 0 } }) &&
	       !has_word_at(w->text, e, q, "区域");
}

/* Does t[p, e) open with 所有 or 各 and a word of places (所有县域, 各县（市、区）,
 * 各乡镇; not 各市场主体)? */
static bool each_place(const walk *w, size_t p, size_t e)
{
	static const char *const places[] = { "县域", "县（市、区）", "县(市、区)", "县（市）", "县(市)",
					      "县市区", "县区", "区县", "县市", "市县", "市州", "地市",
					      "乡镇", "镇", "街道", "县", "区", "市" };
	size_t which;
	if (has_word_at(w->text, e, p, "所有"))
		p += strlen("所有");
	else if (has_word_at(w->text, e, p, "各"))
		p += strlen("各");
	else
		return false;
	return db_longest_word_at(w->text, p, e, places, NWORDS(places), &which) != 0 &&
	       !has_word_at(w->text, e, p, "市场");
}

/* Within the words from p up to the clause's first label or figure (at
 * most twenty characters), a place group counted (百强区, 十强县) of kinds,
 * and not the document's own name? */
static bool group_named_before(const walk *w, const db_clause *c, const tokens *ts, size_t p,
			       const char *const *kinds, size_t nk)
{
	size_t lim = c->end, n;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL || ts->items[i].kind == TOK_FIGURE) {
			lim = ts->items[i].start;
			break;
		}
	if (lim <= p || lim > p + 60)
		return false;
	bool group = false;
	for (size_t q = p; q < lim; q += n) {
		/* (全省十强县考核中我县…: the document's own name after the
		 * group keeps the figures its own) */
		if (db_self_name_len(w, q, lim))
			return false;
		group |= counted_places(w, q, lim, kinds, nk);
		lx_cp(w->text, lim, q, &n);
		if (!n)
			break;
	}
	return group;
}

/* The document's own word at p (全省 in a province's report, 全市, 我市),
 * or NULL. */
static const char *own_scope_word(const walk *w, size_t p, size_t e)
{
	const char *own = word_at(w->text, e, p, WL(w, DB_W_PROVINCE_SELF));
	return own ? own : word_at(w->text, e, p, WL(w, DB_W_SELF_SUBJECTS));
}

/* Does t[p, e) open with the document's own name (济南市, 济南), not a
 * longer name that starts with it (济南高新区)? */
static bool self_named(const walk *w, size_t p, size_t e)
{
	const char *self = w->rs->doc.entity;
	const db_division *d = w->self_division;
	const char *names[] = { self, d ? db_division_str(d->short_name) : NULL };
	p = past_enclosing(w, p, e); /* (某省某县…: its full name) */
	for (size_t i = 0; i < 2; i++) {
		size_t n = names[i] ? strlen(names[i]) : 0, m;
		if (n < 6 || !has_word_at(w->text, e, p, names[i]))
			continue;
		/* (济南高新区…: a zone of it) */
		bool zone = false;
		for (size_t q = p + n, k = 0; k < 4 && q < e && !zone; k++, q += m) {
			zone = db_zone_word(w->text + q, e - q) != 0;
			lx_cp(w->text, e, q, &m);
			if (!m)
				break;
		}
		if (!zone && !other_division(w, p + n, e)) /* (济南市历下区) */
			return true;
	}
	return false;
}

/* Short words of a zone's kind and what its full name holds for them to
 * stand for it (经开区: 某某经济开发区, 某某经济技术开发区). */
static const struct {
	const char *word, *holds, *ends;
} zone_short[] = {
	{ "经开区", "经济", "开发区" },
	{ "开发区", "", "开发区" },
	{ "高新区", "高新", "区" },
	{ "综保区", "综合保税区", "区" },
};

/* The length of the zone document's entity by its short name at s, within
 * e: the entity's first characters (its city's name) and a word of its
 * kind (常州经开区, 金华开发区 for 常州经济开发区, 金华经济技术开发区), or 0. */
static size_t own_zone_short_name(const walk *w, size_t s, size_t e)
{
	const char *ent = w->rs->doc.entity, *level = w->rs->doc.level;
	size_t n = ent ? strlen(ent) : 0;
	if (!level || strcmp(level, "zone"))
		return 0;
	for (size_t k = s + 6; k < e && k <= s + 12; k += 3) {
		if (k - s >= n || memcmp(w->text + s, ent, k - s))
			return 0;
		const char *tail = ent + (k - s);
		size_t tl = n - (k - s), z = db_zone_word(w->text + k, e - k);
		/* (the full word: 常州经济开发区 named so is the entity) */
		if (z && tl >= z && !memcmp(ent + n - z, w->text + k, z))
			return k + z - s;
		for (size_t i = 0; i < NWORDS(zone_short); i++) {
			size_t wl = strlen(zone_short[i].word), el = strlen(zone_short[i].ends);
			if (has_word_at(w->text, e, k, zone_short[i].word) && tl > el &&
			    !memcmp(tail + tl - el, zone_short[i].ends, el) &&
			    strstr(tail, zone_short[i].holds))
				return k + wl - s;
		}
	}
	return 0;
}

/* In a zone's own document (level zone), do t[s, e) name that zone in its
 * generic words alone (高新区, 园区, 开发区, 高新区园区, 经开区), with no
 * name of a park or zone of their own before them (工业园区, 某某高新区
 * start with theirs), or by its own short name (own_zone_short_name)? */
bool db_own_zone_words(const walk *w, size_t s, size_t e)
{
	const char *level = w->rs->doc.level;
	if (!level || strcmp(level, "zone") || e <= s)
		return false;
	/* (what comes right before: none, or no ideograph of a name) */
	static const char *const before[] = { "年", "月", "度", "全", "计" };
	if (s >= 3 && cjk_at(w->text, s - 3) &&
	    !ends_with_any(w->text, s - 3, s, before, NWORDS(before)))
		return false;
	if (own_zone_short_name(w, s, e) == e - s)
		return true;
	for (size_t p = s; p < e;) {
		size_t z = db_zone_word(w->text + p, e - p);
		if (!z && has_word_at(w->text, e, p, "园区"))
			z = strlen("园区");
		if (!z && has_word_at(w->text, e, p, "开发区"))
			z = strlen("开发区");
		if (!z)
			return false;
		p += z;
	}
	return true;
}

/* 园区生产总值, 今年园区…, 高新区园区规上工业增加值 in a zone's own report:
 * does the zone's generic name (db_own_zone_words, starting at most 30
 * bytes back, after s) end at `at`? */
bool db_own_zone_before(const walk *w, size_t s, size_t at)
{
	for (size_t q = at >= s + 30 ? at - 30 : s; q + 6 <= at; q++)
		if (((unsigned char)w->text[q] & 0xC0) != 0x80 && db_own_zone_words(w, q, at))
			return true;
	return false;
}

/* The length of the document's own name at p (汉川市, 汉川, 我市, 全市), or 0. */
size_t db_self_name_len(const walk *w, size_t p, size_t e)
{
	const char *names[] = { w->rs->doc.entity,
				w->self_division ? db_division_str(w->self_division->short_name) : NULL };
	const char *word = word_at(w->text, e, p, WL(w, DB_W_SELF_SUBJECTS));
	if (word)
		return strlen(word);
	for (size_t i = 0; i < 2; i++)
		if (names[i] && strlen(names[i]) >= 6 && has_word_at(w->text, e, p, names[i]) &&
		    self_named(w, p, e))
			return strlen(names[i]);
	return 0;
}

/* The division whose full name opens t[p, e) (康平县, 平顶山市, or the
 * document's own), or NULL: names ending in 省/市/县/区/旗/州/盟, at least
 * two characters, and not the generic 城区/市区/郊区. */
static const db_division *division_at(const walk *w, size_t p, size_t e)
{
	static const char *const generic[] = { "城区", "市区", "郊区", "新区", "本市", "该市",
					       "该县", "该区", "各县", "各区", "各市" };
	char name[64];
	size_t q = p, n = 0;
	while (q + 3 <= e && n < 8 && cjk_at(w->text, q)) {
		const unsigned char *u = (const unsigned char *)w->text + q;
		unsigned cp = (unsigned)(u[0] & 0x0F) << 12 | (unsigned)(u[1] & 0x3F) << 6 |
			      (u[2] & 0x3F);
		q += 3;
		n++;
		/* 省 市 县 区 旗 州 盟 */
		if (n < 2 || !(cp == 0x7701 || cp == 0x5E02 || cp == 0x53BF || cp == 0x533A ||
			       cp == 0x65D7 || cp == 0x5DDE || cp == 0x76DF))
			continue;
		size_t len = q - p;
		bool skip = false;
		for (size_t i = 0; i < NWORDS(generic); i++)
			skip |= len == strlen(generic[i]) && !memcmp(w->text + p, generic[i], len);
		if (skip || len >= sizeof name)
			continue;
		memcpy(name, w->text + p, len);
		name[len] = '\0';
		const db_division *d = db_division_find(name);
		if (d)
			return d;
	}
	return NULL;
}

/* Where the names of the divisions that enclose the document's own end,
 * when t[p, e) opens with them (山西省, 某省某市 before a county's own
 * name), or p. */
static size_t past_enclosing(const walk *w, size_t p, size_t e)
{
	for (size_t k = 0; k < w->nenclosing;)
		if (has_word_at(w->text, e, p, w->enclosing[k])) {
			p += strlen(w->enclosing[k]);
			k = 0;
		} else {
			k++;
		}
	return p;
}

/* Is d the document's own division (连云区 in the report of 连云港市连云区)? */
static bool own_division(const walk *w, const db_division *d)
{
	const char *self = w->rs->doc.entity, *dn = db_division_str(d->name);
	size_t sl = strlen(self), dl = strlen(dn);
	return !strcmp(dn, self) || (sl > dl && !strcmp(self + sl - dl, dn));
}

/* Does t[p, e) open with the name of a division other than the document's
 * own (康平县, 平顶山市), or of one of its own divisions (历下, 五区)? */
static bool other_division(const walk *w, size_t p, size_t e)
{
	/* (常州经开区 in 常州经济开发区's report: itself, not its city) */
	if (own_zone_short_name(w, p, e))
		return false;
	/* (郑州市金水区: in 郑州市金水区's report: its own full name, whose
	 * first characters name its city) */
	const char *self = w->rs->doc.entity;
	size_t sl = self ? strlen(self) : 0;
	if (sl && e - p >= sl && !memcmp(w->text + p, self, sl))
		return false;
	const db_division *d = division_at(w, p, e);
	if (d)
		return !own_division(w, d);
	return child_division(w, p, e);
}

/* Is t[q, e) the full or short name of a division other than the
 * document's own (宜宾, 绵阳市)? */
static bool names_other(const walk *w, size_t q, size_t e)
{
	char name[32];
	if (e - q >= sizeof name)
		return false;
	memcpy(name, w->text + q, e - q);
	name[e - q] = '\0';
	const db_division *d = db_division_find(name);
	return d && d != w->self_division && !own_division(w, d) &&
	       (!strcmp(db_division_str(d->name), name) ||
		!strcmp(db_division_str(d->short_name), name));
}

/* Do the words from s up to the figure at num say by how much the figure
 * leads another place (…1208.9亿元，超某地1.21亿元; 多于某县0.5亿元): a word
 * of going past, then the full or short name of a division other than the
 * document's own, and nothing else? */
bool db_lead_over_place(const walk *w, size_t s, size_t num)
{
	static const char *const past[] = { "超过", "超出", "超", "多于", "高于", "领先" };
	size_t which, l = db_longest_word_at(w->text, s, num, past, NWORDS(past), &which);
	return l && num >= s + l + 6 && names_other(w, s + l, num);
}

/* Does the clause t[p, e) end with 的 and the full or short name of a
 * division other than the document's own, and nothing after it
 * (去年总量过2000亿元的宜宾, 位居第二的绵阳)? That place is whom the clause
 * describes. */
static bool place_after_de(const walk *w, size_t p, size_t e)
{
	const char *t = w->text;
	size_t q = (size_t)-1, n;
	for (const char *m; p + 3 <= e && (m = memmem(t + p, e - p, "的", strlen("的")));)
		p = q = (size_t)(m - t) + strlen("的");
	if (q == (size_t)-1)
		return false;
	/* (百强的第100名某县, 排名第100的某省某县: a position in 名 or 位
	 * before the name, and the short name of its province) */
	if (has_word_at(t, e, q, "第")) {
		size_t r = q + strlen("第");
		while (r < e && lx_rank_numeral(lx_cp(t, e, r, &n)))
			r += n;
		if (r > q + strlen("第") && (has_word_at(t, e, r, "名") || has_word_at(t, e, r, "位")))
			q = r + 3;
	}
	for (size_t l = 9; l >= 6 && e >= q + l + 6; l -= 3) {
		char name[16];
		memcpy(name, t + q, l);
		name[l] = '\0';
		const db_division *d = db_division_find(name);
		if (d && !strcmp(db_division_str(d->level), "province") &&
		    !strcmp(db_division_str(d->short_name), name) && !own_division(w, d) &&
		    names_other(w, q + l, e)) {
			q += l;
			break;
		}
	}
	if (e < q + 6 || !cjk_only(t, q, e))
		return false;
	return names_other(w, q, e);
}

/* Does the clause t[p, e) hand a superlative to a place named at its end
 * (最高的是钢城某市, 最快的为某县)? That place is whom the sentence
 * speaks of, as a rank handed by 的是 is. */
static bool superlative_of_place(const walk *w, size_t p, size_t e)
{
	static const char *const hands[] = { "的是", "的为" };
	const char *t = w->text, *m = t + p;
	/* (最 found by its first byte: memmem's set-up costs more than a
	 * clause's bytes, looked at for every clause) */
	while (m < t + e && (m = memchr(m, "最"[0], (size_t)(t + e - m))) &&
	       !has_word_at(t, e, (size_t)(m - t), "最"))
		m++;
	if (!m || m >= t + e)
		return false;
	size_t q = (size_t)(m - t) + strlen("最"), lim = q + 12 < e ? q + 12 : e, n = 0;
	for (; q < lim && !(n = db_longest_word_at(t, q, e, hands, NWORDS(hands), NULL)); q += 3)
		if (!cjk_at(t, q))
			return false;
	if (!n || e > q + n + 30 || !cjk_only(t, q + n, e))
		return false;
	/* (the name last, after a few words that describe it: 钢城某市) */
	for (q += n; q + 6 <= e; q += 3)
		if (names_other(w, q, e))
			return true;
	return false;
}

/* Where the line after the headings starts, when t[p, e) opens with
 * lines of no label or figure (发展势头强劲\n\n某县…), or (size_t)-1. */
static size_t heading_end(const walk *w, const tokens *ts, size_t p, size_t e)
{
	const char *t = w->text;
	size_t lim = e;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL || ts->items[i].kind == TOK_FIGURE) {
			lim = ts->items[i].start;
			break;
		}
	const char *nl = lim > p ? memrchr(t + p, '\n', lim - p) : NULL;
	if (!nl)
		return (size_t)-1;
	size_t q = (size_t)(nl - t);
	while (q < lim && (t[q] == '\n' || t[q] == ' ' || t[q] == '\r'))
		q++;
	return q < lim ? q : (size_t)-1;
}

/* Does t[p, e) open with the name of another division of the document's
 * own level (青岛市 in 济南市's report), after a 据 that cites it as the
 * source (据某市统计局发布)? Its own word for itself (全市) is
 * the document's too. */
static bool peer_division(const walk *w, size_t p, size_t e)
{
	if (has_word_at(w->text, e, p, "据"))
		p += strlen("据");
	const db_division *d = division_at(w, p, e);
	return d && !own_division(w, d) && w->rs->doc.level &&
	       !strcmp(db_division_str(d->level), w->rs->doc.level);
}

/* Is d a county or district inside the document's own division, one or
 * two levels down (a county's short name in a province's news item)? */
static bool county_inside(const walk *w, const db_division *d)
{
	const char *level = db_division_str(d->level);
	if (!w->self_division || (strcmp(level, "county") && strcmp(level, "district")))
		return false;
	const db_division *up = db_division_find(db_division_str(d->parent));
	return up && (up == w->self_division ||
		      db_division_find(db_division_str(up->parent)) == w->self_division);
}

/* Does t[p, e) open with the short name of another city or province, a
 * catalog label right after it or after 全市, 的 or 在 (某城GDP为…, 某城全市
 * 地区生产总值…, 某城在营商环境排名中…)? Short names of prefectures and provinces only, one division
 * each, and not the document's own; or of a county inside the document's
 * own division (仁怀地区生产总值… in a province's news item). */
static bool other_city_short(const walk *w, const tokens *ts, size_t p, size_t e)
{
	char name[16];
	for (size_t n = 2; n <= 4 && p + 3 * n <= e; n++) {
		size_t q = p + 3 * n;
		if (!cjk_only(w->text, p, q))
			return false;
		/* (the label first: the divisions are looked up only then;
		 * 某城的营商环境…, 某城在营商环境排名中…: a 的 or 在 between) */
		size_t l = has_word_at(w->text, e, q, "全市") ? q + strlen("全市") :
			   has_word_at(w->text, e, q, "的") || has_word_at(w->text, e, q, "在") ? q + 3 : q;
		if (!label_token_at(ts, l))
			continue;
		memcpy(name, w->text + p, q - p);
		name[q - p] = '\0';
		const db_division *d = db_division_find(name);
		const char *level = d ? db_division_str(d->level) : "";
		if (d && !strcmp(db_division_str(d->short_name), name) && d != w->self_division &&
		    strcmp(db_division_str(d->name), w->rs->doc.entity) &&
		    (!strcmp(level, "prefecture") || !strcmp(level, "province") ||
		     county_inside(w, d)))
			return true;
	}
	return false;
}

/* Does t[p, e) open with the short name of one of the document's own
 * divisions (历下 in 济南市's report, 临泉 in 阜阳市's), or count them (五区,
 * 六区县, 12个区县)? Their figures are not the document's. */
static bool child_division(const walk *w, size_t p, size_t e)
{
	static const char *const counted[] = { "区县", "县区", "县市", "县（市、区）", "县(市、区)",
					       "区", "县" };
	const char *self = w->rs->doc.entity;
	if (!w->nchildren)
		return false;
	const db_division *own = w->self_division;
	if (has_word_at(w->text, e, p, self))
		p += strlen(self); /* 济南市五区… */
	else if (own && has_word_at(w->text, e, p, db_division_str(own->short_name)))
		p += strlen(db_division_str(own->short_name));
	if (counted_places(w, p, e, counted, NWORDS(counted)))
		return true;
	for (size_t i = 0; i < w->nchildren; i++) {
		const char *sn = db_division_str(w->children[i]->short_name);
		size_t l = strlen(sn);
		if (l >= 6 && p + l <= e && (unsigned char)w->text[p] == (unsigned char)sn[0] &&
		    !memcmp(w->text + p, sn, l))
			return true;
	}
	return false;
}

const char *db_own_scope(const walk *w)
{
	const char *lv = w->rs->doc.level, *name = w->rs->doc.entity;
	size_t n = name ? strlen(name) : 0;
	if (!lv || n < 3)
		return NULL;
	if (!strcmp(lv, "prefecture") || (!strcmp(lv, "county") && !strcmp(name + n - 3, "市")))
		return "全市"; /* (a county-level city, 义乌市, too) */
	if (!strcmp(lv, "county") && !strcmp(name + n - 3, "旗"))
		return "全旗"; /* (a banner of 内蒙古, 乌拉特前旗) */
	if (!strcmp(lv, "county"))
		return "全县";
	if (!strcmp(lv, "district"))
		return "全区";
	if (!strcmp(lv, "province"))
		return "全省";
	return NULL;
}

/* Is the document's entity a county or a district that is not itself a
 * city? */
static bool below_city(const walk *w)
{
	const char *own = db_own_scope(w);
	return own && (!strcmp(own, "全县") || !strcmp(own, "全旗") || !strcmp(own, "全区"));
}

bool db_in_autonomous_region(const walk *w)
{
	const char *prov = w->rs->doc.province;
	const db_division *d = w->self_division;
	for (int k = 0; !prov && d && k < 4; k++) {
		if (!d->parent) /* (a province) */
			prov = db_division_str(d->name);
		else
			d = db_division_find(db_division_str(d->parent));
	}
	size_t n = prov ? strlen(prov) : 0;
	return n > 9 && !strcmp(prov + n - 9, "自治区");
}

/* Is t[p, lim) the name of a region of several places (成都平原经济区,
 * 其中环成都经济圈): Chinese only, two to twelve characters, ending with a
 * region_suffixes word? */
static bool region_before(const walk *w, size_t p, size_t lim)
{
	if (has_word_at(w->text, lim, p, "其中"))
		p += strlen("其中");
	if (lim < p + 6 || lim > p + 48) /* (郑洛新国家自主创新示范区核心区: 15) */
		return false;
	if (!cjk_only(w->text, p, lim))
		return false;
	/* (高新区园区实现…, 今年园区生产总值… in the zone's own report: the
	 * zone) */
	if (db_own_zone_before(w, p, lim))
		return false;
	if (ends_with_any(w->text, p + 3, lim, WORDS(w, DB_W_REGION_SUFFIXES)))
		return true;
	/* 县工业园区新增规上企业3家，完成…: the name and the verb it opens
	 * (not 全县新增…: the name ends with a suffix) */
	static const char *const verbs[] = { "新增", "完成", "实现", "累计完成", "累计实现",
					     "共完成" };
	for (size_t q = p + 6; q + 6 <= lim; q += 3)
		if (db_longest_word_at(w->text, q, lim, verbs, NWORDS(verbs), NULL) &&
		    ends_with_any(w->text, p + 3, q, WORDS(w, DB_W_REGION_SUFFIXES)) &&
		    !db_own_zone_before(w, p, q))
			return true;
	return false;
}

/* Before a clause's first label (at lim): a firm (华兴集团入库税收…), or
 * names joined by 、 whose label 均 follows (潘黄、新都、龙冈财政收入均超亿元:
 * each of those places, not the document's entity)? */
static bool others_before(const walk *w, const db_clause *c, size_t p, size_t lim)
{
	static const char *const firms[] = { "集团", "公司", "股份" };
	if (lim <= p || lim > p + 48)
		return false;
	if (contains_any(w->text, p, lim, firms, NWORDS(firms)))
		return true;
	/* (…电子全年出口额均超…: the year the figures are of ends the last
	 * name) */
	static const char *const years[] = { "全年", "今年", "当年" };
	size_t end = lim;
	for (size_t k = 0; k < NWORDS(years); k++)
		if (end >= p + 6 && has_word_at(w->text, end, end - 6, years[k])) {
			end -= 6;
			break;
		}
	/* (places of two to four characters: 潘黄、新都; firms' names run
	 * longer: 某某纺织、某某电子) */
	size_t names = 0, run = 0;
	for (size_t q = p; q < end;) {
		if (has_word_at(w->text, end, q, "、")) {
			if (run < 2 || run > 8)
				return false;
			names++, run = 0, q += 3;
			continue;
		}
		if (!cjk_at(w->text, q))
			return false;
		run++, q += 3;
	}
	if (run < 2 || run > 8 || names < 1)
		return false;
	/* (the label and 均 right after it) */
	size_t e = lim;
	while (e < c->end && cjk_at(w->text, e) && !has_word_at(w->text, c->end, e, "均"))
		e += 3;
	return has_word_at(w->text, c->end, e, "均");
}

/* 新入园企业6家，实现营业收入…、税收…: a clause of the firms' taxes (a
 * fiscal label) that opens with 实现 or 完成 right after a clause of the
 * same sentence counting firms (…企业N家) that names no catalog label
 * speaks of those firms, not of the entity's budget (…建筑企业43家，实现建筑业
 * 总产值…, 规上工业企业120家，实现营业收入… are the entity's figures all the
 * same). */
static bool counted_firms_before(const walk *w, const db_clause *c, const tokens *ts, size_t p)
{
	static const char *const verbs[] = { "实现", "完成", "共实现", "累计实现" };
	static const char *const fiscal[] = { "tax_revenue", "fiscal_revenue", "budget_revenue" };
	const char *t = w->text;
	size_t which, q = c->start;
	if (!db_longest_word_at(t, p, c->end, verbs, NWORDS(verbs), &which))
		return false;
	bool taxes = false;
	for (size_t i = 0; i < ts->len && !taxes; i++)
		for (size_t k = 0; ts->items[i].kind == TOK_LABEL && k < NWORDS(fiscal); k++)
			taxes |= ts->items[i].label->metric != (size_t)-1 &&
				 !strcmp(metric_of(w, ts->items[i].label)->id, fiscal[k]);
	if (!taxes)
		return false;
	if (q >= 3 && has_word_at(t, q, q - 3, "，"))
		q -= 3;
	else if (q >= 1 && t[q - 1] == ',')
		q -= 1;
	else
		return false;
	if (q < w->sentence_start + 12 || !has_word_at(t, q, q - 3, "家"))
		return false;
	size_t d = q - 3;
	while (d > w->sentence_start && t[d - 1] >= '0' && t[d - 1] <= '9')
		d--;
	if (d == q - 3)
		return false;
	/* the clause before: back to the sentence's start or a comma */
	size_t b = d;
	while (b > w->sentence_start && !(b >= 3 && (has_word_at(t, b, b - 3, "，") ||
						      has_word_at(t, b, b - 3, "；"))) &&
	       t[b - 1] != ',')
		b--;
	if (!memmem(t + b, d - b, "企业", strlen("企业")))
		return false;
	for (size_t i = db_label_at(w->labels, b); i < w->labels->len; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->start >= d)
			break;
		if (l->metric != (size_t)-1)
			return false;
	}
	return true;
}

void db_subjects_begin(walk *w)
{
	const db_document *doc = &w->rs->doc;
	w->self_division = db_division_find(doc->entity);
	w->nenclosing = 0;
	for (const db_division *s = w->self_division; s && w->nenclosing < NWORDS(w->enclosing);) {
		const char *parent = db_division_str(s->parent);
		if (!*parent)
			break;
		w->enclosing[w->nenclosing++] = parent;
		s = db_division_find(parent);
	}
	w->nchildren = 0;
	if (w->self_division && doc->level &&
	    (!strcmp(doc->level, "prefecture") || !strcmp(doc->level, "province")))
		w->nchildren = db_division_children(db_division_str(w->self_division->name),
						    w->children, NWORDS(w->children));
	/* (only short names that name one division: not 新华 of 新华社) */
	size_t kept = 0;
	for (size_t i = 0; i < w->nchildren; i++)
		if (db_division_find(db_division_str(w->children[i]->short_name)) == w->children[i])
			w->children[kept++] = w->children[i];
	w->nchildren = kept;
	/* 忠县：上半年工业经济…: a headline (a line in the first ones, after
	 * a page's links) that opens with another place's name and a colon
	 * makes the report that place's */
	const char *t = w->text;
	w->doc_foreign = false;
	for (size_t s = 0, e; s < w->len && s < 1500 && !w->doc_foreign; s = e + 1) {
		while (s < w->len && (t[s] == ' ' || t[s] == '\r' || t[s] == '\t'))
			s++;
		for (e = s; e < w->len && t[e] != '\n'; e++)
			;
		/* (the name alone before the colon: six characters at most) */
		size_t colon = find_any(t, s, e < s + 19 ? e : s + 19,
					(const char *const[]){ "：", ":" }, 2, NULL);
		w->doc_foreign = colon != (size_t)-1 && e - s <= 180 && other_division(w, s, colon);
	}
}

/* Does a rank of the clause go, through 是 or 为 (的是, 分别是, 依次为),
 * to another place named right after it (GDP增速前三位分别是某县、…)? */
static bool rank_of_named(const walk *w, const db_clause *c, const tokens *ts)
{
	static const char *const hands[] = { "分别是", "分别为", "依次是", "依次为", "的是",
					     "的为", "是", "为" };
	for (size_t i = 0; i < ts->len; i++) {
		size_t q = ts->items[i].end, which, n;
		if (ts->items[i].kind != TOK_RANK ||
		    !(n = db_longest_word_at(w->text, q, c->end, hands, NWORDS(hands), &which)))
			continue;
		q += n;
		if (has_word_at(w->text, c->end, q, "：") || has_word_at(w->text, c->end, q, ":"))
			q += has_word_at(w->text, c->end, q, ":") ? 1 : 3;
		if (other_division(w, q, c->end))
			return true;
	}
	return false;
}

/* Does the paragraph open with a clause that only says where its figures
 * come from (经初步预计，某区地区生产总值…; 据初步统计，), ending right
 * before start? The place after it opens the paragraph as much as a year
 * before it does (2023年，某县…). */
static bool after_lead_clause(const walk *w, size_t start)
{
	static const char *const leads[] = { "经初步预计", "据初步预计", "初步预计", "经初步核算",
					     "初步核算",   "据初步统计", "据统计" };
	const char *t = w->text;
	size_t q = w->seg_start, n;
	while (q < start && (t[q] == ' ' || t[q] == '\n' || t[q] == '\r' || t[q] == '\t'))
		q++;
	if (!(n = db_longest_word_at(t, q, start, leads, NWORDS(leads), NULL)))
		return false;
	q += n;
	if (has_word_at(t, start, q, "，"))
		q += strlen("，");
	else if (q < start && t[q] == ',')
		q++;
	else
		return false;
	while (q < start && t[q] == ' ')
		q++;
	return q == start;
}

/* Words that name a park or a zone in a clause (加快建设滨江产业园, 某某产业园等项目
 * 加快建设), with db_zone_word's. Not 先行区, 示范区 or 试验区: a place
 * builds such a title for itself (打造人才某市建设先行区, 创建全国农业现代化
 * 示范区) and its own figures follow; they frame counts of projects only,
 * as a programme does (programme_words). */
static const char *const park_words[] = { "园区", "产业园", "开发区", "先行发展区", "集中区" };
static const char *const programme_words[] = { "战略", "先行区", "示范区", "试验区" };

/* Does t[p, e) name a park or a zone (not the zone document's own:
 * 开发区紧扣…, 某某经开区召开… in its report, db_own_zone_before)? */
static bool names_park(const walk *w, size_t p, size_t e)
{
	const char *t = w->text;
	for (size_t q = p; q < e; q++) {
		if (((unsigned char)t[q] & 0xC0) == 0x80)
			continue;
		size_t z = db_zone_word(t + q, e - q);
		for (size_t i = 0; !z && i < NWORDS(park_words); i++)
			if (has_word_at(t, e, q, park_words[i]))
				z = strlen(park_words[i]);
		if (z && !db_own_zone_before(w, p, q + z))
			return true;
	}
	return false;
}

/* Right after the entity's own word (at q): a park (全市工业园区完成…,
 * 全县园区实现…: 1) or a zone (我县经济开发区实现…: 2, the zone's name in
 * t[q, q + *zl)) within ten characters, or neither (0)? */
static int park_after_self(const char *t, size_t q, size_t e, size_t *zl)
{
	for (size_t k = q, n = 0; k + 3 <= e && n < 10 && cjk_at(t, k); k += 3, n++) {
		size_t z = db_zone_word(t + k, e - k);
		if (z) {
			*zl = k + z - q;
			return 2;
		}
		for (size_t i = 0; i < NWORDS(park_words); i++)
			if (has_word_at(t, e, k, park_words[i]))
				return 1;
	}
	return 0;
}

/* Does the clause open (at p) with a count of projects (27个重点项目完成投资…,
 * 落地项目21个 is none)? */
static bool opens_with_projects(const walk *w, const db_clause *c, const tokens *ts, size_t p)
{
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind != TOK_FIGURE)
			continue;
		const db_figure *f = &ts->items[i].fig;
		if (ts->items[i].start != p ||
		    (strcmp(f->unit, "个") && strcmp(f->unit, "项") && strcmp(f->unit, "宗")))
			return false;
		size_t e = ts->items[i].end + 24 < c->end ? ts->items[i].end + 24 : c->end;
		return memmem(w->text + ts->items[i].end, e - ts->items[i].end, "项目",
			      strlen("项目")) != NULL;
	}
	return false;
}

/* Does the clause open (at p) with a count of a group of firms and the
 * verb of its figures (12家投产企业完成规上工业总产值…, 35家重点企业实现…)? Not
 * when the firms are those the metric counts in (全县45家规上工业企业实现营业收入…,
 * 建筑企业, 限额以上企业: the whole's figures). */
static bool counted_group_first(const walk *w, const tokens *ts, size_t p, size_t e)
{
	static const char *const verbs[] = { "完成", "实现", "累计完成", "累计实现", "共完成",
					     "共实现" };
	static const char *const whole[] = { "规上", "规模", "限额以上", "限上", "建筑", "资质",
					     "全部" };
	const char *t = w->text;
	size_t i = 0, which;
	while (i < ts->len && ts->items[i].kind == TOK_PERIOD)
		i++;
	if (i == ts->len || ts->items[i].kind != TOK_FIGURE || ts->items[i].start != p ||
	    (strcmp(ts->items[i].fig.unit, "家") && strcmp(ts->items[i].fig.unit, "户")))
		return false;
	size_t q = ts->items[i].end;
	for (size_t k = q + 6; k <= q + 30 && k + 6 <= e && cjk_only(t, q, k + 6); k += 3)
		if (has_word_at(t, e, k, "企业") &&
		    db_longest_word_at(t, k + 6, e, verbs, NWORDS(verbs), &which))
			return !contains_any(t, q, k, whole, NWORDS(whole));
	return false;
}

/* …增速高于一季度的2%，也高于某省同期的2%，全国的2.5%: a clause that is
 * only another place's name, 的 and one rate (同期 between allowed), right
 * after a clause that ends comparing a figure with such a rate (高于…的N%),
 * goes on with that comparison: the rate is the place's, and the sentence
 * still speaks of whom it spoke of. p is where the name ends. */
static bool compared_rate_item(const walk *w, const db_clause *c, const tokens *ts, size_t p)
{
	static const char *const compares[] = { "高于", "低于", "快于", "慢于", "超过" };
	const char *t = w->text;
	if (has_word_at(t, c->end, p, "同期"))
		p += strlen("同期");
	if (!has_word_at(t, c->end, p, "的") || ts->len != 1 || ts->items[0].kind != TOK_FIGURE ||
	    ts->items[0].start != p + strlen("的") || ts->items[0].fig.kind != DB_FIG_PERCENT)
		return false;
	/* (the clause before, in the sentence: its comparison and its 的N%) */
	size_t e = c->start;
	while (e > w->sentence_start && (t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	if (e < w->sentence_start + 3 || !has_word_at(t, c->start, e - 3, "，"))
		return false;
	e -= 3;
	size_t which, s = rfind_any(t, w->sentence_start, e, (const char *const[]){ "，", "；" }, 2,
				    &which);
	s = s == (size_t)-1 ? w->sentence_start : s + 3;
	size_t cmp = find_any(t, s, e, compares, NWORDS(compares), &which);
	return cmp != (size_t)-1 && e > cmp + 6 && t[e - 1] == '%' &&
	       find_any(t, cmp, e, (const char *const[]){ "的" }, 1, NULL) != (size_t)-1;
}

/* The subject of a clause: a zone (高新区GDP…), a redacted self-name (*区GDP…)
 * or somebody else (中央…); looked at after a leading period phrase. */
void db_clause_subject(walk *w, const db_clause *c, const tokens *ts)
{
	const char *t = w->text;
	size_t p = c->start, k;

	/* (●某市经济总量…, ——某县…, 1.某区…, 一是全省…: the mark that opens
	 * a list item comes before the subject) */
	p += db_item_marker(t + p, c->end - p);
	p += db_numeral_item(t + p, c->end - p);
	/* (a period, then lead-ins and periods in any order: 而同期(2019年)某县、
	 * 某县的GDP分别…, 同期某县…) */
	for (size_t i = 0, moved = 1; moved;) {
		const char *lead = NULL;
		/* (a period in brackets: 同期(2019年)) */
		size_t open = t[p] == '(' ? 1 : has_word_at(t, c->end, p, "（") ? 3 : 0;
		moved = 0;
		for (; i < ts->len && ts->items[i].start < p + open; i++)
			;
		if (i < ts->len && ts->items[i].kind == TOK_PERIOD && ts->items[i].start == p + open) {
			p = ts->items[i++].end;
			p += open == 1 && t[p] == ')' ? 1 : open == 3 && has_word_at(t, c->end, p, "）") ? 3 : 0;
			moved = 1;
		} else if ((lead = word_at(t, c->end, p, WL(w, DB_W_SUBJECT_LEAD_INS)))) {
			p += strlen(lead);
			moved = 1;
		}
	}
	bool province_doc = w->rs->doc.level && !strcmp(w->rs->doc.level, "province");
	/* 全省首创…平台 names no figure: the sentence goes on about the
	 * document's entity */
	/* (…增长3%，全省第8位 or …，全市排名第七: the scope of a rank, a
	 * 全-word of words.json self_subjects or province_self not the
	 * document's own alone before it, 全州 and 全盟 too (全州 is no 全州县
	 * there); 我县位列… is the document speaking) */
	size_t scope_end = p;
	const db_wordlist *scopes[] = { WL(w, DB_W_SELF_SUBJECTS), WL(w, DB_W_PROVINCE_SELF) };
	const char *own_scope = db_own_scope(w);
	for (size_t i = 0; i < NWORDS(scopes) && scope_end == p; i++) {
		const char *sw = word_at(t, c->end, p, scopes[i]);
		if (sw && has_word_at(sw, strlen(sw), 0, "全") && !(own_scope && !strcmp(sw, own_scope)))
			scope_end = p + strlen(sw);
	}
	bool says_figure = false, scope_rank = false;
	for (size_t i = 0; i < ts->len; i++) {
		bool scope = ts->items[i].kind == TOK_RANK && ts->items[i].start <= scope_end;
		scope_rank |= scope;
		says_figure |= ts->items[i].kind != TOK_PERIOD && !scope;
	}
	/* …两年平均增长1.7%，全市排名第七。分产业看，…: a clause that is a
	 * rank and its scope speaks of no place */
	if (scope_rank && !says_figure && scope_end > p)
		return;
	/* 加快建设滨江产业园，落地项目21个，完成固定资产投资…; 乡村振兴战略全面推进，
	 * 27个重点项目完成投资…: a clause of no figure that names a park or
	 * a programme before any record of its sentence frames the clauses after
	 * it (not …固定资产投资完成86亿元，仅次于两个省级开发区；社会消费品…,
	 * a comparison) */
	bool figure = w->rs->len != w->sent_rec0;
	for (size_t i = 0; i < ts->len; i++)
		figure |= ts->items[i].kind == TOK_FIGURE;
	if (!figure && names_park(w, c->start, c->end)) {
		w->frame_sentence = c->sentence + 1;
		w->frame_park = true;
	} else if (!figure &&
		   contains_any(t, c->start, c->end, programme_words, NWORDS(programme_words)) &&
		   !(w->frame_sentence == c->sentence + 1 && w->frame_park)) {
		w->frame_sentence = c->sentence + 1;
		w->frame_park = false;
	}
	/* (the first sentence of a paragraph, no figure of it said yet: a
	 * park it opens with is the subject of the paragraph) */
	bool para_open = w->sentence_start <= w->seg_start && w->rs->len == w->sent_rec0;
	/* 全镇, 我街道: a town under the entity; before any figure of the
	 * entity's own, the report is the town's */
	if (word_at(t, c->end, p, WL(w, DB_W_TOWN_SELF))) {
		if (!w->rs->len)
			w->doc_foreign = true;
		if (says_figure || w->doc_foreign) {
			w->foreign = true;
			return;
		}
	}
	/* GDP增速前三位分别是新邵县、邵东市…, 排名第一的是某县，增长9.1%: a rank
	 * that 是 hands to places named after it is theirs, and so is the
	 * rest of the sentence */
	if (rank_of_named(w, c, ts)) {
		w->foreign = true;
		return;
	}
	const char *other = says_figure ? word_at(t, c->end, p, WL(w, DB_W_OTHER_SUBJECTS)) : NULL;
	/* 国家高新技术企业突破2000家: the word opens a catalog label, whose name
	 * it is part of */
	if (other && label_token_at(ts, p))
		other = NULL;
	/* 国家科技型中小企业达到860家: 国家 right before a label of units
	 * counted (家, 个) is their grade, not the nation, and so is 国家 with a
	 * word of words.json nation_grades after it (国家级科技型中小企业) */
	size_t grade = other ? p + strlen(other) : p;
	if (other && !strcmp(other, "国家"))
		grade += db_longest_word_at(t, grade, c->end, WORDS(w, DB_W_NATION_GRADES), &(size_t){ 0 });
	for (size_t i = 0; other && !strcmp(other, "国家") && i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL && ts->items[i].start == grade &&
		    ts->items[i].label->metric != (size_t)-1 &&
		    (!strcmp(metric_of(w, ts->items[i].label)->unit, "家") ||
		     !strcmp(metric_of(w, ts->items[i].label)->unit, "个")))
			other = NULL;
	/* 国家二级标准以上天数…: a national standard (words.json
	 * nation_standards after 国家) is no place speaking */
	if (other && !strcmp(other, "国家") &&
	    word_at(t, c->end, p + strlen(other), WL(w, DB_W_NATION_STANDARDS)))
		other = NULL;
	/* (园区 in the zone's own report: the zone) */
	if (other && db_own_zone_words(w, p, p + strlen(other)))
		other = NULL;
	if (other && !(province_doc && word_at(other, strlen(other), 0, WL(w, DB_W_PROVINCE_SELF)))) {
		if (compared_rate_item(w, c, ts, p + strlen(other)))
			w->clause_foreign = true;
		else
			w->foreign = true;
		return;
	}
	bool above_county = w->rs->doc.level && (!strcmp(w->rs->doc.level, "prefecture") ||
						 province_doc);
	/* 全县 in a city's report: one of its counties */
	if (says_figure && above_county && word_at(t, c->end, p, WL(w, DB_W_COUNTY_SELF))) {
		w->foreign = true;
		return;
	}
	/* 全市 in the report of a county (岳西县) or a district: the city
	 * above it (a county-level city, 义乌市, is itself 全市) */
	if (says_figure && below_city(w) && word_at(t, c->end, p, WL(w, DB_W_CITY_SELF))) {
		w->foreign = true;
		return;
	}
	/* 县域 in a city's or a province's report (全省县域, 我市县域): its
	 * counties, not itself */
	if (says_figure && above_county) {
		const char *own_word = own_scope_word(w, p, c->end);
		if (has_word_at(t, c->end, p + (own_word ? strlen(own_word) : 0), "县域")) {
			w->foreign = true;
			return;
		}
		/* (县域…。城区规上工业增加值…: the urban districts set beside the
		 * counties, a part; words.json urban_parts) */
		if (word_at(t, c->end, p + (own_word ? strlen(own_word) : 0), WL(w, DB_W_URBAN_PARTS)) &&
		    find_any(t, w->seg_start, p, (const char *const[]){ "县域" }, 1, NULL) != (size_t)-1) {
			w->foreign = true;
			return;
		}
	}
	/* 全省102个县（市）地区生产总值合计…, 全市11个县市区…: the places under
	 * the entity that the own word counts, not itself, also after the
	 * document's own name (某省全省80个县（市）…) */
	if (says_figure) {
		static const char *const under[] = { "县", "区", "市", "乡", "镇", "街道", "设区市" };
		size_t at = p;
		const char *own_word = own_scope_word(w, at, c->end);
		if (!own_word && (at += db_self_name_len(w, p, c->end)) > p)
			own_word = own_scope_word(w, at, c->end);
		if (own_word &&
		    counted_places(w, at + strlen(own_word), c->end, under, NWORDS(under))) {
			w->foreign = true;
			return;
		}
		/* 某省所有县域人均GDP均超过…, 全市各县（市、区）…均增长…:
		 * each of the places under the entity, not itself */
		if (each_place(w, at + (own_word ? strlen(own_word) : 0), c->end)) {
			w->foreign = true;
			return;
		}
	}
	/* 全县 in a district's report, 全区 in a county's or a banner's: another place (a
	 * neighbouring county; the autonomous region above) */
	const char *own = db_own_scope(w), *self = word_at(t, c->end, p, WL(w, DB_W_SELF_SUBJECTS));
	/* (郑州市…。全省地区生产总值…: in a province's report 全省 names its
	 * own place again) */
	if (!self && province_doc)
		self = word_at(t, c->end, p, WL(w, DB_W_PROVINCE_SELF));
	if (own && self && (!strcmp(own, "全区") || !strcmp(own, "全县") || !strcmp(own, "全旗")) &&
	    strcmp(self + strlen(self) - 3, own + 3)) {
		w->foreign = true;
		return;
	}
	/* 全区 in the report of a city of an autonomous region (来宾市, a
	 * county-level 合山市): the region above */
	if (own && self && !strcmp(own, "全市") && !strcmp(self + strlen(self) - 3, "区") &&
	    db_in_autonomous_region(w)) {
		w->foreign = true;
		return;
	}
	/* 某市口岸进出口…, 某某都市圈…: the document's own name heading a
	 * region's or a zone's name (its port, a region of several places) is
	 * that region, not the document's entity; 枝江某纺织、某电子…均超…:
	 * names joined by 、 before a label 均 follows are several firms or
	 * places, even when the first opens with the entity's own name (a firm
	 * named after its town) */
	if (!self && says_figure && self_named(w, p, c->end)) {
		size_t first = c->end;
		for (size_t i = 0; i < ts->len; i++)
			if (ts->items[i].kind == TOK_LABEL || ts->items[i].kind == TOK_FIGURE) {
				first = ts->items[i].start;
				break;
			}
		if (region_before(w, p, first)) {
			w->foreign = true;
			w->para_foreign |= para_open; /* (某某园区完成…。工业投资增长…) */
			return;
		}
		if (others_before(w, c, p, first)) {
			w->clause_foreign = true;
			return;
		}
	}
	bool by_name = !self && self_named(w, p, c->end);
	/* (据某市统计局…。…全市生产总值…: the 全市 of a paragraph
	 * after one that opened with another city of the document's level,
	 * with no name of the document's between, is that city's; naming
	 * the entity, or 我市, returns to it) */
	if (self && w->peer_para && has_word_at(self, strlen(self), 0, "全")) {
		w->foreign = true;
		return;
	}
	if (says_figure && counted_group_first(w, ts, p + (self ? strlen(self) : 0), c->end)) {
		w->clause_foreign = true; /* (the firms', this clause only) */
		return;
	}
	size_t zl = 0;
	int park = self && says_figure ? park_after_self(t, p + strlen(self), c->end, &zl) : 0;
	if (park == 1) {
		w->foreign = true; /* (the parks, through their paragraph when it opens so) */
		w->para_foreign |= para_open;
		return;
	}
	if (park == 2) {
		db_zone_entity(w->rs->doc.entity, t + p + strlen(self), zl, w->zone_name,
			       sizeof(w->zone_name));
		w->entity = db_arena_strdup(&w->rs->arena, w->zone_name);
		w->level = "zone";
		return;
	}
	/* (…预计增长4%，全市占比25%: the own word before 占比 is the whole
	 * the share is of, not whom the clause is about) */
	if (self && (has_word_at(t, c->end, p + strlen(self), "占比") ||
		     has_word_at(t, c->end, p + strlen(self), "比重")))
		return;
	if (self || by_name) {
		w->peer_para = false;
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		w->foreign = false; /* 全省增长6.3%，我市增长8.1% */
		w->para_foreign = false;
		return;
	}
	if (says_figure && w->frame_sentence == c->sentence + 1 &&
	    (w->frame_park || opens_with_projects(w, c, ts, p))) {
		if (w->frame_park)
			w->foreign = true; /* (the rest of the sentence) */
		else
			w->clause_foreign = true;
		return;
	}
	/* “十强县”…, 其余9县…: a group of places, whoever's report it is (not
	 * 六县市排名第五, a rank's scope) */
	static const char *const groups[] = { "强县", "强区", "强市" };
	bool number = false;
	for (size_t i = 0; i < ts->len; i++)
		number |= ts->items[i].kind == TOK_FIGURE;
	if (number && (counted_places(w, p, c->end, groups, NWORDS(groups)) ||
		       (has_word_at(t, c->end, p, "其余") &&
			counted_places(w, p, c->end, (const char *const[]){ "县", "区", "市" }, 3)))) {
		w->foreign = true;
		return;
	}
	/* 某榜单百强县（2024）合计…, 西部百强县GDP合计…: a
	 * ranking's list of places named before the clause's first label or
	 * figure is the subject, whatever words of the ranking come first */
	if (number && group_named_before(w, c, ts, p, groups, NWORDS(groups))) {
		w->foreign = true;
		return;
	}
	/* 内蒙古3地上榜，一地GDP已突破千亿: places counted in 地 (一地, 两地)
	 * are some of the places the text names, not the document's entity */
	if (number && counted_places(w, p, c->end, (const char *const[]){ "地" }, 1) &&
	    !counted_places(w, p, c->end, (const char *const[]){ "地区" }, 1)) {
		w->foreign = true;
		return;
	}
	/* (a clause of no figure that names a place speaks for the clauses
	 * after it: 颍东区名义增速最高，同比增长6.02%) */
	/* (凉州区立足发展…县域经济，…。2022年，生产总值…: a paragraph
	 * that opens with another place's name is about it, also in the
	 * sentences after, however long its first clause) */
	bool opens = c->sentence == w->sentence && w->sentence_start <= w->seg_start &&
		     (p <= w->seg_start + 12 || after_lead_clause(w, c->start));
	/* (…，卫辉市提出的目标是：GDP增速15%，…: a colon hands the place to
	 * the list after it, as a comma does) */
	bool goes_on = c->end <= p + 60 &&
		       (has_word_at(t, w->len, c->end, "，") || has_word_at(t, w->len, c->end, ",") ||
			has_word_at(t, w->len, c->end, "：") || has_word_at(t, w->len, c->end, ":"));
	/* 据某市统计局发布，某市上半年…: a paragraph that opens
	 * with another division of the document's level (a digest of several
	 * cities' releases) is that division's, and so are the paragraphs
	 * after it that name no place (see peer_para) */
	if (opens && peer_division(w, p, c->end)) {
		w->foreign = w->para_foreign = w->peer_para = true;
		return;
	}
	if ((says_figure || goes_on || opens) && other_division(w, p, c->end)) {
		w->foreign = true; /* 康平县地区生产总值增长…: another place */
		w->para_foreign |= opens;
		return;
	}
	/* 查看更多图片\n\n某地在一季度继续领先。规上工业…: a page's line of no
	 * figure joined to the paragraph under it; the place opening the
	 * paragraph after it is the paragraph's subject, as it would be
	 * without the line (a space in the line parts it into clauses:
	 * any clause of the paragraph's first sentence before its first
	 * figure) */
	if (para_open) {
		size_t q = heading_end(w, ts, p, c->end);
		if (q != (size_t)-1 && other_division(w, q, c->end)) {
			w->foreign = w->para_foreign = true;
			return;
		}
	}
	/* 发展势头强劲\n\n某县规模以上工业增加值…: a heading line of no
	 * figure joined to the paragraph under it names nobody; the place
	 * opening the paragraph does */
	if (says_figure) {
		size_t q = heading_end(w, ts, p, c->end);
		if (q != (size_t)-1 && other_division(w, q, c->end)) {
			w->foreign = true;
			return;
		}
	}
	/* 去年总量过2000亿元的宜宾，今年一季度…: the place the clause describes,
	 * through its sentence (a clause of a figure, or of a position before
	 * a comma: 位居第二的绵阳，…; not 建设产城融合的新城，…) */
	/* (…作为对比，在全国省级地区最优的某市，人均GDP为…: a superlative is
	 * a position too; 最高的是钢城某市，人均…: handed to the
	 * place by 的是) */
	if ((says_figure ||
	     (goes_on && contains_any(t, p, c->end, (const char *const[]){ "第", "最" }, 2))) &&
	    place_after_de(w, p, c->end)) {
		w->foreign = true;
		return;
	}
	if ((says_figure || goes_on) && superlative_of_place(w, p, c->end)) {
		w->foreign = true;
		return;
	}
	if (says_figure && other_city_short(w, ts, p, c->end)) {
		w->foreign = true; /* (the rest of its sentence too) */
		return;
	}
	k = p;
	while (k < c->end && t[k] == '*')
		k++;
	if (k > p && k < c->end) { /* *区, **市: the document itself */
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		return;
	}
	/* a zone before the clause's first label or figure is its subject
	 * (高新区GDP完成312亿元, 确保综保区今年实现外贸总额40亿元) */
	size_t lim = c->end, z = 0;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL || ts->items[i].kind == TOK_FIGURE) {
			lim = ts->items[i].start;
			/* 48家国家级经开区…: a count of zones opens the clause */
			const db_figure *f = &ts->items[i].fig;
			if (ts->items[i].kind == TOK_FIGURE && ts->items[i].start == p &&
			    (!strcmp(f->unit, "家") || !strcmp(f->unit, "个"))) {
				size_t q = ts->items[i].end, e = q + 24 < c->end ? q + 24 : c->end;
				for (; q < e; q++)
					if (((unsigned char)t[q] & 0xC0) != 0x80 && db_zone_word(t + q, e - q)) {
						w->foreign = true;
						return;
					}
			}
			break;
		}
	if (says_figure && region_before(w, p, lim)) {
		w->foreign = true; /* 川南经济区地区生产总值…: a region of places */
		w->para_foreign |= para_open;
		return;
	}
	if (says_figure && (others_before(w, c, p, lim) || counted_firms_before(w, c, ts, p))) {
		w->clause_foreign = true; /* (this clause only: …；全社会固定资产投资…) */
		return;
	}
	/* (every zone word ends with 区: one quick scan first; a zone in an
	 * aside of 含 or 包括, 农业(含某经开区)…, is what the figures include,
	 * not their subject) */
	size_t p0 = p;
	if (lim > p && memmem(t + p, lim - p, "区", strlen("区")))
		for (; p < lim; p++)
			if (((unsigned char)t[p] & 0xC0) != 0x80 && /* words start at characters */
			    (z = db_zone_word(t + p, lim - p)) != 0) {
				if (!db_in_scope_aside(t, p0, p))
					break;
				p += z - 1;
				z = 0;
			}
	/* 48家国家级经开区GDP…, 全国高新区: a class of zones, not one (家 is
	 * in 国家 and 国家级 too) */
	static const char *const classes[] = { "家", "全国", "省级", "各", "所有" };
	if (z && says_figure && contains_any(t, p0, p, classes, NWORDS(classes))) {
		w->foreign = true;
		return;
	}
	/* 高新区和三个省级园区完成…: zones joined, a group of them */
	static const char *const joins[] = { "和", "及", "与", "、" };
	if (z && says_figure && word_at(t, lim, p + z, &(const db_wordlist){ joins, NWORDS(joins), { 0 } })) {
		w->foreign = true;
		w->para_foreign |= para_open;
		return;
	}
	if (z) {
		/* 天易经开区: the zone's own name before its kind */
		static const char *const verbs[] = { "推动", "推进", "加快", "支持", "实现", "完成",
						     "全力", "建设", "打造", "依托" };
		bool named = p > p0 && p - p0 <= 12 && !word_at(t, p, p0, WL(w, DB_W_SELF_SUBJECTS)) &&
			     db_words_find(t, p0, p, WL(w, DB_W_TARGET), NULL) == (size_t)-1 &&
			     !contains_any(t, p0, p, verbs, NWORDS(verbs)) && /* (确保综保区…) */
			     cjk_only(t, p0, p);
		if (named) {
			z += p - p0;
			p = p0;
		}
		/* (高新区 alone, or 某某经开区 by the zone's own short name, in
		 * its own report: the document's entity) */
		if (db_own_zone_words(w, p, p + z)) {
			w->entity = w->rs->doc.entity;
			w->level = w->rs->doc.level;
			return;
		}
		db_zone_entity(w->rs->doc.entity, t + p, z, w->zone_name, sizeof(w->zone_name));
		w->entity = db_arena_strdup(&w->rs->arena, w->zone_name);
		w->level = "zone";
	}
}
