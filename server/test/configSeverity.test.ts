import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';
import { ConfigStore } from '../src/files/configStore';
import type { SettingsCache } from '../src/lsp/documentSettings';
import { createScriptConfigs } from '../src/lsp/scriptConfigs';
import { configDiagnostics, createScriptService, settingsForConfigFile, type CheckSettings } from '../src/service';

const CLEAN_SCRIPT = 'script: x\ngreeting: 您好，工号{agent_id}为您服务。\nclosing: 再见\n';
/** A rule level that does not exist: one `config` error. */
const BROKEN = 'rules:\n  forbidden-phrase: loud\n';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'huashu-config-level-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function problemsOf(root: string) {
  const state = new ConfigStore('docs', root).get(join(root, '.huashu.yaml'));
  expect(state.problems).toHaveLength(1);
  return state;
}

const levels = (byFile: Map<string, Array<{ severity?: number; code?: unknown }>>) =>
  [...byFile.values()].flat().map((d) => `${String(d.code)}:${d.severity}`);

describe('the config rule level, in the service', () => {
  const root = workspace({ '.huashu.yaml': BROKEN });
  const { problems, texts } = problemsOf(root);
  const at = (rules: CheckSettings['rules']) =>
    levels(configDiagnostics(problems, texts, { locale: 'en', rules }, 'docs'));

  it('is an error by default', () => {
    expect(at({})).toEqual(['config:1']);
  });

  it('follows the settings: off reports nothing, other levels set the severity', () => {
    expect(at({ config: 'off' })).toEqual([]);
    expect(at({ config: 'warning' })).toEqual(['config:2']);
    expect(at({ config: 'hint' })).toEqual(['config:4']);
  });

  it("takes the rules of the configuration in force over the shell's settings", () => {
    const root = workspace({ '.huashu.yaml': 'rules: { config: warning }\n' });
    const store = new ConfigStore('docs', root);
    store.load(join(root, '.huashu.yaml'));
    writeFileSync(join(root, '.huashu.yaml'), `rules: { config: warning }\n${BROKEN}`);
    const state = store.load(join(root, '.huashu.yaml'));
    expect(state.problems).toHaveLength(1);
    const settings = settingsForConfigFile(state.resolved, { locale: 'en', rules: { config: 'off' } });
    expect(levels(configDiagnostics(state.problems, state.texts, settings, 'docs'))).toEqual(['config:2']);
  });
});

describe('the config rule level, in the CLI', () => {
  async function cli(args: string[]) {
    let stdout = '';
    const code = await runCli(args, {
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      env: { LANG: 'en' },
      isTTY: false,
    });
    return { code, stdout };
  }

  it('--rule config=off drops the config findings and exits 0 when nothing else is wrong', async () => {
    const root = workspace({ '.huashu.yaml': BROKEN, 'x.script.yaml': CLEAN_SCRIPT });
    const before = await cli(['check', join(root, 'x.script.yaml'), '--format', 'json']);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('"code": "config"');
    const off = await cli(['check', join(root, 'x.script.yaml'), '--format', 'json', '--rule', 'config=off']);
    expect(off.stdout).not.toContain('"code": "config"');
    expect(off.code).toBe(0);
  });

  it('--rule config=warning reports them as warnings, which do not fail the run', async () => {
    const root = workspace({ '.huashu.yaml': BROKEN, 'x.script.yaml': CLEAN_SCRIPT });
    const r = await cli(['check', join(root, 'x.script.yaml'), '--format', 'json', '--rule', 'config=warning']);
    const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; severity: string }> }>;
    expect(out.flatMap((f) => f.diagnostics).map((d) => `${d.code}:${d.severity}`)).toEqual(['config:warning']);
    expect(r.code).toBe(0);
  });
});

describe('the config rule level, in the language server', () => {
  function settingsCache(rules: CheckSettings['rules']): SettingsCache {
    const settings = { enable: true, check: { locale: 'en' as const, rules } };
    return { get: async () => settings, prefetch: async () => {}, forget: () => {}, reset: () => {} };
  }

  async function published(rules: CheckSettings['rules']) {
    const root = workspace({ '.huashu.yaml': BROKEN, 'x.script.yaml': CLEAN_SCRIPT });
    const configs = createScriptConfigs(settingsCache(rules), 'en', 'docs', createScriptService());
    configs.setFolders([root]);
    await configs.target(pathToFileURL(join(root, 'x.script.yaml')).href);
    return levels(configs.problems());
  }

  it('publishes them again when the editor changes the level', async () => {
    const root = workspace({ '.huashu.yaml': BROKEN, 'x.script.yaml': CLEAN_SCRIPT });
    let rules: CheckSettings['rules'] = {};
    const cache = {
      ...settingsCache({}),
      get: async () => ({ enable: true, check: { locale: 'en' as const, rules } }),
    };
    const configs = createScriptConfigs(cache, 'en', 'docs', createScriptService());
    configs.setFolders([root]);
    const uri = pathToFileURL(join(root, 'x.script.yaml')).href;
    await configs.target(uri);
    const version = configs.version();
    expect(levels(configs.problems())).toEqual(['config:1']);
    rules = { config: 'off' };
    await configs.target(uri);
    expect(configs.version()).toBeGreaterThan(version);
    expect(levels(configs.problems())).toEqual([]);
  });

  it("follows the editor's huashu.rules for the configuration's problems", async () => {
    expect(await published({})).toEqual(['config:1']);
    expect(await published({ config: 'off' })).toEqual([]);
    expect(await published({ config: 'information' })).toEqual(['config:3']);
  });
});
