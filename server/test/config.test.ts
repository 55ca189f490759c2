import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore, findConfig } from '../src/files/configStore';
import { runCli } from '../src/cli/run';
import { localize, parseConfig, settingsForFile } from '../src/service';
import { removeForbidden } from '../src/service/config/forbiddenRemove';
import { compileGlobs, GLOB_LIMITS } from '../src/service/config/glob';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { emptyPhrasebook } from '../src/service/phrasebook/load';

const FULL = `extends: builtin
phrasebook: [team-phrases.yaml]
forbidden:
  add:
    - phrase: 不归我管
      category: 推卸语
      suggest: [这个问题我帮您转给负责的同事，并跟进到底。]
  remove: [急什么]
approved:
  add:
    - phrase: 您好，{brand}客服，很高兴为您服务！
      category: greeting
rules:
  hardcoded-agent-id: warning
  legacy-placeholder: off
placeholders:
  known: [order_id]
  aliases: { 工号: agent_id }
overrides:
  - files: "chat/**"
    rules: { greeting-required: warning }
`;
const TEAM = `version: 1
categories:
  team-soothe: { zh: 团队安抚, en: Team soothing }
phrases:
  - id: team-soothe-1
    text: 您别着急，我一定帮您跟进。
    category: team-soothe
`;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'huashu-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function problemsOf(text: string): string[] {
  const { problems } = parseConfig('/ws/.huashu.yaml', '/ws', text);
  return problems.map((p) => `${text.slice(p.span.start, p.span.end)}: ${localize(p.message, 'en', p.args)}`);
}

const script = (agent: string) =>
  `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: ${agent}\nclosing: 再见\n`;

describe('.huashu.yaml: validation', () => {
  it('accepts the documented example', () => {
    expect(problemsOf(FULL)).toEqual([]);
  });
  it('reports every kind of mistake at its exact place', () => {
    expect(problemsOf('extend: builtin\n')).toEqual([
      'extend: Unknown setting "extend"; allowed: extends, phrasebook, forbidden, approved, rules, placeholders, overrides, speaking',
    ]);
    expect(problemsOf('extends: all\n')).toEqual(['all: extends must be builtin or none, not "all"']);
    expect(problemsOf('rules:\n  forbiden-phrase: off\n')[0]).toMatch(
      /^forbiden-phrase: Unknown rule "forbiden-phrase"/,
    );
    expect(problemsOf('rules:\n  forbidden-phrase: loud\n')).toEqual([
      'loud: Invalid rule level "loud": use off, hint, information, warning or error',
    ]);
    expect(problemsOf('forbidden:\n  add:\n    - phrase: 不归我管\n')).toEqual([
      'phrase: 不归我管\n: Missing required key "category"',
      'phrase: 不归我管\n: Missing required key "suggest"',
    ]);
    expect(problemsOf('placeholders:\n  known: [order-id]\n')).toEqual([
      'order-id: The placeholder name "order-id" may only hold ASCII letters, digits and _',
    ]);
    expect(problemsOf('rules: [a]\n')).toEqual(['[a]: "rules" must be a mapping']);
    expect(problemsOf('rules: {a: 1\n')[0]).toMatch(/YAML syntax error in the configuration/);
    expect(problemsOf('- a\n')).toEqual(['- a\n: The top level of .huashu.yaml must be a mapping']);
  });
});

describe('.huashu.yaml: the phrasebook and settings it makes', () => {
  const root = workspace({ '.huashu.yaml': FULL, 'team-phrases.yaml': TEAM });
  const store = new ConfigStore('docs', root);
  const state = store.load(join(root, '.huashu.yaml'));

  it('loads without problems', () => {
    expect(state.problems).toEqual([]);
    expect(state.resolved?.files).toEqual([join(root, 'team-phrases.yaml')]);
  });

  it('adds a forbidden phrase with a literal suggestion, removes one by text, keeps the rest', () => {
    const { service, settings } = store.forScript(join(root, 'a.script.yaml'), { locale: 'en', rules: {} });
    const added = service.validate(script('这个不归我管。'), settings).find((d) => d.code === 'forbidden-phrase')!;
    expect(added.message).toBe('Forbidden phrase (Shirking responsibility): "不归我管"');
    expect((added.data as { replacements: string[] }).replacements[0]).toBe(
      '这个问题我帮您转给负责的同事，并跟进到底。',
    );
    expect(service.validate(script('急什么？'), settings).some((d) => d.code === 'forbidden-phrase')).toBe(false);
    expect(service.validate(script('真烦人'), settings).some((d) => d.code === 'forbidden-phrase')).toBe(true);
  });

  it('adds approved phrases from the config and from team phrasebook files', () => {
    const book = state.resolved!.phrasebook.book;
    expect(
      book.approved.some((a) => a.text === '您好，{brand}客服，很高兴为您服务！' && a.category === 'greeting'),
    ).toBe(true);
    expect(book.approved.some((a) => a.id === 'team-soothe-1')).toBe(true);
  });

  it('applies rule levels, aliases and known placeholders', () => {
    const { service, settings } = store.forScript(join(root, 'a.script.yaml'), { locale: 'en', rules: {} });
    const text =
      'script: x\ngreeting: 您好，工号{工号}\nsteps:\n  - agent: 我是1023号，订单{order_id}，XX先生\nclosing: 再见\n';
    const d = service.validate(text, settings);
    expect(d.map((x) => `${String(x.code)}:${x.severity}`)).toEqual(['hardcoded-agent-id:2']);
  });

  it('applies overrides to the files their glob matches, relative to the config', () => {
    const base = { locale: 'en' as const, rules: {} };
    expect(
      settingsForFile(state.resolved!, join(root, 'chat', 'x', 'a.script.yaml'), base).rules['greeting-required'],
    ).toBe('warning');
    expect(
      settingsForFile(state.resolved!, join(root, 'phone', 'a.script.yaml'), base).rules['greeting-required'],
    ).toBeUndefined();
  });
});

describe('.huashu.yaml: lookup, failures and the last good configuration', () => {
  it('finds the nearest configuration from the script upwards', () => {
    const root = workspace({
      '.huashu.yaml': 'rules: {}\n',
      'a/b/.huashu.yml': 'rules: {}\n',
      'a/b/c/x.script.yaml': '',
    });
    expect(findConfig(join(root, 'a/b/c/x.script.yaml'), root)).toBe(join(root, 'a/b/.huashu.yml'));
    expect(findConfig(join(root, 'a/y.script.yaml'), root)).toBe(join(root, '.huashu.yaml'));
  });

  it('refuses phrasebook paths outside the workspace', () => {
    const root = workspace({ '.huashu.yaml': 'phrasebook: [../../etc/passwd]\n' });
    const state = new ConfigStore('docs', root).load(join(root, '.huashu.yaml'));
    expect(state.problems.map((p) => localize(p.message, 'en', p.args))).toEqual([
      'Refused to read "../../etc/passwd": it is outside the workspace',
    ]);
  });

  it('reports mistakes inside a team phrasebook on that file', () => {
    const root = workspace({
      '.huashu.yaml': 'phrasebook: [p.yaml]\n',
      'p.yaml': 'version: 1\nphrases:\n  - id: Bad Id\n    text: 好\n    category: nope\n',
    });
    const state = new ConfigStore('docs', root).load(join(root, '.huashu.yaml'));
    expect(state.problems.every((p) => p.file === join(root, 'p.yaml'))).toBe(true);
    expect(state.problems.map((p) => localize(p.message, 'en', p.args))).toContain('Unknown category "nope"');
  });

  it('keeps the last good configuration when the file breaks, and takes the fix', () => {
    const root = workspace({ '.huashu.yaml': 'rules:\n  forbidden-phrase: off\n' });
    const store = new ConfigStore('docs', root);
    const path = join(root, '.huashu.yaml');
    const file = join(root, 'x.script.yaml');
    const base = { locale: 'en' as const, rules: {} };
    store.load(path);
    expect(store.forScript(file, base).settings.rules['forbidden-phrase']).toBe('off');
    writeFileSync(path, 'rules:\n  forbidden-phrase: [\n');
    const broken = store.load(path);
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(store.forScript(file, base).settings.rules['forbidden-phrase']).toBe('off');
    writeFileSync(path, 'rules:\n  forbidden-phrase: warning\n');
    store.load(path);
    expect(store.forScript(file, base).settings.rules['forbidden-phrase']).toBe('warning');
  });

  it('uses the built-in configuration when a broken file never was good', () => {
    const root = workspace({ '.huashu.yaml': 'extends: nothing\n' });
    const store = new ConfigStore('docs', root);
    const r = store.forScript(join(root, 'x.script.yaml'), { locale: 'en', rules: {} });
    expect(r.service.validate(script('真烦人'), r.settings).some((d) => d.code === 'forbidden-phrase')).toBe(true);
    expect(r.config?.problems).toHaveLength(1);
  });
});

describe('huashu check with a configuration', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: { LANG: 'en' },
      isTTY: false,
    });
    return { code, stdout, stderr };
  }

  it('finds the config next to the scripts, like the editor', async () => {
    const root = workspace({ '.huashu.yaml': 'forbidden:\n  remove: [真烦人]\n', 'x.script.yaml': script('真烦人') });
    const r = await cli(['check', join(root, 'x.script.yaml')]);
    expect(r.code).toBe(0);
  });

  it('--config overrides the lookup', async () => {
    const root = workspace({
      '.huashu.yaml': 'forbidden:\n  remove: [真烦人]\n',
      'other.yaml': 'rules: {}\n',
      'x.script.yaml': script('真烦人'),
    });
    const r = await cli(['check', join(root, 'x.script.yaml'), '--config', join(root, 'other.yaml')]);
    expect(r.code).toBe(1);
  });

  it("refuses a phrasebook outside the workspace (the current folder, or the config's own folder)", async () => {
    const root = workspace({
      'team/.huashu.yaml': 'phrasebook: [../outside.yaml]\n',
      'outside.yaml': 'version: 1\n',
      'team/x.script.yaml': script('好'),
    });
    const r = await cli(['check', join(root, 'team'), '--format', 'json']);
    const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }>;
    expect(out.find((f) => f.file.endsWith('.huashu.yaml'))!.diagnostics.map((d) => d.message)).toEqual([
      'Refused to read "../outside.yaml": it is outside the workspace',
    ]);
    expect(r.code).toBe(1);
  });

  it('reports a broken config as a diagnostic on the config file and still checks the scripts', async () => {
    const root = workspace({ '.huashu.yaml': 'rules:\n  nope: off\n', 'x.script.yaml': script('真烦人') });
    const r = await cli(['check', join(root, 'x.script.yaml'), '--format', 'json']);
    const out = JSON.parse(r.stdout) as Array<{
      file: string;
      diagnostics: Array<{ code: string; range: { start: { line: number } } }>;
    }>;
    const config = out.find((f) => f.file.endsWith('.huashu.yaml'))!;
    expect(config.diagnostics[0]).toMatchObject({ code: 'config', range: { start: { line: 1 } } });
    expect(
      out.find((f) => f.file.endsWith('x.script.yaml'))!.diagnostics.some((d) => d.code === 'forbidden-phrase'),
    ).toBe(true);
    expect(r.code).toBe(1);
  });
});

it('the service is built once per configuration', () => {
  const root = workspace({ '.huashu.yaml': 'rules: {}\n' });
  const store = new ConfigStore('docs', root);
  expect(store.forScript(join(root, 'a.script.yaml'), { locale: 'en', rules: {} }).service).toBe(
    store.forScript(join(root, 'b.script.yaml'), { locale: 'en', rules: {} }).service,
  );
});

describe('forbidden.remove: linear in the phrasebook and the list', () => {
  it('folds each phrase of the phrasebook once, however long the list', () => {
    const n = 4000;
    let reads = 0;
    const book = emptyPhrasebook();
    for (let i = 0; i < n; i++) {
      const phrase = `忌语${i.toString(36)}`;
      book.forbidden.push({
        id: `f-${i}`,
        category: 'c',
        suggest: [],
        origin: { file: 'team.yaml', line: i + 1 },
        get phrase() {
          reads++;
          return phrase;
        },
      });
    }
    const remove = Array.from({ length: n }, (_, i) => ({
      value: i % 2 === 0 ? `忌语${i.toString(36)}` : `f-${i}`,
      span: { start: i, end: i },
    }));
    remove.push({ value: '没有这句', span: { start: -1, end: -1 } });
    const problems: string[] = [];
    removeForbidden(book, remove, (_span, message, args) => problems.push(localize(message, 'en', args)));
    expect(book.forbidden).toEqual([]);
    expect(problems).toEqual(['No built-in forbidden phrase "没有这句" (by text or id)']);
    expect(reads).toBeLessThanOrEqual(n);
  });
});

describe('overrides.files: globs without catastrophic backtracking', () => {
  const matcher = (glob: string) => {
    const compiled = compileGlobs([glob]);
    if (!('match' in compiled)) throw new Error(compiled.error);
    return compiled.match;
  };

  it('matches as picomatch does on the usual forms', () => {
    const cases: Array<[string, string]> = [
      ['chat/**', 'chat/a.script.yaml'],
      ['chat/**', 'chat/x/y/a.script.yaml'],
      ['chat/**', 'phone/a.script.yaml'],
      ['**/*.script.yaml', 'a.script.yaml'],
      ['**/*.script.yaml', 'x/y/a.script.yaml'],
      ['**/*.script.yaml', 'x/a.script.yml'],
      ['a/**/b/*.yaml', 'a/b/c.yaml'],
      ['a/**/b/*.yaml', 'a/x/y/b/c.yaml'],
      ['a/**/b/*.yaml', 'a/x/c.yaml'],
      ['*.script.{yaml,yml}', 'a.script.yml'],
      ['{chat,mail}/**', 'mail/x.yaml'],
      ['{chat,mail}/**', 'phone/x.yaml'],
      ['chat/?.yaml', 'chat/a.yaml'],
      ['chat/?.yaml', 'chat/ab.yaml'],
      ['[a-c]*/x', 'b1/x'],
      ['[^a]*/x', 'a1/x'],
      ['*', '.hidden'],
      ['*', 'a/b'],
      ['./chat/*', 'chat/a'],
      ['\\*a', '*a'],
      ['{a}/x', '{a}/x'],
      ['{a}/x', 'a/x'],
      ['a*/**/*z', 'abc/d/ez'],
      ['**', 'a/b/c'],
      ['a/**/**/b', 'a/b'],
    ];
    for (const [glob, path] of cases) {
      expect([glob, path, matcher(glob)(path)]).toEqual([glob, path, picomatch(glob, { dot: true })(path)]);
    }
  });

  it("agrees with picomatch on random globs and paths (but for picomatch's `x*/**`, which never matches `xy`)", () => {
    const segment = fc.oneof(
      fc.constant('**'),
      fc
        .array(fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[a-c]', '[^a]', '{a,b}', '{a,b/c}'), {
          minLength: 1,
          maxLength: 3,
        })
        .map((p) => p.join('')),
    );
    const glob = fc
      .array(segment, { minLength: 1, maxLength: 3 })
      .map((s) => s.join('/'))
      .filter((g) => !/[*?[{][^/]*\/\*\*$/.test(g));
    const path = fc
      .array(
        fc.stringMatching(/^[ab.c]{1,3}$/).filter((p) => p !== '.' && p !== '..'),
        { minLength: 1, maxLength: 3 },
      )
      .map((s) => s.join('/'));
    fc.assert(
      fc.property(glob, path, (g, p) => matcher(g)(p) === picomatch(g, { dot: true })(p)),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  it('costs time linear in the path: 200,000 states at most for *a*a*a*a*a*a*z against a 4,000-character name', () => {
    const glob = '*a*a*a*a*a*a*z';
    const path = 'a'.repeat(4000);
    let reads = 0;
    const counted = new Proxy(new String(path), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as unknown as string;
    expect(matcher(glob)(counted)).toBe(false);
    expect(matcher(glob)(`${path}z`)).toBe(true);
    expect(reads).toBeLessThanOrEqual(path.length);
  });

  it('refuses a glob over the length limit or with too many alternatives, as a config problem on the override', () => {
    expect(compileGlobs(['a'.repeat(GLOB_LIMITS.length + 1)])).toEqual({ error: 'tooLong' });
    expect(compileGlobs(['{a,b}'.repeat(8)])).toEqual({ error: 'tooManyAlternatives' });
    const root = workspace({
      '.huashu.yaml': `overrides:\n  - files: "${'{a,b}'.repeat(8)}"\n    rules: { greeting-required: off }\n`,
    });
    const state = new ConfigStore('file:///docs').load(join(root, '.huashu.yaml'));
    expect(state.problems.map((p) => localize(p.message, 'en', p.args))).toEqual([
      `The file globs expand to more than ${GLOB_LIMITS.alternatives} alternatives ({…,…}): "${'{a,b}'.repeat(8)}"`,
    ]);
  });

  it('refuses negation and extglobs instead of reading them as literal text', () => {
    for (const glob of ['!chat/**', 'chat/@(a|b)/*', '!(x)', 'a/+(b)', '*(c)', '?(d)']) {
      expect(compileGlobs([glob]), glob).toEqual({ error: 'unsupported', glob });
    }
    expect('match' in compileGlobs(['chat/*.script.yaml', 'a\\!(b)', '*', '?x'])).toBe(true);
    const root = workspace({
      '.huashu.yaml': `overrides:\n  - files: "!chat/**"\n    rules: { greeting-required: off }\n`,
    });
    const state = new ConfigStore('file:///docs').load(join(root, '.huashu.yaml'));
    expect(state.problems.map((p) => localize(p.message, 'en', p.args))[0]).toMatch(
      /^Unsupported file glob "!chat\/\*\*"/,
    );
  });

  it('computes the overrides of a path once', () => {
    const root = workspace({
      '.huashu.yaml': 'overrides:\n  - files: "chat/**"\n    rules: { greeting-required: off }\n',
    });
    const resolved = new ConfigStore('file:///docs').load(join(root, '.huashu.yaml')).resolved!;
    let calls = 0;
    const inner = resolved.overrideMatchers[0]!;
    resolved.overrideMatchers[0] = (p) => (calls++, inner(p));
    for (let i = 0; i < 3; i++) {
      expect(
        settingsForFile(resolved, join(root, 'chat', 'a.script.yaml'), { locale: 'en', rules: {} }).rules[
          'greeting-required'
        ],
      ).toBe('off');
    }
    expect(calls).toBe(1);
  });
});
