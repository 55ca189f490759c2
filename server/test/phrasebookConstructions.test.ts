import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localize } from '../src/service/l10n';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';
import { compilePhrasebook } from '../src/service/phrasebook/compiled';
import { loadPhrasebook } from '../src/service/phrasebook/load';
import { forbiddenMatches } from '../src/service/rules/forbiddenPhrase';
import { findingsPerLine } from './corpusLines';

// forbidden-constructions.yaml: rude constructions that carry over to sentences the seeds never
// word. It declares no category of its own; it uses those of forbidden.yaml.

const DATA = join(__dirname, '..', 'data', 'phrasebook');
const read = (file: string) => ({ file, text: readFileSync(join(DATA, file), 'utf8') });
const CONSTRUCTIONS = 'forbidden-constructions.yaml';

interface Entry {
  id: string;
  category: string;
  source?: string;
}
const constructions = parse(read(CONSTRUCTIONS).text) as { classes?: object; phrases: Entry[]; categories?: object };
const seeds = parse(read('forbidden.yaml').text) as { classes: object; categories: object };
const book = builtinPhrasebook();

/**
 * The constructions alone, with the classes and categories of the files they load with: where a
 * seed entry matches the same words, the built-in phrasebook reports the seed's finding, and
 * only this book shows that the construction itself carries over to the sentence.
 */
const constructionsOnly = (() => {
  const loaded = loadPhrasebook(['placeholders.yaml', 'approved.yaml', CONSTRUCTIONS, 'forbidden.yaml'].map(read));
  if (loaded.errors.length > 0) throw new Error(`${CONSTRUCTIONS} does not load with forbidden.yaml`);
  const forbidden = loaded.phrasebook.forbidden.filter((f) => f.origin.file.endsWith(CONSTRUCTIONS));
  return compilePhrasebook({ ...loaded.phrasebook, forbidden });
})();

describe('loading the file', () => {
  const errorsOf = (files: string[]) =>
    loadPhrasebook(files.map(read)).errors.map((e) => `${e.file}:${e.line}: ${localize(e.message, 'en', e.args)}`);

  it('uses the categories and classes of forbidden.yaml, before or after it in the list', () => {
    expect(constructions.categories).toBeUndefined();
    const base = ['placeholders.yaml', 'approved.yaml'];
    expect(errorsOf([...base, CONSTRUCTIONS, 'forbidden.yaml'])).toEqual([]);
    expect(errorsOf([...base, 'forbidden.yaml', CONSTRUCTIONS])).toEqual([]);
  });

  it('needs forbidden.yaml: alone, its categories are unknown', () => {
    const errors = errorsOf(['placeholders.yaml', 'approved.yaml', CONSTRUCTIONS]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith(`${CONSTRUCTIONS}:`))).toBe(true);
    expect(errors.some((e) => /categor/i.test(e))).toBe(true);
  });

  it('names its classes apart from those of forbidden.yaml (a shared name would add words to theirs)', () => {
    const own = Object.keys(constructions.classes ?? {});
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((name) => name in seeds.classes)).toEqual([]);
  });

  it('is part of the built-in phrasebook, every entry the team’s judgement in a category of forbidden.yaml', () => {
    const loaded = book.book.forbidden.filter((f) => f.origin.file.endsWith(CONSTRUCTIONS));
    expect(loaded.map((f) => f.id)).toEqual(constructions.phrases.map((p) => p.id));
    expect(constructions.phrases.filter((p) => p.source !== 'team-judgement').map((p) => p.id)).toEqual([]);
    const categories = Object.keys(seeds.categories);
    expect(constructions.phrases.filter((p) => !categories.includes(p.category)).map((p) => p.id)).toEqual([]);
  });

  it('leaves the seed’s entry reported where both match the very same words', () => {
    // 跟我们没关系 is a seed entry (deflect-unrelated-to-us) and a construction
    const [match] = forbiddenMatches('这个跟我们没关系。', book);
    expect(match?.entry.origin.file).toMatch(/forbidden\.yaml$/);
  });
});

/** Rude sentences of each construction, written for this test, in Simplified, Traditional and Cantonese. */
const RUDE: Record<string, string[]> = {
  'shirk-construct-find-out-yourself': ['你自己上官网查查吧。', '妳自己打電話去問啦。'],
  'shirk-construct-find-out-yourself-bare': ['说明书在盒子里，你自己研究。', '你哋自己諗辦法。'],
  'refuse-construct-fix-it-yourself': ['那你自己拿去修理吧。'],
  'refuse-construct-fix-it-yourself-marked': ['你们自己拿工具修一下吧。'],
  'refuse-construct-yourself-and-done': ['零件你自己换上不就好了。'],
  'refuse-construct-buy-it-yourself': ['你自己到外面配去吧。'],
  'sarcasm-construct-so-clever-do-it': ['你那么有本事，你自己来弄。'],
  'sarcasm-construct-idle': ['吃饱了撑的吧你。'],
  'sarcasm-construct-nobody-forces-you': ['又没人求你买。'],
  'sarcasm-construct-too-dear-dont-buy': ['嫌貴你咪唔好用。'],
  'sarcasm-construct-small-sum': ['你还计较这三五块钱？'],
  'sarcasm-construct-most-trouble': ['就你的事最多。'],
  'sarcasm-construct-take-your-time-figuring': ['那你就慢慢折腾吧。'],
  'sarcasm-construct-trivial-complaint': ['这么点事也值得投诉？'],
  'deflect-construct-nothing-to-do-with-us': ['那是银行的问题，跟我们公司有什么关系？', '這跟我們半毛錢關係都沒有。'],
  'deflect-construct-none-of-my-business': ['关我们屁事。', '不关我们公司的事。'],
  'shirk-construct-not-me': ['又不是我答应的。'],
  'shirk-construct-i-dont-care': ['之前的同事怎么说我可管不着。'],
  'impatience-construct-i-dont-mind': ['你爱怎么评价都行，我反正无所谓。'],
  'impatience-construct-complain-then': ['想告就去告。'],
  'impatience-construct-not-afraid': ['你去告啊，我怕你吗？'],
  'shirk-construct-how-would-i-know': ['师傅几点到我哪里知道。'],
  'shirk-construct-how-would-i-know-what': ['我怎么知道为什么扣费。'],
  'shirk-construct-nobody-can': ['什么时候恢复谁也说不好。'],
  'shirk-construct-when-i-dont-know': ['多久能到我也不知道。'],
  'shirk-construct-who-do-i-ask': ['我还想问别人呢。'],
  'shirk-construct-what-can-i-do': ['我一个接线员能有什么办法。'],
  'shirk-construct-what-can-i-do-bare': ['快递不送我有什么办法？'],
  'shirk-construct-no-way-cantonese': ['我都冇計啊。'],
  'shirk-construct-what-else-can-i': ['我又能怎样？'],
  'blame-construct-your-own-doing': ['是你自己设置错的。', '你自己不注意。'],
  'blame-construct-your-own-doing-not-know': ['你自己都不知道，还问我？'],
  'blame-construct-who-to-blame': ['没按时还款，这能怪谁？'],
  'blame-construct-not-our-fault': ['这可怪不到我们头上。'],
  'blame-construct-asked-for-it': ['这就是自作自受。'],
  'blame-construct-who-told-you-not-to': ['谁让你没备份。'],
  'blame-construct-talk-properly': ['你就不能好好说话吗？'],
  'blame-construct-what-kind-of-person': ['你这个人真是难缠。'],
  'scolding-construct-mind-your-tongue': ['讲话放尊重点！'],
  'lecture-construct-dont-you-read': ['短信你都不看的吗？'],
  'lecture-construct-why-didnt-you-then': ['当初签合同的时候干嘛不看清楚？'],
  'lecture-construct-need-you-ask': ['这还用问吗？'],
  'lecture-construct-warned-you': ['早就告诉过你了。'],
  'lecture-construct-rambling': ['你乱七八糟讲了半天。'],
  'belittling-construct-so-simple': ['这么容易的事你都搞不懂？'],
  'rhetorical-construct-are-you-listening': ['你到底有没有在听？'],
  'impatience-construct-stop-asking': ['别没完没了地问了。'],
  'impatience-construct-what-do-you-want': ['一直催是要怎样啦？'],
  'impatience-construct-calling-is-useless': ['你打几百次也一样。'],
  'command-construct-dont-ask-why': ['照做就行，别问那么多。'],
  'impatience-construct-dont-waste-time': ['少浪费我的时间。'],
  'impatience-construct-no-time-for-you': ['我哪有闲工夫陪你。'],
  'impatience-construct-get-to-the-point': ['你直接说重点。', '你講快啲。'],
  'impatience-construct-stop-dawdling': ['你少插嘴。'],
  'impatience-construct-done-talking': ['你讲完没有？'],
  'impatience-construct-you-neednt-say': ['得了，你不用讲了。'],
  'impatience-construct-busy': ['我这边忙着呢。'],
  'impatience-construct-others-queueing': ['我仲有好多電話要接。'],
  'rule-hiding-construct-saying-is-useless': ['你讲八百遍都没用。'],
  'rule-hiding-construct-no-is-no': ['不给退就是不给退。'],
  'rule-hiding-construct-that-is-how-it-is': ['政策就是这样。'],
  'rule-hiding-construct-displeased-no-use': ['你不接受也没用。'],
  'refuse-construct-forget-it': ['想换新机？门都没有。'],
  'refuse-construct-off-duty-call-tomorrow': ['已经下了班，明天再打来。'],
  'command-construct-just-wait': ['你等着就是了。'],
  'command-construct-speak-mandarin': ['听不懂你在讲什么。'],
  'shirk-construct-asked-me-i-dont-know': ['你问我我也不知道啊。'],
  'shirk-construct-leave-it-to-fate': ['修不修得好看运气吧。'],
  'shirk-construct-dont-come-to-me': ['以后别再来找我们了。'],
  'deflect-construct-after-sales-elsewhere': ['退货你去找卖家。'],
  'rhetorical-construct-dont-you-understand': ['你听明白了没有？'],
  'rhetorical-construct-why-so-many-questions': ['有什么好催的？'],
  'lecture-construct-not-read-dont-call': ['不懂就别打来问。'],
  'lecture-construct-cant-you-yourself': ['你就不能耐心点吗？'],
  'belittling-construct-even-this-calls': ['这点小事也要打电话来？'],
  'belittling-construct-no-ears': ['你出门没带脑子吗？'],
  'disparage-construct-breaks-easily': ['这种货就是不耐用。'],
  'careless-agreement-construct-ours-is-bad': ['我们的机器确实不咋地。'],
  'sarcasm-construct-rich-buy-better': ['有钱就换台新的呗。'],
  'sarcasm-construct-good-timing': ['你可真会挑时候。'],
  'sarcasm-construct-dare-call': ['你还敢投诉？'],
  'refuse-construct-off-duty-another-day': ['都下班了，下周再说。'],
  'scolding-construct-say-something': ['你倒是说话啊！'],
  'blame-construct-if-you-had': ['你要是早一点报修，也不会这样。'],
  'sarcasm-construct-is-it-fun': ['天天投诉有意思吗？'],
  'impatience-construct-asking-is-useless': ['吵有什么用？', '跟你讲了也白讲。'],
  'refuse-construct-no-negotiating': ['这个没有商量的余地。'],
  'refuse-construct-come-back-later': ['都下班了还打来问。'],
  'refuse-construct-some-other-day': ['过几天再说吧。'],
  'command-construct-say-it-clearly': ['你到底想讲什么？'],
  'belittling-construct-dumb': ['你是不是傻？'],
  'belittling-construct-cant-understand-language': ['你是看不懂中文吗？'],
  'grumble-construct-taught-you-already': ['都说了五遍了，你还不明白？'],
  'belittling-construct-cant-even-tell': ['这也分不清？'],
  'sarcasm-construct-your-family-business': ['公司是你家开的吗？'],
  'scolding-construct-deafening': ['吵死人了！'],
  'lecture-construct-next-time-think': ['装之前就不知道先看说明书？'],
  'blame-construct-so-much-talk': ['你说话能不能有点条理？'],
  'deflect-construct-we-dont-do-it-go': ['这个我们不负责，你去问物业。'],
  'disparage-construct-just-that-fault': ['这款就是这个毛病。'],
  'careless-agreement-construct-i-think-so-too': ['我也觉得这个套餐挺坑的。'],
  'sarcasm-construct-fussy': ['嫌这嫌那的，你到底要不要？'],
  'sarcasm-construct-is-that-necessary': ['几块钱的事，至于吗？'],
  'lecture-construct-cant-you-look-it-up': ['你就不会自己在网上搜一下吗？'],
  'shirk-construct-no-use-coming-to-us': ['这种事找我们也没用。', '我没必要跟你解释。'],
  'impatience-construct-complaining-is-useless': ['你投诉也没用。', '不服就去告。'],
  'scolding-construct-why-so-fierce': ['你那么激动干嘛？', '你再这样吵我就挂了。'],
  'blame-construct-own-loss-own-problem': ['自己签的自己负责。'],
  'belittling-construct-why-use-it-then': ['密码都记不住还用什么网银。'],
  'rhetorical-construct-didnt-you-read': ['你是不是没仔细看？'],
  'refuse-construct-impossible': ['赔偿？不可能的事。'],
  'refuse-construct-nobody-will-answer': ['晚上打来也没人理你。'],
  'disparage-construct-junk-system': ['这破机器不修也罢。'],
  'impatience-construct-say-it-at-once': ['你能不能一次讲清楚？'],
  'blame-construct-picking-a-fight': ['你这是故意找事吧？'],
  'deflect-construct-not-our-problem-go': ['这不是我们的问题，你去问银行。'],
};

/** Honest sentences that share a construction's words. */
const HONEST = [
  '您可以自己在App里查看物流，也可以把单号发给我，我帮您查。',
  '您不用自己去营业厅，我这边直接帮您办理。',
  '如果是您自己操作错了也没关系，我们可以帮您恢复。',
  '这笔费用是您自己开通的增值业务，如果不需要，我现在就帮您退订。',
  '不是您自己操作错了，是系统升级导致的，非常抱歉。',
  '您自己买的配件也可以安装，师傅上门时会检查一下。',
  '这跟您的操作没有关系，是我们系统的问题，非常抱歉。',
  '唔使擔心，呢件事唔關您事，係我哋系統出錯。',
  '我不管多晚都会给您回电，请您放心。',
  '不管結果怎麼樣，我都會第一時間通知您。',
  '这件事确实怪我们，没有及时通知您，非常抱歉。',
  '怪不得您收不到短信，原来号码登记错了一位，我马上帮您改过来。',
  '这不是怪谁的问题，我先帮您把问题解决。',
  '我们一起看看有什么办法能尽快帮您解决。',
  '您是想问“我怎么知道自己的套餐”，对吗？我教您查。',
  '您是说“这个我哪知道”，是之前的同事这样回答您的吗？我代他向您道歉。',
  '您不看短信也没关系，我现在再给您念一遍。',
  '请您不要再给对方转账，也不要再打电话给对方，我马上帮您冻结账户。',
  '您不用再打来，处理好之后我们会主动联系您。',
  '为了不耽误您的时间，我直接帮您提交申请。',
  '规定就是这样的，不过我可以帮您申请特殊处理。',
  '麻烦您讲普通话，好吗？我怕听错您的地址。',
  '同事已经下了班，明天再打电话给您，您看可以吗？',
  '我无所谓，看您方便，上午下午都可以安排。',
  '不好意思，刚才我这边很忙，让您久等了。',
  '如果您不说话，我先挂机了，您可以稍后再拨打我们的热线。',
  '请您对我们的工作人员客气一点，我们也会尽力帮您解决。',
  '麻烦您讲快一点也没关系，我都能记下来。',
  '明天请您早点来营业厅，上午人比较少。',
  '如果您听不懂普通话，我们可以为您转接粤语服务。',
  '您的订单还差这几块钱就能包邮了，需要我帮您看看凑单的商品吗？',
  '您说的就是这个样式吗？我帮您确认一下库存。',
  '我们不管遇到什么问题，都会负责到底。',
  '这个是自愿办理的，没有人强迫您，您可以随时取消。',
  '明明是您按时缴了费，却还被停机，这确实是我们的问题，非常抱歉。',
  '请问您是不是没看到提示框？我告诉您在哪里。',
  '退款不可能当天到账，一般需要三到五个工作日，请您留意。',
  '您找我们就对了，这个问题我来处理。',
  '这不是我们这边的问题，是运营商的线路故障，我已经帮您报修了。',
  '如果您不会查的话，我来帮您查。',
  '如果您晚点到家，提前跟我们说一声就没关系。',
  '您的网速慢和系统没有关系，是路由器老化了，建议您更换一台。',
  '我看看我们还能有什么办法帮您补救，请您稍等。',
  '那我们就这样说定了，明天上午师傅上门。',
  '您就不要再打电话来确认了，预约成功后系统会发短信通知您。',
  '您想让我怎么帮您处理呢？退款还是换货？',
  '结果出来之前我也不知道具体金额，出来后我第一时间告诉您。',
  '这是您自己找的维修师傅吗？我们帮您核实一下他的资质。',
  '我也想问一下主管的意见，确认后马上回复您。',
  '这类业务也要来营业厅办理吗？不用的，线上就可以办。',
  '具体什么时候到货我也说不准，到货后我第一时间通知您。',
];

describe('the constructions', () => {
  it('have rude examples for every entry', () => {
    expect(constructions.phrases.map((p) => p.id).filter((id) => !(id in RUDE))).toEqual([]);
    expect(Object.keys(RUDE).filter((id) => !constructions.phrases.some((p) => p.id === id))).toEqual([]);
  });

  it.each(Object.entries(RUDE).flatMap(([id, lines]) => lines.map((line) => [id, line] as const)))(
    '%s catches %s',
    (id, line) => {
      expect(forbiddenMatches(line, constructionsOnly).map((m) => m.entry.id)).toContain(id);
      expect(forbiddenMatches(line, book)).not.toEqual([]);
    },
  );

  it('leave the honest sentences that share their words alone', () => {
    const flagged = findingsPerLine(HONEST).flatMap((found, i) =>
      found.length > 0
        ? [`${HONEST[i]} — ${found.map((d) => (d.data as { phraseId: string }).phraseId).join(', ')}`]
        : [],
    );
    expect(flagged).toEqual([]);
  });

  it('cover exactly the construction, not the sentence around it', () => {
    const [match] = forbiddenMatches('这是厂家的问题，你自己联系厂家去。', book);
    expect(match && '这是厂家的问题，你自己联系厂家去。'.slice(match.start, match.end)).toBe('你自己联系厂家去');
    const [mine] = forbiddenMatches('他答应你什么我可不管。', book);
    expect(mine && '他答应你什么我可不管。'.slice(mine.start, mine.end)).toBe('我可不管');
  });
});
