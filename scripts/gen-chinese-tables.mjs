#!/usr/bin/env node
// Generates the character-level Chinese folding tables used by Huashu:
//
//   server/data/chinese/t2s.txt  Traditional (incl. TW/HK variants) -> Simplified
//   server/data/chinese/s2t.txt  Simplified -> standard OpenCC Traditional
//   server/data/chinese/s2t-phrases.txt  the phrases where OpenCC's phrase-level
//                                 conversion differs from s2t.txt character by character
//   server/data/chinese/s2t-variants.txt  OpenCC's standard forms and their Taiwan and
//                                 Hong Kong forms (爲/為, 裏/裡, 着/著 …)
//
// Source: OpenCC's character dictionaries as shipped by the npm package
// `opencc-js` (devDependency). Run with `npm run gen:chinese`.
//
// t2s is built the way OpenCC's tw2s / hk2s / t2s pipelines treat a single
// character: CJK compatibility normalisation, then TW/HK variant reversal,
// then TSCharacters. The result is checked to be an idempotent fold: every
// value maps to itself (is never a key). The script exits non-zero otherwise.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'server', 'data', 'chinese');

function fail(msg) {
  console.error(`gen-chinese-tables: ERROR: ${msg}`);
  process.exit(1);
}

function openccVersion() {
  // package.json is not in opencc-js's "exports"; find it next to the module.
  let dir = dirname(fileURLToPath(import.meta.resolve('opencc-js/core')));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'opencc-js') return pkg.version;
    } catch {
      // keep walking up
    }
    const up = dirname(dir);
    if (up === dir) fail('cannot find opencc-js/package.json');
    dir = up;
  }
}

const isSingle = (s) => typeof s === 'string' && s.length > 0 && [...s].length === 1;
const cp = (s) => s.codePointAt(0);
const hex = (s) => 'U+' + cp(s).toString(16).toUpperCase().padStart(4, '0');

const stats = {};

/**
 * Parses an opencc-js dictionary string ("src dst [dst2...]|...") into a Map
 * of single-code-point src -> first single-code-point candidate.
 * The first occurrence of a key wins (opencc-js data has no duplicates today).
 */
function parseDict(name, dict) {
  const map = new Map();
  let skipped = 0;
  let dups = 0;
  for (const entry of dict.split('|')) {
    const [src, ...cands] = entry.split(' ');
    const dst = cands[0];
    if (!isSingle(src) || !isSingle(dst)) {
      skipped++;
      continue;
    }
    if (map.has(src)) {
      dups++;
      continue;
    }
    map.set(src, dst);
  }
  stats[name] = { entries: map.size, skippedNonSingle: skipped, duplicateKeys: dups };
  return map;
}

const ts = parseDict('TSCharacters', TSCharacters);
const st = parseDict('STCharacters', STCharacters);
const twRev = parseDict('TWVariantsRev', TWVariantsRev);
const hkRev = parseDict('HKVariantsRev', HKVariantsRev);
const compat = parseDict('CJK_Compatibility_Ideographs', CJKCompat);

// Characters OpenCC produces as Simplified output. A variant-reversal step
// must never re-map one of these (e.g. TWVariantsRev has 么 -> 幺, which would
// turn the simplified 么 of 什么 into 幺).
const simplifiedSet = new Set(ts.values());

const apply = (map, c) => map.get(c) ?? c;

/** OpenCC-style single-character conversion of c to Simplified. */
function toSimplified(c) {
  const n = apply(compat, c);
  const direct = apply(ts, n);
  if (direct !== n) return direct; // plain TSCharacters hit
  if (simplifiedSet.has(n)) return n; // already a simplified target: keep
  for (const rev of [twRev, hkRev]) {
    const v = apply(rev, n);
    if (v !== n) {
      const s = apply(ts, v);
      if (s !== n) return s;
    }
  }
  return n;
}

// 1. Candidate keys: every character any of the dictionaries can rewrite.
const keys = new Set([...compat.keys(), ...ts.keys(), ...twRev.keys(), ...hkRev.keys()]);
const t2s = new Map();
const blockedBySimplified = [];
for (const c of keys) {
  const s = toSimplified(c);
  if (s !== c) t2s.set(c, s);
  else if (simplifiedSet.has(c) && (twRev.has(c) || hkRev.has(c))) {
    const v = apply(ts, apply(twRev, c) !== c ? apply(twRev, c) : apply(hkRev, c));
    if (v !== c) blockedBySimplified.push(`${c}->${v}`);
  }
}

// 2. Resolve chains so that every key maps to a final, self-mapping char.
let chainsResolved = 0;
for (const [t, s0] of t2s) {
  let s = s0;
  const seen = new Set([t]);
  while (t2s.has(s)) {
    if (seen.has(s)) fail(`cycle in t2s starting at ${t} (${hex(t)})`);
    seen.add(s);
    s = t2s.get(s);
  }
  if (s !== s0) {
    chainsResolved++;
    t2s.set(t, s);
  }
}

// 3. Verify idempotence / consistency.
for (const [t, s] of t2s) {
  if (!isSingle(t) || !isSingle(s)) fail(`non-single code point entry ${t} -> ${s}`);
  if (t === s) fail(`identity entry ${t}`);
  if (t2s.has(s)) fail(`not idempotent: ${t} -> ${s}, but ${s} -> ${t2s.get(s)}`);
}

// s2t: plain STCharacters, first candidate, differing single code points only.
const s2t = new Map([...st].filter(([a, b]) => a !== b));

// 4. Spot checks (fail loudly if upstream data drifts).
const expectT2S = {
  煩: '烦',
  說: '说',
  們: '们',
  麼: '么',
  裡: '里',
  後: '后',
  臺: '台',
  為: '为',
  沒: '没',
  羅: '罗',
  囉: '啰',
  來: '来',
  電: '电',
  聽: '听',
  講: '讲',
  幫: '帮',
  請: '请',
  貴: '贵',
  錢: '钱',
  夠: '够',
  這: '这',
  關: '关',
  歡: '欢',
  説: '说',
};
for (const [t, s] of Object.entries(expectT2S)) {
  if (t2s.get(t) !== s) fail(`spot check t2s ${t} expected ${s}, got ${t2s.get(t) ?? '(unchanged)'}`);
}
for (const c of ['嗦', '么', '台', '里', '后', '干', '发', '着']) {
  if (t2s.has(c)) fail(`spot check: simplified ${c} must not be folded (got ${t2s.get(c)})`);
}
for (const [s, t] of Object.entries({ 烦: '煩', 说: '說' })) {
  if (s2t.get(s) !== t) fail(`spot check s2t ${s} expected ${t}, got ${s2t.get(s) ?? '(unchanged)'}`);
}

// 5. Write.
const version = openccVersion();
const byCodePoint = (a, b) => cp(a[0]) - cp(b[0]);

function write(file, title, lines, map) {
  const rows = [...map].sort(byCodePoint);
  const astral = rows.filter(([a, b]) => cp(a) > 0xffff || cp(b) > 0xffff).length;
  const header = [
    `# ${title}`,
    ...lines.map((l) => `# ${l}`),
    `# Generated by scripts/gen-chinese-tables.mjs from opencc-js ${version}`,
    '# (OpenCC dictionaries, Apache-2.0). DO NOT EDIT: run `npm run gen:chinese`.',
    '# Format: <from>\\t<to>, one code point each, sorted by code point of <from>.',
    `# Entries: ${rows.length} (of which ${astral} involve non-BMP code points).`,
  ];
  const body = rows.map(([a, b]) => `${a}\t${b}`);
  mkdirSync(outDir, { recursive: true });
  const text = header.join('\n') + '\n' + body.join('\n') + '\n';
  writeFileSync(join(outDir, file), text, 'utf8');
  return { file: `server/data/chinese/${file}`, entries: rows.length, astral, bytes: Buffer.byteLength(text) };
}

const r1 = write(
  't2s.txt',
  'Huashu character fold: Traditional (incl. Taiwan/Hong Kong variants) -> Simplified.',
  [
    'Built from TSCharacters, TWVariantsRev, HKVariantsRev and CJK_Compatibility_Ideographs,',
    'first candidate only. Idempotent: no right-hand side occurs as a left-hand side.',
  ],
  t2s,
);
const r2 = write(
  's2t.txt',
  'Huashu display table: Simplified -> Traditional (standard OpenCC Traditional).',
  ['Built from STCharacters, first candidate only. For display, not for matching.'],
  s2t,
);

// s2t-phrases: OpenCC's phrase dictionary, reduced to the entries that longest-match
// conversion needs. An entry goes when (a) the kept entries and s2t.txt convert it to its
// own value and (b) no kept entry that starts inside it (where its own conversion starts a
// segment) runs past its end and converts the shared characters differently (将尽 stays,
// or 将尽快 would become 將儘快 where OpenCC gives 將盡快). Each segment of OpenCC's greedy
// segmentation is then a kept entry, a single character, or a dropped entry that converts
// as OpenCC does within its own span.
const phraseValues = new Map();
for (const entry of STPhrases.split('|')) {
  const [src, dst] = entry.split(' ');
  if (src && dst && !phraseValues.has(src)) phraseValues.set(src, dst);
}
// Where OpenCC's phrase data is wrong for call-centre speech (别着 is 彆着 "pinned", but
// 别着急 is "don't worry"), a longer phrase restores the right conversion.
const corrections = { 别着急: '別着急', 别着凉: '別着涼' };
for (const [src, dst] of Object.entries(corrections)) phraseValues.set(src, dst);

function convertWith(phrases, maxLength, text) {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (let n = Math.min(maxLength, chars.length - i); n >= 2 && !taken; n--) {
      const value = phrases.get(chars.slice(i, i + n).join(''));
      if (value !== undefined) {
        out += value;
        taken = n;
      }
    }
    if (!taken) {
      out += s2t.get(chars[i]) ?? chars[i];
      taken = 1;
    }
    i += taken;
  }
  return out;
}
const byLength = [...phraseValues].sort((a, b) => [...a[0]].length - [...b[0]].length || (a[0] < b[0] ? -1 : 1));
const kept = new Map(byLength);
let maxLength = Math.max(...byLength.map(([src]) => [...src].length));
for (const [src, dst] of byLength) {
  kept.delete(src);
  if (convertWith(kept, maxLength, src) !== dst) kept.set(src, dst);
}
/** The kept entries by every proper prefix of theirs. */
function byPrefix() {
  const index = new Map();
  for (const [src, dst] of kept) {
    const chars = [...src];
    for (let n = 1; n < chars.length; n++) {
      const prefix = chars.slice(0, n).join('');
      if (!index.has(prefix)) index.set(prefix, []);
      index.get(prefix).push([chars.length, [...dst]]);
    }
  }
  return index;
}

/**
 * Whether a kept entry that starts inside `src`, where converting `src` alone starts a
 * segment, runs past its end and converts the shared characters otherwise than `dst`.
 */
function crossed(src, dst, prefixes) {
  const chars = [...src];
  const target = [...dst];
  if (target.length !== chars.length) return true;
  for (let i = 0; i < chars.length;) {
    if (i > 0) {
      const rest = chars.slice(i).join('');
      for (const [, value] of prefixes.get(rest) ?? []) {
        if (value.slice(0, chars.length - i).join('') !== target.slice(i).join('')) return true;
      }
    }
    let taken = 1;
    for (let n = Math.min(maxLength, chars.length - i); n >= 2; n--) {
      if (kept.has(chars.slice(i, i + n).join(''))) {
        taken = n;
        break;
      }
    }
    i += taken;
  }
  return false;
}
for (let changed = true; changed;) {
  changed = false;
  const prefixes = byPrefix();
  for (const [src, dst] of byLength) {
    if (kept.has(src)) continue;
    if (crossed(src, dst, prefixes) || convertWith(kept, maxLength, src) !== dst) {
      kept.set(src, dst);
      changed = true;
    }
  }
}
for (const [src, dst] of phraseValues) {
  if (convertWith(kept, maxLength, src) !== dst)
    fail(`s2t-phrases: ${src} converts to ${convertWith(kept, maxLength, src)}, OpenCC gives ${dst}`);
}
maxLength = Math.max(...[...kept.keys()].map((src) => [...src].length));
for (const [s, t] of Object.entries({
  联系: '聯繫',
  重复: '重複',
  回复: '回覆',
  关系: '關係',
  收获: '收穫',
  请您别着急: '請您別着急',
})) {
  if (convertWith(kept, maxLength, s) !== t)
    fail(`spot check s2t-phrases ${s} expected ${t}, got ${convertWith(kept, maxLength, s)}`);
}

/**
 * A phrase's value as written in s2t-phrases.txt: nothing when it is the character-by-character
 * conversion, else a tab and the value with '.' for each character that converts on its own.
 */
function compactValue(src, dst) {
  const from = [...src];
  const to = [...dst];
  if (to.some((c) => c === '.' || c === '\t')) fail(`s2t-phrases: value ${dst} holds a '.' or a tab`);
  if (to.length !== from.length) return `\t${dst}`;
  const marked = to.map((c, i) => (c === (s2t.get(from[i]) ?? from[i]) ? '.' : c)).join('');
  return /^\.+$/.test(marked) ? '' : `\t${marked}`;
}

function writeText(file, header, body) {
  const text = [...header.map((l) => `# ${l}`), ...body].join('\n') + '\n';
  writeFileSync(join(outDir, file), text, 'utf8');
  return { file: `server/data/chinese/${file}`, entries: body.length, bytes: Buffer.byteLength(text) };
}
const phraseRows = [...kept].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const r3 = writeText(
  's2t-phrases.txt',
  [
    'Huashu phrase table: Simplified -> standard OpenCC Traditional, by longest match over s2t.txt.',
    `Built from STPhrases (${phraseValues.size} entries with the corrections below), keeping only the entries`,
    'that longest-match conversion needs to give every STPhrases entry its OpenCC value.',
    `Corrections: ${Object.entries(corrections)
      .map(([a, b]) => `${a}→${b}`)
      .join(' ')}.`,
    `Generated by scripts/gen-chinese-tables.mjs from opencc-js ${version}`,
    '(OpenCC dictionaries, Apache-2.0). DO NOT EDIT: run `npm run gen:chinese`.',
    'Format: <from>[\\t<to>], sorted by <from>. <to> is left out when it is <from> converted character by',
    "character with s2t.txt; in <to>, '.' stands for such a converted character.",
  ],
  phraseRows.map(([a, b]) => `${a}${compactValue(a, b)}`),
);

// s2t-variants: each standard OpenCC form with its Taiwan and Hong Kong forms ('-' when
// the region keeps the standard form).
const tw = parseDict('TWVariants', TWVariants);
const hk = parseDict('HKVariants', HKVariants);
const standardForms = [...new Set([...tw.keys(), ...hk.keys()])].sort((a, b) => cp(a) - cp(b));
const r4 = writeText(
  's2t-variants.txt',
  [
    'Huashu regional forms: a standard OpenCC Traditional character, its Taiwan form, its Hong Kong form.',
    `Built from TWVariants and HKVariants. Generated by scripts/gen-chinese-tables.mjs from opencc-js ${version}`,
    '(OpenCC dictionaries, Apache-2.0). DO NOT EDIT: run `npm run gen:chinese`.',
    "Format: <standard>\\t<Taiwan>\\t<Hong Kong>, one code point each; '-' where the region keeps the standard form.",
  ],
  standardForms.map((c) => `${c}\t${tw.get(c) ?? '-'}\t${hk.get(c) ?? '-'}`),
);

console.log(
  JSON.stringify(
    { opencc: version, dicts: stats, chainsResolved, blockedBySimplified, outputs: [r1, r2, r3, r4] },
    null,
    2,
  ),
);
