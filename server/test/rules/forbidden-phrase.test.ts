import { describe, expect, it } from 'vitest';
import { check, findings, script, slice } from '../util';

describe('forbidden-phrase', () => {
  it('flags a forbidden phrase in a plain agent line, covering exactly its source', () => {
    const text = script('  - agent: 哎，真烦人！');
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 真烦人']);
  });

  it('names the category and the phrase only, and carries the approved phrases in its data', () => {
    const text = script('  - agent: 我不知道。');
    const [d] = check(text).filter((x) => x.code === 'forbidden-phrase');
    expect(d!.message).toMatch(/^Forbidden phrase \([^()]+\): "我不知道"$/);
    expect((d!.data as { replacements: string[] }).replacements.length).toBeGreaterThan(0);
    const zh = check(text, { locale: 'zh' }).find((x) => x.code === 'forbidden-phrase')!;
    expect(zh.message).toMatch(/^服务忌语（[^（）]+）：“我不知道”$/);
  });

  it('matches Traditional Chinese', () => {
    expect(findings(script('  - agent: 真煩人！'), 'forbidden-phrase')).toEqual(['forbidden-phrase: 真煩人']);
  });

  it('ignores punctuation and width differences', () => {
    expect(findings(script('  - agent: 你问我,我问谁?'), 'forbidden-phrase')).toEqual([
      'forbidden-phrase: 你问我,我问谁',
    ]);
    expect(findings(script('  - agent: 你问我 我问谁'), 'forbidden-phrase')).toEqual([
      'forbidden-phrase: 你问我 我问谁',
    ]);
  });

  it('does not run across a sentence end', () => {
    expect(findings(script('  - agent: 请您不要着急。什么时候方便？'), 'forbidden-phrase')).toEqual([]);
  });

  it('spans the source lines of a plain multi-line scalar', () => {
    const text = script('  - agent: 你问我，\n      我问谁？');
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 你问我，\n      我问谁']);
  });

  it('spans the source lines of a folded block scalar', () => {
    const text = script('  - agent: >\n      好的，真烦\n      人啊\n');
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 真烦\n      人']);
  });

  it('finds phrases in a literal block scalar', () => {
    const text = script('  - agent: |\n      第一行\n      我不知道\n');
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 我不知道']);
  });

  it('maps through double-quoted escapes', () => {
    const text = script('  - agent: "\\t\\u771f烦人"');
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: \\u771f烦人']);
  });

  it("maps through single-quoted '' escapes", () => {
    const text = script("  - agent: 'It''s 真烦人'");
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 真烦人']);
  });

  it('checks greeting and closing strings and variants', () => {
    const text =
      'script: x\ngreeting: 工号{agent_id}，我不知道\nclosing:\n  - 真烦人\n  - agent: 急什么\n    when: 节日\n';
    expect(findings(text, 'forbidden-phrase')).toEqual([
      'forbidden-phrase: 我不知道',
      'forbidden-phrase: 真烦人',
      'forbidden-phrase: 急什么',
    ]);
  });

  it('never flags customer lines, notes, conditions or comments', () => {
    const text = script(
      '  - customer: 真烦人，我不知道！\n  - agent: 好的。\n    note: 不要说“我不知道”\n    when: 我不知道时\n  # 真烦人',
    );
    expect(findings(text, 'forbidden-phrase')).toEqual([]);
  });

  it('reports overlapping phrases once, by the longest', () => {
    const text = script('  - agent: 有意见，找领导去');
    const found = check(text).filter((d) => d.code === 'forbidden-phrase');
    expect(found).toHaveLength(1);
    expect(slice(text, found[0]!.range)).toBe('有意见，找领导去');
  });
});
