import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createScriptService } from '../src/service';

export const CORPUS_DIR = join(__dirname, '..', '..', 'test', 'corpus');
const service = createScriptService();

/** One corpus line with its file line number and group (first word of the last `#` line). */
export interface CorpusLine {
  text: string;
  line: number;
  group: string;
}

export function readCorpus(file: string): CorpusLine[] {
  const out: CorpusLine[] = [];
  let group = '(none)';
  readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.startsWith('#')) group = raw.slice(1).trim().split(/\s+/)[0] ?? '(none)';
      else if (raw.trim() !== '') out.push({ text: raw, line: i + 1, group });
    });
  return out;
}

const FIRST_TURN_LINE = 3;

/**
 * The forbidden-phrase findings of each line, checked by the service as `agent:` turns of one
 * script (turn i on line FIRST_TURN_LINE + i).
 */
export function findingsPerLine(lines: readonly string[]): Diagnostic[][] {
  const text = [
    'script: corpus',
    'greeting: 您好，{brand}，工号{agent_id}为您服务，请问有什么可以帮您？',
    'steps:',
    ...lines.map((l) => `  - agent: ${JSON.stringify(l)}`),
    'closing:',
    '  - 感谢您的来电，再见！',
    '',
  ].join('\n');
  const out: Diagnostic[][] = lines.map(() => []);
  for (const d of service.validate(text, { locale: 'en', rules: {} })) {
    if (d.code !== 'forbidden-phrase') continue;
    const i = d.range.start.line - FIRST_TURN_LINE;
    if (i >= 0 && i < lines.length) out[i]!.push(d);
  }
  return out;
}

/** Flagged lines ÷ lines, with the flagged and unflagged lines. */
export function measure(file: string): {
  lines: CorpusLine[];
  flagged: boolean[];
  rate: number;
  findings: Diagnostic[][];
} {
  const lines = readCorpus(file);
  const findings = findingsPerLine(lines.map((l) => l.text));
  const flagged = findings.map((f) => f.length > 0);
  return { lines, flagged, rate: flagged.filter(Boolean).length / lines.length, findings };
}
