import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPhrasebook } from '../src/service';

const SERVICE = join(__dirname, '..', 'src', 'service');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Modules the pure service must not import: LSP transport, the file system, processes, the network. */
const FORBIDDEN = [/^vscode-languageserver(?:\/|$)/, /^vscode-languageserver-protocol/, /^vscode-jsonrpc/, /^vscode$/, /^(?:node:)?(?:fs|child_process|net|http|https|worker_threads)(?:\/|$)/, /^\.\.\/\.\.\/(?:lsp|cli|config)\//];

describe('the language service stays pure', () => {
  it('imports no transport, file system, process or network module, and nothing of the shells', () => {
    const offenders: string[] = [];
    for (const file of files(SERVICE)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        if (FORBIDDEN.some((re) => re.test(m[1]!))) offenders.push(`${relative(SERVICE, file)}: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('phrasebook files are validated when loaded', () => {
  it('names the file and the line of each mistake', () => {
    const text = 'version: 1\ncategories:\n  greet: { zh: 开始语, en: Greeting }\nphrases:\n  - id: a\n    text: 您好\n    category: greet\n  - id: a\n    text: 再见\n    category: nope\n';
    const { errors } = loadPhrasebook([{ file: 'team.yaml', text }]);
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.message.en.replace(/\{(\w+)\}/g, (_, k: string) => e.args?.[k] ?? k)}`)).toEqual([
      'team.yaml:8: Duplicate id "a" (first defined on line 5)',
    ]);
  });
});
