import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import type { CheckSettings } from '../../src/service';
import { applyEdits, cursor, en, service, zh } from '../cursor';

const zhTw: CheckSettings = { locale: 'zh-tw', rules: {} };
const URI = 'file:///work/t.script.yaml';

/** A Traditional script (Taiwan forms: 為) whose one step says a forbidden phrase. */
const traditional = [
  'script: 投訴受理',
  'greeting: 您好，工號{agent_id}為您服務，請問有什麼可以幫您？',
  'steps:',
  '  - agent: 我問你，急什麼？',
  'closing: 感謝您的來電，再見！',
  '',
].join('\n');
const simplified = traditional
  .replace('投訴受理', '投诉受理')
  .replace('工號{agent_id}為您服務，請問有什麼可以幫您', '工号{agent_id}为您服务，请问有什么可以帮您')
  .replace('我問你，急什麼', '我问你，急什么')
  .replace('感謝您的來電', '感谢您的来电');

const forbidden = (text: string, settings: CheckSettings) =>
  service.validate(text, settings).find((d) => d.code === 'forbidden-phrase')!;
const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const replacements = (d: Diagnostic) => (d.data as { replacements: string[] }).replacements;
function fixes(text: string, settings: CheckSettings): CodeAction[] {
  const d = forbidden(text, settings);
  return service.codeActions(text, URI, d.range, [d], settings).filter((a) => a.kind === 'quickfix');
}
function hoverText(text: string, needle: string, settings: CheckSettings): string {
  const at = text.indexOf(needle) + 1;
  const { position } = cursor(text.slice(0, at) + '|' + text.slice(at));
  return (service.hover(text, position, settings)!.contents as MarkupContent).value;
}

describe('Traditional in, Traditional out', () => {
  it('gives a Traditional script Traditional messages with the zh locale', () => {
    expect(message(forbidden(traditional, zh))).toMatch(/^服務忌語（教訓語）/);
    expect(message(forbidden(traditional, zh))).not.toMatch(/[务语训]/);
  });

  it('inserts Traditional replacements in the writer’s forms, whatever the locale', () => {
    for (const settings of [zh, en, zhTw]) {
      expect(replacements(forbidden(traditional, settings))[0]).toBe('請您別著急，慢慢講，我們會盡力幫您解決。');
    }
    const [first] = fixes(traditional, zh);
    expect(first!.title).toBe('改為“我問你，請您別著急，慢慢講，我們會盡力幫您解決。”');
    expect(applyEdits(traditional, first!.edit!.changes![URI]!)).toContain(
      '  - agent: 我問你，請您別著急，慢慢講，我們會盡力幫您解決。',
    );
  });

  it('fixes all in Traditional too', () => {
    const d = forbidden(traditional, zh);
    const all = service.codeActions(traditional, URI, d.range, [d], zh, ['source.fixAll']);
    const fixed = applyEdits(traditional, all.find((a) => a.kind?.startsWith('source.fixAll'))!.edit!.changes![URI]!);
    expect(fixed).toContain('請您別著急');
    expect(fixed).not.toMatch(/[请别着讲们尽帮决]/);
  });

  it('hovers in Traditional', () => {
    const value = hoverText(traditional, '急什麼', zh);
    expect(value).toMatch(/^\*\*教訓語\*\*（錯誤）/);
    expect(value).toContain('請改說：');
    expect(hoverText(traditional, 'greeting', zh)).not.toMatch(/[开语说]/);
  });

  it('completes phrases in Traditional with Traditional details', () => {
    const { text, position } = cursor(traditional.replace('closing: 感謝您的來電，再見！', 'closing: |'));
    const items = service.complete(text, position, zh);
    const thanks = items.find((i) => i.label === '感謝您的來電，再見！')!;
    expect(thanks.textEdit!.newText).toBe('感謝您的來電，再見！');
    expect(thanks.detail).toBe('結束語');
    expect(items.find((i) => i.label.startsWith('您好，{brand}'))!.textEdit!.newText).toContain('為您服務');
    expect(JSON.stringify(items.map((i) => [i.label, i.detail]))).not.toMatch(/[们说请谢务语]/);
  });

  it('adds a missing closing in Traditional', () => {
    const text = traditional.replace('closing: 感謝您的來電，再見！\n', '');
    const d = service.validate(text, zh).find((x) => x.code === 'closing-required')!;
    const [fix] = service.codeActions(text, URI, d.range, [d], zh).filter((a) => a.kind === 'quickfix');
    expect(fix!.title).toMatch(/^添加結束語/);
    const fixed = applyEdits(text, fix!.edit!.changes![URI]!);
    expect(fixed).toMatch(/closing:.*[謝見]/);
    expect(fixed.slice(traditional.indexOf('closing'))).not.toMatch(/[谢见们]/);
  });

  it('gives a Simplified script Traditional messages with zh-tw, and keeps its inserted text Simplified', () => {
    const d = forbidden(simplified, zhTw);
    expect(message(d)).toMatch(/^服務忌語（教訓語）/);
    expect(replacements(d)[0]).toBe('请您别着急，慢慢讲，我们会尽力帮您解决。');
    const [first] = fixes(simplified, zhTw);
    expect(first!.title.startsWith('改為“')).toBe(true);
    expect(applyEdits(simplified, first!.edit!.changes![URI]!)).toContain(
      '  - agent: 我问你，请您别着急，慢慢讲，我们会尽力帮您解决。',
    );
    expect(hoverText(simplified, '急什么', zhTw)).toMatch(/^\*\*教訓語\*\*/);
    expect(message(forbidden(simplified, zh))).toMatch(/^服务忌语（教训语）/);
  });

  it('quotes the phrases to say in Traditional in an English message about a Traditional script', () => {
    expect(message(forbidden(traditional, en))).toBe('Forbidden phrase (Lecturing the customer): "急什麼"');
    expect(hoverText(traditional, '急什麼', en)).toContain('- 請您別著急，慢慢講');
    expect(fixes(traditional, en)[0]!.title).toContain('“我問你，請您別著急，慢慢講');
    expect(hoverText(simplified, '急什么', en)).toContain('- 请您别着急，慢慢讲');
  });

  it('stays English with en, in either script', () => {
    for (const text of [traditional, simplified]) {
      expect(message(forbidden(text, en))).toMatch(/^Forbidden phrase/);
      expect(fixes(text, en)[0]!.title).toMatch(/^Replace with/);
      expect(hoverText(text, 'greeting', en)).toMatch(/^\*\*greeting\*\* — [A-Za-z]/);
    }
  });

  it('keeps the check result’s waived diagnostics in the same language', () => {
    const waived = traditional.replace(
      '  - agent: 我問你',
      '  # huashu-disable-next-line forbidden-phrase -- 培訓用的反例\n  - agent: 我問你',
    );
    const result = service.check(waived, zh);
    expect(result.suppressed.map((s) => message(s.diagnostic))[0]).toMatch(/^服務忌語/);
  });
});
