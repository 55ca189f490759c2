/**
 * Hostile input, end to end: YAML built to hurt parsers, files that are not scripts at all,
 * and team configurations that break, change while read or vanish. Through the built server
 * (dist/server.js over stdio) and through the CLI, each must give a clear diagnostic or
 * size message within bounded time, and never take the process down.
 * The time bounds are about not hanging, not about speed: see bench/ for that.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, Diagnostic } from 'vscode-languageserver-protocol/node';
import { runCli } from '../../src/cli/run';
import { ConfigStore } from '../../src/files/configStore';
import { createScriptService, settingsFrom, SEVERITY_NAME } from '../../src/service';
import { buildIfStale, ROOT, TestClient, uri, within } from './lspClient';

const DOCS_URL = pathToFileURL(join(ROOT, 'docs', 'rules.md')).href;
const service = createScriptService({ docsUrl: DOCS_URL });
const en = settingsFrom({ locale: 'en' });
/** Generous: a bound on hanging, not a performance target. */
const BOUND_MS = 10_000;

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
};

/** Billion laughs: nine levels of nine aliases, 9^9 nodes if anything expanded them. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\nscript: x\ngreeting: *i\nsteps:\n  - agent: *i\nclosing: *i\n`;
}

/** Hostile YAML texts, each with a rule it must report. */
const TEXTS: { name: string; file: string; text: string; code: string }[] = [
  { name: 'alias bomb', file: 'alias-bomb.script.yaml', text: aliasBomb(), code: 'schema' },
  {
    name: '10,000-deep flow nesting',
    file: 'deep-flow.script.yaml',
    text: `script: x\ngreeting: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nclosing: 再见\n`,
    code: 'yaml-syntax',
  },
  // Compact block sequences: 10,000 levels on one line (indenting 10,000 levels would take 50 MB).
  {
    name: '10,000-deep block nesting',
    file: 'deep-block.script.yaml',
    text: `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  ${'- '.repeat(10_000)}agent: 真烦人\nclosing: 再见\n`,
    code: 'yaml-syntax',
  },
  {
    name: 'a 1,000,000-character line',
    file: 'long-line.script.yaml',
    text: `script: x\ngreeting: 工号{agent_id}${'请'.repeat(1_000_000)}真烦人\nclosing: 再见\n`,
    code: 'forbidden-phrase',
  },
  {
    name: 'tags (!!js/function)',
    file: 'tags.script.yaml',
    text: 'script: !!js/function "function(){ return 1 }"\ngreeting: !!js/function >\n  function(){ return "真烦人" }\nclosing: !custom 再见\n',
    code: 'yaml-syntax',
  },
  {
    name: 'merge keys',
    file: 'merge.script.yaml',
    text: 'base: &b {agent: 真烦人}\nscript: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - <<: *b\n  - <<: [*b, *b]\n    agent: 好的\nclosing: 再见\n',
    code: 'schema',
  },
  {
    name: 'duplicate keys',
    file: 'duplicate-keys.script.yaml',
    text: 'script: x\ngreeting: 您好，工号{agent_id}\ngreeting: 真烦人\nclosing: 再见\nclosing: 再见\n',
    code: 'yaml-syntax',
  },
];

/** What the service makes of a text, computed once: its diagnostics, or the error it throws. */
type Outcome = { diagnostics: Diagnostic[] } | { threw: string };
const outcomes = new Map<string, Outcome>();
function outcomeOf(text: string): Outcome {
  if (!outcomes.has(text)) {
    try {
      outcomes.set(text, { diagnostics: service.validate(text, en) });
    } catch (e) {
      outcomes.set(text, { threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }
  return outcomes.get(text)!;
}
const expectedOf = (text: string) => {
  const outcome = outcomeOf(text);
  if ('threw' in outcome) throw new Error(`the service throws on this text: ${outcome.threw}`);
  return outcome.diagnostics;
};
/**
 * Leaves out the diagnostics of yaml's stack-overflow guard ("Maximum call stack size exceeded"):
 * where the stack runs out depends on the caller's stack and the JIT, so their number and
 * position differ between runs of the same text (a service bug, reported).
 */
const stable = <D extends { message: unknown }>(diagnostics: D[]) =>
  diagnostics.filter((d) => !/Maximum call stack size exceeded/.test(String(d.message)));

/** The server reported the text as the service checks it, or said the check failed. */
function expectServerReport(diagnostics: Diagnostic[], text: string, code: string, what: string): void {
  const outcome = outcomeOf(text);
  if ('threw' in outcome) {
    expect(
      diagnostics.map((d) => [d.range.start, d.message]),
      what,
    ).toEqual([
      [
        { line: 0, character: 0 },
        `Huashu could not check this file (internal error: ${outcome.threw}): please report it.`,
      ],
    ]);
  } else {
    expect(stable(diagnostics), what).toEqual(stable(outcome.diagnostics));
    expect(
      diagnostics.map((d) => d.code),
      what,
    ).toContain(code);
  }
}

/** A GBK-encoded script: "script: 测试\ngreeting: 真烦人\n". */
const GBK = Buffer.concat([
  Buffer.from('script: '),
  Buffer.from([0xb2, 0xe2, 0xca, 0xd4]),
  Buffer.from('\ngreeting: '),
  Buffer.from([0xd5, 0xe6, 0xb7, 0xb3, 0xc8, 0xcb]),
  Buffer.from('\n'),
]);
const HUGE_BYTES = 50 * 1024 * 1024;

const figures: Record<string, string> = {};
let dir: string;

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'huashu-hostile-'));
  for (const { file, text } of TEXTS) writeFileSync(join(dir, file), text);
  writeFileSync(
    join(dir, 'x.script.yaml'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x0a]),
  );
  writeFileSync(join(dir, 'gbk.script.yaml'), GBK);
  writeFileSync(join(dir, 'huge.script.yaml'), Buffer.alloc(HUGE_BYTES, '# 真烦人\n'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `hostile figures:\n${Object.entries(figures)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}`,
  );
});

function expectNoFailureLogged(client: TestClient): void {
  expect(client.logs.filter((l) => /failed \(the server keeps running\)|Uncaught exception/.test(l.message))).toEqual(
    [],
  );
}

/** Runs the CLI in-process, timed. */
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: 'en_US.UTF-8' },
    isTTY: false,
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}

const asJson = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({
    code: d.code,
    severity: SEVERITY_NAME[d.severity ?? 1],
    message: d.message,
    range: d.range,
  }));

describe('hostile YAML through the language server', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = new TestClient({ capabilities: CAPABILITIES, workspace: dir, locale: 'en' });
    await client.initialize();
  });

  afterAll(async () => {
    expectNoFailureLogged(client);
    expect(await client.shutdown()).toBe(0);
  });

  it('the workspace scan reports every hostile file and refuses the 50 MB, binary and GBK ones with a message', async () => {
    const started = Date.now();
    await client.logged((m) => /Workspace scan: checked 10 script files/.test(m), 'the workspace scan');
    figures['workspace scan of the 10 hostile files'] = `${Date.now() - started} ms`;
    for (const { file, text, code } of TEXTS)
      expectServerReport((await client.diagnostics(uri(join(dir, file)))).diagnostics, text, code, file);
    const only = async (file: string) => {
      const { diagnostics } = await client.diagnostics(uri(join(dir, file)));
      expect(
        diagnostics.map((d) => d.range),
        file,
      ).toEqual([{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]);
      return diagnostics[0]!.message;
    };
    expect(await only('huge.script.yaml')).toBe('The file is 50.0 MB, over the 10 MB limit: it was not checked.');
    expect(await only('x.script.yaml')).toBe('This is a binary file, not text: it was not checked.');
    expect(await only('gbk.script.yaml')).toBe(
      'This file is not UTF-8 text (e.g. GBK): it was not checked. Save it as UTF-8.',
    );
    expect(client.logs.some((l) => /skipped .*huge\.script\.yaml.*50\.0 MB/.test(l.message))).toBe(true);
  }, 60_000);

  for (const { name, text, code } of TEXTS) {
    it(`an open ${name}: diagnostics within ${BOUND_MS / 1000} s, and every feature answers`, async () => {
      const target = `untitled:${name.replace(/\W+/g, '-')}.script.yaml`;
      const started = Date.now();
      await client.open(target, text, 1);
      const published = await client.diagnostics(target, (p) => p.version === 1);
      const diagnosed = Date.now() - started;
      expectServerReport(published.diagnostics, text, code, name);
      expect(diagnosed).toBeLessThan(BOUND_MS);

      const lines = text.split('\n');
      const last = lines.length - 2;
      const positions = [
        { line: 0, character: 0 },
        { line: 1, character: 12 },
        { line: last, character: lines[last]!.length },
        { line: last, character: Math.floor(lines[last]!.length / 2) },
      ];
      const textDocument = { uri: target };
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      const featuresStarted = Date.now();
      expect(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument }))).toBe(true);
      expect(Array.isArray(await client.request('textDocument/foldingRange', { textDocument }))).toBe(true);
      expect(
        Array.isArray(
          await client.request('textDocument/codeAction', {
            textDocument,
            range: whole,
            context: { diagnostics: published.diagnostics },
          }),
        ),
      ).toBe(true);
      for (const position of positions) {
        expect(Array.isArray(await client.request('textDocument/completion', { textDocument, position }))).toBe(true);
        await client.request('textDocument/hover', { textDocument, position });
        await client.request('textDocument/definition', { textDocument, position });
        expect(
          Array.isArray(
            await client.request('textDocument/references', {
              textDocument,
              position,
              context: { includeDeclaration: true },
            }),
          ),
        ).toBe(true);
      }
      const features = Date.now() - featuresStarted;
      expect(features).toBeLessThan(BOUND_MS);
      expectNoFailureLogged(client);
      figures[`server, open ${name}`] = `diagnostics in ${diagnosed} ms, 19 feature requests in ${features} ms`;
      await client.notify('textDocument/didClose', { textDocument });
      expect((await client.diagnostics(target, (p) => p.version === undefined)).diagnostics).toEqual([]);
    });
  }

  it('an editor buffer over 10 MB, counted in UTF-8 bytes, gets a size message instead of a check', async () => {
    const cases = [
      {
        target: 'untitled:ascii-11mb.script.yaml',
        text: `script: x\ngreeting: ${'a'.repeat(11 * 1024 * 1024)}\n`,
        size: '11.0',
      },
      // 3.6 million characters, under the limit counted in UTF-16 units, 10.8 MB in UTF-8 as saved.
      {
        target: 'untitled:chinese-10.8mb.script.yaml',
        text: `script: x\ngreeting: ${'真烦人'.repeat(1_200_000)}\n`,
        size: '10.3',
      },
    ];
    for (const { target, text, size } of cases) {
      const started = Date.now();
      await client.open(target, text, 1);
      const { diagnostics } = await client.diagnostics(target, (p) => p.version === 1);
      expect(diagnostics.map((d) => String(d.message))).toEqual([
        `The file is ${size} MB, over the 10 MB limit: it was not checked.`,
      ]);
      figures[`server, open ${target.slice(9)}`] = `size message in ${Date.now() - started} ms`;
      await client.notify('textDocument/didClose', { textDocument: { uri: target } });
    }
  });

  it('a FIFO named like a script: reported as not a regular file, never read', async () => {
    const fifo = join(dir, 'fifo.script.yaml');
    execFileSync('mkfifo', [fifo]);
    try {
      const target = uri(fifo);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 1 }] });
      expect((await client.diagnostics(target)).diagnostics.map((d) => d.message)).toEqual([
        'This is not a regular file: it was not checked.',
      ]);
      // Still serving: a changed file on disk is read and checked.
      const later = join(dir, 'later.script.yaml');
      writeFileSync(later, 'script: x\ngreeting: 真烦人\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(later), type: 1 }] });
      expect((await client.diagnostics(uri(later))).diagnostics).toEqual(expectedOf('script: x\ngreeting: 真烦人\n'));
    } finally {
      unlinkSync(fifo);
    }
  });
});

describe('hostile files through the CLI', () => {
  for (const { name, file, text, code } of TEXTS) {
    it(`${name}: reported within ${BOUND_MS / 1000} s`, async () => {
      const path = join(dir, file);
      const r = await cli(['check', path, '--format', 'json']);
      const outcome = outcomeOf(text);
      if ('threw' in outcome) {
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(
          `huashu: Could not check "${path}" (internal error: ${outcome.threw}): please report it\n`,
        );
        expect(JSON.parse(r.stdout)).toEqual([]);
      } else {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        const [result] = JSON.parse(r.stdout) as { diagnostics: ReturnType<typeof asJson> }[];
        expect(stable(result!.diagnostics)).toEqual(asJson(stable(outcome.diagnostics)));
        expect(result!.diagnostics.map((d) => d.code)).toContain(code);
      }
      expect(r.ms).toBeLessThan(BOUND_MS);
      figures[`CLI, ${name}`] = `${r.ms} ms`;
    });
  }

  it('refuses the 50 MB, binary and GBK files with one line each, exit 2', async () => {
    for (const [file, line] of [
      ['huge.script.yaml', 'Skipped "{path}": 50.0 MB is over the 10 MB limit'],
      ['x.script.yaml', 'Skipped "{path}": it is a binary file, not text'],
      ['gbk.script.yaml', 'Skipped "{path}": it is not UTF-8 text (e.g. GBK): save it as UTF-8'],
    ] as const) {
      const path = join(dir, file);
      const r = await cli(['check', path, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`huashu: ${line.replace('{path}', path)}\n`);
      expect(JSON.parse(r.stdout)).toEqual([]);
      expect(r.ms).toBeLessThan(BOUND_MS);
      figures[`CLI, ${file}`] = `refused in ${r.ms} ms`;
    }
  });
});

describe('team configuration that breaks, changes while read, or vanishes (server)', () => {
  let team: string;
  let client: TestClient;
  let script: string;
  const scriptText =
    'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 这事找小王办\n  - agent: 我是1023号\n  - agent: 这等小李办\nclosing: 再见\n';
  const config = 'phrasebook: [team.yaml]\nrules:\n  hardcoded-agent-id: warning\n';
  const book = (phrase: string) =>
    `version: 1\ncategories:\n  team-shirk:\n    zh: 推诿\n    en: Shirking\n    why: { zh: 推诿责任。, en: Shirking. }\nphrases:\n  - id: team-1\n    phrase: ${phrase}\n    category: team-shirk\n    suggest: [greeting-daily]\n`;
  const configUri = () => uri(join(team, '.huashu.yaml'));
  const bookUri = () => uri(join(team, 'team.yaml'));
  const changed = (...changes: [string, number][]) =>
    client.notify('workspace/didChangeWatchedFiles', { changes: changes.map(([u, type]) => ({ uri: u, type })) });
  /** What the CLI and the server compute for the script with the files as they are now. */
  const current = () => {
    const target = new ConfigStore(DOCS_URL, team).forScript(join(team, 'a.script.yaml'), en);
    return target.service.validate(scriptText, target.settings);
  };
  const same = (a: Diagnostic[], b: Diagnostic[]) => JSON.stringify(a) === JSON.stringify(b);
  /** The configuration's problems: code `config`, on the given file. */
  const problemsOn = (file: string, pattern: RegExp) =>
    client.diagnostics(
      file,
      (p) => p.diagnostics.some((d) => d.code === 'config' && pattern.test(String(d.message))),
      `a config problem on ${file} matching ${pattern}`,
    );
  const noProblemsOn = (file: string) =>
    client.diagnostics(file, (p) => p.diagnostics.length === 0, `no config problem on ${file}`);
  let withBookA: Diagnostic[];
  let withBookB: Diagnostic[];

  beforeAll(async () => {
    team = mkdtempSync(join(tmpdir(), 'huashu-team-'));
    writeFileSync(join(team, '.huashu.yaml'), config);
    writeFileSync(join(team, 'team.yaml'), book('等小李办'));
    withBookB = current();
    writeFileSync(join(team, 'team.yaml'), book('找小王办'));
    withBookA = current();
    writeFileSync(join(team, 'a.script.yaml'), scriptText);
    // The two configurations differ where it shows, and neither is the built-in check.
    expect(withBookA.map((d) => [d.code, d.severity])).toEqual([
      ['forbidden-phrase', 1],
      ['hardcoded-agent-id', 2],
    ]);
    expect(withBookB.map((d) => [d.code, d.severity])).toEqual([
      ['hardcoded-agent-id', 2],
      ['forbidden-phrase', 1],
    ]);
    client = new TestClient({ capabilities: CAPABILITIES, workspace: team, locale: 'en' });
    await client.initialize();
    script = uri(join(team, 'a.script.yaml'));
    await client.open(script, scriptText, 1);
    expect((await client.diagnostics(script, (p) => p.version === 1)).diagnostics).toEqual(withBookA);
  });

  afterAll(async () => {
    expectNoFailureLogged(client);
    expect(await client.shutdown()).toBe(0);
    rmSync(team, { recursive: true, force: true });
  });

  /** Waits for the script's diagnostics after a change: the given set, pushed again. */
  const scriptFollows = (diagnostics: Diagnostic[], what: string) =>
    client
      .nextDiagnostics(script, (p) => same(p.diagnostics, diagnostics))
      .catch(() => {
        throw new Error(
          `the script did not follow ${what}: ${JSON.stringify(client.latest.get(script)?.diagnostics.map((d) => d.code))}`,
        );
      });

  it('a .huashu.yaml with broken YAML: a config diagnostic at its line; the last good configuration stays', async () => {
    writeFileSync(join(team, '.huashu.yaml'), 'phrasebook: [team.yaml\nrules:\n  hardcoded-agent-id: off\n');
    const kept = scriptFollows(withBookA, 'the last good configuration');
    await changed([configUri(), 2]);
    const problem = await problemsOn(configUri(), /YAML syntax error in the configuration/);
    expect(problem.diagnostics[0]!.range.start.line).toBeGreaterThan(0);
    await kept;

    writeFileSync(join(team, '.huashu.yaml'), config);
    const back = scriptFollows(withBookA, 'the repaired configuration');
    await changed([configUri(), 2]);
    await noProblemsOn(configUri());
    await back;
  });

  it('a broken phrasebook file: a config diagnostic on it; its last good phrases stay', async () => {
    writeFileSync(join(team, 'team.yaml'), `${book('找小王办')}  - id: [broken\n`);
    const kept = scriptFollows(withBookA, 'the last good phrasebook');
    await changed([bookUri(), 2]);
    await problemsOn(bookUri(), /YAML syntax error/);
    await kept;
  });

  it('a phrasebook written twice in quick succession: the second version wins, no problem is left', async () => {
    // Broken, then good B, then one notification.
    writeFileSync(join(team, 'team.yaml'), 'phrases: [\n');
    writeFileSync(join(team, 'team.yaml'), book('等小李办'));
    const toB = scriptFollows(withBookB, 'phrasebook B');
    await changed([bookUri(), 2]);
    await toB;
    await noProblemsOn(bookUri());
    // Broken and notified, then good A and notified, without waiting in between.
    writeFileSync(join(team, 'team.yaml'), 'phrases: [\n');
    const toA = scriptFollows(withBookA, 'phrasebook A');
    await changed([bookUri(), 2]);
    writeFileSync(join(team, 'team.yaml'), book('找小王办'));
    await changed([bookUri(), 2]);
    await toA;
    await noProblemsOn(bookUri());
    await noProblemsOn(configUri());
    expect(client.latest.get(script)!.diagnostics).toEqual(withBookA);
  });

  it('a phrasebook deleted while the script is open: "cannot read" on the config; the phrases stay until it is back', async () => {
    unlinkSync(join(team, 'team.yaml'));
    const kept = scriptFollows(withBookA, 'the phrasebook in force before the deletion');
    await changed([bookUri(), 3]);
    const problem = await problemsOn(configUri(), /Cannot read the phrasebook file "team\.yaml"/);
    expect(problem.diagnostics[0]!.range.start).toEqual({ line: 0, character: 13 });
    await kept;

    writeFileSync(join(team, 'team.yaml'), book('等小李办'));
    const toB = scriptFollows(withBookB, 'the recreated phrasebook');
    await changed([bookUri(), 1]);
    await toB;
    await noProblemsOn(configUri());
  });

  it('a phrasebook replaced by a FIFO or by GBK text, a .huashu.yaml over 2 MB or nested 10,000 deep: a message, never a hang or a crash', async () => {
    const bookPath = join(team, 'team.yaml');
    const cases: { name: string; file: string; break(): void; problem: RegExp }[] = [
      {
        name: 'a FIFO',
        file: bookUri(),
        problem: /Cannot read the phrasebook file "team\.yaml"/,
        break: () => (unlinkSync(bookPath), execFileSync('mkfifo', [bookPath])),
      },
      {
        name: 'GBK text',
        file: bookUri(),
        problem: /Cannot read the phrasebook file "team\.yaml"/,
        break: () => (
          unlinkSync(bookPath),
          writeFileSync(
            bookPath,
            Buffer.concat([Buffer.from(book('')), Buffer.from([0xb2, 0xbb, 0xb9, 0xd8, 0xce, 0xd2, 0xca, 0xc2, 0x0a])]),
          )
        ),
      },
      {
        name: 'a 3 MB .huashu.yaml',
        file: configUri(),
        problem: /Cannot read the configuration file/,
        break: () => writeFileSync(join(team, '.huashu.yaml'), `${config}# ${'x'.repeat(3 * 1024 * 1024)}\n`),
      },
      {
        // Refused by the nesting limit before it reaches the YAML parser (which would run out of stack).
        name: 'a .huashu.yaml nested 10,000 deep',
        file: configUri(),
        problem: /^The file is nested \d+ levels deep, over the limit of 256$/,
        break: () =>
          writeFileSync(join(team, '.huashu.yaml'), `${config}x:\n  y: 1\nz:\n  ${'- '.repeat(10_000)}a: b\nw: 1\n`),
      },
    ];
    for (const { name, file, break: breakIt, problem } of cases) {
      breakIt();
      const kept = scriptFollows(withBookB, `the last good configuration (${name})`);
      await changed([file, 2]);
      await problemsOn(configUri(), problem);
      await kept;
      // Repaired: the problem goes, the script still follows the configuration.
      unlinkSync(bookPath);
      writeFileSync(bookPath, book('等小李办'));
      writeFileSync(join(team, '.huashu.yaml'), config);
      const back = scriptFollows(withBookB, `the repaired files (${name})`);
      await changed([bookUri(), 1], [configUri(), 2]);
      await back;
      await noProblemsOn(configUri());
    }
    // Nothing lost: a script opened now follows the current configuration.
    const other = uri(join(team, 'b.script.yaml'));
    await client.open(other, scriptText, 1);
    expect(
      (
        await within(
          client.diagnostics(other, (p) => p.version === 1),
          'b.script.yaml',
        )
      ).diagnostics,
    ).toEqual(withBookB);
  });
});

describe('team configuration through the CLI', () => {
  it('a broken .huashu.yaml is a config finding at its line; the scripts are still checked', async () => {
    const team = mkdtempSync(join(tmpdir(), 'huashu-team-cli-'));
    try {
      mkdirSync(join(team, 'scripts'));
      writeFileSync(join(team, '.huashu.yaml'), 'rules: [\n  hardcoded-agent-id: off\n');
      writeFileSync(join(team, 'scripts', 'a.script.yaml'), 'script: x\ngreeting: 您好，我是1023号\nclosing: 再见\n');
      const r = await cli(['check', team, '--format', 'json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const results = JSON.parse(r.stdout) as {
        file: string;
        diagnostics: { code: string; message: string; range: { start: { line: number } } }[];
      }[];
      expect(results.map((x) => x.file.split('/').pop())).toEqual(['.huashu.yaml', 'a.script.yaml']);
      expect(results[0]!.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['config', 2]]);
      expect(results[0]!.diagnostics[0]!.message).toMatch(/YAML syntax error in the configuration/);
      expect(results[1]!.diagnostics.map((d) => d.code)).toContain('hardcoded-agent-id');
    } finally {
      rmSync(team, { recursive: true, force: true });
    }
  });

  it('a .huashu.yaml nested 10,000 deep is a config finding, not a crash; the scripts are still checked', async () => {
    const team = mkdtempSync(join(tmpdir(), 'huashu-team-cli-'));
    try {
      writeFileSync(join(team, '.huashu.yaml'), `rules: {}\nx:\n  y: 1\nz:\n  ${'- '.repeat(10_000)}a: b\nw: 1\n`);
      writeFileSync(join(team, 'a.script.yaml'), 'script: x\ngreeting: 您好，我是1023号\nclosing: 再见\n');
      const r = await cli(['check', team, '--format', 'json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const results = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; message: string }[] }[];
      expect(results.map((x) => x.file.split('/').pop())).toEqual(['.huashu.yaml', 'a.script.yaml']);
      expect(results[0]!.diagnostics.map((d) => d.code)).toContain('config');
      expect(results[0]!.diagnostics[0]!.message).toMatch(
        /^The file is nested \d+ levels deep, over the limit of 256$/,
      );
      expect(results[1]!.diagnostics.map((d) => d.code)).toContain('hardcoded-agent-id');
      expect(r.ms).toBeLessThan(BOUND_MS);
    } finally {
      rmSync(team, { recursive: true, force: true });
    }
  });
});
