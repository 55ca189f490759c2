import { it } from 'vitest';
import { generateScript } from '../../../bench/generate';
import { createScriptService, FIX_ALL_KIND } from '../../src/service';
import { fixesFor } from '../../src/service/features/quickFixes';
import { builtinPhrasebook } from '../../src/service/phrasebook/builtin';

const time = (f: () => unknown, n = 5) => {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); f(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(n / 2)]!.toFixed(1);
};
it('perf', () => {
  const s = createScriptService();
  const text = generateScript(10000, 1);
  const model = s.parse(text);
  const diags = s.validate(model);
  const d = diags.find((x) => x.code === 'forbidden-phrase')!;
  console.log('lines', text.split('\n').length, 'diagnostics', diags.length, diags.filter((x) => x.code === 'forbidden-phrase').length);
  console.log('parse ms', time(() => s.parse(text)));
  console.log('validate ms', time(() => s.validate(model)));
  const ctx = { model, phrasebook: builtinPhrasebook(), settings: { locale: 'en' as const, rules: {} }, docsUrl: '' };
  console.log('fixesFor(one forbidden) ms', time(() => fixesFor(ctx, d)));
  const last = diags.filter((x) => x.code === 'forbidden-phrase').pop()!;
  console.log('fixesFor(last forbidden) ms', time(() => fixesFor(ctx, last)));
  console.log('codeActions(one forbidden) ms', time(() => s.codeActions(model, 'u', d.range, [d])));
  console.log('codeActions(no diagnostics) ms', time(() => s.codeActions(model, 'u', d.range, [])));
  console.log('fix-all ms', time(() => s.codeActions(model, 'u', d.range, [], undefined, [FIX_ALL_KIND]), 2));
});
