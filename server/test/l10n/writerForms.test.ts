import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { writerForms } from '../../src/service/features/chineseForms';
import { cursor, service, zh } from '../cursor';

/** A Traditional script whose greeting is `greeting` and one step says a forbidden phrase. */
const script = (greeting: string, step = '我問你，急什麼？') =>
  `script: 投訴受理\ngreeting: ${greeting}\nsteps:\n  - agent: ${step}\n  - agent: |\nclosing: 感謝您的來電，再見！\n`;

const firstReplacement = (text: string) =>
  (
    (service.validate(text, zh).find((d) => d.code === 'forbidden-phrase') as Diagnostic).data as {
      replacements: string[];
    }
  ).replacements[0];
const greetingItem = (text: string) => {
  const { text: plain, position } = cursor(text.replace('  - agent: |\n', '  - agent: ¦\n'), '¦');
  return service.complete(plain, position, zh).find((i) => i.label.startsWith('您好，{brand}，很高興'))!;
};

describe("the writer's own forms", () => {
  it('gives 為 to a script that writes 為 (Taiwan), and 著 that Taiwan writes', () => {
    const text = script('您好，工號{agent_id}為您服務，請問有什麼可以幫您？');
    expect(greetingItem(text).label).toBe('您好，{brand}，很高興為您服務！');
    expect(firstReplacement(text)).toBe('請您別著急，慢慢講，我們會盡力幫您解決。');
  });

  it('gives 爲 to a script that writes 爲, and OpenCC’s other standard forms (着) it has not written yet', () => {
    const text = script('您好，工號{agent_id}爲您服務，請問有什麼可以幫您？');
    expect(greetingItem(text).label).toBe('您好，{brand}，很高興爲您服務！');
    expect(greetingItem(text).textEdit!.newText).toContain('爲您服務');
    expect(firstReplacement(text)).toBe('請您別着急，慢慢講，我們會盡力幫您解決。');
    const d = service.validate(text, zh).find((x) => x.code === 'forbidden-phrase')!;
    expect(service.codeActions(text, 'file:///t.script.yaml', d.range, [d], zh)[0]!.title).toContain('請您別着急');
  });

  it('follows Hong Kong forms when the script writes them: 為 with 裏 and 着', () => {
    const text = script('您好，工號{agent_id}為您服務，這裏是客服中心。', '我問你，急什麼？您別着急');
    const forms = writerForms(service.parse(text));
    expect(forms.formOf('爲')).toBe('為');
    expect(forms.formOf('裏')).toBe('裏');
    expect(forms.formOf('着')).toBe('着');
    expect(forms.formOf('說')).toBe('説');
  });

  it('takes 台 for 臺 from a Taiwan script without leaning to Hong Kong forms for the rest', () => {
    const forms = writerForms(service.parse(script('您好，台北客服中心為您服務，台中', '您好')));
    expect(forms.formOf('臺')).toBe('台');
    expect(forms.formOf('說')).toBe('說');
    expect(forms.formOf('裏')).toBe('裡');
  });

  it('follows the form the writer uses most when a script mixes them', () => {
    const forms = writerForms(service.parse(script('爲您服務，爲您服務，為您服務')));
    expect(forms.formOf('爲')).toBe('爲');
  });

  it('defaults to Taiwan forms when the script tells nothing', () => {
    const forms = writerForms(service.parse(script('您好，工號{agent_id}，請問有什麼可以幫您？')));
    expect(['爲', '裏', '着', '啓', '衆'].map((c) => forms.formOf(c)).join('')).toBe('為裡著啟眾');
  });
});
