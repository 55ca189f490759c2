import fc from 'fast-check';
import { PositionMapper } from '../../src/service/text/positions';

/**
 * Call scripts in every YAML style for the edit harness: block and flow collections, every
 * scalar style (plain on one or more lines, quoted with escapes, literal, folded with
 * more-indented lines), comments (also trailing ones), anchors and aliases, indented
 * documents, `...` end markers, BOM, CRLF; with forbidden phrases, hard-coded and masked
 * agent numbers, legacy blanks, unknown placeholders, missing sections, dangling `next`
 * and unused waivers.
 */

const CLEAN = [
  '请您稍等',
  '感谢您的来电',
  '好的',
  '请问还有什么可以帮您',
  '{customer}，您好',
  '我们会尽快处理',
  '請您稍等',
];
const PROBLEM = [
  '你们真烦人',
  '急什么',
  '我不知道',
  '真煩人',
  '我是1023号',
  '工号8848',
  '8848××号',
  '××号',
  'XX先生',
  '{agnet_id}',
  '工号是 1023',
  '有意见，找领导去',
];
const ODD = [', ', ': ', ' #', "'", '"', '\\', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '😀', '\t'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLEAN) },
  { weight: 3, arbitrary: fc.constantFrom(...PROBLEM) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

/** The words of one agent line. */
export const speechText = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('，'));

type Style = 'plain' | 'plainMulti' | 'single' | 'double' | 'literal' | 'folded' | 'foldedMore';
const style = fc.constantFrom<Style>('plain', 'plainMulti', 'single', 'double', 'literal', 'folded', 'foldedMore');

const doubleEscaped = (t: string) =>
  t
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\t/g, '\\t')
    .replace(/您/g, '\\u60a8');

/**
 * A string value for `key: ` at `indent`, in `style`; a plain value it cannot be (an odd
 * character) goes double-quoted. Returns the text after `key:` (starting with a space).
 */
function scalar(text: string, s: Style, indent: string, comment: string): string {
  const plainOk =
    /^[\p{L}\p{N}{（]/u.test(text) &&
    !/[:#'"\\[\]{}&*!|>%@`\t,]|[:#]/u.test(text.replace(/^\{customer\}/, '').replace(/\{agnet_id\}/g, ''));
  const lines =
    text.length > 4 ? [text.slice(0, Math.ceil(text.length / 2)), text.slice(Math.ceil(text.length / 2))] : [text];
  const inner = `${indent}  `;
  const blockOk = !/\t/.test(text) && !/^\s|\s$/.test(text);
  const safe = (t: string) =>
    !/^\s|\s$/.test(t) && /^[\p{L}\p{N}]/u.test(t) && !/[:#]\s|\s#|[:#'"\\[\]{}&*!|>%@`\t]/u.test(t);
  switch (s) {
    case 'plain':
      return plainOk && !text.startsWith('{') ? ` ${text}${comment}` : ` "${doubleEscaped(text)}"${comment}`;
    case 'plainMulti':
      return plainOk && !text.startsWith('{') && lines.every(safe)
        ? ` ${lines.join(`\n${inner}`)}`
        : ` "${doubleEscaped(text)}"${comment}`;
    case 'single':
      return /\t/.test(text) ? ` "${doubleEscaped(text)}"` : ` '${text.replace(/'/g, "''")}'${comment}`;
    case 'double':
      return ` "${doubleEscaped(text)}"${comment}`;
    case 'literal':
      return blockOk ? ` |${comment}\n${lines.map((l) => inner + l).join('\n')}` : ` "${doubleEscaped(text)}"`;
    case 'folded':
      return blockOk ? ` >\n${lines.map((l) => inner + l).join('\n')}` : ` "${doubleEscaped(text)}"`;
    case 'foldedMore':
      return blockOk ? ` >\n${inner}开头\n${inner}  ${lines.join('')}\n${inner}结尾` : ` "${doubleEscaped(text)}"`;
  }
}

/**
 * A lone CR inside a double-quoted string is a line break for YAML and for LSP clients.
 * Generated once positions count it as one (issue 9 item 9), so that edits there are checked too.
 */
const LONE_CR_LINES = new PositionMapper('a\rb').position(2).line === 1;

const comment = fc.constantFrom('', '', ' # 备注：语气要温和', ' # 注');

interface Turn {
  flow: boolean;
  id?: string;
  text: string;
  style: Style;
  comment: string;
  next?: string;
  waiver: boolean;
}

const turn = fc.record({
  flow: fc.boolean(),
  id: fc.option(fc.constantFrom('listen', 'ask', 'end'), { nil: undefined }),
  text: speechText,
  style,
  comment,
  next: fc.option(fc.constantFrom('listen', 'lisen', 'ask', 'nowhere'), { nil: undefined }),
  waiver: fc.boolean(),
});

function turnLines(t: Turn, indent: string): string {
  const waiver = t.waiver ? `${indent}# huashu-disable-next-line legacy-placeholder -- 培训用\n` : '';
  if (t.flow && (t.style === 'plain' || t.style === 'single' || t.style === 'double')) {
    const value = scalar(
      t.text,
      t.style === 'plain' && /[,[\]{}]/.test(t.text) ? 'double' : t.style,
      indent,
      '',
    ).trimStart();
    const parts = [`agent: ${value}`, ...(t.id ? [`id: ${t.id}`] : []), ...(t.next ? [`next: ${t.next}`] : [])];
    return `${waiver}${indent}- {${parts.join(', ')}}${t.comment}\n`;
  }
  const head = t.id ? `${indent}- id: ${t.id}\n${indent}  agent:` : `${indent}- agent:`;
  const next = t.next ? `${indent}  next: ${t.next}\n` : '';
  return `${waiver}${head}${scalar(t.text, t.style, `${indent}  `, t.comment)}\n${next}`;
}

export const scriptArbitrary = fc
  .record({
    bom: fc.boolean(),
    indent: fc.constantFrom('', '', ' '),
    endMarker: fc.boolean(),
    crlf: fc.boolean(),
    loneCr: fc.boolean(),
    greeting: fc.option(fc.record({ text: speechText, style, comment }), { nil: undefined }),
    anchors: fc.boolean(),
    steps: fc.array(turn, { minLength: 0, maxLength: 4 }),
    closing: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant('flow' as const), items: fc.array(speechText, { minLength: 1, maxLength: 3 }) }),
        fc.record({
          kind: fc.constant('block' as const),
          items: fc.array(fc.record({ text: speechText, style, comment }), { minLength: 1, maxLength: 2 }),
        }),
      ),
      { nil: undefined },
    ),
  })
  .map((s) => {
    const i = s.indent;
    let out = `${i}script: ${s.anchors ? '&name ' : ''}测试\n`;
    if (s.anchors) out += `${i}brand: *name\n`;
    if (s.greeting) out += `${i}greeting:${scalar(s.greeting.text, s.greeting.style, i, s.greeting.comment)}\n`;
    if (s.steps.length > 0) out += `${i}steps:\n${s.steps.map((t) => turnLines(t, `${i}  `)).join('')}`;
    if (s.closing?.kind === 'flow') {
      const items = s.closing.items.map((t) =>
        /^[\p{L}\p{N}]/u.test(t) && !/[,[\]{}:#'"\\&*!|>%@`\t]/.test(t) ? t : `"${doubleEscaped(t)}"`,
      );
      out += `${i}closing: [${items.join(', ')}]\n`;
    } else if (s.closing?.kind === 'block') {
      out += `${i}closing:\n${s.closing.items.map((c) => `${i}  -${scalar(c.text, c.style, `${i}  `, c.comment)}\n`).join('')}`;
    }
    if (s.endMarker) out += '...\n';
    if (s.crlf) out = out.replace(/\n/g, '\r\n');
    if (s.loneCr && LONE_CR_LINES) out = out.replace(/(greeting: "[^"\r\n]{2})/, '$1\r  ');
    return (s.bom ? '\ufeff' : '') + out;
  });
