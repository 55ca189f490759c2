/** The floor for the CLI figure: read and YAML-parse the same files, nothing else. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2]!;
let count = 0;
for (const name of readdirSync(dir)) {
  parseDocument(readFileSync(join(dir, name), 'utf8'), { keepSourceTokens: true });
  count++;
}
process.stdout.write(`${count}\n`);
