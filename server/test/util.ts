import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { createScriptService, type CheckSettings } from '../src/service';
import { PositionMapper } from '../src/service/text/positions';

export const service = createScriptService();

/** Checks `text` with the built-in phrasebook. */
export function check(text: string, settings?: Partial<CheckSettings>): Diagnostic[] {
  return service.validate(text, { locale: 'en', rules: {}, ...settings });
}

/** The source text a range covers. */
export function slice(text: string, range: Range): string {
  const map = new PositionMapper(text);
  return text.slice(map.offset(range.start), map.offset(range.end));
}

/** `code: covered source` for every diagnostic of the given codes. */
export function findings(text: string, ...codes: string[]): string[] {
  return check(text)
    .filter((d) => codes.length === 0 || codes.includes(String(d.code)))
    .map((d) => `${String(d.code)}: ${slice(text, d.range)}`);
}

/** A minimal valid script around the given lines of `steps`. */
export function script(steps: string, extra = ''): string {
  return `script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n${steps}\nclosing: 感谢您的来电，再见！\n${extra}`;
}
