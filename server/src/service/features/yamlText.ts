import type { ScalarStyle } from './cursorContext';

/** Text that cannot stand as (the start of) a plain scalar and needs quotes. */
export function needsQuotes(text: string): boolean {
  return (
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    /:(?:\s|$)|\s#|\s$/.test(text) ||
    /^(?:~|null|true|false|yes|no|on|off|[-+]?\.?\d[\d._:eE+-]*)$/i.test(text)
  );
}

/** Escapes text for use inside a scalar of the given style. */
export function escapeFor(text: string, style: ScalarStyle): string {
  if (style === 'single') return text.replace(/'/g, "''");
  if (style === 'double') return text.replace(/[\\"]/g, (ch) => `\\${ch}`);
  return text;
}

/** `text` as a single-quoted scalar. */
export function singleQuoted(text: string): string {
  return `'${escapeFor(text, 'single')}'`;
}

/** Text written as a whole plain value: quoted when plain would not parse back to it. */
export function plainValue(text: string): string {
  return needsQuotes(text) ? singleQuoted(text) : text;
}
