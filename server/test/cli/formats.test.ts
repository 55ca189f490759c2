/** `--format gitlab` (Code Quality) and `--format junit`: snapshots, GitLab's documented fields, and JUnit parsed by a real XML parser. */
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, type FileResult } from '../../src/cli/formatters';
import { createScriptService } from '../../src/service';
import { cli, script, tempDir } from './cliRun';

const service = createScriptService();
const OPTIONS = { locale: 'en' as const, color: false, version: '0.0.0', docsUrl: 'file:///docs/rules.md' };
const result = (file: string, text: string): FileResult => ({
  file,
  text,
  diagnostics: service.validate(text, { locale: 'en', rules: Object.create(null) }),
});
const RESULTS = [
  result('calls/a.script.yaml', script('你们真烦人，真烦人 & <真烦人>')),
  result('calls/b.script.yaml', script('我的工号是1023')),
  result('calls/clean.script.yaml', script('好的')),
];

/** Fixed findings for the snapshots, so that they change only with the formats themselves. */
const finding = (code: string, severity: 1 | 2 | 3 | 4, line: number, start: number, end: number, message: string) => ({
  code,
  severity,
  message,
  range: { start: { line, character: start }, end: { line, character: end } },
});
const FIXED: FileResult[] = [
  {
    file: 'calls/a.script.yaml',
    text: script('你们真烦人，真烦人'),
    diagnostics: [
      finding('forbidden-phrase', 1, 3, 13, 16, 'Forbidden phrase: "真烦人"'),
      finding('forbidden-phrase', 1, 3, 17, 20, 'Forbidden phrase: "真烦人"'),
    ],
  },
  {
    file: 'calls/b.script.yaml',
    text: script('我的工号是1023'),
    diagnostics: [finding('hardcoded-agent-id', 2, 3, 16, 20, 'Hard-coded agent number "1023" & <more>')],
  },
  { file: 'calls/clean.script.yaml', text: script('好的'), diagnostics: [] },
];

/** GitLab's documented Code Quality fields (docs.gitlab.com, "Code Quality report format"). */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', pattern: '^[^/]' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

interface Issue {
  check_name: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

describe('--format gitlab', () => {
  const report = FORMATTERS.gitlab!(RESULTS, OPTIONS);

  it('matches its snapshot', () => {
    expect(FORMATTERS.gitlab!(FIXED, OPTIONS)).toMatchSnapshot();
  });

  it('has every field GitLab documents, of the documented types', () => {
    const validate = new Ajv({ allErrors: true }).compile(CODE_QUALITY_SCHEMA);
    const issues: unknown = JSON.parse(report);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect((issues as Issue[]).map((i) => `${i.location.path}:${i.location.lines.begin}:${i.check_name}`)).toEqual([
      'calls/a.script.yaml:4:forbidden-phrase',
      'calls/a.script.yaml:4:forbidden-phrase',
      'calls/a.script.yaml:4:forbidden-phrase',
      'calls/b.script.yaml:4:hardcoded-agent-id',
    ]);
  });

  it('gives unique fingerprints that do not change when lines are added above', () => {
    const issues = JSON.parse(report) as Issue[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const moved = script('你们真烦人，真烦人 & <真烦人>').replace(
      'steps:\n',
      'steps:\n  - agent: 好的\n  - agent: 请稍等\n',
    );
    const after = JSON.parse(FORMATTERS.gitlab!([result('calls/a.script.yaml', moved)], OPTIONS)) as Issue[];
    expect(after.map((i) => i.location.lines.begin)).toEqual([6, 6, 6]);
    expect(after.map((i) => i.fingerprint)).toEqual(issues.slice(0, 3).map((i) => i.fingerprint));
  });

  it('names files relative to the current folder, with /', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', join(dir, 'a.script.yaml'), '--format', 'gitlab']);
    expect(r.code).toBe(1);
    const [issue] = JSON.parse(r.stdout) as Issue[];
    expect(issue!.location.path).toBe(join(dir, 'a.script.yaml'));
    expect(
      FORMATTERS.gitlab!([result(join(process.cwd(), 'x', 'a.script.yaml'), script('你们真烦人'))], OPTIONS),
    ).toContain('"path": "x/a.script.yaml"');
  });
});

type Node = Record<string, unknown>;
const list = (x: unknown): Node[] => (x === undefined ? [] : Array.isArray(x) ? (x as Node[]) : [x as Node]);

describe('--format junit', () => {
  const report = FORMATTERS.junit!(RESULTS, OPTIONS);

  it('matches its snapshot', () => {
    expect(FORMATTERS.junit!(FIXED, OPTIONS)).toMatchSnapshot();
  });

  it('is well-formed XML with the JUnit structure: testsuites, a testsuite per file, counts that add up', () => {
    expect(XMLValidator.validate(report)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(report) as Node;
    const root = doc.testsuites as Node;
    const suites = list(root.testsuite);
    expect(suites.map((s) => s['@name'])).toEqual([
      'calls/a.script.yaml',
      'calls/b.script.yaml',
      'calls/clean.script.yaml',
    ]);
    let tests = 0;
    let failures = 0;
    for (const suite of suites) {
      const cases = list(suite.testcase);
      expect(Number(suite['@tests'])).toBe(cases.length);
      const failed = cases.filter((c) => c.failure !== undefined).length;
      expect(Number(suite['@failures'])).toBe(failed);
      for (const c of cases) {
        expect(c['@classname']).toBe(suite['@name']);
        expect(typeof c['@name']).toBe('string');
      }
      tests += cases.length;
      failures += failed;
    }
    expect([Number(root['@tests']), Number(root['@failures'])]).toEqual([tests, failures]);
    expect([tests, failures]).toEqual([5, 4]);
    const failure = list(suites[0]!.testcase)[0]!.failure as Node;
    expect(failure['@type']).toBe('forbidden-phrase');
    expect(String(failure['#text'])).toMatch(/^calls\/a\.script\.yaml:4:14 error /);
  });

  it('keeps file names and messages with markup and control characters well-formed', () => {
    const text = script('你们真烦人');
    const out = FORMATTERS.junit!([{ ...result('<a&"b">\u0001\ud800.script.yaml', text) }], OPTIONS);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('name="&lt;a&amp;&quot;b&quot;&gt;\\x01\ufffd.script.yaml"');
  });

  it('passes warnings, with their message in system-out', () => {
    const out = FORMATTERS.junit!(
      [result('a.script.yaml', script('你们真烦人'))].map((r) => ({
        ...r,
        diagnostics: r.diagnostics.map((d) => ({ ...d, severity: 2 as const })),
      })),
      OPTIONS,
    );
    expect(out).not.toContain('<failure');
    expect(out).toContain('<system-out>a.script.yaml:4:14 warning ');
  });
});
