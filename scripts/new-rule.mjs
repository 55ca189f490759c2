// Scaffolds a rule: `npm run new-rule my-rule-id` writes the rule file, registers it in
// RULES, writes its test file, a docs section and a README row to fill in, and runs the
// generator (scripts/gen-rules.mjs) for its setting, strings and schema entry.
// The rule then needs a finding in samples/all-rules.script.yaml: server/test/registry.test.ts
// lists what is still missing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { genRules } from './gen-rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULES_DIR = join(root, 'server', 'src', 'service', 'rules');

const id = process.argv[2] ?? '';
if (!/^[a-z]+(-[a-z]+)*$/.test(id)) {
  console.error('Usage: npm run new-rule <rule-id>  (kebab-case, e.g. polite-pronoun)');
  process.exit(2);
}
const name = id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const ruleFile = join(RULES_DIR, `${name}.ts`);
const testFile = join(root, 'server', 'test', 'rules', `${id}.test.ts`);
const indexFile = join(RULES_DIR, 'index.ts');
const taken = readdirSync(RULES_DIR).some((n) => readFileSync(join(RULES_DIR, n), 'utf8').includes(`id: '${id}'`));
if (taken || existsSync(ruleFile) || readFileSync(indexFile, 'utf8').includes(`'./${name}'`)) {
  console.error(`A rule ${id} (${relative(root, ruleFile)}) exists already.`);
  process.exit(2);
}

const written = [];
function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  written.push(relative(root, path));
}
function edit(path, change) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`could not add ${id} to ${relative(root, path)}`);
  writeFileSync(path, after);
  written.push(relative(root, path));
}

write(
  ruleFile,
  `import { defineRule } from './types';

/** What agent speech must (not) say, in one line. */
export const ${name} = defineRule({
  id: '${id}',
  defaultSeverity: 'warning',
  description: {
    zh: '（中文规则说明：客服的话应当……）',
    en: '(The rule in one sentence: agent speech must …)',
  },
  speechRoles: ['agent'],
  // Reports findings by offsets in speech.text.value; the service maps them to the source.
  checkSpeech(_speech, _phrasebook, _report) {},
});
`,
);

/** Registers the rule: its import among the rule imports (sorted), and last in RULES. */
edit(indexFile, (text) => {
  const imports = [...text.matchAll(/^import \{ \w+ \} from '\.\/\w+';\n/gm)];
  const block = imports
    .map((m) => m[0])
    .concat(`import { ${name} } from './${name}';\n`)
    .sort()
    .join('');
  const start = imports[0].index;
  const end = imports.at(-1).index + imports.at(-1)[0].length;
  return (text.slice(0, start) + block + text.slice(end)).replace(/\n\] as const;/, `\n  ${name},\n] as const;`);
});

write(
  testFile,
  `import { describe, expect, it } from 'vitest';
import { findings, script } from '../util';

describe('${id}', () => {
  it('finds nothing in a clean script', () => {
    expect(findings(script('  - agent: 您好，请问有什么可以帮您？'), '${id}')).toEqual([]);
  });

  it.todo('reports … on the exact source text, with its message');
});
`,
);

edit(
  join(root, 'docs', 'rules.md'),
  (text) =>
    `${text.trimEnd()}\n\n## ${id}\n**warning** — (What the rule requires, what it reports and where, its quick fix.)\n`,
);

edit(join(root, 'README.md'), (text) =>
  text.replace(
    /(\n\| `[a-z-]+` \| [a-z]+ \| [^\n]*\n)(\nEach rule is described in)/,
    `$1| \`${id}\` | warning | (the finding, in a few words) |\n$2`,
  ),
);

written.push(...(await genRules()));
console.log(`Scaffolded the rule ${id}:\n${written.map((path) => `  ${path}`).join('\n')}`);
console.log(`Next: write its check and messages, fill in the docs section and README row, add a finding to
samples/all-rules.script.yaml and server/test/fixtures/samples.expected.txt, write its tests, and
run \`npx vitest run server/test/registry.test.ts\`.`);
