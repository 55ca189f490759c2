import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScript } from '../../src/service/parse/scriptModel';

const ROOT = join(__dirname, '..', '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
const scriptSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'script.schema.json'), 'utf8')));

const head = 'script: x\ngreeting: 您好\nclosing: 再见\n';
const scripts: Record<string, string> = {
  branches: `${head}steps:\n  - id: a\n    agent: 满意吗？\n    pause: 3\n    branches:\n      - answer: 满意\n        next: b\n    otherwise: a\n  - id: b\n    agent: 谢谢\n    end: closing\n`,
  'scenario mapping': `${head}scenarios:\n  busy:\n    when: 客户正忙\n    turns:\n      - agent: 稍后回电\n        end: hangup\n`,
  'bad end': `${head}steps:\n  - agent: 好\n    end: later\n`,
  'bad pause': `${head}steps:\n  - agent: 好\n    pause: 三秒\n`,
  'negative pause': `${head}steps:\n  - agent: 好\n    pause: -1\n`,
  'branch without next': `${head}steps:\n  - agent: 好\n    branches:\n      - answer: 是\n`,
  'branch with an unknown key': `${head}steps:\n  - agent: 好\n    branches:\n      - answer: 是\n        next: a\n        goto: b\n`,
  'scenario mapping with an unknown key': `${head}scenarios:\n  busy:\n    situation: 忙\n    turns: []\n`,
};

describe('the JSON Schema of scripts agrees with the parser on the flow keys', () => {
  for (const [name, text] of Object.entries(scripts)) {
    it(name, () => {
      const byParser = parseScript(text).schema.length === 0;
      expect(scriptSchema(parse(text)), name).toBe(byParser);
    });
  }
});
