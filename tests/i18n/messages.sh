#!/bin/sh
# The language of messages (cli/locale.c): Chinese when LC_ALL, LC_MESSAGES,
# LANG or LANGUAGE name it, English otherwise, whether or not the zh_CN
# locale is installed (a fresh Debian has only C.UTF-8; when localedef can
# build zh_CN.UTF-8 into a private folder, every check runs again with it,
# through LOCPATH). Only messages change: every output is byte-identical
# under a Chinese and the C locale.
DB=$1
. "$(dirname "$0")/../cli/lib.sh"
unset SOURCE_DATE_EPOCH LC_ALL LC_MESSAGES LANGUAGE LANG LOCPATH
CMDS="extract compare render sheet parse"

zh() { env LANG=zh_CN.UTF-8 "$@"; }
en() { env LC_ALL=C "$@"; }
non_ascii() { LC_ALL=C grep -q "$(printf '[\200-\377]')" "$1"; }

# Outputs: extract (JSON, CSV), compare (JSON, CSV), render (PNG, PDF, SVG),
# sheet into $1; $2… is the environment. LC_NUMERIC and LC_TIME name
# locales that write numbers and dates otherwise: duibiao follows neither.
outputs() {
	o=$1; shift
	mkdir -p "$o"
	expect 0 env "$@" "$DB" extract --quiet --manifest examples/manifest.json -o "$o/rec/"
	expect 0 env "$@" "$DB" extract --quiet --entity 开封市 --date 2022-02-10 --format csv \
		--text '全市生产总值增长7.0%，达到1234.5亿元' -o "$o/rec.csv"
	expect 0 env "$@" "$DB" compare --quiet "$o"/rec/*.json --overrides examples/corrections.csv \
		-o "$o/tables.json"
	expect 0 env "$@" "$DB" compare --quiet "$o"/rec/*.json --headers zh -o "$o/tables.csv"
	for f in png pdf svg; do
		expect 0 env "$@" "$DB" render --quiet "$o/tables.json" --table industrial_va:growth:2021 \
			--ref mean -o "$o/fig.$f"
	done
	expect 0 env "$@" "$DB" sheet --quiet "$o/tables.json" --spec examples/briefing.json -o "$o/sheet.pdf"
}

# Messages and help in Chinese: $1 names the run, $2… the environment.
chinese() {
	run=$1; shift
	expect 0 env "$@" "$DB" --help
	check "grep -q '^用法：duibiao <命令>' '$T/out' && grep -q '对标材料' '$T/out'" "$run: duibiao --help"
	for c in $CMDS; do
		expect 0 env "$@" "$DB" $c --help
		check "head -1 '$T/out' | grep -q '^用法：duibiao $c' && grep -q '显示本帮助' '$T/out'" "$run: $c --help"
		# The options stay as they are: the same ones as the English help names.
		grep -oE -- '--[a-z][a-z-]*' "$T/out" | sort -u >"$T/opts.zh"
		"$DB" $c --help | grep -oE -- '--[a-z][a-z-]*' | sort -u >"$T/opts.en"
		check "cmp -s '$T/opts.zh' '$T/opts.en'" "$run: $c --help names the options of the English help"
	done
	expect 2 env "$@" "$DB" render --tabel x
	check "grep -q \"未知选项 '--tabel'；是否指 --table？\" '$T/err' && grep -q \"参见 'duibiao render --help'\" '$T/err'" \
	      "$run: a usage error"
	expect 2 env "$@" "$DB" frobnicate
	check "grep -q \"duibiao: 'frobnicate' 不是命令\" '$T/err'" "$run: an unknown command"
	# A library's error, through db_error.
	printf '{"schema":"duibiao.tables/1","tables":[' >"$T/bad.json"
	expect 1 env "$@" "$DB" render "$T/bad.json" -o "$T/x.png"
	check "grep -q '^duibiao: $T/bad.json:1:[0-9]*: 无效的 JSON：输入意外结束\$' '$T/err'" "$run: a library's error"
	# Warnings: a report without records, the summary line.
	expect 0 env "$@" "$DB" extract --entity 开封市 --date 2022-02-10 --text '没有数字' -o "$T/none.json"
	check "grep -q '^duibiao: 警告: -: 未找到记录\$' '$T/err' && grep -q '^extract: 1 份报告，0 条记录' '$T/err'" \
	      "$run: a warning and the summary"
	expect 0 env "$@" "$DB" compare "$T/none.json" -o "$T/none-tables.json"
	check "grep -q '^duibiao: 警告: 没有表: ' '$T/err'" "$run: compare's warning"
	expect 1 env "$@" "$DB" parse --number '没有数字'
	check "grep -q \"^duibiao: '没有数字' 中没有数据\$\" '$T/err'" "$run: parse's error"
	expect 2 env "$@" "$DB" sheet "$T/none-tables.json" -o "$T/sheet.png"
	check "grep -q \"^duibiao sheet: 对标材料是 PDF 文件：'$T/sheet.png' 不以 .pdf 结尾\$\" '$T/err'" \
	      "$run: sheet's usage error"
	expect 0 env "$@" "$DB" --version
	check "[ \"\$(cat '$T/out')\" = \"\$('$DB' --version)\" ]" "$run: --version is the same"
}

# English: $1 names the run, $2… the environment.
english() {
	run=$1; shift
	expect 2 env "$@" "$DB" render --tabel x
	check "grep -q \"unknown option '--tabel'; did you mean --table?\" '$T/err' && ! non_ascii '$T/err'" \
	      "$run: English usage error"
	expect 0 env "$@" "$DB" sheet --help
	check "head -1 '$T/out' | grep -q '^usage: duibiao sheet' && grep -q 'this help' '$T/out'" "$run: English help"
}

locales() { # $1: a note for the names of the checks; LOCPATH as set by the caller
	n=$1
	chinese "LANG=zh_CN.UTF-8$n" LANG=zh_CN.UTF-8
	chinese "LC_ALL=zh_CN.UTF-8$n" LC_ALL=zh_CN.UTF-8 LANG=C
	chinese "LC_MESSAGES=zh_CN$n" LANG=en_US.UTF-8 LC_MESSAGES=zh_CN
	# Simplified for every Chinese locale: closer than English for readers
	# of zh_TW and zh_HK (there is no Traditional catalog).
	for l in zh_SG.UTF-8 zh_TW.UTF-8 zh_HK.UTF-8 zh_CN.GB18030; do
		expect 0 env LANG=$l "$DB" parse --help
		check "head -1 '$T/out' | grep -q '^用法：'" "LANG=$l$n: Chinese"
	done
	# LANGUAGE, as GNU gettext reads it: a list, first the language wanted;
	# not read when the locale is C or POSIX.
	expect 0 env LANG=C.UTF-8 LANGUAGE=zh_CN "$DB" parse --help
	check "head -1 '$T/out' | grep -q '^用法：'" "LANGUAGE=zh_CN with LANG=C.UTF-8$n: Chinese"
	expect 0 env LANG=zh_CN.UTF-8 LANGUAGE=en_GB:zh_CN "$DB" parse --help
	check "head -1 '$T/out' | grep -q '^usage:'" "LANGUAGE=en_GB:zh_CN$n: English first"
	expect 0 env LANG=fr_FR.UTF-8 LANGUAGE=fr:zh "$DB" parse --help
	check "head -1 '$T/out' | grep -q '^用法：'" "LANGUAGE=fr:zh$n: no French, Chinese next"
	english "LC_ALL=C over LANG=zh_CN.UTF-8$n" LANG=zh_CN.UTF-8 LC_ALL=C
	english "LC_MESSAGES=C over LANG=zh_CN.UTF-8$n" LANG=zh_CN.UTF-8 LC_MESSAGES=C
	english "LANG=C with LANGUAGE=zh_CN$n" LANG=C LANGUAGE=zh_CN
	english "no locale$n"
	english "LANG=en_US.UTF-8$n" LANG=en_US.UTF-8
	english "LANG=fr_FR.UTF-8$n" LANG=fr_FR.UTF-8
}

locales ""
outputs "$T/c" LC_ALL=C
outputs "$T/zh" LANG=zh_CN.UTF-8 LC_NUMERIC=de_DE.UTF-8 LC_TIME=de_DE.UTF-8
for f in rec/sanmenxia-2022-05.json rec/luohe-2022-09.json rec.csv tables.json tables.csv fig.png fig.pdf \
	 fig.svg sheet.pdf; do
	check "cmp -s '$T/c/$f' '$T/zh/$f'" "$f is byte-identical under LANG=zh_CN.UTF-8 and LC_ALL=C"
done

# Again with zh_CN.UTF-8 (and de_DE.UTF-8) installed, in a private folder.
mkdir -p "$T/loc"
if command -v localedef >/dev/null 2>&1 && [ -f /usr/share/i18n/locales/zh_CN ] &&
   localedef -i zh_CN -f UTF-8 "$T/loc/zh_CN.UTF-8" >/dev/null 2>&1 &&
   localedef -i de_DE -f UTF-8 "$T/loc/de_DE.UTF-8" >/dev/null 2>&1; then
	export LOCPATH="$T/loc"
	locales " (locale installed)"
	outputs "$T/zh2" LANG=zh_CN.UTF-8 LC_NUMERIC=de_DE.UTF-8 LC_TIME=de_DE.UTF-8
	for f in rec/sanmenxia-2022-05.json rec.csv tables.json tables.csv fig.png fig.pdf fig.svg sheet.pdf; do
		check "cmp -s '$T/c/$f' '$T/zh2/$f'" "$f is byte-identical with the zh_CN.UTF-8 locale installed"
	done
else
	echo "skipped: localedef cannot build zh_CN.UTF-8 (Debian: locales), only the bare locales are checked"
fi
finish
