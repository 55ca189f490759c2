/** The language server honours the baseline: accepted findings as hints (`hint`) or left out (`hide`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withBaseline } from '../../src/lsp/baseline';
import { baselineSettingsFrom, type BaselineSettings } from '../../src/lsp/baselineSettings';
import type { DocumentSettings, SettingsCache } from '../../src/lsp/documentSettings';
import type { ScriptConfigs } from '../../src/lsp/scriptConfigs';
import { baselineEntries, baselineFindings, createScriptService, serializeBaseline } from '../../src/service';
import { tempDir } from '../cli/cliRun';

const service = createScriptService();
const SCRIPT = (...turns: string[]) =>
  `script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n${turns.map((t) => `  - agent: ${t}\n`).join('')}closing: 感谢您的来电，再见！\n`;
const check = { locale: 'en' as const, rules: Object.create(null) as DocumentSettings['check']['rules'] };

function setup(baseline: BaselineSettings | undefined) {
  const root = tempDir('huashu-lsp-baseline-');
  mkdirSync(join(root, 'calls'));
  const old = SCRIPT('你们真烦人');
  writeFileSync(
    join(root, '.huashu-baseline.json'),
    serializeBaseline(baselineEntries('calls/a.script.yaml', baselineFindings(old, service.validate(old)))),
  );
  const configs = {
    setFolders: () => undefined,
    target: async () => ({ enable: true, service, settings: check }),
  } as unknown as ScriptConfigs;
  const settings = {
    get: async () => ({ enable: true, check, ...(baseline ? { baseline } : {}) }),
  } as unknown as SettingsCache;
  const wrapped = withBaseline(configs, settings);
  wrapped.setFolders([root]);
  const validate = async (name: string, text: string) => {
    const target = await wrapped.target(pathToFileURL(join(root, 'calls', name)).href);
    return target.service
      .validate(text, target.settings)
      .map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`);
  };
  return { root, validate };
}

describe('the baseline in the editor', () => {
  const edited = SCRIPT('请稍等', '你们真烦人', '声音大点');

  it('shows accepted findings as hints by default, and new ones as they are', async () => {
    const { validate } = setup(undefined);
    expect(await validate('a.script.yaml', edited)).toEqual(['5:forbidden-phrase:4', '6:forbidden-phrase:1']);
  });

  it('hides them with mode hide', async () => {
    const { validate } = setup(baselineSettingsFrom({ mode: 'hide' }));
    expect(await validate('a.script.yaml', edited)).toEqual(['6:forbidden-phrase:1']);
  });

  it('leaves other files alone', async () => {
    const { validate } = setup(undefined);
    expect(await validate('b.script.yaml', edited)).toEqual(['5:forbidden-phrase:1', '6:forbidden-phrase:1']);
  });

  it('reads huashu.baseline.file, and reads the file again when it changes', async () => {
    const { root, validate } = setup(baselineSettingsFrom({ file: 'other.json' }));
    expect(await validate('a.script.yaml', edited)).toEqual(['5:forbidden-phrase:1', '6:forbidden-phrase:1']);
    writeFileSync(
      join(root, 'other.json'),
      serializeBaseline([
        { file: 'calls/a.script.yaml', rule: 'forbidden-phrase', text: '声音大点', count: 1, lines: [6] },
      ]),
    );
    expect(await validate('a.script.yaml', edited)).toEqual(['5:forbidden-phrase:1', '6:forbidden-phrase:4']);
  });

  it('cleans up its settings', () => {
    expect(baselineSettingsFrom(undefined)).toEqual({ mode: 'hint', file: '.huashu-baseline.json' });
    expect(baselineSettingsFrom({ mode: 'loud', file: ' ' })).toEqual({ mode: 'hint', file: '.huashu-baseline.json' });
  });
});
