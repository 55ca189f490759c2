import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSettingsFrom, localeSetting } from '../../src/lsp/documentSettings';
import { localize, settingsFrom, toLocale } from '../../src/service';

const ROOT = join(__dirname, '..', '..', '..');

describe('locales', () => {
  it('reads Traditional from display languages and POSIX locales', () => {
    expect(['zh-tw', 'zh-TW', 'zh_TW.UTF-8', 'zh-HK', 'zh_hk', 'zh-Hant', 'zh-Hant-TW', 'zh-MO'].map(toLocale)).toEqual(
      Array(8).fill('zh-tw'),
    );
    expect(['zh-cn', 'zh', 'zh_CN.UTF-8', 'zh-Hans', 'zh-SG'].map(toLocale)).toEqual(Array(5).fill('zh'));
    expect(['en', 'C.UTF-8', '', undefined, 'de-DE'].map(toLocale)).toEqual(Array(5).fill('en'));
  });

  it('renders zh-tw by converting the Chinese text by phrase', () => {
    const m = { zh: '请留下联系方式，我们会回复您：{name}', en: 'Leave your number: {name}' };
    expect(localize(m, 'zh-tw', { name: 'x' })).toBe('請留下聯繫方式，我們會回覆您：x');
    expect(localize(m, 'zh', { name: 'x' })).toBe('请留下联系方式，我们会回复您：x');
    expect(localize(m, 'en', { name: 'x' })).toBe('Leave your number: x');
  });

  it('cleans the locale of settings from an untrusted source', () => {
    expect(settingsFrom({ locale: 'zh-tw' }).locale).toBe('zh-tw');
    expect(settingsFrom({ locale: 'zh-cn' }).locale).toBe('zh');
    expect(settingsFrom({ locale: 42 }).locale).toBe('en');
  });
});

describe('the huashu.locale setting', () => {
  it('overrides the display language, and auto or nonsense follows it', () => {
    expect(localeSetting('zh-tw', 'en')).toBe('zh-tw');
    expect(localeSetting('zh-cn', 'en')).toBe('zh');
    expect(localeSetting('en', 'zh')).toBe('en');
    expect(localeSetting('auto', 'zh-tw')).toBe('zh-tw');
    expect(localeSetting(undefined, 'zh')).toBe('zh');
    expect(localeSetting('fr', 'zh')).toBe('zh');
    expect(documentSettingsFrom({ locale: 'zh-tw', rules: {} }, 'en').check.locale).toBe('zh-tw');
    expect(documentSettingsFrom({ locale: 'auto' }, 'zh').check.locale).toBe('zh');
  });

  it('is declared for every resource, with its values described in both languages', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: {
        configuration: { properties: Record<string, { scope: string; enum: string[]; default: string }> };
      };
    };
    const setting = manifest.contributes.configuration.properties['huashu.locale']!;
    expect(setting).toMatchObject({ scope: 'resource', default: 'auto', enum: ['auto', 'zh-cn', 'zh-tw', 'en'] });
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
      for (const key of ['huashu.locale', ...setting.enum.map((v) => `huashu.locale.${v}`)])
        expect(nls[key], `${file}: ${key}`).toBeTruthy();
    }
  });
});

describe('the VS Code client in Traditional Chinese', () => {
  it('has a Traditional translation of every string the Simplified bundle has', () => {
    const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'l10n', name), 'utf8')) as Record<string, string>;
    const cn = read('bundle.l10n.zh-cn.json');
    const tw = read('bundle.l10n.zh-tw.json');
    expect(Object.keys(tw).sort()).toEqual(Object.keys(cn).sort());
    for (const [key, text] of Object.entries(tw)) {
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(text, key).not.toMatch(/[语务启动详无]/);
      expect([...text.matchAll(/\{\d\}/g)].map(String), key).toEqual([...key.matchAll(/\{\d\}/g)].map(String));
    }
  });
});
