/* test_json.c - the JSON view, parse errors with line and column, limits,
 * and the deterministic writer. */
#include "core/json.h"

#include <stdlib.h>

#include "harness.h"

static const char *perr(const char *text)
{
	static char out[2048];
	db_diag d = { "", 0, 0, "" };
	db_json *j = db_json_parse(text, strlen(text), "in.json", &d);
	if (j) {
		db_json_free(j);
		return "OK";
	}
	db_diag_format(&d, out, sizeof out);
	return out;
}

static void check_view(void)
{
	const char *t = "\xEF\xBB\xBF{\"a\":[1,2.5,-3e2],\"s\":\"三门\\\"峡\\u5e02\",\"t\":true,\"f\":false,"
			"\"n\":null,\"o\":{\"k\":\"v\"},\"z\":\"last\"}";
	db_diag d;
	db_json *j = db_json_parse(t, strlen(t), "x", &d);
	OK(j != NULL);
	OK(db_json_is_object(j));
	INT_EQ(7, db_json_len(j));
	const db_json *a = db_json_get(j, "a");
	OK(db_json_is_array(a));
	INT_EQ(3, db_json_len(a));
	DBL_EQ(2.5, db_json_num(db_json_at(a, 1), 0));
	DBL_EQ(-300, db_json_num(db_json_at(a, 2), 0));
	OK(db_json_at(a, 3) == NULL);
	STR_EQ("三门\"峡市", db_json_get_str(j, "s"));
	OK(db_json_bool(db_json_get(j, "t"), false));
	OK(!db_json_bool(db_json_get(j, "f"), true));
	OK(db_json_is_null(db_json_get(j, "n")));
	OK(db_json_is_null(db_json_get(j, "missing")));
	OK(db_json_get(j, "missing") == NULL);
	STR_EQ("v", db_json_get_str(db_json_get(j, "o"), "k"));
	STR_EQ("o", db_json_key(db_json_at(j, 5)));
	/* NULL-safe chains */
	OK(db_json_get(db_json_get(j, "nope"), "deeper") == NULL);
	DBL_EQ(7, db_json_num(db_json_get(j, "s"), 7));
	OK(db_json_str(db_json_get(j, "t")) == NULL);
	INT_EQ(0, db_json_len(NULL));
	db_json_free(j);
	db_json_free(NULL);

	/* text need not be NUL-terminated */
	const char buf[] = { '[', '1', ']', 'x' };
	j = db_json_parse(buf, 3, "x", &d);
	OK(j && db_json_len(j) == 1);
	db_json_free(j);
}

static void check_errors(void)
{
	STR_EQ("OK", perr("{\"a\": [1, 2]}\n"));
	STR_EQ("in.json:1:1: invalid JSON: unexpected end of input", perr(""));
	STR_EQ("in.json:2:1: invalid JSON: unexpected end of input", perr("{\"a\":1,\n"));
	STR_EQ("in.json:3:10: invalid JSON: expected ',' or '}'", perr("{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3}"));
	STR_EQ("in.json:2:9: invalid JSON: unexpected 'x'", perr("{\n  \"名字\": x}"));
	STR_EQ("in.json:1:8: invalid JSON: expected a string key", perr("{\"a\":1,}"));
	STR_EQ("in.json:1:6: invalid JSON: expected ':' after key", perr("{\"a\" 1}"));
	STR_EQ("in.json:1:4: invalid JSON: expected ',' or ']'", perr("[1 2]"));
	STR_EQ("in.json:1:4: invalid JSON: invalid escape in string", perr("[\"\\q\"]"));
	STR_EQ("in.json:1:2: invalid JSON: unterminated string", perr("[\"abc"));
	STR_EQ("in.json:1:2: invalid JSON: invalid number", perr("[1.]"));
	STR_EQ("in.json:1:2: invalid JSON: invalid number", perr("[1e+]"));
	STR_EQ("OK", perr("[-0.5e-3, 1E+2, 0]"));
	STR_EQ("in.json:1:4: invalid JSON: trailing characters after the document", perr("{} {}"));
	STR_EQ("in.json:1:4: invalid JSON: unexpected end of input", perr("tru"));
	STR_EQ("in.json:1:3: invalid JSON: unexpected 'x'", perr("trx"));
	STR_EQ("in.json:1:2: invalid JSON: unexpected byte 0xe4", perr("[一]"));
	STR_EQ("in.json:1:3: invalid JSON: control character in string", perr("[\"\n\"]"));
	STR_EQ("in.json:1:2: invalid JSON: invalid number", perr("[-]"));
	STR_EQ("in.json:1:4: invalid JSON: invalid UTF-8 in string", perr("[\"\xe4\xb8\x80\xe4\xb8\"]"));
	STR_EQ("in.json:1:3: invalid JSON: invalid UTF-8 in string", perr("[\"\xc0\xaf\"]"));
	STR_EQ("in.json:1:3: invalid JSON: invalid UTF-8 in string", perr("[\"\xed\xa0\x80\"]"));
	STR_EQ("OK", perr("[\"\xf0\x9f\x98\x80\xe4\xb8\x80\"]"));
	STR_EQ("in.json:1:3: invalid JSON: expected ',' or ']'", perr("[01]"));

	/* \u0000 would end the string early: refused where it stands */
	STR_EQ("in.json:1:10: invalid JSON: \\u0000 in string (a NUL character is not text)",
	       perr("{\"t\":\"ab\\u0000c\"}"));
	STR_EQ("OK", perr("[\"\\u0001\\u00e4\"]"));
	/* a number beyond a double is not infinity */
	STR_EQ("in.json:2:6: invalid JSON: number too large for a double", perr("[1,\n  2, -1e400]"));
	STR_EQ("OK", perr("[1e308, 1e-400]"));
	/* a key given twice in one object: the second is named */
	STR_EQ("in.json:2:3: invalid JSON: duplicate key \"value\"",
	       perr("{\"value\":1,\"o\":{\"value\":2},\n  \"value\":3}"));
	STR_EQ("in.json:1:18: invalid JSON: duplicate key \"名\"",
	       perr("[{\"名\":1}, {\"名\":1,\"\\u540d\":2}]"));
	STR_EQ("OK", perr("[{\"a\":1,\"b\":{\"a\":2,\"b\":3}}, {\"a\":1}]"));
	/* keys too long to intern are compared too */
	STR_EQ("in.json:1:59: invalid JSON: duplicate key "
	       "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\"",
	       perr("{\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\":1,"
		    "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\":2}"));
	/* \uXXXX pairs and escapes compare as the characters they stand for */
	STR_EQ("in.json:1:11: invalid JSON: duplicate key \"😀\\\"",
	       perr("{\"😀\\\\\":1, \"\\ud83d\\ude00\\u005c\":2}"));

	/* depth limit: 64 levels fine, the 65th refused at its bracket */
	char deep[200];
	memset(deep, '[', 64);
	memset(deep + 64, ']', 64);
	deep[128] = '\0';
	STR_EQ("OK", perr(deep));
	memset(deep, '[', 65);
	memset(deep + 65, ']', 65);
	deep[130] = '\0';
	STR_EQ("in.json:1:65: invalid JSON: nested deeper than 64 levels", perr(deep));
	/* brackets inside strings do not count */
	STR_EQ("OK", perr("[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"\"]"));

	/* size limit (checked before parsing: the text is never touched) */
	db_diag d;
	static const char small[] = "[]";
	OK(db_json_parse(small, ((size_t)256 << 20) + 1, "big.json", &d) == NULL);
	STR_EQ("JSON document too large (268435457 bytes, limit 268435456)", d.message);
	STR_EQ("big.json", d.file);
	INT_EQ(0, d.line);
}

static void check_writer(void)
{
	db_buf b = DB_BUF_INIT;
	db_jw w;
	db_jw_init(&w, &b, true);
	db_jw_begin_object(&w);
	db_jw_kstring(&w, "s", "a\"b\\c\n\t\x01é");
	db_jw_knumber(&w, "n", 0.1 + 0.2);
	db_jw_knumber(&w, "z", -0.0);
	db_jw_knumber(&w, "nan", NAN);
	db_jw_kint(&w, "i", -42);
	db_jw_kbool(&w, "t", true);
	db_jw_knull(&w, "x");
	db_jw_kstring(&w, "nul", NULL);
	db_jw_key(&w, "e");
	db_jw_begin_array(&w);
	db_jw_end_array(&w);
	db_jw_key(&w, "a");
	db_jw_begin_array(&w);
	db_jw_number(&w, 1e21);
	db_jw_begin_object(&w);
	db_jw_end_object(&w);
	db_jw_end_array(&w);
	db_jw_end_object(&w);
	STR_EQ("{\n"
	       "  \"s\": \"a\\\"b\\\\c\\n\\t\\u0001é\",\n"
	       "  \"n\": 0.30000000000000004,\n"
	       "  \"z\": 0,\n"
	       "  \"nan\": null,\n"
	       "  \"i\": -42,\n"
	       "  \"t\": true,\n"
	       "  \"x\": null,\n"
	       "  \"nul\": null,\n"
	       "  \"e\": [],\n"
	       "  \"a\": [\n"
	       "    1e21,\n"
	       "    {}\n"
	       "  ]\n"
	       "}",
	       db_buf_cstr(&b));

	db_buf_reset(&b);
	db_jw_init(&w, &b, false);
	db_jw_begin_array(&w);
	db_jw_int(&w, 1);
	db_jw_begin_object(&w);
	db_jw_kstring(&w, "k", "v");
	db_jw_kbool(&w, "f", false);
	db_jw_end_object(&w);
	db_jw_string(&w, "");
	db_jw_end_array(&w);
	STR_EQ("[1,{\"k\":\"v\",\"f\":false},\"\"]", db_buf_cstr(&b));

	/* invalid UTF-8 becomes U+FFFD; valid 2-, 3- and 4-byte forms pass */
	db_buf_reset(&b);
	db_json_quote(&b, "a\xff\xc3\xa9\xe4\xb8\x80\xf0\x9f\x98\x80\xe4\xb8z\xed\xa0\x80");
	STR_EQ("\"a\xEF\xBF\xBD\xc3\xa9\xe4\xb8\x80\xf0\x9f\x98\x80\xEF\xBF\xBD\xEF\xBF\xBDz"
	       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"",
	       db_buf_cstr(&b));

	db_buf_reset(&b);
	db_json_quote(&b, "x\x1fy\rz\b\f");
	STR_EQ("\"x\\u001fy\\rz\\b\\f\"", db_buf_cstr(&b));
	db_buf_release(&b);
}

int main(void)
{
	check_view();
	check_errors();
	check_writer();
	DB_TEST_END();
}
