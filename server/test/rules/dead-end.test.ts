import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';
import { quickFixes, steps } from './flowScripts';

describe('dead-end', () => {
  const busy = script(
    '  - agent: 您好',
    'scenarios:\n  busy:\n    - id: later\n      agent: 我稍后再给您回电。\n      next: sorry\n    - id: sorry\n      agent: 打扰了。\n',
  );

  it('reports a turn of a flowing scenario after which nothing comes, on its id, in both languages', () => {
    expect(findings(busy, 'dead-end')).toEqual(['dead-end: sorry']);
    const d = check(busy).find((x) => x.code === 'dead-end')!;
    expect(d.severity).toBe(1);
    expect(d.message).toBe(
      'The call stops here: this turn has no next and no end (closing, transfer or hangup) after it',
    );
    expect(check(busy, { locale: 'zh' }).find((x) => x.code === 'dead-end')!.message).toBe(
      '通话在这里中断：这个轮次之后既没有 next，也没有 end（结束语、转接或挂机）',
    );
  });

  it('leaves old-format scenarios and steps alone: their last turn goes on to the closing', () => {
    const old = script('  - agent: 您好\n  - customer: 嗯', 'scenarios:\n  silent:\n    - agent: 您好，请讲！\n');
    expect(findings(old, 'dead-end')).toEqual([]);
  });

  it('accepts every way to end: end closing, transfer, hangup, and next into the steps', () => {
    for (const tail of ['end: closing', 'end: transfer', 'end: hangup', 'next: top']) {
      const text = script(
        '  - id: top\n    agent: 您好',
        `scenarios:\n  busy:\n    - agent: 我稍后再给您回电。\n      ${tail}\n`,
      );
      expect(findings(text, 'dead-end'), tail).toEqual([]);
    }
  });

  it('lets a half-typed branches go on as before in steps, and reports it at the end of a flowing scenario', () => {
    expect(findings(steps('  - agent: 您满意吗？', '    branches:', '  - agent: 好的'), 'dead-end')).toEqual([]);
    const text = script(
      '  - agent: 您好',
      'scenarios:\n  busy:\n    - agent: 现在方便吗？\n      next: ask\n    - id: ask\n      agent: 您满意吗？\n      branches:\n',
    );
    expect(findings(text, 'dead-end')).toEqual(['dead-end: ask']);
  });

  it('leaves a next that names no turn to dangling-next', () => {
    const text = steps('  - agent: 您好', '    next: nowhere');
    expect(findings(text, 'dead-end', 'dangling-next')).toEqual(['dangling-next: nowhere']);
  });

  it('fixes with end: closing (preferred) or end: hangup, at the indentation of the turn keys', () => {
    const fixes = quickFixes(busy, 'dead-end');
    expect(fixes.map((f) => f.title)).toEqual([
      'End here: end: closing (go to the closing)',
      'Hang up here: end: hangup',
    ]);
    expect(fixes[0]!.text).toBe(busy.replace('      agent: 打扰了。\n', '      agent: 打扰了。\n      end: closing\n'));
    expect(findings(fixes[0]!.text, 'dead-end')).toEqual([]);
  });

  it('puts the end after a block scalar and a comment line, and in a flow mapping', () => {
    const block = script(
      '  - agent: 您好',
      'scenarios:\n  busy:\n    - id: a\n      agent: |\n        我稍后再给您回电。\n      # 注意语气\n      next: b\n    - id: b\n      agent: |\n        打扰了。\n',
    );
    const fixed = quickFixes(block, 'dead-end')[0]!.text;
    expect(fixed.endsWith('      agent: |\n        打扰了。\n      end: closing\n')).toBe(true);
    const flow = script(
      '  - agent: 您好',
      'scenarios:\n  busy:\n    - {id: a, agent: 再见, next: b}\n    - {id: b, agent: 打扰了}\n',
    );
    expect(quickFixes(flow, 'dead-end')[0]!.text).toContain('- {id: b, agent: 打扰了, end: closing}');
  });

  it('proves the fix on the whole document when it has an error elsewhere, and keeps CRLF line breaks', () => {
    const broken = busy.replace('script: 测试\n', 'script: 测试\nscript: 重复\n');
    expect(quickFixes(broken, 'dead-end')[0]!.text).toBe(
      broken.replace('      agent: 打扰了。\n', '      agent: 打扰了。\n      end: closing\n'),
    );
    const unterminated = busy.trimEnd();
    expect(quickFixes(unterminated, 'dead-end')[0]!.text).toBe(`${unterminated}\n      end: closing\n`);
    const commented = busy.replace('      agent: 打扰了。\n', '      agent: 打扰了。 # 语气要轻\n');
    expect(quickFixes(commented, 'dead-end')[0]!.text).toBe(
      commented.replace('# 语气要轻\n', '# 语气要轻\n      end: closing\n'),
    );
    const crlf = busy.replace(/\n/g, '\r\n');
    expect(quickFixes(crlf, 'dead-end')[0]!.text).toBe(
      crlf.replace('      agent: 打扰了。\r\n', '      agent: 打扰了。\r\n      end: closing\r\n'),
    );
  });

  it('offers no fix whose re-parse would change the text (a kept block scalar)', () => {
    const kept = script(
      '  - agent: 您好',
      'scenarios:\n  busy:\n    - id: a\n      agent: 再见\n      next: b\n    - id: b\n      agent: |+\n        打扰了。\n\n',
    );
    expect(findings(kept, 'dead-end')).toEqual(['dead-end: b']);
    expect(quickFixes(kept, 'dead-end')).toEqual([]);
  });
});
