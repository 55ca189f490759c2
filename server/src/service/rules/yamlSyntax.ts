import { defineRule } from './types';

/** YAML that does not parse. */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: { zh: '文件必须是合法的 YAML。', en: 'The file must be valid YAML.' },
  check({ model, report }) {
    for (const problem of model.syntax) {
      const replaceRange =
        problem.fixStart !== undefined && problem.fixEnd !== undefined
          ? { replaceRange: [problem.fixStart, problem.fixEnd] as [number, number] }
          : {};
      report({
        start: problem.start,
        end: problem.end,
        message: problem.localized ?? { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
        args: problem.args ?? { detail: problem.message },
        ...(problem.warning ? { severity: 'warning' as const } : {}),
        ...(problem.fix !== undefined ? { data: { replacements: [problem.fix], ...replaceRange } } : {}),
      });
    }
  },
});
