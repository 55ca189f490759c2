import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../src/files/configStore';
import { runCli } from '../src/cli/run';
import { createScriptService, localize, parseConfig, type CheckSettings } from '../src/service';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'huashu-channel-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A clean script but for one price quote, on the given channel line (none: the default, phone). */
const script = (channelLine: string) =>
  `script: x\n${channelLine}greeting: 您好，工号{agent_id}为您服务。\nsteps:\n  - agent: 这个配件860块。\nclosing: 感谢您的来电，再见。\n`;
const CHAT = script('channel: chat\n');
const PHONE = script('channel: phone\n');
const DEFAULT = script('');

const BASE: CheckSettings = { locale: 'en', rules: {} };

function priceQuoteLevels(config: string, path: string, settings: CheckSettings = BASE) {
  const root = workspace({ '.huashu.yaml': config });
  const store = new ConfigStore('docs', root);
  expect(store.load(join(root, '.huashu.yaml')).problems).toEqual([]);
  const { service, settings: own } = store.forScript(join(root, path), settings);
  const level = (text: string) =>
    service
      .validate(text, own)
      .filter((d) => d.code === 'price-quote')
      .map((d) => d.severity)[0] ?? 'off';
  return { chat: level(CHAT), phone: level(PHONE), default: level(DEFAULT) };
}

function problemsOf(text: string): string[] {
  const { problems } = parseConfig('/ws/.huashu.yaml', '/ws', text);
  return problems.map((p) => `${text.slice(p.span.start, p.span.end)}: ${localize(p.message, 'en', p.args)}`);
}

describe('overrides by channel', () => {
  it('turns a rule off for the scripts of a channel, and only for them', () => {
    const levels = priceQuoteLevels(
      'overrides:\n  - channel: chat\n    rules: { price-quote: off }\n',
      'a.script.yaml',
    );
    expect(levels).toEqual({ chat: 'off', phone: 2, default: 2 });
  });

  it('takes a script without channel as a phone script', () => {
    const levels = priceQuoteLevels(
      'overrides:\n  - channel: phone\n    rules: { price-quote: off }\n',
      'a.script.yaml',
    );
    expect(levels).toEqual({ chat: 2, phone: 'off', default: 'off' });
  });

  it('combines a channel with file globs: both must match', () => {
    const config = 'overrides:\n  - files: "callback/**"\n    channel: [chat]\n    rules: { price-quote: off }\n';
    expect(priceQuoteLevels(config, 'callback/a.script.yaml')).toEqual({ chat: 'off', phone: 2, default: 2 });
    expect(priceQuoteLevels(config, 'sales/a.script.yaml')).toEqual({ chat: 2, phone: 2, default: 2 });
  });

  it('keeps the order of the entries: a later entry wins over an earlier one', () => {
    const later =
      'overrides:\n  - channel: chat\n    rules: { price-quote: off }\n  - files: "**"\n    rules: { price-quote: error }\n';
    expect(priceQuoteLevels(later, 'a.script.yaml')).toEqual({ chat: 1, phone: 1, default: 1 });
    const earlier =
      'overrides:\n  - files: "**"\n    rules: { price-quote: error }\n  - channel: chat\n    rules: { price-quote: off }\n';
    expect(priceQuoteLevels(earlier, 'a.script.yaml')).toEqual({ chat: 'off', phone: 1, default: 1 });
  });

  it('wins over the editor settings and the config rules, as the other overrides do', () => {
    const config = 'rules: { price-quote: error }\noverrides:\n  - channel: chat\n    rules: { price-quote: hint }\n';
    expect(priceQuoteLevels(config, 'a.script.yaml', { locale: 'en', rules: { 'price-quote': 'off' } })).toEqual({
      chat: 4,
      phone: 1,
      default: 1,
    });
  });

  it('follows the channel the script says now, also in the hover', () => {
    const root = workspace({ '.huashu.yaml': 'overrides:\n  - channel: chat\n    rules: { forbidden-phrase: off }\n' });
    const { service, settings } = new ConfigStore('docs', root).forScript(join(root, 'a.script.yaml'), BASE);
    const text = (channel: string) =>
      `script: x\nchannel: ${channel}\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n  - agent: 真烦人\nclosing: 感谢您的来电，再见。\n`;
    const at = { line: 4, character: 13 };
    expect(service.hover(text('phone'), at, settings)).not.toBeNull();
    expect(service.hover(text('chat'), at, settings)).toBeNull();
  });

  it('applies only the entries without a channel to a script whose channel is not valid', () => {
    const config =
      'overrides:\n  - channel: chat\n    rules: { price-quote: off }\n  - files: "**"\n    rules: { price-quote: hint }\n';
    const root = workspace({ '.huashu.yaml': config });
    const { service, settings } = new ConfigStore('docs', root).forScript(join(root, 'a.script.yaml'), BASE);
    const d = service.validate(script('channel: fax\n'), settings).filter((x) => x.code === 'price-quote');
    expect(d.map((x) => x.severity)).toEqual([4]);
  });

  it('lets the CLI --rule win over a channel override', async () => {
    const root = workspace({
      '.huashu.yaml': 'overrides:\n  - channel: chat\n    rules: { price-quote: off }\n',
      'a.script.yaml': CHAT,
    });
    const out: string[] = [];
    const code = await runCli(
      ['check', join(root, 'a.script.yaml'), '--rule', 'price-quote=error', '--format', 'json'],
      {
        stdout: (s) => void out.push(s),
        stderr: () => {},
        env: { LANG: 'en' },
        isTTY: false,
      },
    );
    expect(code).toBe(1);
    expect(out.join('')).toContain('"price-quote"');
  });
});

describe('overrides.channel: mistakes', () => {
  it('accepts a channel or a list of channels, with or without files', () => {
    expect(problemsOf('overrides:\n  - channel: chat\n    rules: {}\n')).toEqual([]);
    expect(problemsOf('overrides:\n  - channel: [chat, phone]\n    files: "a/**"\n    rules: {}\n')).toEqual([]);
  });

  it('reports a channel that does not exist, with the valid ones', () => {
    expect(problemsOf('overrides:\n  - channel: [chat, fax]\n    rules: {}\n')).toEqual([
      'fax: Unknown channel "fax"; channels: phone, chat',
    ]);
    expect(problemsOf('overrides:\n  - channel: 3\n    rules: {}\n')).toEqual([
      '3: Unknown channel "3"; channels: phone, chat',
    ]);
    expect(problemsOf('overrides:\n  - channel: {a: 1}\n    rules: {}\n')).toEqual([
      '{a: 1}: "channel" must be a list',
    ]);
  });

  it('asks for files or channel when an entry has neither', () => {
    expect(problemsOf('overrides:\n  - rules: { price-quote: off }\n')).toEqual([
      'rules: { price-quote: off }\n: An override needs "files", "channel" or both',
    ]);
  });
});

describe('the service without a configuration', () => {
  it('ignores channel rules it is not given', () => {
    const d = createScriptService().validate(CHAT, BASE);
    expect(d.filter((x) => x.code === 'price-quote')).toHaveLength(1);
  });
});
