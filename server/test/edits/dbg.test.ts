import { it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createScriptService } from '../../src/service';
import { applyLsp, completionEdit } from './lsp';
import { flatten, differences } from './oracle';
it('x', () => {
  const s = createScriptService();
  const text = "\ufeffscript: &name 测试\r\nbrand: *name\r\ngreeting: >\r\n  开头\r\n    我是1023号，请您稍等，{agnet_id}\r\n  结尾\r\nsteps:\r\n  - {agent: \"!，{customer}，\\u60a8好，××号，有意见，找领导去\", id: listen, next: lisen} # 备注：语气要温和\r\n  - {agent: \"{customer}，\\u60a8好，好的，我们会尽快处理，请问还有什么可以帮\\u60a8\", id: ask, next: nowhere}\r\n  # huashu-disable-next-line legacy-placeholder -- 培训用\r\n  - id: end\r\n    agent: '××号，真煩人'\r\n    next: nowhere\r\n...\r\n";
  const doc = TextDocument.create('u', 'h', 1, text);
  const before = flatten(text);
  console.log(before.errors, [...before.scalars.keys()]);
  for (const [path, node] of before.scalars) {
    if (!/\/agent$|^\/greeting|^\/closing/.test(path)) continue;
    for (let off = node.range![0]; off <= node.range![1]; off++) {
      for (const item of s.complete(text, doc.positionAt(off))) {
        const e = completionEdit(item);
        const after = flatten(applyLsp(text, [e]));
        const d = differences(before, after).filter((p) => p !== path);
        const [cs, ce] = ((a: string, b: string) => { let p = 0; while (p < a.length && a[p] === b[p]) p++; let q = 0; while (q < a.length - p && a[a.length-1-q] === b[b.length-1-q]) q++; return [p, a.length - q]; })(text, applyLsp(text, [e]));
        if (after.errors > before.errors || d.length || cs < node.range![0] || ce > node.range![1]) { console.log(path, off, JSON.stringify(text.slice(off - 10, off)), '|', JSON.stringify(text.slice(off, off + 5)), JSON.stringify(e), d); return; }
      }
    }
  }
});
