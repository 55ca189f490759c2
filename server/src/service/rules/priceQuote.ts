import priceData from '../../../data/rules/price-quote.yaml';
import { foldedOf } from './stringCache';
import { defineRule } from './types';
import { alternation, loadWordLists } from './wordLists';

const LISTS = loadWordLists('server/data/rules/price-quote.yaml', priceData, [
  'currencies',
  'countingCurrencies',
  'signs',
  'priceWords',
  'before',
  'after',
  'subjects',
  'notQuotes',
]);

/**
 * A number in Arabic digits (3万, 1,200, 8.5) or Chinese numerals (三千, 两百五, 几百, 三千多);
 * not 这一 / 那一 / 哪一 / 每一 (负责这一块: this area).
 */
const NUMBER =
  '(?:\\d+(?:[.,]\\d+)*[万千百]?多?|(?<![这那哪每零〇一二两三四五六七八九十百千万亿几])[零〇一二两三四五六七八九十百千万亿几]+多?)';
/** What may follow a counting currency that ends an amount: the end, punctuation, or a particle. */
const AMOUNT_END = '(?=左右|上下|多|吧|呢|啊|呀|哦|$|[^\\p{L}\\p{N}])';
/** 元 that starts another word: 元旦, 元宵 (正月十五元宵节), 元月, 元件. */
const NOT_MONEY = '(?![旦宵月件素])';
const CURRENCY = `(?:${alternation(LISTS.currencies)})${NOT_MONEY}|(?:${alternation(LISTS.countingCurrencies)})${AMOUNT_END}`;
/** An amount of money, as one match: a sign before the number or a currency after it. */
const AMOUNT = new RegExp(
  `(?:(?:${alternation(LISTS.signs)})\\s*${NUMBER}(?:${CURRENCY})?|(?<![\\d.,])${NUMBER}\\s*(?:${CURRENCY}))`,
  'gu',
);
/** Every amount holds a sign or a currency: a string with neither needs no closer look. */
const MONEY_WORD = new RegExp(alternation([...LISTS.currencies, ...LISTS.countingCurrencies, ...LISTS.signs]));
const CLAUSE_END = /[，,。！？!?；;\n]/;
const PRICE_WORD = new RegExp(alternation(LISTS.priceWords));
const NOT_QUOTE = new RegExp(alternation(LISTS.notQuotes));
const BEFORE = new RegExp(`(?:${alternation(LISTS.before)})(?:是|为|在)?\\s*$`);
const AFTER = new RegExp(`^\\s*(?:${alternation(LISTS.after)})`);
const SUBJECT = new RegExp(`^\\s*(?:${alternation(LISTS.subjects)})`);

/** The `[start, end)` of the clause around `offset`: between clause ends (，。！？；). */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return [from, to];
}

/** Whether the amount at `[start, end)` of the folded text is stated as a price. */
function isQuote(folded: string, start: number, end: number): boolean {
  const [from, to] = clauseAround(folded, start, end);
  const clause = folded.slice(from, to);
  if (NOT_QUOTE.test(clause)) return false;
  return (
    PRICE_WORD.test(clause) ||
    BEFORE.test(folded.slice(from, start)) ||
    AFTER.test(folded.slice(end, to)) ||
    SUBJECT.test(clause)
  );
}

/** A price quoted in agent speech, which a callback agent leaves to the person responsible (seed 002). */
export const priceQuote = defineRule({
  id: 'price-quote',
  defaultSeverity: 'warning',
  description: {
    zh: '客服不要擅自报价（机价、配件价格），请告诉客户会由负责的同事联系他；退款、话费等金额不算报价。',
    en: 'Agent speech must not quote prices (machines, parts); promise a call from the person responsible. Refunds, bills and similar amounts are not quotes.',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    const folded = foldedOf(speech.text, phrasebook);
    if (!MONEY_WORD.test(folded)) return;
    for (const m of folded.matchAll(AMOUNT)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!isQuote(folded, start, end)) continue;
      report({
        start,
        end,
        message: {
          zh: '报价“{amount}”：不要擅自报机价或配件价格，请告诉客户会由负责的同事与他联系',
          en: 'Price quote "{amount}": do not quote machine or part prices; tell the customer the person responsible will call back',
        },
        args: { amount: value.slice(start, end) },
      });
    }
  },
});
