import { localize, RULES, SEVERITY_NAME } from '../../service';
import { safeJson } from '../visibleText';
import { messageText, type Formatter } from './types';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code-scanning uploads. Columns are UTF-16 code units, 1-based. */
export const sarif: Formatter = (results, { locale, version, docsUrl }) => {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Huashu',
            version,
            informationUri: docsUrl,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: localize(rule.description, locale) },
              helpUri: `${docsUrl}#${rule.id}`,
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, diagnostics, suppressed = [], baselined = [] }) =>
          [
            ...diagnostics.map((d) => ({ d, waiver: undefined, external: false })),
            ...suppressed.map((s) => ({ d: s.diagnostic, waiver: s.waiver, external: false })),
            ...baselined.map((d) => ({ d, waiver: undefined, external: true })),
          ].map(({ d, waiver, external }) => ({
            ruleId: String(d.code),
            ruleIndex: ruleIndex.get(String(d.code)) ?? -1,
            level: LEVEL[SEVERITY_NAME[d.severity ?? 1]!],
            message: { text: messageText(d) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            // A finding the baseline accepts stays in the log, suppressed: code scanning keeps its alert as dismissed, not fixed.
            ...(external
              ? { suppressions: [{ kind: 'external', status: 'accepted', justification: 'huashu baseline' }] }
              : {}),
            ...(waiver
              ? {
                  suppressions: [
                    {
                      kind: 'inSource',
                      status: 'accepted',
                      ...(waiver.reason ? { justification: waiver.reason } : {}),
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return safeJson(JSON.stringify(log, null, 2)) + '\n';
};
