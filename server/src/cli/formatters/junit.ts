import { SEVERITY_NAME } from '../../service';
import { visible } from '../visibleText';
import { reportPath } from './reportPath';
import { messageText, type Formatter } from './types';

/**
 * XML text: control characters made visible (XML 1.0 cannot hold most of them), lone
 * surrogates and U+FFFE/U+FFFF replaced, markup characters escaped.
 */
const xml = (s: string) =>
  visible(s)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * JUnit XML, for Jenkins and the CI systems that read it: one testsuite per file, one
 * testcase per finding (a file without findings has one passing testcase), a failure for
 * each error; the other findings pass with their message in system-out.
 */
export const junit: Formatter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, diagnostics } of results) {
    const path = reportPath(file);
    const cases = diagnostics.map((d) => {
      const severity = SEVERITY_NAME[d.severity ?? 1]!;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const name = `${xml(String(d.code))} ${where}`;
      const detail = xml(`${path}:${where} ${severity} ${messageText(d)} (${String(d.code)})`);
      const body =
        severity === 'error'
          ? `<failure message="${xml(messageText(d))}" type="${xml(String(d.code))}">${detail}</failure>`
          : `<system-out>${detail}</system-out>`;
      return `    <testcase classname="${xml(path)}" name="${name}" time="0">\n      ${body}\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(path)}" name="huashu" time="0"/>`);
    const errors = diagnostics.filter((d) => (d.severity ?? 1) === 1).length;
    tests += cases.length;
    failures += errors;
    suites.push(
      `  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${errors}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="huashu" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
