// The linker's decisions one by one (src/evacuations/who.ts, movement.ts, endpoints.ts, totals.ts),
// each fed a figure in an invented sentence and the places the matcher found there, rather than the
// whole pipeline: a change to one decision shows up in its own table.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import type { Move } from '../src/evacuations/context.js';
import { findCorridorMentions } from '../src/corridors/find.js';
import { directionOf, placesOf } from '../src/evacuations/endpoints.js';
import { figureAt, linkContext } from '../src/evacuations/link.js';
import { leaves, nearestTrigger, statusCues, statusOf } from '../src/evacuations/movement.js';
import { bareAfterMovement, countHead, countedNoun } from '../src/evacuations/who.js';
import { findNumberMentions } from '../src/numbers/find.js';
import { findPlaceMentions } from '../src/places/find.js';
import { findQuoteMentions } from '../src/quotes/find.js';
import { loadRules } from '../src/rules/load.js';

const rules = loadRules();

/** The linker's view of `text` and of its figure whose value is `value`. */
function setup(text: string, value: number) {
  const doc = analyse(text, { rules });
  const numbers = findNumberMentions(doc);
  const places = findPlaceMentions(doc);
  const ctx = linkContext(doc, { numbers, places, corridors: findCorridorMentions(doc, places), quotes: findQuoteMentions(doc) });
  const num = numbers.find((n) => n.value === value);
  if (!num) throw new Error(`no figure ${value} in ${text}`);
  const fig = figureAt(ctx, num)!;
  return { ctx, fig, numbers };
}

describe('who a figure counts (who.ts)', () => {
  it.each([
    ['خرج 300 مدني من البلدة', 300, 'civilians'],
    ['وصل 740 مسلحاً وعائلاتهم', 740, 'fighters_and_families'],
    ['أجلت السلطات 512 أردنياً', 512, 'nationals'],
    ['نزحت 200 عائلة من القرى', 200, 'families'],
    ['دخلت 20 حافلة إلى الحي', 20, 'not-people'],
    ['دفع العائدون 1200 جنيه للسائقين', 1200, 'not-people'],
    ['منافذ الوزارة البالغ عددها 1200 منفذ', 1200, 'not-people'],
    ['بينهم رعايا 28 دولة', 28, 'not-people'],
    ['في عام 2016 غادر الجميع', 2016, null],
    ['خرج 125 شخصا من جرحى الفصائل ومدنيين', 125, 'people'],
    ['خرج 300 شخص من الجرحى', 300, 'wounded_sick'],
    ['وصلت السفينة وعلى متنها 640 شخصاً من 17 جنسية', 640, 'nationals'],
    ['أجلت البحرية 300 شخص من جنسيات مختلفة', 300, 'nationals'],
    ['بزيادة نحو 11 ألف عابر خلال يوم', 11000, 'people'],
    ['عاد نحو 9400 أفغاني من باكستان', 9400, 'nationals'],
    // A deportee in the singular after a hundred and more; a stage is no deportee.
    ['تستقبل العاصمة الأسبوع المقبل ما بين 2000 و2500 مرحّل آخرين', 2000, 'people'],
    ['في رحلة تمتد 12 مرحلة عبر الصحراء', 12, null],
    // Nationality nouns the country's name does not give (the gazetteer's nationals): a nisba and a broken plural.
    ['نظمت السفارة رحلتين لإعادة 620 بنغاليا الى دكا', 620, 'nationals'],
    ['وأجلت السفينة 1500 من الأتراك', 1500, 'nationals'],
    ['وقال إن أكثر من 40 ألف ناج نقلوا من هاتاي إلى مرسين', 40000, 'people'],
    // A figure that ends a quoted name counts no word after the closing mark; a figure quoted alone does.
    ['وأكد منسق عملية «الفارس الشهم 3» الإماراتية أن الطائرة وصلت', 3, null],
    ['وبلغ عدد العائدين «300» عائلة', 300, 'families'],
    // Cases of a disease or an event are no people moved; critical cases are.
    ['وأشار إلى أن المستشفى استقبل كذلك 11 حالة إسهال مائي حاد', 11, 'not-people'],
    ['وتم نقل 20 حالة حرجة إلى مستشفيات العريش', 20, 'wounded_sick'],
    ['وذكرت الدائرة أن مستشفياتها استقبلت 2,300 حالة إجهاد حراري بين الزائرين', 2300, 'not-people'],
  ])('%s', (text, value, group) => {
    const { ctx, fig } = setup(text, value);
    const noun = countedNoun(ctx.rules, ctx.doc.text, fig.words, fig.last + 1, fig.num);
    expect(noun === null || noun === 'not-people' ? noun : noun.group).toBe(group);
  });

  // A bare figure right after a movement counts persons when only where, how or when they went follows it.
  it.each([
    ['وأحصت الهيئة عودة نحو 140 ألفاً خلال يوم أمس وحده', 140000, true],
    ['وأحصت الهيئة عودة 140 ألفاً أمس', 140000, true],
    ['وأحصت الهيئة عودة 140 ألفاً للسوق', 140000, false],
  ])('a bare figure: %s', (text, value, persons) => {
    const { ctx, fig } = setup(text, value);
    expect(bareAfterMovement(ctx.rules, fig.words, fig.first, fig.last)).toBe(persons);
  });

  it.each([
    ['وبلغ العدد الإجمالي للمسلحين الذين خرجوا 5981', 5981, 'fighters', true],
    ['وقدرت المنظمة عدد النازحين في المخيم بنحو 1700', 1700, 'displaced', true],
    ['وبلغ عدد النازحين العائدين أمس 70', 70, 'displaced', false],
    ['وقال إن عددهم 400', 400, 'people', false],
    // "عدد من" is several, but "مجموع من عادوا" the total of those who returned.
    ['وبلغ مجموع من عادوا منذ سنوات قرابة 740 ألفاً', 740000, 'people', true],
    // A count pronoun with a figure of its own numbers the facilities: the head before it counts on.
    ['ليرتفع العدد الإجمالي للنازحين في منشآت الوكالة البالغ عددها 102 منشأة إلى 423 ألفا', 423000, 'displaced', true],
  ])('the head of %s', (text, value, group, total) => {
    const { ctx, fig, numbers } = setup(text, value);
    expect(countHead(ctx.rules, fig.words, fig.first, numbers, fig.num)).toMatchObject({ group, total });
  });
});

describe('the movement and its status (movement.ts)', () => {
  it.each([
    ['تم إجلاء 350 مدنياً من الأحياء', 350, 'evacuation'],
    ['عاد نحو 3000 نازح إلى منازلهم', 3000, 'return'],
    ['فر 1500 شخص من القصف', 1500, 'displacement'],
    ['انتشر 300 عنصر في المدينة', 300, null],
    ['وصل عدد القتلى إلى 40 شخصا', 40, null],
    // Casualties counted by a figure of their own in another clause block no other figure.
    ['ارتفع عدد الضحايا إلى 96 قتيلا، وإن قرابة 200 ألف من سكان المدينة نزحوا من منازلهم', 200000, 'displacement'],
    // The past verb spelled as its verbal noun, its subject, then the figure: no thing governed.
    ['ونقل الهلال الأحمر الصومالي بطائرة مروحية 43 مريضا من مستشفى لوق', 43, 'evacuation'],
    // A stay told in a later clause says where the people moved are now; a death there still blocks.
    ['وقال إن عدد من نزحوا من منازلهم جراء الزلزال في المنطقة وصل حتى الآن إلى قرابة 86 ألف شخص، يقيمون في أكثر من 200 مركز', 86000, 'displacement'],
    ['وأفاد شهود بأن أربعة أشخاص، بينهم طفلان، لقوا حتفهم غرقاً أثناء محاولتهم عبور النهر', 4, null],
    // People facing a threat where they are have not moved.
    ['وتقول وكالات الإغاثة إن 25 مليون شخص يواجهون جوعا حادا بعد موجة النزوح', 25000000, null],
    // Others still staying, told in a later clause, block nothing of this figure.
    ['وارتفع عدد من تم إجلاؤهم منذ بدء العمليات إلى نحو 8 آلاف لاجئ، فيما لا يزال أكثر من 20 ألف لاجئ في مراكز الاستقبال', 8000, 'evacuation'],
    // A denied movement did not happen, however far the denial stands; a new statement after it is not denied.
    ['ونفى المعتمد، فلان الفلاني، ما تم تداوله على صفحات التواصل بشأن إجلاء 200 عائلة من الحي', 200, null],
    ['ونفى المتحدث أن تكون 500 عائلة قد غادرت المدينة', 500, null],
    ['ونفى المتحدث وجود عراقيل، وأكد أن 500 عائلة غادرت المدينة', 500, 'evacuation'],
    // People kept from moving have not moved.
    ['ألحقت المعارك أضرارا بست مدارس، ما قد يحرم نحو 5900 طفل من العودة إلى صفوفهم', 5900, null],
    // The passive return heading a process (re-opened, re-elected, resettled) moves nobody back.
    ['وأعيد فتح الطريق أمام 300 عائلة', 300, null],
    ['فقد أعيد توطين نحو 1800 لاجئ في الولاية خلال العام الماضي', 1800, null],
    // A verb spelled like a preposition, right before its figure; people given food parcels.
    ['فيما عبر ما يزيد على 2500 شخص منفذ راس اجدير باتجاه تونس', 2500, 'evacuation'],
    // Where people stay until the movement they stay for or are driven to; a stay with a movement after it that is no aim.
    ['كما يستعد نحو 400 نازح يقيمون حالياً في مدينة كربلاء للعودة إلى قرى قضاء المسيب', 400, 'return'],
    ['وحذرت الأونروا من أن نحو 15 ألف شخص يقيمون في مراكز إيواء قد يضطرون إلى النزوح', 15000, 'displacement'],
    ['موضحاً أن نحو 4 آلاف شخص لا يزالون داخل مناطق الإخلاء', 4000, null],
    // A leaving forced on people (أُجبرت على الرحيل).
    ['كانت 40 عائلة من تجمع وادي السيق قد أُجبرت أمس على الرحيل باتجاه أطراف قرية رمون', 40, 'evacuation'],
    // Taking part in something is no movement.
    ['وأن 200 عنصر أمني شاركوا في تأمين طريق العودة', 200, null],
    // A receiver speaking for itself (استقبلنا).
    ['وقال رئيس الوحدة: استقبلنا منذ صباح اليوم قرابة 90 عائلة نازحة جديدة في مدرستين', 90, 'evacuation'],
    // Where people a verb before them moved had lived is no stay of theirs now; a population is.
    ['كما نقلت 12 حافلة، أول من أمس، نحو 450 شخصاً كانوا يقيمون في مراكز إيواء بمدينة حمص إلى بعلبك', 450, 'evacuation'],
    ['وتقدّر الأمم المتحدة أن قرابة 323 ألف شخص كانوا يقيمون في منطقة عفرين قبل بدء العملية', 323000, null],
    // A verb of deporting before its subject, and the passive (رُحّل قرابة 1500 من سكان الدواوير).
    ['رحّل الجيش اللبناني، أمس الثلاثاء، ما لا يقل عن 65 لاجئاً سورياً عبر معبر وادي خالد', 65, 'evacuation'],
    ['كما رُحّل قرابة 1500 من سكان الدواوير نحو مخيم أقيم بالملعب', 1500, 'evacuation'],
    // The figure's own noun is no modal word, however it reads (طالب "student" / "demanded").
    ['وأوضح السفير أن نحو 400 طالب عبروا معبر ميديكا إلى بولندا', 400, 'evacuation'],
    ['وقال إن نحو 400 شخص طالبوا بالعودة إلى قراهم', 400, null],
    // ... or like a verb of speech (يعبر عن), right before its figure.
    ['ومن المقرر أن يعبر بين 1500 و2000 شخص يومياً معبر قسطل', 1500, 'evacuation'],
    ['وقال إن البيان يعبر عن موقف 300 عضو في المجلس', 300, null],
    // ... and, in the imperfect, right after its figure and noun; not in its other sense.
    ['وأضاف أن ما بين 300 و400 عائلة تعبر شارع الرشيد يومياً سيراً على الأقدام', 300, 'evacuation'],
    ['وقال إن 300 عائلة تعبر عن غضبها من انقطاع المياه', 300, null],
    ['وقال إن الوزارة وزعت سلالا غذائية على نحو 3 آلاف شخص خلال الأيام الماضية بعد موجة النزوح', 3000, null],
    // A vehicle going back for people is no return of people.
    ['وأوضح أن السفينة ستعود إلى عدن غدا لنقل دفعة جديدة تضم 300 شخص', 300, 'evacuation'],
    // The passive, and a spokesman's "we".
    ['وقال إن عدد الباكستانيين الذين أعيدوا إلى البلاد بلغ 1170 حتى الآن', 1170, 'return'],
    ['وقالت المتحدثة: «أجلينا حتى الآن أكثر من 600 مواطن من عدن»', 600, 'evacuation'],
    ['وأضاف: "سننقل ما بين 150 و200 أسرة إضافية من درنة يوم الخميس إلى بنغازي"', 150, 'evacuation'],
    ['وقال: "ننقل يومياً نحو 150 أسرة من درنة إلى بنغازي"', 150, 'evacuation'],
    ['وقال: "سنستقبل نحو 150 أسرة من درنة"', 150, 'evacuation'],
    // two crossings received them (a dual verb)
    ['وقال إن المنفذين استقبلا خلال الساعات الماضية ما بين 3 آلاف و3500 شخص', 3000, 'evacuation'],
    ['وقال إن المدينة ستستقبل نحو 150 أسرة من درنة', 150, 'evacuation'],
    // A camp called معسكر (Sudan, Iraq) is a place gone to, not a thing.
    ['وارتفع عدد من تم إجلاؤهم إلى المعسكر إلى نحو 8 آلاف لاجئ', 8000, 'evacuation'],
    // Deaths on the way are deaths: the verb of dying is nearer than the journey after it.
    ['وأضافت أن ما لا يقل عن 40 شخصاً، نصفهم من الأطفال، توفوا أثناء الرحلة إلى المخيم أو بعد وصولهم', 40, null],
    // The kingdom its press names so is a place gone to, not a thing.
    ['العدد الإجمالي لمن تم إجلاؤهم إلى المملكة منذ السبت ارتفع إلى 1041 شخصا', 1041, 'evacuation'],
    // Reaching people where they are: the figure after الوصول إلى is who was reached.
    ['لم تتمكن الفرق من الوصول إلى قرابة 60 عائلة عالقة', 60, null],
    // A verbal noun heading a process (إعادة إعمار) moves nobody.
    ['بدأت إعادة إعمار 200 منزل للعائلات', 200, null],
    ['وأعلنت الوكالة أنها أعادت افتتاح مدرستين تضمان 1300 تلميذ', 1300, null],
    // A return with a figure of its own right after it is that figure's: the transfer stays a transfer.
    ['نقل 15 موظفاً لديوان الوزارة وعودة 200 معلم للعمل', 15, 'evacuation'],
    // A definite verbal noun governs no definite word: an adjective or a time after it.
    ['وتمكنت 1200 عائلة من العودة الطوعية', 1200, 'return'],
    ['وتمكنت 1200 عائلة من العودة الأسبوع الماضي', 1200, 'return'],
    ['وتمت خلال اليومين الماضيين عودة الحياة إلى طبيعتها في أحياء تسكنها 300 عائلة', 300, null],
    // A hedge opening the figure right after a verb of arriving is its subject, no amount reached.
    ['ووصلت نحو 300 عائلة خلال اليومين الماضيين إلى مخيم للخيام', 300, 'evacuation'],
    ['ووصل عدد القتلى إلى نحو 40 شخصا', 40, null],
    // A verb of displacing with its object pronoun: the people it displaced.
    ['من أصل قرابة 900 ألف شخص شردتهم العمليات العسكرية', 900000, 'displacement'],
    // Those who went with the people moved went too; an escort of a convoy is no movement of people.
    ['وأوضحت المنظمة أن المرضى رافقهم 196 من ذويهم ومرافقيهم', 196, 'evacuation'],
    ['وأضاف أن الشرطة رافقت القافلة التي ضمت 2000 شخص', 2000, null],
    // Those who arrived (الواصلين) moved.
    ['ولفت إلى أن من بين الواصلين ما لا يقل عن 700 طفل', 700, 'evacuation'],
    // Soldiers deployed where others left are no people moved, whatever verb is told after them.
    ['وأشار إلى أن نحو 600 عنصر من الجيش والشرطة انتشروا في البلدة فور خروج آخر حافلة منها', 600, null],
    ['وأوضح أن نحو 100 عنصر سينتشرون في الحي بعد خروج المسلحين', 100, null],
    // An event that dates the movement (منذ وقوع، منذ مقتل) is no casualty of it.
    ['وعاد 846 مواطناً، ليصل إجمالي العائدين منذ وقوع الكارثة إلى 1930 مواطناً', 1930, 'return'],
    ['وأدى القصف إلى مقتل 30 شخصا منذ وصول القافلة', 30, null],
    // A casualty a later clause tells of parts nothing from the trigger of the figure's own clause ...
    ['ليرتفع عدد من جرى إجلاؤهم من المدينة منذ 11 سبتمبر إلى أكثر من 9 آلاف شخص، في وقت تواصل فيه فرق البحث انتشال الجثث', 9000, 'evacuation'],
    // Patients treated where they are, whatever bus set off in the clause before.
    ['وأضاف أن 35 حافلة ستنطلق غدا إلى بنغازي، مشيرا إلى أن مستشفيات المدينة تعالج حاليا 214 مصابا', 214, null],
    ['ونقلت الطائرة 30 جريحا إلى مستشفيات أنقرة حيث يعالجون منذ أمس', 30, 'evacuation'],
    // ... but one in the figure's clause does.
    ['وأشار إلى أن المستشفيات تستقبل منذ إجلاء الأهالي نحو 40 قتيلا يوميا', 40, null],
    // The nisba of a verbal noun is no movement: a transitional council, a reshuffle of officials.
    ['وذلك في إطار حركة انتقالية شملت 146 من رجال السلطة', 146, null],
    ['وأكد أن انتقال 300 عائلة إلى المخيم تم أمس', 300, 'evacuation'],
  ])('%s', (text, value, kind) => {
    const { ctx, fig } = setup(text, value);
    expect(nearestTrigger(ctx, fig)?.kind ?? null).toBe(kind);
  });

  // A verb that says only how people moved takes its kind from the figure's own noun, then the article.
  it.each([
    ['إن الكنيسة استقبلت منذ صباح الجمعة 118 أسرة نازحة من العريش', 118, 'displacement'],
    ['ووصل إلى المخيم أمس 300 نازح من القرى الحدودية', 300, 'displacement'],
    ['ووصلت إلى المدينة أمس 300 عائلة من القرى الحدودية', 300, 'evacuation'],
    ['بدأت عودة الأهالي إلى المدينة، ووصل إليها أمس 300 نازح من المخيمات بعد عودة الأهالي', 300, 'return'],
    // Buses that carry people say how they moved, not why: the article's return.
    ['بدأت عودة الأهالي إلى المدينة، وانطلقت 15 حافلة تقل 600 شخص بعد عودة الأهالي', 600, 'return'],
    // ... but those a deal moved out (مهجر) are evacuated.
    ['وفي إطار اتفاق الإجلاء انطلقت الحافلات التي تقل نحو ألفي مهجر من الحي', 2000, 'evacuation'],
  ])('%s', (text, value, kind) => {
    const { ctx, fig } = setup(text, value);
    const move = nearestTrigger(ctx, fig);
    expect(move?.named ?? move?.told ?? move?.kind).toBe(kind);
  });

  it.each([
    ['غادر 500 شخص البلدة أمس', 500, 'completed'],
    ['ومن المتوقع خروج 500 شخص غدا', 500, 'planned'],
    ['وسيغادر 500 شخص البلدة', 500, 'planned'],
    ['وفي إطار الاتفاق جرت أمس عمليات إجلاء لنحو 5000 شخص', 5000, 'completed'],
    ['ومن المفترض خروج 5000 شخص وفق الاتفاق الذي تم إبرامه', 5000, 'planned'],
    ['ويتواجد 10000 شخص في المطار بانتظار إجلائهم', 10000, 'planned'],
    ['وقال إن نحو 500 من حاملي الجوازات سيدخلون مصر غدا', 500, 'planned'],
    ['وأعلنت الوزارة تسيير رحلتين غدا الخميس لإجلاء نحو 700 مواطن', 700, 'planned'],
    // A cue in a later clause with a subject of its own speaks for that subject.
    ['وأفادت المنظمة بأن عدد النازحين تجاوز 73 ألف شخص، فيما حذرت الأمم المتحدة من نزوح مليون خلال الأشهر المقبلة', 73000, 'completed'],
    ['وانطلقت قافلة من 32 حافلة تقل نحو 1500 شخص حتى بورتسودان، حيث ينتظر المجلون دورهم في مراكز الإيواء', 1500, 'completed'],
  ])('%s', (text, value, status) => {
    const { ctx, fig } = setup(text, value);
    expect(statusOf(statusCues(ctx.rules, fig.words), fig.first, fig.last, ctx.doc.clauseIndexAt(fig.num.nStart))).toBe(status);
  });
});

describe('what people left (movement.ts)', () => {
  it.each([
    ['وغادرت 1500 عائلة المدارس أمس', 1500, 'shelter'],
    ['واضطر 118 ألف شخص إلى مغادرة منازلهم', 118000, 'homes'],
    ['وغادر أكثر من 13 ألف نازح المخيم', 13000, 'camp'],
    ['وغادر 500 شخص البلدة', 500, null],
  ])('%s', (text, value, left) => {
    const { ctx, fig } = setup(text, value);
    expect(leaves(ctx.rules, fig.words, nearestTrigger(ctx, fig)!, fig.first, fig.last)).toBe(left);
  });
});

describe('where people moved from and to (endpoints.ts)', () => {
  it.each([
    ['خرجوا من مدينة دوما', 'دوما', 'origin'],
    ['وصلوا إلى مدينة إدلب', 'إدلب', 'destination'],
    ['غادروا حي الوعر', 'الوعر', 'origin'],
    ['من خلال معبر جابر', 'جابر', null],
    ['من رعايا الهند', 'الهند', null],
    // An event preposition opens another phrase: the fallen town is no destination.
    ['موجة نزوح نحو أربيل ودهوك بعد سقوط الموصل', 'الموصل', null],
    // A to-phrase whose noun is placed by في reaches past the usual five words, within one run of words.
    ['توجهوا باتجاه مناطق سيطرة قوات الجيش النظامي في محافظة حماة', 'حماة', 'destination'],
    ['توجهوا باتجاه مناطق سيطرة قوات الجيش النظامي، في محافظة حماة', 'حماة', null],
    ['يستعد نحو 400 نازح آخرين في مخيمات عرسال', 'عرسال', null],
    ['انطلقت القافلة باتجاه الشمال وسط انتشار أمني كثيف في مدينة حماة', 'حماة', null],
    ['وأشار إلى أن الهجوم الذي استهدف فندقا في مدينة سوسة', 'سوسة', null],
    // Near a place is not in it: the corridor is on the edge of the desert, not the desert.
    ['ووصلت العائلات إلى ممر الإنقاذ الإنساني الجديد على أطراف البادية', 'البادية', null],
    // People held in a place are moved out of it.
    ['بدأ إجلاء المدنيين المحاصرين في مضايا', 'مضايا', 'origin'],
    ['يعيش آلاف المدنيين في مضايا', 'مضايا', null],
    // A place a distance is measured from is no end of the movement.
    ['نزحت عائلات نحو بلدة أم الأرانب، على بعد نحو 60 كيلومترا شمال شرق مرزق', 'مرزق', null],
    // A departure's place behind ل is where it went.
    ['بينما غادر 340 مسلحاً لإدلب على متن الحافلات', 'إدلب', 'destination'],
    ['بينما غادر 340 مسلحاً إدلب على متن الحافلات', 'إدلب', 'origin'],
    // The place an entry verb takes as its object is where they went; a place in construct after it is whose people they are.
    ['أعادت السلطات نحو 5600 من أصل 8 آلاف مهاجر دخلوا سبتة سباحة', 'سبتة', 'destination'],
    ['فيما دخلت عائلات سامراء عبر الحاجز', 'سامراء', null],
    // A from-phrase after a place's name (not a noun of places) is the origin.
    ['وصل 13500 نازح إلى أرمينيا من ناغورنو كاراباخ', 'ناغورنو كاراباخ', 'origin'],
  ])('%s: %s is %s', (text, name, direction) => {
    const doc = analyse(text, { rules });
    const ctx = linkContext(doc, { numbers: [], places: findPlaceMentions(doc) });
    const place = findPlaceMentions(doc).find((p) => p.span.text === name)!;
    expect(directionOf(ctx.rules, ctx.wordsOf(0), place)).toBe(direction);
  });

  const move = (kind: Move['kind'], at: number): Move => ({ kind, distance: 1, weak: false, neutral: false, at });
  it.each([
    ['خرج 300 شخص من مدينة دوما إلى جرابلس', 300, 'evacuation', null, ['دوما'], ['جرابلس']],
    ['تجمع النازحون في مخيم الركبان.\nوأكدت المنظمة أن 3200 شخص غادروا المخيم أمس', 3200, 'evacuation', null, ['الركبان'], []],
    ['نقل 300 شخص إلى مناطق أخرى من ريف درعا', 300, 'evacuation', null, [], ['ريف درعا']],
    ['نزح 5000 شخص من شرقي دمشق', 5000, 'displacement', null, ['شرق دمشق', 'دمشق'], []],
    // The article's last origin and destination as they were named: a countryside, not the city it is named after.
    ['خرجت الحافلات من مدينة داريا بريف دمشق باتجاه ريف إدلب الجنوبي.\nوقال المسؤول إن 300 شخص خرجوا من المدينة', 300, 'evacuation', null, ['داريا'], ['ريف إدلب الجنوبي']],
    // ... and not the area a place was said to lie in (داريا في الغوطة الغربية).
    ['خرجت الدفعة الثانية من مسلحي مدينة داريا في الغوطة الغربية.\nوكانت 16 حافلة قد نقلت 465 شخصا باتجاه إدلب', 465, 'evacuation', null, ['داريا'], ['إدلب']],
    // Where the speaker is, is not where people moved from.
    ['وقال مراسل الوكالة من مدينة حمص إن 300 شخص غادروا صباح اليوم', 300, 'evacuation', null, [], []],
    // ... unless a relative clause about the speaker tells a movement there.
    ['نزح الآلاف من حي الشجاعية.\nوقال المواطن سمير عاشور، الذي عاد مع 14 فردا من عائلته إلى حي الشجاعية: "نزحنا إلى خان يونس يوم السبت"', 14, 'return', null, [], ['الشجاعية']],
    // "The town" is not the town a crossing is named after, which the sentence named first.
    ['غادر الأهالي مدينة دوما صباح اليوم.\nوخرج 125 شخصا من معبر الوافدين شمال المدينة بعد خروج 900 شخص من المدينة أمس', 900, 'evacuation', null, ['دوما'], []],
    ['تتواصل حركة النزوح من مدينة ود مدني، حاضرة ولاية الجزيرة، نحو القضارف.\nوقال المسؤول إن 250 ألف شخص فروا من الولاية', 250000, 'displacement', null, ['الجزيرة'], ['القضارف']],
    // "Towards the town": the town named before, not the one the sentence sends people from.
    ['تعيش العائلات في خيام بعيدا عن مدينة تاورغاء.\nوستنطلق قافلة تضم 120 عائلة من بني وليد باتجاه المدينة غدا', 120, 'return', null, ['بني وليد'], ['تاورغاء']],
    ['وفر 500 شخص من مدينة درعا باتجاه المنطقة الحدودية', 500, 'displacement', null, ['درعا'], []],
    ['واستقبل منفذ الدبوسية الحدودي مع لبنان 640 شخصا', 640, 'evacuation', null, ['لبنان'], ['الدبوسية']],
    ['وعاد 1200 لاجئ سوري من الأراضي التركية إلى بلادهم', 1200, 'return', null, [], ['سوريا']],
    ['ونجحت الجهود في إعادة 561 مواطنا مصريا بالسودان عبر المعابر بين مصر والسودان', 561, 'return', 'EG', ['السودان'], ['مصر']],
  ] as const)('%s', (text, value, kind, nationality, origin, destination) => {
    const { ctx, fig } = setup(text, value);
    const at = fig.words.findIndex((w) => ctx.rules.triggers.some((t) => w.forms.some(t.test)));
    const found = placesOf(ctx, fig, move(kind, at), nationality);
    expect(found.origin.map((p) => p.name)).toEqual(origin);
    expect(found.destination.map((p) => p.name)).toEqual(destination);
  });
});
