/** A digit read aloud one by one, as agents say their numbers: 一零二三, 幺零二三, 一〇二三. */
const SPOKEN_DIGIT = '[零〇一二三四五六七八九幺]';
/** An agent number in digits, with an optional letter prefix (A1023), not part of a longer number. */
const WRITTEN = '(?<![\\da-z\\-－—])[a-z]{0,2}\\d{2,8}(?![\\d\\-－—])';
/** A number read aloud, three digits or more (so 一一为您解答 is not one), not part of a longer run. */
const SPOKEN = `(?<!${SPOKEN_DIGIT})${SPOKEN_DIGIT}{3,8}(?!${SPOKEN_DIGIT})`;
/** After 工号 two spoken digits are enough: the context says it is a number. */
const SPOKEN_AFTER_ID = `(?<!${SPOKEN_DIGIT})${SPOKEN_DIGIT}{2,8}(?!${SPOKEN_DIGIT})`;
const ROLE = '(?:话务员|客服代表|客服专员|客户代表|服务代表|坐席|座席|接线员|专员|客服)';
/** What makes a number after 我是 something else: a year, an amount, a duration, a place, a phone line. */
const NOT_AN_ID =
  '(?!\\s*(?:年|月|日|号(?:码|楼|窗|线|房|室|柜|院)|元|块|岁|分钟|分|秒|小时|天|周|个|台|次|位|热线|电话|楼|室|栋|单元|路|街|层|窗口))';

/**
 * Contexts that make a number an agent's number, in the forms that `hardcoded-agent-id`'s
 * digit patterns leave out; group 1 is the number.
 */
const CONTEXTS = [
  // 我的工号是一零二三, 工号A1023为您服务
  new RegExp(`工号\\s*(?:是|为|:)?\\s*(${WRITTEN}|${SPOKEN_AFTER_ID})`, 'dg'),
  // 我是客服1023, 我是一零二三号
  new RegExp(`我是\\s*${ROLE}?\\s*(${WRITTEN}|${SPOKEN})${NOT_AN_ID}`, 'dg'),
  new RegExp(`我是\\s*(${SPOKEN})\\s*号(?!码)`, 'dg'),
  // 一〇二三号话务员, 一零二三号为您服务
  new RegExp(`(${SPOKEN})\\s*号\\s*(?:${ROLE}|为您服务)`, 'dg'),
  // 客服代表一零二三
  new RegExp(`${ROLE}\\s*(?:是|为)?\\s*(${SPOKEN})`, 'dg'),
  // 1023为您服务, A1023为您服务
  new RegExp(`(${WRITTEN}|${SPOKEN})\\s*(?:号\\s*)?(?:很高兴)?为您服务`, 'dg'),
];

/** Whether `text` may hold a number read aloud (a cheap test before the patterns run). */
export function maySpeakNumber(text: string): boolean {
  return new RegExp(SPOKEN_DIGIT).test(text);
}

/**
 * The `[start, end)` spans of agent numbers in folded text (foldText: half width, lower case,
 * Simplified) in the forms beyond plain digits after 工号 or before 号: numbers read aloud
 * (一零二三, 幺零二三, 一〇二三), a letter prefix (A1023), 我是客服1023 and 1023为您服务.
 * Dates, addresses, window, order and phone numbers, prices and durations are not agent numbers.
 */
export function findAgentNumbers(folded: string): Array<[number, number]> {
  const spans = new Map<number, number>();
  for (const pattern of CONTEXTS) {
    for (const m of folded.matchAll(pattern)) {
      const [start, end] = m.indices![1]!;
      if (!spans.has(start)) spans.set(start, end);
    }
  }
  return [...spans].sort((a, b) => a[0] - b[0]);
}
