// Trains the tone model of the `rude-tone` rule: logistic regression on the features of
// server/src/service/tone/features.ts (character 1–3-grams and a few named cues) over the
// rude and honest lines of the corpora, deterministic for a given seed.
//
//   node scripts/train-tone.mjs [--corpus DIR]... [--seed N] [--out FILE] [--report FILE] [--no-cv]
//
// Corpus folders hold `*.rude.txt` / `*.honest.txt` pairs (`rude.txt`, `honest.txt`: the set
// "tuning", or NAME with `--corpus NAME=DIR`; `rude.holdout.txt`: "holdout"; `fresh3.rude.txt`:
// "fresh3"; see test/corpus/README.md); test/corpus is always
// read first, and a line seen in an earlier file keeps its first set. Approved phrases and the agent
// lines of samples/ (all-rules.script.yaml aside) are honest lines that are always trained on.
//
// Cross-validation is by set: each set is scored by a model trained on every other set. The
// threshold is the lowest score at which the pooled held-out honest lines keep false alarms
// within the target; the figures per held-out set are written to --report (Markdown).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function options(argv) {
  const o = { corpus: [], seed: 11, out: null, report: null, cv: true, fixture: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') o.corpus.push(argv[++i]);
    else if (a === '--lambda') CONFIG.lambda = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--report') o.report = argv[++i];
    else if (a === '--no-cv') o.cv = false;
    else if (a === '--fixture') o.fixture = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Hyperparameters, chosen by the cross-validation below (see docs/tone-model.md). */
const CONFIG = { lambda: 1e-4, epochs: 12, rate: 0.2, minCount: 2, prune: 0.02, targetFA: 0.005 };

/** Bundles the service's feature code (and the matcher, to measure) so the script reads text as the rule does. */
async function loadService() {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-tone-'));
  const file = join(dir, 'service.cjs');
  await build({
    stdin: {
      contents: `export { toneSentences, toneText, toneFeatures } from './server/src/service/tone/features';
export { createScriptService } from './server/src/service';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: file,
    loader: { '.yaml': 'text', '.txt': 'text' },
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** A seeded generator (mulberry32), for the order of the training examples. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusLines(file) {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim());
}

/** The sets of all corpus folders: name → { rude: [], honest: [] }, each line once. */
function readSets(dirs) {
  const sets = new Map();
  const seen = new Map();
  for (const spec of dirs) {
    const named = /^(\w+)=(.*)$/.exec(spec);
    const dir = named ? named[2] : spec;
    for (const name of readdirSync(dir).sort()) {
      const m = /^(?:(\w+)\.)?(rude|honest)(\.holdout)?\.txt$/.exec(name);
      if (!m) continue;
      const set = m[3] ? 'holdout' : m[1] === undefined ? (named?.[1] ?? 'tuning') : m[1] === 'fresh' ? 'fresh1' : m[1];
      const kind = m[2];
      if (!sets.has(set)) sets.set(set, { rude: [], honest: [] });
      for (const line of corpusLines(join(dir, name))) {
        const before = seen.get(line);
        if (before) {
          if (before !== kind) seen.set(line, 'both');
          continue;
        }
        seen.set(line, kind);
        sets.get(set)[kind].push(line);
      }
    }
  }
  for (const s of sets.values())
    for (const kind of ['rude', 'honest']) s[kind] = s[kind].filter((l) => seen.get(l) === kind);
  return sets;
}

/** Honest lines that are always trained on: approved phrases, the agent lines of the samples. */
function alwaysHonest() {
  const approved = parse(readFileSync(join(root, 'server/data/phrasebook/approved.yaml'), 'utf8'));
  const lines = approved.phrases.map((p) => p.text);
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (k === 'agent' && typeof v === 'string') lines.push(v);
        else walk(v);
      }
  };
  const samples = join(root, 'samples');
  for (const name of readdirSync(samples).sort())
    if (name.endsWith('.script.yaml') && name !== 'all-rules.script.yaml')
      walk(parse(readFileSync(join(samples, name), 'utf8')));
  return lines;
}

/** Examples: a rude line is one example; an honest line gives one per sentence (each is honest). */
function examples(svc, lines, label) {
  const out = [];
  for (const line of lines) {
    if (label === 1) out.push({ keys: svc.toneFeatures(svc.toneText(line).text).map((f) => f.key), y: 1 });
    else
      for (const span of svc.toneSentences(line))
        out.push({ keys: svc.toneFeatures(svc.toneText(line, span).text).map((f) => f.key), y: 0 });
  }
  return out;
}

/** Logistic regression by seeded stochastic gradient descent, classes weighted to equal mass. */
function train(data, seed, config) {
  const counts = new Map();
  for (const ex of data) for (const k of ex.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const w = new Map();
  let bias = 0;
  const pos = data.filter((e) => e.y === 1).length;
  const neg = data.length - pos;
  const classWeight = [data.length / (2 * Math.max(1, neg)), data.length / (2 * Math.max(1, pos))];
  const order = data.map((_, i) => i);
  const rand = random(seed);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = config.rate / (1 + epoch);
    for (const idx of order) {
      const ex = data[idx];
      const keys = ex.keys.filter((k) => counts.get(k) >= config.minCount);
      let z = bias;
      for (const k of keys) z += w.get(k) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.y) * classWeight[ex.y];
      bias -= rate * g;
      for (const k of keys) {
        const old = w.get(k) ?? 0;
        w.set(k, old - rate * (g + (config.lambda * old * data.length) / Math.max(1, counts.get(k))));
      }
    }
  }
  const weights = {};
  for (const k of [...w.keys()].sort()) {
    const v = Math.round(w.get(k) * 1000) / 1000;
    if (Math.abs(v) >= config.prune) weights[k] = v;
  }
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

function scoreLine(svc, model, line) {
  let best = -Infinity;
  for (const span of svc.toneSentences(line)) {
    let z = model.bias;
    for (const f of svc.toneFeatures(svc.toneText(line, span).text)) z += model.weights[f.key] ?? 0;
    best = Math.max(best, z);
  }
  return best;
}

/** Per line of `lines`, whether forbidden-phrase flags it (the service checks one agent turn a line). */
function forbiddenFlags(svc, lines) {
  const service = svc.createScriptService();
  const first = 3;
  const text = [
    'script: corpus',
    'greeting: 您好，{brand}，工号{agent_id}为您服务，请问有什么可以帮您？',
    'steps:',
    ...lines.map((l) => `  - agent: ${JSON.stringify(l)}`),
    'closing:',
    '  - 感谢您的来电，再见！',
    '',
  ].join('\n');
  const flagged = lines.map(() => false);
  for (const d of service.validate(text, { locale: 'en', rules: {} }))
    if (d.code === 'forbidden-phrase') flagged[d.range.start.line - first] = true;
  return flagged;
}

const pct = (n, d) => (d === 0 ? '–' : `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`);

async function main() {
  const o = options(process.argv.slice(2));
  const svc = await loadService();
  const dirs = o.fixture ? [o.fixture] : [join(root, 'test/corpus'), ...o.corpus];
  const sets = readSets(dirs);
  const always = o.fixture ? [] : alwaysHonest();
  const names = [...sets.keys()];
  const alwaysData = examples(svc, always, 0);
  const setData = new Map(
    names.map((n) => [n, [...examples(svc, sets.get(n).rude, 1), ...examples(svc, sets.get(n).honest, 0)]]),
  );
  const log = [];
  if (o.cv) {
    const oof = new Map();
    for (const held of names) {
      const data = [...alwaysData, ...names.filter((n) => n !== held).flatMap((n) => setData.get(n))];
      const model = train(data, o.seed, CONFIG);
      const s = sets.get(held);
      oof.set(held, {
        rude: s.rude.map((l) => scoreLine(svc, model, l)),
        honest: s.honest.map((l) => scoreLine(svc, model, l)),
      });
    }
    // Each held-out set keeps its false alarms within the target (a set of fewer than 200 honest lines: none).
    let threshold = -Infinity;
    for (const held of names) {
      const scores = [...oof.get(held).honest].sort((a, b) => b - a);
      const allowed = Math.floor(CONFIG.targetFA * scores.length);
      if (allowed < scores.length) threshold = Math.max(threshold, scores[allowed]);
    }
    threshold = Math.floor(threshold * 1000 + 1) / 1000;
    log.push(
      `Threshold ${threshold}: the lowest at which every held-out set keeps false alarms within ${100 * CONFIG.targetFA}%; lambda ${CONFIG.lambda}.`,
    );
    log.push('');
    log.push(
      '| held-out set | tone model recall | tone model false alarms | forbidden-phrase recall | both: recall | both: false alarms | tone model recall, lines without 你/妳 |',
    );
    log.push('|---|---|---|---|---|---|---|');
    const alarms = [];
    const total = { tr: 0, r: 0, tf: 0, h: 0, fr: 0, br: 0, bf: 0, nr: 0, nt: 0 };
    for (const held of names) {
      const s = sets.get(held);
      const sc = oof.get(held);
      const fr = forbiddenFlags(svc, s.rude);
      const fh = forbiddenFlags(svc, s.honest);
      const tr = sc.rude.filter((z) => z >= threshold).length;
      const tf = sc.honest.filter((z) => z >= threshold).length;
      const br = sc.rude.filter((z, i) => z >= threshold || fr[i]).length;
      const bf = sc.honest.filter((z, i) => z >= threshold || fh[i]).length;
      const frc = fr.filter(Boolean).length;
      const plain = s.rude.map((l) => !/[你妳]/.test(l));
      const nr = plain.filter(Boolean).length;
      const nt = sc.rude.filter((z, i) => plain[i] && z >= threshold).length;
      Object.assign(total, {
        tr: total.tr + tr,
        r: total.r + s.rude.length,
        tf: total.tf + tf,
        h: total.h + s.honest.length,
        fr: total.fr + frc,
        br: total.br + br,
        bf: total.bf + bf,
        nr: total.nr + nr,
        nt: total.nt + nt,
      });
      sc.honest.forEach((z, i) => z >= threshold && alarms.push(`${held}: ${s.honest[i]}`));
      log.push(
        `| ${held} | ${pct(tr, s.rude.length)} | ${pct(tf, s.honest.length)} | ${pct(frc, s.rude.length)} | ${pct(br, s.rude.length)} | ${pct(bf, s.honest.length)} | ${pct(nt, nr)} |`,
      );
    }
    log.push(
      `| **all** | ${pct(total.tr, total.r)} | ${pct(total.tf, total.h)} | ${pct(total.fr, total.r)} | ${pct(total.br, total.r)} | ${pct(total.bf, total.h)} | ${pct(total.nt, total.nr)} |`,
    );
    log.push('');
    log.push(`Held-out honest lines flagged: ${alarms.length}.`);
    for (const a of alarms) log.push(`  ${a}`);
    CONFIG.threshold = threshold;
  }
  const model = train([...alwaysData, ...names.flatMap((n) => setData.get(n))], o.seed, CONFIG);
  const out = {
    format: 'huashu-tone-1',
    ngrams: 3,
    bias: model.bias,
    threshold: CONFIG.threshold ?? readThreshold(o.out),
    weights: model.weights,
  };
  const json = `${JSON.stringify(out, null, 0).replace(/,"/g, ',\n"')}\n`;
  const inSample = always.filter((l) => scoreLine(svc, out, l) >= out.threshold);
  log.push('');
  log.push(
    `Final model: ${Object.keys(out.weights).length} weights, ${Buffer.byteLength(json)} bytes; sets ${names.join(', ')}.`,
  );
  log.push(
    `Approved phrases and sample agent lines flagged by the final model: ${inSample.length} of ${always.length}.`,
  );
  for (const l of inSample) log.push(`  ${l}`);
  console.log(log.join('\n'));
  if (o.out) writeFileSync(o.out, json);
  if (o.report) writeFileSync(o.report, `${log.join('\n')}\n`);
}

/** Without cross-validation, the threshold of the model file being replaced (or 0). */
function readThreshold(file) {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).threshold;
  return 0;
}

await main();
