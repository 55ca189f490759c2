/** Deterministic inputs for the benchmark: scripts, workspaces and phrasebooks from a seed. */

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENT = [
  '请您稍等，我帮您查询一下。',
  '感谢您的耐心等待，您的订单已经出库。',
  '{customer}，请问您的设备现在出现了什么故障？',
  '很抱歉给您带来不便，我们会尽快为您处理。',
  '請您稍等，我正在為您查詢。',
  '您反映的问题我已经记录下来，稍后会由专业人员给您答复。',
  '请问还有什么可以帮您？',
];
const CUSTOMER = ['我的订单一直没有更新。', '车子还是漏油，到底能不能修好！', '好的，谢谢。', '你们的服务太慢了。'];
const FORBIDDEN = [
  '真烦人',
  '我不知道',
  '你自己去问问吧',
  '你问我，我问谁？',
  '急什么？',
  '真煩人',
  '有意见，找领导去',
];

/** One turn as YAML lines, in a random scalar style. */
function turn(r: () => number, id: number, forbiddenRate: number): string[] {
  const speaker = r() < 0.65 ? 'agent' : 'customer';
  let text =
    speaker === 'agent' ? AGENT[Math.floor(r() * AGENT.length)]! : CUSTOMER[Math.floor(r() * CUSTOMER.length)]!;
  if (speaker === 'agent' && r() < forbiddenRate)
    text = text.replace(/。/, `，${FORBIDDEN[Math.floor(r() * FORBIDDEN.length)]}。`);
  const style = r();
  const head = `  - id: t${id}`;
  if (style < 0.5) return [head, `    ${speaker}: ${text.startsWith('{') ? `'${text}'` : text}`];
  if (style < 0.65) return [head, `    ${speaker}: "${text.replace(/您/g, '\\u60a8')}"`];
  if (style < 0.75) return [head, `    ${speaker}: '${text}'`];
  const half = Math.floor(text.length / 2);
  if (style < 0.88) return [head, `    ${speaker}: |`, `      ${text.slice(0, half)}`, `      ${text.slice(half)}`];
  return [head, `    ${speaker}: >`, `      ${text.slice(0, half)}`, `      ${text.slice(half)}`];
}

/** A script of about `lines` lines; `forbiddenRate` of agent turns hold a forbidden phrase. */
export function generateScript(lines: number, seed: number, forbiddenRate = 0.05): string {
  const r = rng(seed);
  const out = [
    `script: 基准测试 ${seed}`,
    'brand: 江南云商客服中心',
    'greeting: 您好，{brand}，工号{agent_id}为您服务，请问有什么可以帮您？',
    'steps:',
  ];
  let id = 0;
  while (out.length < lines - 2) out.push(...turn(r, id++, forbiddenRate));
  out.push('closing:', '  - 感谢您的来电，再见！');
  return out.join('\n') + '\n';
}

const CJK_START = 0x4e00;
const CJK_SPAN = 0x9fa5 - 0x4e00;

/** `count` random forbidden phrases (3–8 ideographs) in phrasebook YAML, after the real ones. */
export function generateForbiddenYaml(count: number, seed: number, real: string[]): string {
  const r = rng(seed);
  const lines = [
    'version: 1',
    'categories:',
    '  bench:',
    '    zh: 基准',
    '    en: Bench',
    '    why: { zh: 基准, en: Bench }',
    'phrases:',
  ];
  for (let i = 0; i < count; i++) {
    let phrase = real[i];
    if (phrase === undefined) {
      const len = 3 + Math.floor(r() * 6);
      phrase = '';
      for (let j = 0; j < len; j++) phrase += String.fromCharCode(CJK_START + Math.floor(r() * CJK_SPAN));
    }
    lines.push(
      `  - id: bench-${i}`,
      `    phrase: ${JSON.stringify(phrase)}`,
      '    category: bench',
      '    suggest: [bench-ok]',
    );
  }
  return lines.join('\n') + '\n';
}
