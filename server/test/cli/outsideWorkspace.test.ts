/**
 * Phrasebooks and configurations are read only from inside the workspace, judged by real
 * paths: a symbolic link inside the workspace that leads out of it is refused, so a secret
 * file's key names never reach diagnostics or SARIF.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../../src/files/configStore';
import { localize } from '../../src/service';
import { cli, script, tempDir } from './cliRun';

const SECRET = 'AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI\naws_session_token: FwoGZXIvYXdz\n';
const TEAM =
  'version: 1\ncategories:\n  soothe: { zh: 安抚, en: Soothing }\nphrases:\n  - id: soothe-1\n    text: 您别着急。\n    category: soothe\n';

/** A workspace `ws` and, beside it, a folder `outside` with a secret file. */
function layout(): { ws: string; outside: string } {
  const top = tempDir('huashu-links-');
  const ws = join(top, 'ws');
  const outside = join(top, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'creds.yaml'), SECRET);
  writeFileSync(join(ws, 'x.script.yaml'), script('好的'));
  return { ws, outside };
}

const messages = (store: ConfigStore, config: string) => {
  const state = store.load(config);
  return { state, texts: state.problems.map((p) => localize(p.message, 'en', p.args)) };
};

describe('a phrasebook reached through a symbolic link', () => {
  it('a link to a file outside the workspace is refused with the outside-the-workspace message, and never read', () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'creds.yaml'), join(ws, 'team.yaml'));
    writeFileSync(join(ws, '.huashu.yaml'), 'phrasebook: [team.yaml]\n');
    const { state, texts } = messages(new ConfigStore('docs', ws), join(ws, '.huashu.yaml'));
    expect(texts).toEqual(['Refused to read "team.yaml": it is outside the workspace']);
    expect([...state.texts.keys()]).toEqual([join(ws, '.huashu.yaml')]);
  });

  it('a link to a folder outside the workspace is refused too', () => {
    const { ws, outside } = layout();
    symlinkSync(outside, join(ws, 'shared'));
    writeFileSync(join(ws, '.huashu.yaml'), 'phrasebook: [shared/creds.yaml]\n');
    expect(messages(new ConfigStore('docs', ws), join(ws, '.huashu.yaml')).texts).toEqual([
      'Refused to read "shared/creds.yaml": it is outside the workspace',
    ]);
  });

  it('a link that stays inside the workspace, and a workspace opened through a link, are read', () => {
    const { ws } = layout();
    mkdirSync(join(ws, 'data'));
    writeFileSync(join(ws, 'data', 'team.yaml'), TEAM);
    symlinkSync(join(ws, 'data', 'team.yaml'), join(ws, 'team.yaml'));
    writeFileSync(join(ws, '.huashu.yaml'), 'phrasebook: [team.yaml]\n');
    const viaLink = `${ws}-link`;
    symlinkSync(ws, viaLink);
    for (const root of [ws, viaLink]) {
      const { state, texts } = messages(new ConfigStore('docs', root), join(root, '.huashu.yaml'));
      expect(texts, root).toEqual([]);
      expect(
        state.resolved?.phrasebook.book.approved.some((p) => p.id === 'soothe-1'),
        root,
      ).toBe(true);
    }
  });
});

describe('a .huashu.yaml that is a link out of the workspace', () => {
  it('is refused with a config problem on it that names no key of the target', () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'creds.yaml'), join(ws, '.huashu.yaml'));
    const store = new ConfigStore('docs', ws);
    const found = store.forScript(join(ws, 'x.script.yaml'), { locale: 'en', rules: {} });
    const texts = found.config!.problems.map((p) => localize(p.message, 'en', p.args));
    expect(texts).toEqual([
      `Refused to read this configuration: it links to "${join(outside, 'creds.yaml')}", outside the workspace`,
    ]);
    expect(found.config!.texts.size).toBe(0);
  });

  it('given explicitly with --config, it is read: the user named it', async () => {
    const { ws, outside } = layout();
    writeFileSync(join(outside, 'team.huashu.yaml'), 'rules:\n  forbidden-phrase: off\n');
    symlinkSync(join(outside, 'team.huashu.yaml'), join(ws, 'named.yaml'));
    writeFileSync(join(ws, 'y.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', join(ws, 'y.script.yaml'), '--config', join(ws, 'named.yaml'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { file: join(ws, 'y.script.yaml'), diagnostics: [], timing: expect.any(Array) },
    ]);
  });
});

describe('huashu check --format sarif', () => {
  it('holds no key name of a secret file linked as a phrasebook or as the configuration', async () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'creds.yaml'), join(ws, 'team.yaml'));
    mkdirSync(join(ws, 'sub'));
    writeFileSync(join(ws, 'sub', 'z.script.yaml'), script('好的'));
    symlinkSync(join(outside, 'creds.yaml'), join(ws, 'sub', '.huashu.yaml'));
    writeFileSync(join(ws, '.huashu.yaml'), 'phrasebook: [team.yaml]\n');
    const r = await cli(['check', ws, '--format', 'sarif']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/AWS_SECRET_ACCESS_KEY|aws_session_token|wJalrXUtnFEMI/);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{ ruleId: string; message: { text: string } }>;
    expect(results.map((x) => x.message.text).sort()).toEqual([
      'Refused to read "team.yaml": it is outside the workspace',
      `Refused to read this configuration: it links to "${join(outside, 'creds.yaml')}", outside the workspace`,
    ]);
  });
});

describe('a glob match that links out of the workspace', () => {
  it('is skipped with one line naming where it leads, never read; exit 2', async () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'creds.yaml'), join(ws, 'leak.script.yaml'));
    const r = await cli(['check', `${ws}/*.script.yaml`, '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `huashu: Skipped "${join(ws, 'leak.script.yaml')}": it links to "${join(outside, 'creds.yaml')}", outside the workspace\n`,
    );
    expect(r.stdout).not.toMatch(/AWS_SECRET_ACCESS_KEY|aws_session_token|wJalrXUtnFEMI/);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
    expect(results.every((x) => !x.locations[0]!.physicalLocation.artifactLocation.uri.includes('leak'))).toBe(true);
  });

  it('is read when named on its own: the user chose it', async () => {
    const { ws, outside } = layout();
    writeFileSync(join(outside, 'shared.script.yaml'), script('好的'));
    symlinkSync(join(outside, 'shared.script.yaml'), join(ws, 'shared.script.yaml'));
    const r = await cli(['check', join(ws, 'shared.script.yaml'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { file: join(ws, 'shared.script.yaml'), diagnostics: [], timing: expect.any(Array) },
    ]);
  });
});
