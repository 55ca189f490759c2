/**
 * How a string value is written as YAML source, for each place a scalar can stand: plain
 * (in block or in flow context), single-quoted, double-quoted, or inside a block scalar.
 * Every writer either returns source that reads back as exactly the value, or undefined.
 */

/** Characters that may not appear raw in any scalar: C0 controls except tab and line breaks, DEL, C1, BOM, lone surrogates. */
const UNPRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Line breaks as YAML sees them, and the ones it reads as ordinary characters but editors break lines at. */
const BREAK = /[\r\n\u0085\u2028\u2029]/;
const FLOW_INDICATOR = /[,[\]{}]/;

/** Whether `value` written as it is stands as a plain scalar (in flow context when `flow`) and reads back as itself. */
export function plainWritable(value: string, flow: boolean): boolean {
  if (value === '' || UNPRINTABLE.test(value) || BREAK.test(value) || value.includes('\t')) return false;
  if (/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value)) return false;
  if (/^[-?:](?:\s|$)/.test(value) || /^(?:---|\.\.\.)/.test(value)) return false;
  if (/:(?:\s|$)|\s#|\s$/.test(value)) return false;
  if (flow && (FLOW_INDICATOR.test(value) || /:[,[\]{}]/.test(value) || /^[-?:]/.test(value))) return false;
  return !/^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.?\d[\d._:eE+-]*|[-+]?\.(?:inf|nan)|0[xo][\da-f]+)$/i.test(
    value,
  );
}

/** `value` as a plain scalar fragment between other plain text on one line, or undefined. */
export function plainFragment(value: string, flow: boolean): string | undefined {
  if (UNPRINTABLE.test(value) || BREAK.test(value) || value.includes('\t')) return undefined;
  if (/:(?:\s|$)|\s#|:$|^#/.test(value)) return undefined;
  if (flow && FLOW_INDICATOR.test(value)) return undefined;
  return value;
}

/** `value` inside single quotes (without the quotes), or undefined when it holds a line break or a non-printable character. */
export function singleFragment(value: string): string | undefined {
  if (UNPRINTABLE.test(value) || BREAK.test(value)) return undefined;
  return value.replace(/'/g, "''");
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\x07': '\\a',
  '\x1b': '\\e',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** `value` inside double quotes (without the quotes): every character that could end, fold or break the string is escaped. */
export function doubleFragment(value: string): string {
  return value.replace(
    /[\\"\n\r\t\0\b\f\v\x07\x1b\u0085\u00a0\u2028\u2029]|[\u0001-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => DOUBLE_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `value` as a whole double-quoted scalar on one line: valid in any place, block or flow, key or value. */
export function doubleQuoted(value: string): string {
  return `"${doubleFragment(value)}"`;
}

/** `value` as a whole scalar on one line: plain when that reads back as the value, else quoted. */
export function wholeScalar(value: string, flow: boolean): string {
  if (plainWritable(value, flow)) return value;
  const single = singleFragment(value);
  return single === undefined ? doubleQuoted(value) : `'${single}'`;
}
