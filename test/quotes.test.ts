// Quoted officials: one sentence in, the statement out (speaker, verb, words, outlet), then
// coreference over short texts, sentences that only mention people, and the span invariant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import type { QuoteHit } from '../src/mentions.js';
import { findPlaceMentions } from '../src/places/find.js';
import { findQuoteMentions } from '../src/quotes/find.js';
import { loadRules } from '../src/rules/load.js';

const rules = loadRules();
// As the pipeline runs it: with the document's places, whose names no speaker's name starts inside.
const quotesIn = (text: string): QuoteHit[] => {
  const doc = analyse(text, { rules });
  return findQuoteMentions(doc, findPlaceMentions(doc));
};

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
    // A name no lexicon knows, whose second word is a first name that folding makes look definite (إلياس).
    ['وقال خديدا إلياس، وهو مزارع من قرية كوجو، إن العائلات صعدت إلى الجبل.', { name: 'خديدا إلياس' }],
    // باسم is a first name after the office's place, "on behalf of" after the office.
    ['وأفاد محافظ جنين باسم العمري بأن عدد النازحين وصل إلى 20 ألفاً.', { name: 'باسم العمري', title: 'محافظ جنين' }],
    ['وقال المتحدث الرسمي باسم الجيش إن القوات تقدمت.', { name: null, title: 'المتحدث الرسمي باسم الجيش' }],
    // A place that ends the title, then the name between commas; a place's own name after its noun.
    ['من جهته، قال عضو المجلس البلدي عين زارة، خالد القماطي، إن نحو 70 أسرة عادت.', { name: 'خالد القماطي', title: 'عضو المجلس البلدي عين زارة' }],
    ['وقال رئيس اللجنة الشعبية لخدمات مخيم نور شمس جمال أبو زيتون إن المخيم خال.', { name: 'جمال أبو زيتون', title: 'رئيس اللجنة الشعبية لخدمات مخيم نور شمس' }],
    // No name starts with a plural noun of places, nor at the place it heads.
    ['من جهته، أوضح رئيس اتحاد بلديات بنت جبيل، حسين فواز، أن الأهالي عادوا إلى المدينة.', { name: 'حسين فواز', title: 'رئيس اتحاد بلديات بنت جبيل' }],
    // After a title that ends with a place's name, a word no lexicon knows before a name opens it.
    ['وأكد قائمقام مرجعيون نزيه عبد الساتر أن الجيش طلب من السكان عدم العودة.', { name: 'نزيه عبد الساتر', title: 'قائمقام مرجعيون' }],
    ['واكد عضو مجلس قضاء طوزخورماتو ئاسو رشيد ان الاحياء شبه خالية.', { name: 'ئاسو رشيد', title: 'عضو مجلس قضاء طوزخورماتو' }],
    // The Mauritanian "son of" goes on with a name begun.
    ['وأكد الوزير محمد ولد الشيخ أحمد أن الحكومة جاهزة.', { name: 'محمد ولد الشيخ أحمد', title: 'الوزير' }],
    // The topic of أما … ف is the speaker.
    ['أما محافظ حمص طلال البرازي فأكد أن الجيش طلب من السكان عدم العودة.', { name: 'طلال البرازي', title: 'محافظ حمص', verb: 'أكد' }],
    // A transliterated name whose last word is joined by its suffix.
    ['من جانبها، قالت كريستين نصر الله، ممثلة المفوضية في مصر، إن 60 ألفاً عبروا.', { name: 'كريستين نصر الله' }],
    // Between commas after a title: a one-word title before the name, and a last name spelled like a preposition.
    ['وصرح عضو لجنة الهجرة في مجلس النواب، النائب كريم الشمري، بأن الوزارة جهزت المخيم.', { name: 'كريم الشمري', title: 'عضو لجنة الهجرة في مجلس النواب' }],
    ['وأوضحت مديرة المخيم، همرين علي، أن الجانب العراقي أبلغ الإدارة.', { name: 'همرين علي', title: 'مديرة المخيم' }],
    // A name no lexicon knows, set off by a comma before its title right after the verb.
    ['من جهته، أكد رافع الزوبعي، قائممقام قضاء الفلوجة، أن المدنيين محاصرون.', { name: 'رافع الزوبعي', title: 'قائممقام قضاء الفلوجة' }],
    // A noun of what a person does, no lexicon's title, before a name a first name opens: its title.
    ['وقالت الطالبة سلمى عادل إن الانتقال إلى الحرم الجديد كان صعباً.', { name: 'سلمى عادل', title: 'الطالبة' }],
    ['وأوضح تاجر الحبوب عبدالله الحكيمي أن عودة الملاحة ستخفض الأسعار.', { name: 'عبدالله الحكيمي', title: 'تاجر الحبوب' }],
    // A body's name inside a title is no person's (جهاز مكافحة الهجرة).
    ['وصرّح مدير فرع جهاز مكافحة الهجرة غير الشرعية في طرابلس، العقيد مبروك الفيتوري، بأن السلطات ستنقل 250 مهاجراً.', { name: 'مبروك الفيتوري', title: 'مدير فرع جهاز مكافحة الهجرة غير الشرعية في طرابلس' }],
    // ... but not a body and the words that say where it spoke.
    ['وأكد الجيش العراقي، في بيان، أن المدنيين محاصرون.', { name: null }],
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
    // A theophoric name whose first word is also a function word (حسب الله) goes on.
    ['وقال محافظ الإقليم، العميد آدم حسب الله تيراب، إن السلطات خصصت أراضي إضافية.', { name: 'آدم حسب الله تيراب', rank: 'العميد' }],
    // An Iraqi or Libyan commander, named with what he commands.
    ['وقال آمر الدوريات الصحراوية عبد المنعم الفيتوري إن الدوريات نقلت المهاجرين.', { name: 'عبد المنعم الفيتوري', title: 'آمر الدوريات الصحراوية' }],
    // A place after a title is no name; a name after the place is, the place ending the title.
    ['في حين قال مدير أحد المخيمات في منطقة دير حسان إن المخيم ممتلئ.', { name: null, title: 'مدير أحد المخيمات' }],
    ['وقال سفير ألمانيا بتونس اندرياس ريانكي إن بلاده ستقدم الدعم.', { name: 'اندرياس ريانكي', title: 'سفير ألمانيا بتونس' }],
    // A family name with بني goes on with the name begun ...
    ['وأعلن مدير الأنشطة الطلابية في جامعة اليرموك الدكتور خالد سليمان بني هاني تسيير 42 حافلة.', { name: 'خالد سليمان بني هاني' }],
    // ... but starts none: بني خلاد after a title is the delegation.
    ['وقال معتمد بني خلاد منجي الفرجاني إن الطريق مقطوعة.', { name: 'منجي الفرجاني', title: 'معتمد بني خلاد' }],
    // The press officer (المكلف بالإعلام), with the body after him.
    ['وأوضح المكلف بالإعلام بالمديرية العامة للحماية المدنية، النقيب نسيم بن عمارة، أن الأعوان تدخلوا.', { name: 'نسيم بن عمارة', rank: 'النقيب', title: 'المكلف بالإعلام بالمديرية العامة للحماية المدنية' }],
    // A Moroccan province's governor (عامل إقليم), not any worker.
    ['وقال عامل إقليم الحوز، بوشعيب المنصوري، إن عملية الترحيل تتم بتنسيق مع القوات المسلحة.', { name: 'بوشعيب المنصوري', title: 'عامل إقليم الحوز' }],
    // A family name spelled like an honorific and a first name, ending the name (الشيخ يوسف، الحاج عيسى).
    ['أكد عضو المكتب التنفيذي للمحافظة، فادي الشيخ يوسف، أن العائلات وصلت.', { name: 'فادي الشيخ يوسف', title: 'عضو المكتب التنفيذي للمحافظة' }],
    ['وقالت المتحدثة باسم الوكالة سلمى الحاج عيسى إن المدارس فتحت أبوابها.', { name: 'سلمى الحاج عيسى', title: 'المتحدثة باسم الوكالة' }],
    // An honorific inside the commas is no part of the name; a crossing's name after its noun is none.
    ['وقال القنصل العام لمصر في تونس، المستشار ياسر عبد الغفار رضوان، إن الفرق تستقبل العائدين.', { name: 'ياسر عبد الغفار رضوان', title: 'القنصل العام لمصر في تونس' }],
    ['وأعلن مدير منفذ أبو سمرة الحدودي، المقدم سالم حمد المري، أن المنفذ سجل عبور المسافرين.', { name: 'سالم حمد المري', rank: 'المقدم', title: 'مدير منفذ أبو سمرة الحدودي' }],
    // An honorific that is also an office, with its adjectives, is the office.
    ['وقالت المستشارة الألمانية أنجيلا ميركل إن بلادها ستستقبل اللاجئين.', { name: 'أنجيلا ميركل', title: 'المستشارة الألمانية' }],
    // A sentence opened with أما: its topic is the subject of the verb after فقد.
    ['أما الناطق الرسمي باسم الجامعة، منير بن صالح، فقد كشف أن الجامعة تسلمت التذاكر.', { name: 'منير بن صالح', title: 'الناطق الرسمي باسم الجامعة' }],
    // A place behind a preposition right after the title completes it, and is no name; a first name
    // with the article opens a name a comma ends.
    ['وذكر رئيس الغرفة التجارية بمدنين، الطاهر القروي، أن حركة السلع عادت.', { name: 'الطاهر القروي', title: 'رئيس الغرفة التجارية بمدنين' }],
    // ... and before سيدي, which joins the next word of a Maghrebi name however nisba-shaped it looks.
    ['وقال رئيس لجنة متابعة العودة، الطاهر سيدي كلي، إن القافلة وصلت.', { name: 'الطاهر سيدي كلي', title: 'رئيس لجنة متابعة العودة' }],
    // A name between commas may open with the article before a family particle (Mauritanian ولد).
    ['وقال وزير الصيد والاقتصاد البحري، الداه ولد أحمدو، إن الزوارق عادت.', { name: 'الداه ولد أحمدو', title: 'وزير الصيد والاقتصاد البحري' }],
    // A source word with the article says what the named person does (السائق، الطبيب).
    ['من جهته، صرح السائق عبد القادر بلعيد، الذي يعمل على هذا الخط منذ سنوات، بأن الشاحنات وصلت.', { name: 'عبد القادر بلعيد', title: 'السائق' }],
    ['وذكر مدير مستشفى جنديرس، الطبيب خليل عبدو، أن الجرحى نقلوا.', { name: 'خليل عبدو', title: 'مدير مستشفى جنديرس' }],
    ['وقال الطبيب إن الجرحى نقلوا.', { name: null, title: 'الطبيب' }],
    // A body behind ل with an indefinite genitive up to a comma goes on the title (لمجلس مقاطعة عفرين)...
    ['وقالت الرئيسة المشتركة لمجلس مقاطعة عفرين، روجين حسن، إن العائلات عادت.', { name: 'روجين حسن', title: 'الرئيسة المشتركة لمجلس مقاطعة عفرين' }],
    // ... and the outlet's own name for itself behind ل is whom the words were given to (لوكالتنا).
    ['وقال رئيس لجنة الإغاثة المحلية سليم أبو فخر لوكالتنا إن العائلات عادت.', { name: 'سليم أبو فخر', title: 'رئيس لجنة الإغاثة المحلية' }],
    // A name before a title that ends with the place its office is in, then a comma.
    ['من جانبها، أكدت سالمة الفيتوري، مديرة مكتب التعليم في البيضاء، أن القافلة وصلت.', { name: 'سالمة الفيتوري', title: 'مديرة مكتب التعليم في البيضاء' }],
    // ... after an honorific, which is no part of it (مولوي).
    ['من جانبه، صرح مولوى عبد اللطيف حكيمى، مدير دائرة شؤون اللاجئين في هرات، بأن المخيم امتلأ.', { name: 'عبد اللطيف حكيمى', title: 'مدير دائرة شؤون اللاجئين' }],
    // An outlet's one-word name with a nisba after it is the noun it also is (للثورة السورية, not the daily).
    ['وقال عضو الهيئة العامة للثورة السورية في حمص عمر الأتاسي إن العائلات وصلت.', { name: 'عمر الأتاسي', title: 'عضو الهيئة العامة للثورة السورية في حمص' }],
    // Who acts for an office holder heads the title (القائم بأعمال).
    ['من جهته، أوضح القائم بأعمال مدير شؤون الوكالة في قطاع غزة، ماركو فيلاني، أن المدارس مكتظة.', { name: 'ماركو فيلاني', title: 'القائم بأعمال مدير شؤون الوكالة في قطاع غزة' }],
    // The title's place after a preposition, then a name a first name opens between commas (ألبرتو, not the article).
    ['وقال ممثل المفوضية في تشاد، ألبرتو ماتيولي، إن المخيم سيتسع لنحو 50 ألف شخص.', { name: 'ألبرتو ماتيولي', title: 'ممثل المفوضية في تشاد' }],
    // A body's short name in quotation marks belongs to the title; a person's quoted name does not.
    ['من جهته، أكد المتحدث باسم قوات سوريا الديمقراطية "قسد"، كاوا شيخو، أن القصف طال القرى.', { name: 'كاوا شيخو' }],
    ['وأوضح رئيس بلدية لينييفيل "كريتسوف ديتريش"، الأربعاء، أن البلدية اتخذت قرارا.', { name: 'كريتسوف ديتريش', title: 'رئيس بلدية لينييفيل' }],
    // A surname in the form of a nisba ends a name begun with an article first name before a comma.
    ['وفي سبها، قال مدير مكتب شؤون النازحين بالمدينة، عبدالسلام الهادي الحضيري، إن المخيم كان يؤوي العائلات.', { name: 'عبدالسلام الهادي الحضيري' }],
    // Egyptian first names.
    ['وقال محافظ مطروح، اللواء عاطف حسنين بدوى، للصحفيين إن حركة العبور لم تتوقف.', { name: 'عاطف حسنين بدوى', rank: 'اللواء' }],
    // A nationality before a name between commas is no part of it.
    ['وفي بنغازي، قال منسق عمليات المنظمة في شرق ليبيا، الإيطالي ماركو بيرتيني، إن نحو 600 سينقلون.', { name: 'ماركو بيرتيني', title: 'منسق عمليات المنظمة في شرق ليبيا' }],
    // ... nor before a name set off by a comma before its title, right after the verb.
    ['من جانبه، أكد البرازيلي ماركوس فييرا، مدرب الإسماعيلي، أن الفريق سيعود أقوى.', { name: 'ماركوس فييرا', title: 'مدرب الإسماعيلي' }],
    // Levantine first names.
    ['قال الناطق باسم المجلس المحلي لمدينة داريا كرم الشامي إن أكثر من 1500 شخص غادروا أمس.', { name: 'كرم الشامي' }],
    // Kurdish first names (ديار is also "homes").
    ['وقال مدير دائرة الهجرة والمهجرين في دهوك ديار حسن سليمان إن القافلة انطلقت صباحاً.', { name: 'ديار حسن سليمان' }],
    // A Sudanese first name written with the article.
    ['وقال المعتمد العام للاجئين، السر عبد الباقي النور، إن اللاجئين عبروا الحدود.', { name: 'السر عبد الباقي النور', title: 'المعتمد العام للاجئين' }],
    // A pilot's title stands before his name like an honorific.
    ['وأوضح مدير عام مطار الغردقة، الطيار هشام فؤاد البنا، أن الرحلات زادت.', { name: 'هشام فؤاد البنا', title: 'مدير عام مطار الغردقة' }],
    // A rank with its qualifier (الركن، الطيار، أركان حرب، البحري).
    ['وأكد المتحدث العسكري العميد أركان حرب خالد منصور عزمي أن القوات ساعدت الأسر.', { name: 'خالد منصور عزمي', rank: 'العميد أركان حرب' }],
    ['وأوضح رئيس المركز اللواء البحري فيكتور كاراسيوف أن 141 شخصا عبروا الممر.', { name: 'فيكتور كاراسيوف', rank: 'اللواء البحري', title: 'رئيس المركز' }],
    // A middle name that is also a time word, before the surname and the comma; a time word after the name is none.
    ['وأوضح مدير دائرة الهجرة في محافظة صلاح الدين، عمار صباح النعيمي، أن آلاف العائلات تنتظر.', { name: 'عمار صباح النعيمي', title: 'مدير دائرة الهجرة في محافظة صلاح الدين' }],
    ['وقال المدير محمد سالم صباح اليوم إن العائلات تنتظر.', { name: 'محمد سالم', title: 'المدير' }],
    // A police rank (Egypt, Sudan) is written with شرطة after it.
    ['وأفاد مدير المعبر، العقيد شرطة ياسر حسن النور، بأن الحافلات عبرت.', { name: 'ياسر حسن النور', rank: 'العقيد شرطة', title: 'مدير المعبر' }],
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
    ['فقد انتقد النائب عن عكار وسام الخطيب "غياب أي اعتمادات للمناطق المحرومة".', { name: 'وسام الخطيب', title: 'النائب عن عكار', verb: 'انتقد', text: 'غياب أي اعتمادات للمناطق المحرومة' }],
    ['وقالت المتحدثة باسم المنظمة في عمان، ريم الأحمد، لـ"الغد" إن المخيم مكتظ.', { name: 'ريم الأحمد', title: 'المتحدثة باسم المنظمة في عمان', outlet: 'الغد' }],
    ['وأكد الناطق باسم البعثة في جنيف، بافل كرزيشتوف، أن الحوار مستمر.', { name: 'بافل كرزيشتوف', title: 'الناطق باسم البعثة في جنيف' }],
    ['وصرح محافظ ريف حلب سامر يوسف لوسائل إعلام محلية بأن الطريق فتح.', { name: 'سامر يوسف', title: 'محافظ ريف حلب', outlet: 'وسائل إعلام محلية', text: 'الطريق فتح' }],
    ['وقال المدير العام للأمن العام اللواء طارق الخطيب إن الدفعة غادرت.', { name: 'طارق الخطيب', title: 'المدير العام للأمن العام', rank: 'اللواء' }],
    // A first name that is also a word (وسام "medal") before a definite family name.
    ['وقال وسام الخطيب، مدير المرصد اللبناني لحقوق اللاجئين، إن العدد ارتفع.', { name: 'وسام الخطيب', title: 'مدير المرصد اللبناني لحقوق اللاجئين' }],
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
    ['وذكرت غرفة تجارة بغداد أن نقل البضائع لم يتأثر.', { name: null, organization: 'غرفة تجارة بغداد' }],
    ['وأعلن الجهاز المركزي للتعبئة العامة والإحصاء أن نسبة سكان الحضر ارتفعت.', { name: null, organization: 'الجهاز المركزي للتعبئة العامة والإحصاء' }],
    ['وأكد الجيش الروسي أن الممر آمن.', { organization: 'الجيش الروسي', text: 'الممر آمن' }],
    ['وقال مركز المصالحة في بيان إن 300 شخص عادوا.', { organization: 'مركز المصالحة', text: '300 شخص عادوا' }],
    ['وأعلنت المفوضية السامية لشؤون اللاجئين أن 5 آلاف لاجئ عادوا.', { organization: 'المفوضية السامية لشؤون اللاجئين' }],
    ['ونفى الكرملين التقارير عن استهداف المدنيين.', { organization: 'الكرملين', verb: 'نفى', text: 'التقارير عن استهداف المدنيين' }],
    ['وبحسب إحصائية لفريق منسقي الاستجابة، فإن عدد النازحين بلغ 300 ألف.', { organization: 'فريق منسقي الاستجابة', verb: 'بحسب', text: 'عدد النازحين بلغ 300 ألف' }],
    ['وقال الإعلام الحربي المركزي إن الجيش فتح الطريق.', { organization: 'الإعلام الحربي المركزي' }],
    // A driver, unnamed, is a source, not a name.
    ['وأفاد سائق حافلة بأن 14 حافلة غادرت المدينة صباح أمس.', { name: null, anonymous: true }],
    // A document's author after it speaks.
    ['ولا يزال نحو 100 ألف مدني داخل المدينة، وفق تقديرات رئيس بلديتها فاديم بويتشينكو.', { name: 'فاديم بويتشينكو', verb: 'وفق' }],
    ['قال المرصد الاثنين إن 12 مدنيا قتلوا.', { organization: 'المرصد', text: '12 مدنيا قتلوا' }],
    ['وأفادت سانا بأن الحافلات دخلت الحي.', { organization: null, outlet: 'سانا', verb: 'أفادت', text: 'الحافلات دخلت الحي' }],
    ['وأفادت وكالة الأنباء الرسمية سانا بأن الجيش دخل البلدة.', { outlet: 'وكالة الأنباء الرسمية سانا' }],
    ['وذكرت صحيفة الوطن المقربة من الحكومة أن 1500 شخص عادوا.', { outlet: 'صحيفة الوطن', text: '1500 شخص عادوا' }],
    ['وقالت مصادر محلية إن الأهالي بدأوا بالعودة.', { name: null, anonymous: true, title: 'مصادر محلية' }],
    ['وأفاد مصدر عسكري بأن الجيش سيطر على التلة.', { anonymous: true, title: 'مصدر عسكري', text: 'الجيش سيطر على التلة' }],
    ['وقال خبير اقتصادي إن الأسعار سترتفع.', { name: null, anonymous: true, title: 'خبير اقتصادي' }],
    ['وقال ناشطون إن القصف استهدف المشفى.', { anonymous: true, title: 'ناشطون', name: null }],
    ['وقال مسؤول في الأمم المتحدة إن القافلة تأخرت.', { anonymous: true, title: 'مسؤول', organization: 'الأمم المتحدة' }],
    ['وقال مسئول محلي لرويترز إن 70 أسرة نزحت.', { anonymous: true, title: 'مسئول محلي', outlet: 'رويترز', text: '70 أسرة نزحت' }],
    ['وقال شهود عيان إن الحافلات تحركت فجرا.', { anonymous: true, title: 'شهود عيان' }],
    ['وتقول مؤسسات حقوقية إن هذه أكبر موجة نزوح منذ عام 1967.', { name: null, anonymous: true, title: 'مؤسسات حقوقية' }],
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
    ['وتتوقع الولاية، حسب ما صرح به المندوب الجهوي للفلاحة فتحي الحاجي، إنتاج 35 ألف طن.', { name: 'فتحي الحاجي', title: 'المندوب الجهوي للفلاحة' }],
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
      'a homograph participle going on with its speaker, so a person it names is no later speaker',
      'وقال المحافظ حامد الشمري إن "المرحلة الأولى ستشمل 400 عائلة"، مبيناً أن الخطة تحظى بمتابعة من رئيس الوزراء محمد شياع السوداني. وأضاف أن "الحكومة ستخصص 40 حافلة".',
      Array(3).fill(['حامد الشمري', 'المحافظ', null, null]),
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
    // a document speaks for nobody by name
    'وتشير تقديرات محلية إلى أن نحو 100 ألف مدني ما زالوا داخل المدينة.',
    'وذكرت دراسة حديثة أن الأسعار ارتفعت.',
    // a definite word after an honorific, then no first name: no adjectives to pass over
    'ونفى الدكتور الحلبي وضع الجرحى في الممرات.',
  ])('%s', (sentence) => {
    expect(quotesIn(sentence).map((q) => q.speaker.name ?? q.speaker.organization ?? q.speaker.title)).toEqual([]);
  });

  it("a byline's writer is no speaker of the article below it; a statement on the first line stands", () => {
    const speakersOf = (text: string) => quotesIn(text).map((q) => q.speaker.name ?? q.speaker.organization);
    expect(speakersOf('العريش – كتب محمود الشافعي:\n\nأعلنت وزارة الصحة نقل 40 طفلا إلى مستشفى العريش.')).toEqual(['وزارة الصحة']);
    expect(speakersOf('أعلن رئيس الحكومة يوسف الشاهد عن تشكيلة الحكومة التي ضمت كلا من :\nوزير الداخلية الهادي المجدوب')).toEqual(['يوسف الشاهد']);
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
    // ... and before the medium the words were given to.
    ['وصرح قائممقام قضاء الشرقاط علي دحام المشهداني لـ«الصباح» بأن القضاء استقبل 4 آلاف عائد.', { name: 'علي دحام المشهداني', title: 'قائممقام قضاء الشرقاط' }],
    ['وأشار مراسل الوكالة من ريف إدلب أحمد الشامي إلى أن القافلة وصلت.', { name: 'أحمد الشامي' }],
    ['وأوضح المنسق الإنساني في السودان أوسكار لينتون اليوم، أن 2000 شخص نزحوا.', { name: 'أوسكار لينتون', title: 'المنسق الإنساني في السودان' }],
    // A noun of a place's kind behind a preposition goes on with the title's place; no name starts with it.
    ['وأوضح مدير مفوضية العون الإنساني بولاية سنار، الطيب عبد الله حسن، أن الولاية استقبلت نازحين.', { name: 'الطيب عبد الله حسن', title: 'مدير مفوضية العون الإنساني بولاية سنار' }],
    ['وأكد رئيس النيابة الخصوصية لبلدية سوسة، محمد المكني، أن الأشغال انطلقت.', { name: 'محمد المكني', title: 'رئيس النيابة الخصوصية لبلدية سوسة' }],
    ['وأكد رئيس الغرفة الجهوية للمخابز بولاية باجة أن الأسعار لم تتغير.', { name: null }],
    // A governor and a coach are titles.
    ['بدوره، أكد حاكم منطقة كييف أولكسندر بافليوك أن 20 ألف شخص غادروا.', { name: 'أولكسندر بافليوك', title: 'حاكم منطقة كييف' }],
    ['وقال مدرب الفريق عبد الواحد الزياني إن اللاعبين عادوا إلى التدريبات.', { name: 'عبد الواحد الزياني', title: 'مدرب الفريق' }],
    // A first name with the article after a title (Sudan, the Maghreb).
    ['وقال وزير العدل الطيب لوح إن المشروع جاهز.', { name: 'الطيب لوح', title: 'وزير العدل' }],
    // ... and a surname with the article before the interview the words were given in.
    ['وقال رئيس لجنة المصالحة في الرحيبة محمد خير الشامي في تصريح لمراسل سانا إن العملية تسير وفق الجدول.', { name: 'محمد خير الشامي', title: 'رئيس لجنة المصالحة في الرحيبة' }],
    // A Sudanese locality (محلية) goes on with the title's place, like a governorate.
    ['من جهته، أكد المدير التنفيذي لمحلية طويلة، الصادق أبكر حامد، أن 9 أشخاص لقوا حتفهم.', { name: 'الصادق أبكر حامد', title: 'المدير التنفيذي لمحلية طويلة' }],
    // First names of every Arab country, and a surname with the article before the comma.
    ['من جهتها، أكدت مفوضة العون الإنساني بولاية كسلا، الأستاذة سامية إدريس الطيب، أن نحو 700 أسرة ستغادر.', { name: 'سامية إدريس الطيب', title: 'مفوضة العون الإنساني بولاية كسلا' }],
    // Mauritanian names: a compound first name (سيدي محمد) and a family compound after a definite name word (ولد بوبكر).
    ['وأكد حاكم مقاطعة باسكنو محمد الأمين ولد بوبكر أن السلطات مستعدة.', { name: 'محمد الأمين ولد بوبكر', title: 'حاكم مقاطعة باسكنو' }],
    ['وقال سيدي محمد ولد أحمدو، رئيس المكتب الميداني للمفوضية، إن المخيم يستقبل الوافدين.', { name: 'سيدي محمد ولد أحمدو' }],
    // The Amazigh "sons of" joins a family name.
    ['وقال وزير الصحة محمد آيت الطالب إن المستشفيات جاهزة.', { name: 'محمد آيت الطالب', title: 'وزير الصحة' }],
    // A Moroccan region (جهة) goes on with the title's place: no name starts with the place.
    ['وقال المدير الجهوي للصحة بجهة الدار البيضاء إن المستشفى استقبل المرضى.', { name: null }],
    // A noun with the count it governs after a name is no surname.
    ['وأعلن رئيس جهاز المدينة المهندس حسام عبد الرازق تسليم 3400 وحدة للحاجزين.', { name: 'حسام عبد الرازق' }],
  ])('%s', (text, expected) => expect(view(first(text), expected)).toEqual(expected));

  it('a quotation after a title is what was said, not a name', () => {
    const q = first('وقال رئيس مركز حميميم "العملية مستمرة".');
    expect(q.speaker.name).toBeNull();
    expect(q.text).toBe('العملية مستمرة');
  });
});

describe('speakers outside the verb slot and names set off by punctuation', () => {
  it.each<[string, Expected]>([
    // a relative clause names the author: the person speaks, for the body
    ['وأوضحت المنظمة في بيان أصدره المنسق الأممي للشؤون الإنسانية في اليمن ديفيد غريسلي اليوم، أن 300 عائلة نزحت.', { name: 'ديفيد غريسلي', title: 'المنسق الأممي للشؤون الإنسانية في اليمن', text: '300 عائلة نزحت' }],
    ['وقالت الأمم المتحدة في بيان أصدره المنسق الإنساني لها في ليبيا جورج سامي اليوم، إن 40 ألفا نزحوا.', { name: 'جورج سامي', organization: 'الأمم المتحدة' }],
    ['وأكدت الوزارة في كلمة ألقاها وزير الإغاثة سالم الحسن أمس أن المخيم جاهز.', { name: 'سالم الحسن', text: 'المخيم جاهز' }],
    // a parenthetical between dashes, then the object of أعرب عن
    ['وأعرب رئيس بعثة الصليب الأحمر في ليبيا يان فريدز - في تصريح صحفي اليوم/الجمعة/ - عن قلقه من أوضاع النازحين.', { name: 'يان فريدز', verb: 'أعرب', text: 'قلقه من أوضاع النازحين' }],
    ['وأعرب المبعوث الأممي - في تصريح صحفي - عن قلقه من أوضاع النازحين.', { name: null, title: 'المبعوث الأممي', text: 'قلقه من أوضاع النازحين' }],
    // علي written as the name inside a compound name
    ['ولفت المتحدث باسم المفوضية في المنطقة محمد علي الشامي إلى "صعوبة كبيرة في الوصول إلى المخيمات".', { name: 'محمد علي الشامي' }],
    ['وقال محمد علي حسن إن 200 عائلة وصلت إلى المخيم.', { name: 'محمد علي حسن' }],
    ['وقال علي الأحمد، مدير المخيم، إن 200 عائلة وصلت.', { name: 'علي الأحمد', title: 'مدير المخيم' }],
    // a title set off after the name, with its place behind a preposition, then a plain object after إلى
    ['ولفت محمد عادل، وكيل وزارة الصحة بالإسكندرية، إلى رفع درجة الاستعداد في المستشفيات.', { name: 'محمد عادل', title: 'وكيل وزارة الصحة بالإسكندرية' }],
    ['وأشار محمد عادل، وكيل وزارة الصحة، إلى رفع درجة الاستعداد.', { name: 'محمد عادل', title: 'وكيل وزارة الصحة' }],
    // a foreign first name written with a hamza before its ل, no article (أليس، إليزابيتا)
    ['وقالت المتحدثة باسم أوتشا في السودان، أليس مولينا، إن 18 شاحنة وصلت.', { name: 'أليس مولينا', title: 'المتحدثة باسم أوتشا في السودان' }],
    ['وقالت رئيسة بعثة المنظمة في لبنان، إليزابيتا مورانو، إن الطلب تضاعف.', { name: 'إليزابيتا مورانو' }],
    // ... and last in a name before أن, where the article writes the preposition على; not where it writes it علي
    ['وأوضح نائب عمدة مقديشو عبدالله شيخ علي أن السلطات نقلت النازحين، على أن تنقل دفعة أخرى.', { name: 'عبدالله شيخ علي' }],
    ['وأكد المحافظ محمد علي أن الوضع مستقر علي الرغم من القصف علي المدينة.', { name: 'محمد' }],
    // verbs the lexicon lacked, and a long subject before the verb
    ['وعلّق مدير الدفاع المدني في المدينة، المهندس سامر الحلبي، على الأرقام بأن نحو 900 عائلة غادرت المدينة.', { name: 'سامر الحلبي', verb: 'علّق', text: 'نحو 900 عائلة غادرت المدينة' }],
    ['ووصف وزير الداخلية خالد العبدالله الوضع بأنه كارثي.', { name: 'خالد العبدالله', verb: 'وصف', text: 'كارثي' }],
    ['وكان رئيس لجنة الإغاثة في المجلس المحلي لمدينة البوكمال، المهندس فراس العبيد، قد علّق أمس على الأرقام بأن نحو 900 عائلة غادرت.', { name: 'فراس العبيد', title: 'رئيس لجنة الإغاثة في المجلس المحلي لمدينة البوكمال' }],
    // relays through any medium
    ['ونقل موقع أخبار الأمم المتحدة عن سامي الحسن قوله: "نحتاج إلى المزيد".', { name: 'سامي الحسن', outlet: 'موقع أخبار الأمم المتحدة', text: 'نحتاج إلى المزيد' }],
    ['ونقلت شبكة الجزيرة عن مدير المستشفى خالد يوسف قوله إن 40 جريحا وصلوا.', { name: 'خالد يوسف', outlet: 'شبكة الجزيرة' }],
    // names between commas or in quotation marks after a title or honorific
    ['وقال مدير أوقاف حماة، منذر الخليل، إن 30 مسجدا تضرر.', { name: 'منذر الخليل', title: 'مدير أوقاف حماة' }],
    ['وقال ممثل منظمة الهجرة الدولية في بيروت، يوهانس فاندر، إن 500 شخص عادوا.', { name: 'يوهانس فاندر', anonymous: false }],
    // a courtesy before the honorific, title or name opens the speaker's phrase
    ['وقالت سعادة السيدة لولوة بنت راشد الخاطر، مساعد وزير الخارجية، إن الرحلات مستمرة.', { name: 'لولوة بنت راشد الخاطر', title: 'مساعد وزير الخارجية' }],
    ['وقال سمو الشيخ محمد بن زايد إن الرحلات مستمرة.', { name: 'محمد بن زايد' }],
    ['وقال فخامة الرئيس إن الرحلات مستمرة.', { name: null, title: 'الرئيس' }],
    // an honorific's adjectives before a first name; a definite word alone after it is the name
    ['وعادت 300 عائلة إلى منازلها، بحسب الناشط الإعلامي عامر الحوراني.', { name: 'عامر الحوراني' }],
    ['وقال الصحفي الفلسطيني سامر الحسن إن القصف مستمر.', { name: 'سامر الحسن' }],
    // European particles inside a name between commas (von der)
    ['وقال المفوض الأوروبي، يوهان فون دير لاين، إن المساعدات وصلت.', { name: 'يوهان فون دير لاين' }],
    ['وقالت السيدة "هيلين رامبو"، رئيسة فريق الإغاثة، إن المساعدات وصلت.', { name: 'هيلين رامبو', title: 'رئيسة فريق الإغاثة' }],
    ['وقال رئيس الحكومة الأسبق ورئيس حزب "الأمل"، سمير الفاضل، إن البلاد بحاجة إلى حوار.', { name: 'سمير الفاضل', title: 'رئيس الحكومة الأسبق ورئيس حزب الأمل' }],
    ['وقال المتحدث باسم «آفاد» بولنت أرسلان، في إيجاز صحفي، إن آلاف الناجين نقلوا إلى مرسين.', { name: 'بولنت أرسلان', title: 'المتحدث باسم آفاد' }],
    // A genitive joined by و and in construct itself goes on with the title.
    ['وأوضح رئيس لجنة العدل والتشريع وحقوق الإنسان، عبد الرحيم الوزاني، أن عدد المعتقلين تجاوز 37 ألفاً.', { name: 'عبد الرحيم الوزاني', title: 'رئيس لجنة العدل والتشريع وحقوق الإنسان' }],
    // ... and the verbal noun of what the body does
    ['وأوضح مفوض شؤون اللاجئين وإعادة التوطين في بنغلادش، محبوب الرحمن تشودري، أن اللاجئين نقلوا.', { name: 'محبوب الرحمن تشودري', title: 'مفوض شؤون اللاجئين وإعادة التوطين في بنغلادش' }],
    // An honorific's adjectives, then a name set off by commas.
    ['وقال الناشط الحقوقي، أحمد محمد، إن آلاف الأسر فرت.', { name: 'أحمد محمد' }],
    // A family name spelled like a title ends the name before a comma or the words.
    ['من جانبه، أكد الفريق كامل الوزير، وزير النقل، أن الوزارة دفعت بقطارات إضافية.', { name: 'كامل الوزير', title: 'وزير النقل' }],
    // A hospital named after a person, as an airport is, takes the honorific and the name.
    ['وقال مدير مستشفى الأمير حمزة الدكتور سامر العدوان إن المستشفى استقبل 19 حالة.', { name: 'سامر العدوان', title: 'مدير مستشفى الأمير حمزة' }],
    // A rank's nisbas stand before the name (العقيد الروسي فلاديمير ستيبانوف).
    ['ولفت العقيد الروسي فلاديمير ستيبانوف، من مركز المصالحة في حميميم، إلى أن المرحلة الثالثة ستبدأ.', { name: 'فلاديمير ستيبانوف' }],
    // A region's noun in a title takes its name after it (محافظ إقليم أقصى الشمال).
    ['من جهته، صرح محافظ إقليم أقصى الشمال، عبد الله ماكي، بأن السلطات أبقت الحدود مفتوحة.', { name: 'عبد الله ماكي', title: 'محافظ إقليم أقصى الشمال' }],
    // ... and any noun no first name is (وأوضاع اللاعبين); a genitive with the article is no head (والتنمية).
    ['وأوضح رئيس المعهد الوطني للديمقراطية والتنمية الياس الزين أن الاستشارة ستتواصل.', { name: 'الياس الزين' }],
    ['وقال رئيس لجنة الاحتراف وأوضاع اللاعبين في الاتحاد السعودي خالد المطيري إن الطلبات زادت.', { name: 'خالد المطيري', title: 'رئيس لجنة الاحتراف وأوضاع اللاعبين في الاتحاد السعودي' }],
    ['قال الوزير محمد الطاهر السيالة إن الملف محل متابعة.', { name: 'محمد الطاهر السيالة' }],
    // ... and so does a surname shaped as a nisba, before the words or the outlet they went to.
    ['وقال والي مدنين محمد الهادي الزواري لـ"الصباح" إن 12 ألف شخص عبروا المعبر.', { name: 'محمد الهادي الزواري', title: 'والي مدنين' }],
    ['وقال الرئيس السابق محمد المنصف المرزوقي إن الحكومة أخطأت.', { name: 'محمد المنصف المرزوقي' }],
    ['وقال معتمد المحلية عثمان الطيب بابكر إن المدينة تستضيف آلاف الوافدين.', { name: 'عثمان الطيب بابكر', title: 'معتمد المحلية' }],
    ['وفي طبرق، قال عميد بلدية المدينة فرج عبد السلام بوحليقة إن البلدية جهزت مدرستين.', { name: 'فرج عبد السلام بوحليقة', title: 'عميد بلدية المدينة' }],
    ['في المقابل، نبّه رئيس جامعة النزل حسام بالطيب إلى أن "ارتفاع عدد الوافدين لا يعني ارتفاع المداخيل".', { name: 'حسام بالطيب', title: 'رئيس جامعة النزل' }],
    ['وقال وزير الداخلية الهادي مجدوب إن الحملة مستمرة.', { name: 'الهادي مجدوب', title: 'وزير الداخلية' }],
    ['كما أكد النائب الحبيب خضر أن القانون لا يسمح بذلك.', { name: 'الحبيب خضر', title: 'النائب' }],
    // Without a title, after the verb: a first name follows it, or the name ends one word on.
    ['من جهته، صرح الطاهر حسن إدريس، مفوض العون الإنساني بولاية كسلا، بأن الولاية استقبلت 3 آلاف نازح.', { name: 'الطاهر حسن إدريس', title: 'مفوض العون الإنساني بولاية كسلا' }],
    ['وقال الهادي مجدوب إن الحملة مستمرة.', { name: 'الهادي مجدوب' }],
    // A body no outlet list knows, after ل and before a comma and a name, is the office's body.
    ['وأكد المفوض العام لوكالة الأونروا، فيليب لازاريني، أن لا مكان آمناً في غزة.', { name: 'فيليب لازاريني', title: 'المفوض العام لوكالة الأونروا' }],
    ['وقال المدير العام لوكالة الطاقة الذرية، رافائيل غروسي، إن المحطة آمنة.', { name: 'رافائيل غروسي', title: 'المدير العام لوكالة الطاقة الذرية' }],
    // A first name that is also a time word, after a title and before a first name.
    ['وذكر مدير دائرة الهجرة في محافظة نينوى، صباح ياسين الطائي، أن 80 عائلة نقلت مساء أمس إلى مخيم الخازر.', { name: 'صباح ياسين الطائي', title: 'مدير دائرة الهجرة في محافظة نينوى' }],
    ['وصرح رئيس مجلس محافظة الأنبار صباح كرحوت بأن العائلات عالقة عند الجسر.', { name: 'صباح كرحوت', title: 'رئيس مجلس محافظة الأنبار' }],
    ['وقال المحافظ صباح أمس إن العائلات عالقة عند الجسر.', { name: null, title: 'المحافظ' }],
    // A first name joined to the next by a hyphen.
    ['وقال ممثل المفوضية في تشاد، جان-بول موريل، إن القوافل تعمل يومياً.', { name: 'جان-بول موريل', title: 'ممثل المفوضية في تشاد' }],
    // A French surname that looks like a nisba, before the words.
    ['وقال القنصل الفرنسي في بيروت جان لوك ماريه إن سفينة ثانية ستبحر الجمعة.', { name: 'جان لوك ماريه', title: 'القنصل الفرنسي في بيروت' }],
    // ... and before a surname with the article that the statement follows; a medium's head with a
    // name after it is the body the office heads.
    ['وقال المدير العام للشركة المهدي الزياني إن السوق يتعافى.', { name: 'المهدي الزياني', title: 'المدير العام للشركة' }],
    ['وقال المدير العام للوكالة محمد الزياني إن السوق يتعافى.', { name: 'محمد الزياني', title: 'المدير العام للوكالة' }],
    // A surname shaped like a nisba ends a name before the comma after it.
    ['وقال المتحدث باسم الخارجية راجيف كومار ساهني، في مؤتمر صحفي، إن السفن ستصل.', { name: 'راجيف كومار ساهني' }],
    // A place named after a person (an airport) is the title's, with its honorific and name.
    ['وأوضح مدير عام مطار الأمير محمد بن عبدالعزيز الدولي فيصل العنزي أن الحركة بلغت ذروتها.', { name: 'فيصل العنزي', title: 'مدير عام مطار الأمير محمد بن عبدالعزيز الدولي' }],
    // A preposition's noun heading a genitive ends the name (لقيادة الفريق).
    ['أعلن النادي عودة المدرب البرتغالي كارلوس مونتيرو لقيادة الفريق الأول، وقال مونتيرو إن الهدف هو اللقب.', { name: 'كارلوس مونتيرو', title: 'المدرب البرتغالي' }],
    ['ووصفت النائبة عن حزب الأمل، هالة عمران، ما جرى بأنه مهزلة.', { name: 'هالة عمران' }],
    // a body or a definite word behind a clitic goes on the title, never starts the name
    ['أفاد مدير عام الامتحانات بوزارة التربية، عمر السالمي، أنه سيتم اعتماد تقنيات حديثة.', { name: 'عمر السالمي', title: 'مدير عام الامتحانات بوزارة التربية' }],
    ['أكد الناطق الرسمي لحركة الأمل، حازم قاسم، اليوم الاثنين، أن الحركة أقامت مخيما.', { name: 'حازم قاسم' }],
    ['وقالت متحدثة باسم الشرطة بالمنطقة إن السلطات أغلقت المكان.', { name: null }],
    ['وقال والي بنزرت سمير الفاضل إن 40 عائلة أجليت.', { name: 'سمير الفاضل', title: 'والي بنزرت' }],
    // the title's place ends at a comma before a rank or honorific; an honorific ends the title
    ['وقال وكيل وزارة الصحة بشمال سيناء، الدكتور هشام عبد الرحمن، إن المستشفيات استقبلت 30 مصابا.', { name: 'هشام عبد الرحمن', title: 'وكيل وزارة الصحة بشمال سيناء' }],
    // A name set off by commas runs to the closing comma, whatever names the lexicon knows.
    ['وأعلن المتحدث باسم الخارجية الباكستانية، نعيم أختر شودري، أن الطائرات وصلت.', { name: 'نعيم أختر شودري', title: 'المتحدث باسم الخارجية الباكستانية' }],
    ['وقال السكرتير الأول في السفارة الهندية بصنعاء، أنيل كومار سريفاستافا، إن العملية ستتواصل.', { name: 'أنيل كومار سريفاستافا', title: 'السكرتير الأول في السفارة الهندية بصنعاء' }],
    // A place phrase after the word a title points at ends the title before a name between commas.
    ['وأكد القنصل العام لمصر في تونس، هشام عبد الحميد سالم، أنه سيتم تسيير 15 رحلة.', { name: 'هشام عبد الحميد سالم', title: 'القنصل العام لمصر في تونس' }],
    // A first name with the article goes on with a family name that ends the name, not with a word that goes on.
    ['وقال المدير الجهوي للصحة محمد الهادي بن سليمان إن المستشفى استقبل المصابين.', { name: 'محمد الهادي بن سليمان', title: 'المدير الجهوي للصحة' }],
    ['وقال وزير الفلاحة سمير الطيب ووزير التجارة إن الأسعار مستقرة.', { name: 'سمير الطيب', title: 'وزير الفلاحة' }],
    // A family name spelled like an honorific, at the closing comma.
    ['وقالت المتحدثة باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين في لبنان، رلى الحاج، إن العدد ارتفع.', { name: 'رلى الحاج' }],
    // An abbreviated honorific, its letter and full stop, before the name (د. for doctor).
    ['قال مدير عام وزارة الصحة بالولاية، د. عثمان إدريس بابكر، إن دنقلا استقبلت 9 آلاف نازح.', { name: 'عثمان إدريس بابكر', title: 'مدير عام وزارة الصحة بالولاية' }],
    // Women's first names the lexicon knows start a name after a title.
    ['وقالت مديرة مركز الإيواء فتحية سالم العبيدي إن المركز استقبل 300 عائلة.', { name: 'فتحية سالم العبيدي', title: 'مديرة مركز الإيواء' }],
    // A body's branch is part of the title, not the name.
    ['وأفاد مسؤول الإعلام في جمعية الهلال الأحمر الليبي فرع أجدابيا، فرج المغربي، بأن 1.200 أسرة وصلت.', { name: 'فرج المغربي', title: 'مسؤول الإعلام في جمعية الهلال الأحمر الليبي فرع أجدابيا' }],
    // A pilot's rank; a candidate; a secretary-general as Tunisian news call one.
    ['قال العقيد الطيار ماجد حميد العبيدي، من قيادة طيران الجيش، إن المروحيات أجلت 350 شخصا.', { name: 'ماجد حميد العبيدي', rank: 'العقيد الطيار' }],
    ['وقال المرشح الفائز عن البصرة، علي ناصر الحلفي، إن الناخب عاقب القوائم.', { name: 'علي ناصر الحلفي', title: 'المرشح الفائز عن البصرة' }],
    ['وقال الكاتب العام للنقابة قيس بن أحمد إن الإضراب متواصل.', { name: 'قيس بن أحمد', title: 'الكاتب العام للنقابة' }],
    // No name starts inside a place's name, nor at one a place noun heads.
    ['أفاد مدير منطقة خان يونس في الأونروا، خليل النجار، بأن أكثر من 2,500 عائلة نزحت.', { name: 'خليل النجار', title: 'مدير منطقة خان يونس في الأونروا' }],
    ['وقال مدير مخيم أبو خشب، جمعة الحمادي، إن المخيم استقبل 850 عائلة.', { name: 'جمعة الحمادي', title: 'مدير مخيم أبو خشب' }],
    // A theophoric first name (عوض الكريم) goes on with the rest of the name.
    ['وأوضح المدير التنفيذي للمحلية عوض الكريم حمد النيل أن المراكز امتلأت.', { name: 'عوض الكريم حمد النيل', title: 'المدير التنفيذي للمحلية' }],
    // A place named after a person ends the title: a first name alone before the comma and the rank.
    ['قال مدير مركز حدود جابر، العقيد خالد المومني، إن حركة الشاحنات تراجعت.', { name: 'خالد المومني', title: 'مدير مركز حدود جابر' }],
    ['وقال مدير عام مستشفى الشفاء الدكتور محمد أبو سلمية للجزيرة إن المستشفى مكتظ.', { name: 'محمد أبو سلمية', title: 'مدير عام مستشفى الشفاء', outlet: 'الجزيرة' }],
    ['وقال مدير الفريق، سامر الحسين، إن الاستجابة ضعيفة.', { name: 'سامر الحسين', title: 'مدير الفريق' }],
    ['وقال قائد الشرطة العقيد ماهر يوسف إن الطريق آمن.', { name: 'ماهر يوسف', title: 'قائد الشرطة', rank: 'العقيد' }],
    ['وبحسب ما قاله رئيس المجلس المحلي أحمد الخالد، فإن 300 عائلة عادت.', { name: 'أحمد الخالد', text: '300 عائلة عادت' }],
    // ... and after ذكره, the verb with its object.
    ['وعبر 7 آلاف شخص إلى وادي خالد، وفق ما ذكره رئيس بلدية إحدى القرى الحدودية، محمود الأسعد.', { name: 'محمود الأسعد', title: 'رئيس بلدية إحدى القرى الحدودية' }],
    // An expert named with the field (الخبير الاقتصادي) ...
    ['ويرى الخبير الاقتصادي الدكتور سامر العطار، أستاذ المالية بجامعة دمشق، أن التحويلات حاسمة.', { name: 'سامر العطار', title: 'الخبير الاقتصادي', verb: 'يرى' }],
    // ... a second office between commas, with the nisba that describes it, before the name.
    ['من جانبها، أكدت رئيسة لجنة التحكيم، المخرجة الفرنسية إيلين مورو، أن المستوى مرتفع.', { name: 'إيلين مورو', title: 'رئيسة لجنة التحكيم' }],
    // A woman governor, her Maghrebi first name.
    ['من جهتها، أكدت والية جندوبة منية العياري، خلال اجتماع اللجنة الجهوية، أن الوضع صعب.', { name: 'منية العياري', title: 'والية جندوبة' }],
    // Libyan first names: a name after a title's place and a comma that a first name opens.
    ['ونقل 720 لاجئا إلى بنغازي، بحسب ما صرح به مدير فرع الهلال الأحمر في الكفرة، فرج العبيدي.', { name: 'فرج العبيدي', title: 'مدير فرع الهلال الأحمر في الكفرة' }],
    ['وقال عميد بلدية سبها، مفتاح الشريف، إن المدينة هادئة.', { name: 'مفتاح الشريف', title: 'عميد بلدية سبها' }],
    ['وكتب المتحدث باسم الخارجية نيد برايس على تويتر أن واشنطن قلقة.', { name: 'نيد برايس', verb: 'كتب', text: 'واشنطن قلقة' }],
    // a name no lexicon knows after the place's definite words, before a first name
    ['وقال مسؤول مكتب النازحين في الإدارة الذاتية شيخموس أحمد إن 200 عائلة وصلت.', { name: 'شيخموس أحمد', title: 'مسؤول مكتب النازحين في الإدارة الذاتية' }],
    ['وقال المندوب الجهوي للتربية بتونس كريم الشابي إن الامتحانات ستجرى.', { name: 'كريم الشابي' }],
    // a body's short name in brackets inside the title
    ['وقالت مديرة شؤون وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) في لبنان، كارولين ريختر، إن 2000 شخص نزحوا.', { name: 'كارولين ريختر' }],
    // an honorific that is also an office, with the body it works for and the name between commas
    ['وقال المهندس بالمعهد، سمير الدريدي، إن الأمطار ستتواصل.', { name: 'سمير الدريدي', title: 'المهندس بالمعهد' }],
    ['وقال معتمد بني خلاد، منجي الفرجاني، إن الوضع تحت السيطرة.', { name: 'منجي الفرجاني', title: 'معتمد بني خلاد' }],
    // a consul; a rank with a note in brackets (retired)
    ['وقال القنصل العام للسودان في أسوان عبد المنعم الطاهر إن 2100 شخص عبروا.', { name: 'عبد المنعم الطاهر', title: 'القنصل العام للسودان في أسوان' }],
    ['وأضاف رئيس اللجنة، اللواء (م) حسن الفاضل، أن الولاية وفرت 75 حافلة.', { name: 'حسن الفاضل', rank: 'اللواء', title: 'رئيس اللجنة' }],
    // a family name spelled like an honorific
    ['وقال محافظ حمص حسام الدين الشيخ في تصريحات للصحفيين إن العملية تسير وفق المخطط.', { name: 'حسام الدين الشيخ', title: 'محافظ حمص' }],
    // an unnamed title takes a name a rank announces
    ['وأكد ممثل مركز المصالحة الروسي في حميميم العقيد فاديم سوكولوف أن الشرطة العسكرية ترافق القوافل.', { name: 'فاديم سوكولوف', rank: 'العقيد' }],
    // a body's own name in quotation marks inside the title's slot
    ['وقالت منسقة الحماية في منظمة «نداء الجبال» الطوعية، سلمى كوكو تية، إن الأوضاع سيئة.', { name: 'سلمى كوكو تية' }],
    ['وقال المحلل المالي في شركة "الأمان للاستثمار" فهد عبدالله الرشيدي إن الأسعار سترتفع.', { name: 'فهد عبدالله الرشيدي', title: 'المحلل المالي في شركة الأمان للاستثمار' }],
    // where the article writes every final ي as ى, على set off as a name is the name علي; not before a pronoun
    ['وقال وزير الأشغال العامة والنقل فى الحكومة، على حمية، خلال جولة إن عدد الركاب ارتفع.', { name: 'على حمية' }],
    ['وقال وزير الداخلية التركى على أوزدمير، فى تصريحات للصحفيين، ان 7621 سوريا عادوا.', { name: 'على أوزدمير' }],
    ['وقال المتحدث العسكرى على صفحته، إن الجيش تقدم فى المدينة.', { name: null }],
    // ... and between a first name and a family name a complementizer closes; not على أن, "that"
    ['من جانبه، أكد والى القضارف عثمان على بابكر أن الولاية خصصت أراضى فى المعسكر.', { name: 'عثمان على بابكر' }],
    ['وأكد محافظ المدينة محمد على أن الأوضاع مستقرة فى الأحياء.', { name: 'محمد' }],
    // a family name spelled like an honorific, then a first name that is also a preposition (علي / على)
    ['من جهته، أوضح مصطفى الشيخ علي، مدير الدفاع المدني في حماة، أن فرقه نقلت 340 مدنيا.', { name: 'مصطفى الشيخ علي' }],
    // a first name with the article before a compound one, the title after the name
    ['من جهته، أوضح الطاهر عبد الرحيم حمدان، مدير مفوضية العون الإنساني في ولاية القضارف، أن الولاية استقبلت 3 آلاف شخص.', { name: 'الطاهر عبد الرحيم حمدان' }],
    // words a preposition's object bounds are no name when a name the lexicon knows follows between commas
    ['وقالت المديرة التنفيذية للجمعية اللبنانية من أجل ديمقراطية الانتخابات، رنا شمعون، إن 1200 مراقب انتشروا.', { name: 'رنا شمعون', title: 'المديرة التنفيذية للجمعية اللبنانية من أجل ديمقراطية الانتخابات' }],
    // a rank of two words, a citizen; a person's name in quotation marks after a definite body
    ['وكتب النائب عن الحزب "غيرت فيلدرز" إن هولندا لنا.', { name: 'غيرت فيلدرز' }],
    ['وأوضح مدير الحماية المدنية، الملازم الأول بلال مختاري، أن الأمر يتعلق بتمرين.', { name: 'بلال مختاري', rank: 'الملازم الأول' }],
    ['وقال المواطن عمر الشاوش إن المنزل نهب بالكامل.', { name: 'عمر الشاوش' }],
    // a trade or a part before the name
    ['وقالت المتطوعة في غرفة طوارئ المعبر سلمى عبد الرحيم إن الحافلات وصلت.', { name: 'سلمى عبد الرحيم', title: 'المتطوعة في غرفة طوارئ المعبر' }],
    ['وقال المزارع سعيد الشناوي إن المحصول تأخر.', { name: 'سعيد الشناوي', title: 'المزارع' }],
    // a pupil's parent
    ['وفي المبرز، قال ولي الأمر سلمان الغانم إن ابنته تستقل الحافلة للمرة الأولى.', { name: 'سلمان الغانم', title: 'ولي الأمر' }],
    // … or before the outlet the words were given to, however ل is written
    ['وقال المسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية ديار كوباني لـ«الوكالة» إن 3000 شخص خرجوا.', { name: 'ديار كوباني', title: 'المسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية' }],
    ['وقال المسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية ديار كوباني لرويترز إن 3000 شخص خرجوا.', { name: 'ديار كوباني', outlet: 'رويترز' }],
    // a name ending in a compound (عبد الله): the father's, with the words before it after the place
    ['وأوضح مدير فرع الوزارة في دهوك سرمد نجم عبد الله أن الفرق أكملت عملها.', { name: 'سرمد نجم عبد الله', title: 'مدير فرع الوزارة في دهوك' }],
    // ... and a servant of a divine name that is also a weekday (عبد الأحد).
    ['وقال قائمقام قضاء الحمدانية نزار يوسف عبد الأحد إن العائلات عادت.', { name: 'نزار يوسف عبد الأحد', title: 'قائمقام قضاء الحمدانية' }],
    ['وأوضح مدير فرع الوزارة في دهوك محمد نجم عبد الله أن الفرق أكملت عملها.', { name: 'محمد نجم عبد الله', title: 'مدير فرع الوزارة في دهوك' }],
    ['وقال ممثل المنظمة في بغداد عبد الله الجبوري إن العمل مستمر.', { name: 'عبد الله الجبوري', title: 'ممثل المنظمة في بغداد' }],
    // a person described, then named (ويدعى، واسمه)
    ['وقال أحد النازحين، ويدعى "أبو خالد الحمصي"، إن الطريق كان طويلا.', { name: 'أبو خالد الحمصي', title: 'أحد النازحين', anonymous: false }],
    ['وأضاف أحد العائدين، واسمه سامر الأحمد، أن المنازل مدمرة.', { name: 'سامر الأحمد', title: 'أحد العائدين' }],
    ['وقالت إحدى النازحات وتدعى سلمى الحسن إن أطفالها مرضى.', { name: 'سلمى الحسن', title: 'إحدى النازحات' }],
    ['وقال أحد السكان إن القصف توقف.', { name: null, title: 'أحد السكان', anonymous: true }],
    ['وقال ولي العهد الأمير محمد بن سلمان بن عبد العزيز إن المملكة تدعم الحل.', { name: 'محمد بن سلمان بن عبد العزيز', title: 'ولي العهد' }],
    ['وقال والي الولاية علي سعيد لمراسلة الإذاعة إن الطريق أغلق.', { name: 'علي سعيد' }],
    ['وأعلن والي الولاية عمر منصور وبمشاركة المجتمع المدني أن الحملة ستتواصل.', { name: 'عمر منصور' }],
  ])('%s', (text, expected) => expect(view(first(text), expected)).toEqual(expected));

  it.each([
    'وأكدوا على حاجتهم إلى المساعدات العاجلة.',
    'وعلّق وزير الداخلية على تحذير بعض الدول رعاياها قائلا إن البلاد آمنة.',
    'وأضاف مكتب الأمم المتحدة في تقرير نشره على موقعه الرسمي أن 300 شخص غادروا.',
  ])('no name from على: %s', (text) => {
    expect(quotesIn(text).map((q) => q.speaker.name).filter(Boolean)).toEqual([]);
  });

  it.each([
    ['وقال مسؤول محلي، طلب عدم ذكر اسمه، إن القصف توقف.', 'طلب عدم ذكر اسمه'],
    ['وأفاد مساعد وكيل الجمهورية بالمحكمة، والناطق الرسمي باسمها، القاضي سامي صمادحي، بأن التحقيق فتح.', 'والناطق الرسمي باسمها'],
  ])('a withheld name or a second office is no name: %s', (text, phrase) => {
    expect(quotesIn(text).map((q) => q.speaker.name)).not.toContain(phrase);
  });

  it('a bare verb opening a sentence speaks for the official just named; a participle goes on with the last speaker', () => {
    const qs = quotesIn('قال المرصد إن القصف توقف. والتقى مراسلنا مدير المخيم أحمد السالم في مكتبه. وقال إن المخيم يستقبل 50 عائلة يوميا، مضيفا أن الخيام لا تكفي.');
    expect(qs.map((q) => q.speaker.name ?? q.speaker.organization)).toEqual(['المرصد', 'أحمد السالم', 'أحمد السالم']);
  });

  it('a name written with the particle apart or joined is one person', () => {
    const qs = quotesIn('وقال الناطق باسم المنظمة محمد علي أبوسالم إن 40 ألفا نزحوا. ونقل موقع المنظمة عن أبو سالم قوله إن المخيمات مكتظة.');
    expect(qs.map((q) => q.speaker.name)).toEqual(['محمد علي أبوسالم', 'محمد علي أبوسالم']);
  });
});

describe('a quotation that never closes', () => {
  it('ends at the next attribution in its paragraph', () => {
    const qs = quotesIn('وقال مدير المخيم أحمد السالم: «نستقبل 50 عائلة يوميا والوضع صعب. وأكد المتحدث باسم الهلال الأحمر أن القافلة دخلت المدينة.\nوخرج 300 شخص.');
    expect(qs.map((q) => [q.speaker.name ?? q.speaker.title, q.text])).toEqual([
      ['أحمد السالم', 'نستقبل 50 عائلة يوميا والوضع صعب'],
      ['المتحدث باسم الهلال الأحمر', 'القافلة دخلت المدينة'],
    ]);
  });

  it('ends at its paragraph', () => {
    expect(first('وقال مدير المخيم أحمد السالم: «نستقبل 50 عائلة يوميا.\nوخرج 300 شخص من البلدة.').text).toBe('نستقبل 50 عائلة يوميا');
  });
});
