import { CST, Lexer } from 'yaml';

/** One comment of a YAML document: its text from `#`, and its offset. */
export interface Comment {
  start: number;
  source: string;
}

/**
 * Every comment of `text`, in order, as the YAML lexer sees it: a `#` line inside a block
 * scalar, a quoted string or a multi-line plain scalar is part of that scalar, not a comment.
 * Offsets follow the parser's: every lexeme counts its length except the lexer's markers
 * (document start, flow error end, and the marker that announces a scalar).
 */
export function comments(text: string, base = 0): Comment[] {
  const out: Comment[] = [];
  let offset = base;
  let scalarNext = false;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    if (lexeme === CST.DOCUMENT || lexeme === CST.FLOW_END) continue;
    if (!scalarNext && lexeme.startsWith('#')) out.push({ start: offset, source: lexeme });
    scalarNext = false;
    offset += lexeme.length;
  }
  return out;
}
