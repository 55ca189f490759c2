import { replacementFixes } from '../edit/replacementFixes';
import { targetsOf } from '../flow/turnParts';
import { defineRule } from './types';
import { nearestName } from './unknownPlaceholder';

/** A `next:` names the id of a turn that exists somewhere in the script. */
export const danglingNext = defineRule({
  id: 'dangling-next',
  defaultSeverity: 'error',
  description: {
    zh: 'next 必须指向话术中已有的轮次 id。',
    en: 'next must name the id of a turn in the script.',
  },
  check({ model, report }) {
    const ids = new Set<string>();
    for (const turn of model.turns) if (turn.id) ids.add(String(turn.id.value));
    const known = [...ids];
    for (const turn of model.turns)
      for (const next of targetsOf(turn)) {
        if (!next.range) continue;
        const key = next === turn.otherwise ? 'otherwise' : 'next';
        const name = String(next.value);
        if (ids.has(name)) continue;
        const near = nearestName(name, known);
        report({
          start: next.range[0],
          end: next.range[1],
          message: near
            ? {
                zh: '{key} 指向不存在的轮次 id“{id}”，是否想写“{near}”？',
                en: '{key} names no turn: there is no id "{id}"; did you mean "{near}"?',
              }
            : { zh: '{key} 指向不存在的轮次 id“{id}”', en: '{key} names no turn: there is no id "{id}"' },
          args: { key, id: name, ...(near ? { near } : {}) },
          ...(near ? { data: { replacements: [near] } } : {}),
        });
      }
  },
  fixes(diagnostic, context) {
    return replacementFixes(context, diagnostic, { zh: '把 next 改为“{text}”', en: 'Change next to “{text}”' }).slice(
      0,
      1,
    );
  },
});
