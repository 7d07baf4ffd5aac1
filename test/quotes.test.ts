// Quoted officials: one sentence in, the statement out (speaker, verb, words, outlet), then
// coreference over short texts, sentences that only mention people, and the span invariant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import type { QuoteHit } from '../src/mentions.js';
import { findQuoteMentions } from '../src/quotes/find.js';
import { loadRules } from '../src/rules/load.js';

const rules = loadRules();
const quotesIn = (text: string): QuoteHit[] => findQuoteMentions(analyse(text, { rules }));

interface Expected {
  name?: string | null;
  title?: string | null;
  rank?: string | null;
  organization?: string | null;
  anonymous?: boolean;
  verb?: string;
  direct?: boolean;
  text?: string;
  outlet?: string | null;
}

/** The fields of a quote that `expected` names, in the shape of `expected`. */
function view(q: QuoteHit, expected: Expected): Expected {
  const all: Required<Expected> = {
    name: q.speaker.name,
    title: q.speaker.title,
    rank: q.speaker.rank,
    organization: q.speaker.organization,
    anonymous: q.anonymous,
    verb: q.verb ?? '',
    direct: q.direct,
    text: q.text,
    outlet: q.outlet,
  };
  return Object.fromEntries(Object.keys(expected).map((k) => [k, all[k as keyof Expected]]));
}

const first = (text: string): QuoteHit => {
  const qs = quotesIn(text);
  expect(qs.length, `no quote in: ${text}`).toBeGreaterThan(0);
  return qs[0]!;
};

describe('speaker phrases: title, rank and name in either order', () => {
  it.each<[string, Expected]>([
    ['قال رئيس مركز المصالحة، اللواء يوري يفتوشينكو، إن 1200 مدني خرجوا عبر الممر.', { name: 'يوري يفتوشينكو', title: 'رئيس مركز المصالحة', rank: 'اللواء', text: '1200 مدني خرجوا عبر الممر' }],
    ['وقال طلال البرازي محافظ حمص لرويترز إن الحافلات وصلت.', { name: 'طلال البرازي', title: 'محافظ حمص', outlet: 'رويترز', text: 'الحافلات وصلت' }],
    ['قال محافظ درعا محمد خالد الهنوس إن 300 شخص غادروا البلدة صباح اليوم.', { name: 'محمد خالد الهنوس', title: 'محافظ درعا', verb: 'قال', direct: false, text: '300 شخص غادروا البلدة صباح اليوم' }],
    ['وقال محافظ حماة محمد الحزوري إن 150 عائلة عادت إلى قراها.', { name: 'محمد الحزوري', title: 'محافظ حماة', verb: 'قال' }],
    ['قال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي إن بلاده تدعم الاتفاق.', { name: 'بهرام قاسمي', title: 'المتحدث باسم وزارة الخارجية الإيرانية', text: 'بلاده تدعم الاتفاق' }],
    ['وقال متحدث باسم الأمم المتحدة ستيفان دوجاريك إن القافلة دخلت المدينة.', { name: 'ستيفان دوجاريك', title: 'متحدث باسم الأمم المتحدة' }],
    ['أكد الرئيس الروسي فلاديمير بوتين أن العملية ستستمر.', { name: 'فلاديمير بوتين', title: 'الرئيس الروسي', verb: 'أكد', text: 'العملية ستستمر' }],
    ['وقال وزير الخارجية الإيراني محمد جواد ظريف إن طهران ترحب بالهدنة.', { name: 'محمد جواد ظريف', title: 'وزير الخارجية الإيراني' }],
    ['وأعلن العميد سهيل الحسن أن قواته فتحت ممرا جديدا.', { name: 'سهيل الحسن', rank: 'العميد', verb: 'أعلن', title: null }],
    ['قال الناطق باسم الدفاع المدني إبراهيم أبو الليث إن فرق الإنقاذ انتشلت 12 شخصا.', { name: 'إبراهيم أبو الليث', title: 'الناطق باسم الدفاع المدني' }],
    ['وقال رامى عبد الرحمن مدير المرصد إن القصف توقف.', { name: 'رامى عبد الرحمن', title: 'مدير المرصد', text: 'القصف توقف' }],
    ['قال المبعوث الأممي ستافان دي ميستورا إن المفاوضات ستستأنف الأسبوع المقبل.', { name: 'ستافان دي ميستورا', title: 'المبعوث الأممي' }],
    ['وقالت الممثلة السامية للاتحاد الأوروبي فيديريكا موغيريني إن الاتحاد سيقدم مساعدات.', { name: 'فيديريكا موغيريني', title: 'الممثلة السامية للاتحاد الأوروبي', verb: 'قالت' }],
    ['وقال قائد الشرطة العسكرية الروسية، العقيد أليكسي كوزلوف، إن الوضع هادئ.', { name: 'أليكسي كوزلوف', title: 'قائد الشرطة العسكرية الروسية', rank: 'العقيد', text: 'الوضع هادئ' }],
    ['وصرح الأمين العام للأمم المتحدة أنطونيو غوتيريش بأن المدنيين يجب أن يحموا.', { name: 'أنطونيو غوتيريش', title: 'الأمين العام للأمم المتحدة', verb: 'صرح', text: 'المدنيين يجب أن يحموا' }],
    ['قال رئيس الوزراء التركي بن علي يلدريم إن بلاده لن تستقبل مزيدا من اللاجئين.', { name: 'بن علي يلدريم', title: 'رئيس الوزراء التركي' }],
    ['وأوضح الفريق أول سيرغي رودسكوي أن الطيران الروسي يراقب الممرات.', { name: 'سيرغي رودسكوي', rank: 'الفريق أول', verb: 'أوضح' }],
    ['وزير الإعلام السوري عماد سارة قال إن البث سيستأنف.', { name: 'عماد سارة', title: 'وزير الإعلام السوري', text: 'البث سيستأنف' }],
    ['وأكد مدير صحة حماة أحمد الخطيب أن المشافي استقبلت 40 جريحا.', { name: 'أحمد الخطيب', title: 'مدير صحة حماة' }],
    ['وأشارت ممثلة منظمة الصحة العالمية في سوريا إليزابيث هوف إلى أن الاحتياجات كبيرة.', { name: 'إليزابيث هوف', title: 'ممثلة منظمة الصحة العالمية في سوريا', verb: 'أشارت', text: 'الاحتياجات كبيرة' }],
    ['واعتبر الرئيس التركي رجب طيب أردوغان أن العملية ناجحة.', { name: 'رجب طيب أردوغان', title: 'الرئيس التركي', verb: 'اعتبر' }],
    ['وقال وزير الخارجية التركي مولود جاويش أوغلو إن المعبر سيفتح.', { name: 'مولود جاويش أوغلو', title: 'وزير الخارجية التركي' }],
    ['وشدد وزير الخارجية سيرغي لافروف على أن الحل سياسي.', { name: 'سيرغي لافروف', title: 'وزير الخارجية', verb: 'شدد', text: 'الحل سياسي' }],
    ['وبين العقيد ماهر يوسف أن الممر سيبقى مفتوحا.', { name: 'ماهر يوسف', rank: 'العقيد', verb: 'بين', text: 'الممر سيبقى مفتوحا' }],
    ['واكد محافظ ادلب ان الطرق مغلقة.', { name: null, title: 'محافظ ادلب', verb: 'اكد', text: 'الطرق مغلقة' }],
    ['قال الدكتور محمد عوض تاج الدين مستشار رئيس الجمهورية لشئون الصحة إن الوزارة أرسلت 20 سيارة إسعاف.', { name: 'محمد عوض تاج الدين', title: 'مستشار رئيس الجمهورية لشئون الصحة', rank: null }],
    ['وأشار السيد عبد الفتاح السيسى إلى أن مصر تدعم الحل السياسى.', { name: 'عبد الفتاح السيسى', text: 'مصر تدعم الحل السياسى' }],
    ['من جانبه قال مدير مستشفى إدلب المركزي الدكتور مصطفى العيدو إن المستشفى استقبل 50 جريحا.', { name: 'مصطفى العيدو', title: 'مدير مستشفى إدلب المركزي' }],
    ['وقال أحمد، وهو نازح من خان شيخون، إنه ينام في سيارته.', { name: 'أحمد', text: 'ينام في سيارته' }],
    ['وكان وزير الخارجية الأميركي مايك بومبيو قد حذر من أن الهجوم سيؤدي إلى كارثة.', { name: 'مايك بومبيو', verb: 'حذر', text: 'الهجوم سيؤدي إلى كارثة' }],
    ['وقالت المتحدثة باسم المنظمة في عمان، ريم الأحمد، لـ"الغد" إن المخيم مكتظ.', { name: 'ريم الأحمد', title: 'المتحدثة باسم المنظمة في عمان', outlet: 'الغد' }],
    ['وأكد الناطق باسم البعثة في جنيف، بافل كرزيشتوف، أن الحوار مستمر.', { name: 'بافل كرزيشتوف', title: 'الناطق باسم البعثة في جنيف' }],
    ['وصرح محافظ ريف حلب سامر يوسف لوسائل إعلام محلية بأن الطريق فتح.', { name: 'سامر يوسف', title: 'محافظ ريف حلب', outlet: 'وسائل إعلام محلية', text: 'الطريق فتح' }],
    ['وقال المدير العام للأمن العام اللواء طارق الخطيب إن الدفعة غادرت.', { name: 'طارق الخطيب', title: 'المدير العام للأمن العام', rank: 'اللواء' }],
    ['ونقل التلفزيون الرسمي عن محافظ دير الزور قوله إن 2000 عائلة عادت.', { name: null, title: 'محافظ دير الزور', outlet: 'التلفزيون الرسمي', text: '2000 عائلة عادت' }],
  ])('%s', (sentence, expected) => {
    expect(view(first(sentence), expected)).toEqual(expected);
  });
});

describe('organisations, media and unnamed sources as speakers', () => {
  it.each<[string, Expected]>([
    ['وأعلنت وزارة الدفاع الروسية أن 2000 مسلح غادروا المنطقة.', { name: null, organization: 'وزارة الدفاع الروسية', anonymous: false, verb: 'أعلنت' }],
    ['وذكر المرصد السوري لحقوق الإنسان أن الاشتباكات تجددت.', { organization: 'المرصد السوري لحقوق الإنسان', verb: 'ذكر', text: 'الاشتباكات تجددت' }],
    ['وقال الكرملين إن الرئيسين بحثا الوضع في إدلب.', { name: null, organization: 'الكرملين' }],
    ['وأكد الجيش الروسي أن الممر آمن.', { organization: 'الجيش الروسي', text: 'الممر آمن' }],
    ['وقال مركز المصالحة في بيان إن 300 شخص عادوا.', { organization: 'مركز المصالحة', text: '300 شخص عادوا' }],
    ['وأعلنت المفوضية السامية لشؤون اللاجئين أن 5 آلاف لاجئ عادوا.', { organization: 'المفوضية السامية لشؤون اللاجئين' }],
    ['ونفى الكرملين التقارير عن استهداف المدنيين.', { organization: 'الكرملين', verb: 'نفى', text: 'التقارير عن استهداف المدنيين' }],
    ['وبحسب إحصائية لفريق منسقي الاستجابة، فإن عدد النازحين بلغ 300 ألف.', { organization: 'فريق منسقي الاستجابة', verb: 'بحسب', text: 'عدد النازحين بلغ 300 ألف' }],
    ['وقال الإعلام الحربي المركزي إن الجيش فتح الطريق.', { organization: 'الإعلام الحربي المركزي' }],
    ['قال المرصد الاثنين إن 12 مدنيا قتلوا.', { organization: 'المرصد', text: '12 مدنيا قتلوا' }],
    ['وأفادت سانا بأن الحافلات دخلت الحي.', { organization: null, outlet: 'سانا', verb: 'أفادت', text: 'الحافلات دخلت الحي' }],
    ['وأفادت وكالة الأنباء الرسمية سانا بأن الجيش دخل البلدة.', { outlet: 'وكالة الأنباء الرسمية سانا' }],
    ['وذكرت صحيفة الوطن المقربة من الحكومة أن 1500 شخص عادوا.', { outlet: 'صحيفة الوطن', text: '1500 شخص عادوا' }],
    ['وقالت مصادر محلية إن الأهالي بدأوا بالعودة.', { name: null, anonymous: true, title: 'مصادر محلية' }],
    ['وأفاد مصدر عسكري بأن الجيش سيطر على التلة.', { anonymous: true, title: 'مصدر عسكري', text: 'الجيش سيطر على التلة' }],
    ['وقال ناشطون إن القصف استهدف المشفى.', { anonymous: true, title: 'ناشطون', name: null }],
    ['وقال مسؤول في الأمم المتحدة إن القافلة تأخرت.', { anonymous: true, title: 'مسؤول', organization: 'الأمم المتحدة' }],
    ['وقال مسئول محلي لرويترز إن 70 أسرة نزحت.', { anonymous: true, title: 'مسئول محلي', outlet: 'رويترز', text: '70 أسرة نزحت' }],
    ['وقال شهود عيان إن الحافلات تحركت فجرا.', { anonymous: true, title: 'شهود عيان' }],
    ['وأكدت مصادر ذات صلة أن المفاوضات متعثرة.', { anonymous: true, title: 'مصادر ذات صلة', verb: 'أكدت' }],
    ['ويقول ناشطون إن آلاف المدنيين ما زالوا محاصرين.', { anonymous: true, verb: 'يقول' }],
    ['ولفت ناشطون إلى أن الطرق مقطوعة.', { anonymous: true, verb: 'لفت', text: 'الطرق مقطوعة' }],
    ['وكشف مصدر مطلع عن اتفاق لإخراج الجرحى.', { anonymous: true, verb: 'كشف', text: 'اتفاق لإخراج الجرحى' }],
    ['ونفى المتحدث باسم الجيش التركي وجود أي تنسيق مع دمشق.', { title: 'المتحدث باسم الجيش التركي', name: null, verb: 'نفى', text: 'وجود أي تنسيق مع دمشق' }],
  ])('%s', (sentence, expected) => {
    expect(view(first(sentence), expected)).toEqual(expected);
  });
});

describe('the quoted or reported words', () => {
  it.each<[string, Expected]>([
    ['وقال المتحدث باسم الهلال الأحمر محمد حلاوة: "أخرجنا 45 جريحا حتى الآن".', { name: 'محمد حلاوة', direct: true, text: 'أخرجنا 45 جريحا حتى الآن' }],
    ['وقال قائد الشرطة المحلية العقيد فادي حمزة: «الطريق مفتوح أمام المدنيين».', { name: 'فادي حمزة', rank: 'العقيد', direct: true, text: 'الطريق مفتوح أمام المدنيين' }],
    ['وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا “إن الغرب يعرقل إيصال المساعدات”.', { name: 'ماريا زاخاروفا', direct: true, text: 'إن الغرب يعرقل إيصال المساعدات' }],
    ['وقال المرصد: إن 20 مدنيا قتلوا.', { direct: false, text: '20 مدنيا قتلوا' }],
    ['وأوضح وزير الصحة نزار يازجي أن "المشافي تعمل بكامل طاقتها".', { name: 'نزار يازجي', direct: true, text: 'المشافي تعمل بكامل طاقتها' }],
    ['وقال الناطق باسم الأونروا كريس غانيس: "الوضع كارثي. آلاف العائلات بلا مأوى".', { name: 'كريس غانيس', direct: true, text: 'الوضع كارثي. آلاف العائلات بلا مأوى' }],
    ['وقال مدير المنظمة بيتر ماورير: "دخلنا الحي صباحا.\n"وأخرجنا عشرات الجرحى".', { direct: true, text: 'دخلنا الحي صباحا.\n"وأخرجنا عشرات الجرحى' }],
    ['وبين اللواء أحمد سليمان أن "الجيش فتح ممرين آمنين.', { direct: true, text: 'الجيش فتح ممرين آمنين', verb: 'بين' }],
    ['وبين مدير المشفى: "استقبلنا 30 حالة".', { verb: 'بين', title: 'مدير المشفى', direct: true, text: 'استقبلنا 30 حالة' }],
    ['وتابع المسؤول الأممي قائلا: "لن نترك أحدا خلفنا".', { verb: 'تابع', title: 'المسؤول الأممي', direct: true, text: 'لن نترك أحدا خلفنا' }],
    ['وقال مسؤول إن الحافلات أوقفت بسبب "عراقيل" أمنية.', { direct: false, text: 'الحافلات أوقفت بسبب "عراقيل" أمنية' }],
    ['قال المتحدث باسم الجيش، العقيد فادي حسن، يوم الأحد، إن ثلاث قذائف سقطت.', { name: 'فادي حسن', text: 'ثلاث قذائف سقطت' }],
  ])('%s', (sentence, expected) => {
    expect(view(first(sentence), expected)).toEqual(expected);
  });

  it('stops reported words where a participle starts the next statement', () => {
    const qs = quotesIn('وقال المرصد إن 300 مسلح خرجوا، مشيرا إلى أن الدفعة الثانية ستخرج غدا.');
    expect(qs.map((q) => [q.verb, q.text, q.speaker.organization])).toEqual([
      ['قال', '300 مسلح خرجوا', 'المرصد'],
      ['مشيرا', 'الدفعة الثانية ستخرج غدا', 'المرصد'],
    ]);
  });
});

describe('the outlet a statement was given to', () => {
  it.each<[string, Expected]>([
    ['وقال مدير الدفاع المدني رائد الصالح لـ"العربي الجديد" إن فرقه أجلت 60 مصابا.', { name: 'رائد الصالح', outlet: 'العربي الجديد', text: 'فرقه أجلت 60 مصابا' }],
    ['وقال مصدر أمني في تصريح لقناة الميادين إن الطريق أغلق.', { anonymous: true, outlet: 'قناة الميادين' }],
    ['وقال محافظ القنيطرة همام دبيات لصحيفة الوطن إن الأهالي سيعودون.', { name: 'همام دبيات', outlet: 'صحيفة الوطن' }],
    ['ونقلت رويترز عن مسؤول تركي أن المعبر سيفتح.', { outlet: 'رويترز', anonymous: true, title: 'مسؤول تركي', verb: 'نقلت', text: 'المعبر سيفتح' }],
    ['فيما نقلت "رويترز" عن مصدر في المعارضة أن الاتفاق انهار.', { outlet: 'رويترز', anonymous: true, verb: 'نقلت' }],
    ['ونقلت وكالة الأناضول عن مصادر محلية أن 40 عائلة وصلت إلى جرابلس.', { outlet: 'وكالة الأناضول', anonymous: true, title: 'مصادر محلية' }],
    ['وقال قائد ميداني لوكالة سبوتنيك إن الهجوم صد.', { outlet: 'وكالة سبوتنيك', name: null }],
    ['وقال مسئول بوزارة الصحة المصرية فى تصريحات لـ"اليوم السابع" إن 3 مصابين نقلوا.', { anonymous: true, outlet: 'اليوم السابع', text: '3 مصابين نقلوا' }],
    ['وقال رئيس المجلس المحلي أحمد العلي لوكالة فرانس برس: «خرج الجميع».', { name: 'أحمد العلي', outlet: 'وكالة فرانس برس', direct: true, text: 'خرج الجميع' }],
  ])('%s', (sentence, expected) => {
    expect(view(first(sentence), expected)).toEqual(expected);
  });
});

describe('source phrases: بحسب، وفقا لـ، نقلا عن', () => {
  it.each<[string, Expected]>([
    ['وبحسب وكالة سانا، خرجت 12 حافلة من الحي.', { outlet: 'وكالة سانا', verb: 'بحسب', text: 'خرجت 12 حافلة من الحي' }],
    ['وخرج نحو 400 شخص من المخيم، بحسب المرصد السوري لحقوق الإنسان.', { organization: 'المرصد السوري لحقوق الإنسان', verb: 'بحسب', text: 'وخرج نحو 400 شخص من المخيم' }],
    ['ووفقا للأمم المتحدة، فإن 900 ألف شخص نزحوا منذ ديسمبر.', { organization: 'الأمم المتحدة', verb: 'وفقا', text: '900 ألف شخص نزحوا منذ ديسمبر' }],
    ['وحسب مصادر ميدانية، فإن المسلحين رفضوا الخروج.', { anonymous: true, title: 'مصادر ميدانية', verb: 'حسب', text: 'المسلحين رفضوا الخروج' }],
    ['ونقلا عن مصدر في المحافظة، فإن الحافلات ستصل مساء.', { anonymous: true, verb: 'نقلا عن', text: 'الحافلات ستصل مساء' }],
    ['ووفق بيان لوزارة الخارجية الروسية فإن الوزير أبلغ نظيره بالموقف.', { organization: 'وزارة الخارجية الروسية', verb: 'وفق' }],
    ['وعاد إلى البلدة 900 شخص، وفق ما أفاد به محافظ حماة محمد الحزوري للتلفزيون السوري.', { name: 'محمد الحزوري', text: 'وعاد إلى البلدة 900 شخص' }],
    ['وغادر الحي 700 مسلح، حسبما أفاد مراسل وكالة فرانس برس.', { anonymous: true, outlet: 'وكالة فرانس برس', text: 'وغادر الحي 700 مسلح' }],
  ])('%s', (sentence, expected) => {
    expect(view(first(sentence), expected)).toEqual(expected);
  });
});

describe('coreference: one person, all their quotes', () => {
  const speakers = (text: string) => quotesIn(text).map((q) => [q.speaker.name, q.speaker.title, q.speaker.rank, q.speaker.organization]);

  it.each<[string, string, (string | null)[][]]>([
    [
      'a surname and a bare continuation verb',
      'قال رئيس مركز المصالحة، اللواء يوري يفتوشينكو، إن الممر فتح. وقال يفتوشينكو إن 300 شخص عبروا. وأضاف أن الحافلات عادت.',
      Array(3).fill(['يوري يفتوشينكو', 'رئيس مركز المصالحة', 'اللواء', null]),
    ],
    [
      'a rank or an office with a nationality adjective',
      'قال المتحدث باسم مركز المصالحة اللواء فلاديمير سافتشينكو إن 50 شخصا خرجوا. وأوضح اللواء الروسي أن الممر آمن. وأشار المسؤول الروسي إلى أن القصف توقف.',
      Array(3).fill(['فلاديمير سافتشينكو', 'المتحدث باسم مركز المصالحة', 'اللواء', null]),
    ],
    [
      'an office alone with another complement',
      'قال رئيس مركز المصالحة الروسي، اللواء أليكسي تسيغانكوف، إن 90 شخصا خرجوا. وقال رئيس مركز حميميم أيضا "العملية مستمرة".',
      Array(2).fill(['أليكسي تسيغانكوف', 'رئيس مركز المصالحة الروسي', 'اللواء', null]),
    ],
    [
      'a surname before the verb',
      'أكد المتحدث باسم الخارجية الإيرانية بهرام قاسمي أن طهران تدعم الحل. قاسمي قال إن بلاده سترسل مساعدات.',
      Array(2).fill(['بهرام قاسمي', 'المتحدث باسم الخارجية الإيرانية', null, null]),
    ],
    [
      'a surname before the full name',
      'قال بوتين إن الهدنة صامدة. وقال الرئيس الروسي فلاديمير بوتين إن المحادثات مستمرة.',
      Array(2).fill(['فلاديمير بوتين', 'الرئيس الروسي', null, null]),
    ],
    [
      'an office that names a person mentioned before',
      'استقبل الرئيس السوري بشار الأسد الوفد. وقال الرئيس السوري إن الحرب ستنتهي.',
      [['بشار الأسد', 'الرئيس السوري', null, null]],
    ],
    [
      'the same office of another country is another person',
      'قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وقال وزير الخارجية التركي مولود جاويش أوغلو إن المعبر مغلق. وقال الوزير الروسي إن موسكو تدعم الهدنة.',
      [
        ['سيرغي لافروف', 'وزير الخارجية الروسي', null, null],
        ['مولود جاويش أوغلو', 'وزير الخارجية التركي', null, null],
        ['سيرغي لافروف', 'وزير الخارجية الروسي', null, null],
      ],
    ],
    [
      'a body by its head word',
      'ذكر المرصد السوري لحقوق الإنسان أن 50 عائلة نزحت. وأشار المرصد إلى أن القصف مستمر.',
      Array(2).fill([null, null, null, 'المرصد السوري لحقوق الإنسان']),
    ],
    [
      'a continuation verb with a colon',
      'قال المتحدث باسم الهلال الأحمر السوري محمد حلاوة إن القافلة وصلت. وتابع: "سنعود غدا".',
      Array(2).fill(['محمد حلاوة', 'المتحدث باسم الهلال الأحمر السوري', null, null]),
    ],
    [
      'an unnamed source goes on speaking',
      'وقالت مصادر محلية إن 20 عائلة وصلت. ولفتت إلى أن عائلات أخرى تنتظر.',
      Array(2).fill([null, 'مصادر محلية', null, null]),
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('resolves "the agency" to the agency last named', () => {
    const qs = quotesIn('وأفادت وكالة الأنباء السورية "سانا" بأن 10 حافلات خرجت. وأضافت الوكالة أن الأهالي عادوا.');
    expect(qs.map((q) => q.outlet)).toEqual(['وكالة الأنباء السورية سانا', 'وكالة الأنباء السورية سانا']);
  });
});

describe('persons merely mentioned are not speakers', () => {
  it.each([
    'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي الوضع في إدلب.',
    'وجرى اتصال هاتفي مع الرئيس السوري بشار الأسد تناول الأوضاع الإنسانية.',
    'وخرجت الحافلات من بين الأحياء المدمرة.',
    'وتقع البلدة بين دمشق وحمص.',
    'وتم نقل الجرحى إلى المشافي.',
    'وبحسب الاتفاق، سيخرج المسلحون إلى إدلب.',
    'ووصل وزير الدفاع إلى قاعدة حميميم أمس.',
    'ومن المتوقع أن يخرج 500 مسلح غدا.',
    'وأبلغ لافروف كيري قرار موسكو.',
    'وقال إن الممر مغلق.',
    'وذكر التقرير أسماء 20 معتقلا.',
    'وتابع الجيش تقدمه في الريف الشمالي.',
    'وأشار الى الخريطة.',
    'وظلت هذه المعلومات غير مؤكدة.',
    'وأفادت المعلومات أنه تم الاتفاق.',
  ])('%s', (sentence) => {
    expect(quotesIn(sentence).map((q) => q.speaker.name ?? q.speaker.organization ?? q.speaker.title)).toEqual([]);
  });

  it('keeps the addressee out: the teller speaks only with a that-clause', () => {
    const qs = quotesIn('وأبلغ لافروف كيري بأن موسكو تدعم الهدنة.');
    expect(qs.map((q) => q.text)).toEqual(['موسكو تدعم الهدنة']);
    expect(qs[0]!.speaker.name).not.toBe('كيري');
  });
});

describe('spans', () => {
  it.each([
    ['وقال محافظ حمص طلال البرازي لرويترز إن 300 شخص خرجوا من الحي.', '300 شخص خرجوا من الحي', 'وقال محافظ حمص طلال البرازي لرويترز إن 300 شخص خرجوا من الحي'],
    ['قال المرصد: «خرجت الحافلات».', 'خرجت الحافلات', 'قال المرصد: «خرجت الحافلات»'],
  ])('start/end index the quoted words; the statement is its own span: %s', (input, text, statement) => {
    const q = first(input);
    expect(q.text).toBe(text);
    expect(input.slice(q.start, q.end)).toBe(text);
    expect(input.slice(q.statement.start, q.statement.end)).toBe(q.statement.text);
    expect(q.statement.text).toContain(statement);
  });

  const fragments = [
    'وقال', 'قال', 'وأضاف', 'مشيرا إلى', 'بحسب', 'وفقا لـ', 'المرصد', 'مصادر', 'محافظ حمص', 'طلال البرازي', 'اللواء',
    'يوري يفتوشينكو', 'إن', 'أن', 'أنه', ':', '،', '.', '"', '«', '»', '“', '”', 'لـ"اليوم السابع"', 'لرويترز', 'خرج', '300',
    'شخص', 'من', 'حمص', 'الحافلات', '\n', 'مسئول', 'رامى', 'عبد الرحمن', 'ـ', 'ً', 'ونقلت', 'عن', 'بين', 'الوكالة',
  ];
  it('every quote maps back to the input: text is the input slice of its range, inside the statement', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }), (parts, gaps) => {
        const input = parts.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        const doc = analyse(input, { rules });
        for (const q of findQuoteMentions(doc)) {
          expect(input.slice(q.start, q.end)).toBe(q.text);
          expect(input.slice(q.statement.start, q.statement.end)).toBe(q.statement.text);
          expect(q.text.length).toBeGreaterThan(0);
          expect(q.statement.start).toBeLessThanOrEqual(q.start);
          expect(q.end).toBeLessThanOrEqual(q.statement.end);
          expect(q.nStart).toBeLessThanOrEqual(q.textStart);
          expect(q.textEnd).toBeLessThanOrEqual(q.nEnd);
          if (q.speaker.name) expect(input).toContain(q.speaker.name);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('administrative nouns inside a title', () => {
  it('keeps the place after قضاء in the title, not in the name', async () => {
    const { findQuoteMentions } = await import('../src/quotes/find.js');
    const { analyse } = await import('../src/document.js');
    const { loadRules } = await import('../src/rules/load.js');
    const text = 'وأكد قائممقام قضاء سنجار، محمود خليل، أن 300 عائلة غادرت المخيم.';
    const [q] = findQuoteMentions(analyse(text, { rules: loadRules() }));
    expect([q?.speaker.name, q?.speaker.title]).toEqual(['محمود خليل', 'قائممقام قضاء سنجار']);
  });
});

describe('the name in its slot after a long title', () => {
  it.each<[string, Expected]>([
    ['وقال مدير الإحصاء في مستشفى النور بالمكلا ناصر القديمي إن المستشفى استقبل 40 نازحا.', { name: 'ناصر القديمي', title: 'مدير الإحصاء في مستشفى النور بالمكلا' }],
    ['وأكد ممثل المنظمة الدولية للهجرة في بيروت يوهانس فاندر أن 300 عائلة عبرت الحدود.', { name: 'يوهانس فاندر', title: 'ممثل المنظمة الدولية للهجرة في بيروت' }],
    ['وأعلن رئيس لجنة الإغاثة في المجلس المحلي، كمال بركات العيساوي، أن 900 عائلة غادرت المدينة.', { name: 'كمال بركات العيساوي' }],
    ['وأفاد مراسلنا في حمص "سامي الدروبي"، أن الحافلات انطلقت صباحا.', { name: 'سامي الدروبي' }],
    ['وأشار مراسل الوكالة من ريف إدلب أحمد الشامي إلى أن القافلة وصلت.', { name: 'أحمد الشامي' }],
    ['وأوضح المنسق الإنساني في السودان أوسكار لينتون اليوم، أن 2000 شخص نزحوا.', { name: 'أوسكار لينتون', title: 'المنسق الإنساني في السودان' }],
  ])('%s', (text, expected) => expect(view(first(text), expected)).toEqual(expected));

  it('a quotation after a title is what was said, not a name', () => {
    const q = first('وقال رئيس مركز حميميم "العملية مستمرة".');
    expect(q.speaker.name).toBeNull();
    expect(q.text).toBe('العملية مستمرة');
  });
});
