/** Text as HTML content or a double-quoted attribute value: `& < > " '` escaped, control characters dropped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const UNSAFE_TAG = /<\/?\s*(script|style|foreignObject|a|iframe|image|use|animate\w*|set)\b/i;
/** An event handler or a link inside a tag (text content has its `<` and `>` escaped). */
const UNSAFE_ATTRIBUTE = /<[^>]*\s(on\w+|href|xlink:href|src)\s*=/i;

/**
 * An SVG made by Graphviz, ready to sit inside an HTML page: the XML declaration, the
 * doctype and comments dropped. Anything that is not plain SVG markup (a script, an event
 * handler, a link) is refused, so a picture can never run code in the report.
 */
export function inlineSvg(svg: string): string {
  const body = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  if (!body.startsWith('<svg') || UNSAFE_TAG.test(body) || UNSAFE_ATTRIBUTE.test(body)) {
    throw new Error('refused an SVG that is not plain Graphviz output');
  }
  return body;
}
