// Measures the built CLI on corpus files: for each file, how many of its lines get a finding of
// the given rules. A measurement, not a test.
//
//   node scripts/build.mjs && node scripts/measure-lines.mjs [--rules forbidden-phrase,rude-tone] [--list] FILE...
//
// Each line becomes one `agent:` turn of a generated script, checked with the built-in phrasebook.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const at = args.indexOf('--rules');
const rules = (at >= 0 ? args[at + 1] : 'forbidden-phrase,rude-tone').split(',');
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (files.length === 0) {
  console.error('usage: measure-lines.mjs [--rules a,b] [--list] FILE...');
  process.exit(1);
}
for (const file of files) {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const dir = mkdtempSync(join(tmpdir(), 'huashu-measure-'));
  try {
    const yaml = ['script: t', 'greeting: 您好，工号{agent_id}为您服务', 'steps:'];
    for (const l of lines) yaml.push('  - agent: ' + JSON.stringify(l));
    yaml.push('closing: 感谢您的来电，再见！');
    const script = join(dir, 'lines.script.yaml');
    writeFileSync(script, yaml.join('\n') + '\n');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'huashu.js'), 'check', '--format', 'json', script], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const hit = new Set();
    for (const d of JSON.parse(r.stdout)[0].diagnostics) if (rules.includes(d.code)) hit.add(d.range.start.line);
    const flagged = lines.map((_, i) => hit.has(3 + i));
    const n = flagged.filter(Boolean).length;
    console.log(`${file}: ${n}/${lines.length} = ${((100 * n) / lines.length).toFixed(1)}% (${rules.join(' or ')})`);
    if (list) lines.forEach((l, i) => console.log(`${flagged[i] ? '  X ' : '    '}${l}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
