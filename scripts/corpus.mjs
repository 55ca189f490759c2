// Measures the built checker on the corpora in test/corpus/: recall on rude agent lines and the
// false-alarm rate on honest ones, for the tuning set and the holdout set separately.
// A measurement, not a test: it exits 0 whatever the figures (1 only when it cannot measure).
//
//   node scripts/build.mjs && npm run corpus          # tables, then every miss and false alarm
//   npm run corpus -- --json                          # the same figures and lists as JSON
//
// Each corpus line becomes one `agent:` turn of a generated script, checked by the built CLI
// (`bin/huashu.js check --format json`) with the built-in phrasebook; a line counts as flagged
// when it gets at least one `forbidden-phrase` finding.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'corpus');
const cli = join(root, 'bin', 'huashu.js');
const asJson = process.argv.includes('--json');

const SETS = [
  { kind: 'rude', split: 'tuning', file: 'rude.txt' },
  { kind: 'rude', split: 'holdout', file: 'rude.holdout.txt' },
  { kind: 'honest', split: 'tuning', file: 'honest.txt' },
  { kind: 'honest', split: 'holdout', file: 'honest.holdout.txt' },
];

/** Corpus lines with their file line number and group (the first word of the last `#` line). */
function readCorpus(file) {
  const lines = [];
  let group = '(none)';
  readFileSync(join(corpusDir, file), 'utf8')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.startsWith('#')) {
        group = raw.slice(1).trim().split(/\s+/)[0] || '(none)';
      } else if (raw.trim() !== '') {
        lines.push({ text: raw, line: index + 1, group });
      }
    });
  return lines;
}

/** One script whose turn i sits on YAML line `firstTurnLine + i`, so findings map back by line. */
const firstTurnLine = 3;
function scriptFor(lines) {
  const turns = lines.map(({ text }) => `  - agent: ${JSON.stringify(text)}`);
  return [
    'script: corpus',
    'greeting: 您好，{brand}，工号{agent_id}为您服务，请问有什么可以帮您？',
    'steps:',
    ...turns,
    'closing:',
    '  - 感谢您的来电，再见！',
    '',
  ].join('\n');
}

/** Category names (zh and en) → id, to name the category of a finding from its message. */
function categoryIds() {
  const data = parse(readFileSync(join(root, 'server', 'data', 'phrasebook', 'forbidden.yaml'), 'utf8'));
  const ids = new Map();
  for (const [id, category] of Object.entries(data?.categories ?? {})) {
    ids.set(id, id);
    if (category?.zh) ids.set(category.zh, id);
    if (category?.en) ids.set(category.en, id);
  }
  return ids;
}

function fail(message) {
  console.error(`corpus: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, 'dist', 'cli.js'))) fail('dist/cli.js is missing: run `node scripts/build.mjs` first');

const sets = SETS.map((set) => ({ ...set, lines: readCorpus(set.file) }));
const work = mkdtempSync(join(tmpdir(), 'huashu-corpus-'));
let report;
try {
  const names = sets.map(({ kind, split }) => `${kind}-${split}.script.yaml`);
  sets.forEach((set, i) => {
    set.yamlLines = scriptFor(set.lines).split('\n');
    writeFileSync(join(work, names[i]), set.yamlLines.join('\n'));
  });
  // cwd is the temporary folder: no .huashu.yaml of the repository applies, only the built-in phrasebook.
  const run = spawnSync(
    process.execPath,
    [cli, 'check', ...names, '--format', 'json', '--locale', 'en', '--no-color'],
    {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (run.error) fail(run.error.message);
  if (run.status !== 0 && run.status !== 1) fail(`the CLI exited ${run.status}: ${run.stderr.trim()}`);
  report = JSON.parse(run.stdout);
  sets.forEach((set, i) => {
    set.diagnostics = report.find((r) => resolve(work, r.file) === join(work, names[i]))?.diagnostics ?? [];
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

// A generated script that does not parse would hide every line it holds: refuse to report figures.
for (const set of sets) {
  const broken = set.diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'schema');
  if (broken) fail(`the script generated from ${set.file} does not check cleanly: ${broken.message}`);
}

const categories = categoryIds();
for (const set of sets) {
  for (const entry of set.lines) entry.findings = [];
  for (const d of set.diagnostics) {
    if (d.code !== 'forbidden-phrase') continue;
    const entry = set.lines[d.range.start.line - firstTurnLine];
    if (!entry) continue;
    const source = set.yamlLines[d.range.start.line];
    const end = d.range.end.line === d.range.start.line ? d.range.end.character : source.length;
    const name = /\(([^)]*)\)/.exec(d.message)?.[1] ?? '?';
    entry.findings.push({ text: source.slice(d.range.start.character, end), category: categories.get(name) ?? name });
  }
  for (const entry of set.lines) entry.flagged = entry.findings.length > 0;
}

const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const cell = (n, d) => `${`${n}/${d}`.padStart(8)} ${pct(n, d)}`;
const count = (lines) => ({ flagged: lines.filter((l) => l.flagged).length, lines: lines.length });

function table(kind, title) {
  const [tuning, holdout] = ['tuning', 'holdout'].map((split) =>
    sets.find((s) => s.kind === kind && s.split === split),
  );
  const groups = [...new Set([...tuning.lines, ...holdout.lines].map((l) => l.group))];
  const rows = groups.map((group) => {
    const t = count(tuning.lines.filter((l) => l.group === group));
    const h = count(holdout.lines.filter((l) => l.group === group));
    return { group, tuning: t, holdout: h };
  });
  const total = { group: 'total', tuning: count(tuning.lines), holdout: count(holdout.lines) };
  if (!asJson) {
    console.log(`\n${title}`);
    console.log(`${'group'.padEnd(22)} ${'tuning'.padStart(15)}   ${'holdout'.padStart(15)}`);
    for (const r of [...rows, total]) {
      if (r === total) console.log('-'.repeat(56));
      console.log(
        `${r.group.padEnd(22)} ${cell(r.tuning.flagged, r.tuning.lines)}   ${cell(r.holdout.flagged, r.holdout.lines)}`,
      );
    }
  }
  return { groups: rows, total };
}

/** Lines of one kind that pass `keep`, printed with what each finding covered. */
function listing(kind, keep, title) {
  const out = sets
    .filter((s) => s.kind === kind)
    .flatMap((set) =>
      set.lines.filter(keep).map((l) => ({
        file: `test/corpus/${set.file}`,
        line: l.line,
        group: l.group,
        text: l.text,
        findings: l.findings,
      })),
    );
  if (!asJson) {
    console.log(`\n${title} (${out.length})`);
    for (const o of out) {
      const found = o.findings.map((f) => `  ← "${f.text}" (${f.category})`).join('');
      console.log(`  ${o.file}:${o.line} [${o.group}] ${o.text}${found}`);
    }
  }
  return out;
}

if (!asJson) console.log('Huashu corpus measurement — built-in phrasebook, built CLI in dist/');
const recall = table('rude', 'Recall on rude lines (caught / lines), by forbidden category');
const falseAlarms = table('honest', 'False alarms on honest lines (flagged / lines), by situation');

const firing = new Map();
for (const set of sets.filter((s) => s.kind === 'honest')) {
  for (const l of set.lines)
    for (const f of l.findings) {
      const key = `${set.split}:${f.category}`;
      firing.set(key, (firing.get(key) ?? 0) + 1);
    }
}
const firingRows = [...new Set([...firing.keys()].map((k) => k.split(':')[1]))].sort().map((category) => ({
  category,
  tuning: firing.get(`tuning:${category}`) ?? 0,
  holdout: firing.get(`holdout:${category}`) ?? 0,
}));
if (!asJson) {
  console.log('\nFindings on honest lines, by the category that fired (tuning / holdout)');
  for (const r of firingRows)
    console.log(`${r.category.padEnd(22)} ${String(r.tuning).padStart(8)}   ${String(r.holdout).padStart(8)}`);
}

const misses = listing('rude', (l) => !l.flagged, 'Misses: rude lines without a forbidden-phrase finding');
const alarms = listing('honest', (l) => l.flagged, 'False alarms: honest lines with a forbidden-phrase finding');
const otherCategory = listing(
  'rude',
  (l) => l.flagged && !l.findings.some((f) => f.category === l.group),
  'Caught, but only under another category than their own',
);

if (asJson) {
  console.log(
    JSON.stringify(
      { recall, falseAlarms, falseAlarmCategories: firingRows, misses, falseAlarmLines: alarms, otherCategory },
      null,
      2,
    ),
  );
}
