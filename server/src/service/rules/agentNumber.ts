/** A digit read aloud one by one, as agents say their numbers: 一零二三, 幺零二三, 一〇二三. */
const SPOKEN_DIGIT = '[零〇一二三四五六七八九幺]';
/** An agent number in digits, with an optional letter prefix (A1023), not part of a longer number. */
const WRITTEN = '(?<![\\da-z\\-－—])[a-z]{0,2}\\d{2,8}(?![\\d\\-－—])';
/** A number read aloud, three digits or more (so 一一为您解答 is not one), not part of a longer run. */
const SPOKEN = `(?<!${SPOKEN_DIGIT})${SPOKEN_DIGIT}{3,8}(?!${SPOKEN_DIGIT})`;
/** After 工号 two spoken digits are enough: the context says it is a number. */
const SPOKEN_AFTER_ID = `(?<!${SPOKEN_DIGIT})${SPOKEN_DIGIT}{2,8}(?!${SPOKEN_DIGIT})`;
const ROLE = '(?:话务员|客服代表|客服专员|客户代表|服务代表|坐席|座席|接线员|专员|客服)';
/**
 * What may follow an agent number after 我是: the end of the clause, 号 (not 号码, 号楼 …) or
 * the service formula. Anything else makes it something else: 我是2023年入职的,
 * 我是12345政府服务热线的话务员.
 */
const ID_END = '(?=\\s*(?:$|[，,。！？!?；;、]|号(?!码|楼|窗|线|房|室|柜|院)|为您|很高兴|竭诚))';
/**
 * Public and company service lines (110, 114, 12345, 95588, 96xxx): "114为您服务" names the
 * line, not an agent.
 */
const SERVICE_LINE = /^(?:1\d{2}|1\d{4}|9[56]\d{3})$/;

/**
 * Contexts that make a number an agent's number, in the forms that `hardcoded-agent-id`'s
 * digit patterns leave out; group 1 is the number.
 */
const CONTEXTS: Array<{ pattern: RegExp; isId?: (number: string) => boolean }> = [
  // 我的工号是一零二三, 工号A1023为您服务
  { pattern: new RegExp(`工号\\s*(?:是|为|:)?\\s*(${WRITTEN}|${SPOKEN_AFTER_ID})`, 'dg') },
  // 我是客服1023, 我是一零二三号
  { pattern: new RegExp(`我是\\s*${ROLE}?\\s*(${WRITTEN}|${SPOKEN})${ID_END}`, 'dg') },
  // 一〇二三号话务员, 一零二三号为您服务
  { pattern: new RegExp(`(${SPOKEN})\\s*号\\s*(?:${ROLE}|为您服务)`, 'dg') },
  // 客服代表一零二三
  { pattern: new RegExp(`${ROLE}\\s*(?:是|为)?\\s*(${SPOKEN})`, 'dg') },
  // 1023为您服务, A1023为您服务
  {
    pattern: new RegExp(`(${WRITTEN}|${SPOKEN})\\s*(?:号\\s*)?(?:很高兴)?为您服务`, 'dg'),
    isId: (number) => !SERVICE_LINE.test(number),
  },
];

const HAS_SPOKEN_DIGIT = new RegExp(SPOKEN_DIGIT);

/** Whether `text` may hold a number read aloud (a cheap test before the patterns run). */
export function maySpeakNumber(text: string): boolean {
  return HAS_SPOKEN_DIGIT.test(text);
}

/**
 * The `[start, end)` spans of agent numbers in folded text (foldText: half width, lower case,
 * Simplified) in the forms beyond plain digits after 工号 or before 号: numbers read aloud
 * (一零二三, 幺零二三, 一〇二三), a letter prefix (A1023), 我是客服1023 and 1023为您服务.
 * Dates, addresses, window, order and phone numbers, prices and durations are not agent numbers.
 */
export function findAgentNumbers(folded: string): Array<[number, number]> {
  const spans = new Map<number, number>();
  for (const { pattern, isId } of CONTEXTS) {
    for (const m of folded.matchAll(pattern)) {
      const [start, end] = m.indices![1]!;
      if (isId && !isId(m[1]!)) continue;
      if (!spans.has(start)) spans.set(start, end);
    }
  }
  return [...spans].sort((a, b) => a[0] - b[0]);
}
