import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toPlaces } from '../src/places/find.js';
import { extract } from '../src/pipeline.js';
import type { PlaceRole, PlaceType } from '../src/schema.js';
import { loadRules } from '../src/rules/load.js';
import { placeHits } from './places-helpers.js';

interface Expected {
  name: string;
  type?: PlaceType;
  role?: PlaceRole | null;
  /** The surface text of the mention (input span). */
  text?: string;
  id?: string | null;
}

type Case = [sentence: string, expected: Expected[]];

/** Every expected place is found with the given attributes, and nothing else is. */
function check(sentence: string, expected: Expected[]) {
  const hits = placeHits(sentence);
  expect(hits.map((h) => h.ref.name)).toEqual(expected.map((e) => e.name));
  expected.forEach((e, i) => {
    const h = hits[i]!;
    if (e.type !== undefined) expect(h.ref.type, e.name).toBe(e.type);
    if (e.role !== undefined) expect(h.role, e.name).toBe(e.role);
    if (e.text !== undefined) expect(h.span.text, e.name).toBe(e.text);
    if (e.id !== undefined) expect(h.ref.id, e.name).toBe(e.id);
  });
}

describe('clitics and the article', () => {
  test.each<Case>([
    ['وصلت الحافلات إلى حمص مساء', [{ name: 'حمص', type: 'city', role: 'destination', text: 'حمص' }]],
    ['تعيش مئات العائلات بحمص منذ سنوات', [{ name: 'حمص', role: 'location', text: 'حمص' }]],
    ['وبحمص جرى توزيع المساعدات', [{ name: 'حمص', role: 'location', text: 'حمص' }]],
    ['أرسلت القافلة للرستن أمس', [{ name: 'الرستن', text: 'لرستن' }]],
    ['ووصلت قافلة للاذقية', [{ name: 'اللاذقية', text: 'لاذقية' }]],
    // After the contraction, a name in ل may have had no article (ل + لبنان).
    ['عادت العائلات للبنان أمس', [{ name: 'لبنان', text: 'لبنان' }]],
    // Two letters are enough for a type word read off clitics, and for the first word of a longer name.
    ['خرجوا من بلدة الرستن وحي جوبر', [{ name: 'الرستن', role: 'origin' }, { name: 'جوبر', role: 'origin', text: 'حي جوبر' }]],
    ['اجتمعوا ببن عروس وبتل رفعت', [{ name: 'بن عروس', text: 'بن عروس' }, { name: 'تل رفعت', text: 'تل رفعت' }]],
    // A one-word name needs three letters off clitics (rules/morphology.yaml min_name_stem): the
    // two-letter names hide inside common words (باب = ب + إب, للحج = ل + الحج).
    ['وقفوا عند باب المسجد قبل السفر للحج', []],
    ['وعاد الأهالي إلى حلب وإب', [{ name: 'حلب' }, { name: 'إب', text: 'إب' }]],
    ['وبالرستن، فالرستن، كالرستن', [{ name: 'الرستن', text: 'الرستن' }, { name: 'الرستن' }, { name: 'الرستن' }]],
    ['عاد الأهالي إلى إدلب وادلب', [{ name: 'إدلب', text: 'إدلب' }, { name: 'إدلب', text: 'ادلب' }]],
    // Diacritics and tatweel stay inside the span.
    ['وقعت الاشتباكات في حُمُّص وحلـب', [{ name: 'حمص', text: 'حُمُّص' }, { name: 'حلب', text: 'حلـب' }]],
  ])('%s', check);
});

describe('multiword names and the longest match', () => {
  test.each<Case>([
    ['وصلوا إلى بلدة قلعة المضيق صباحا', [{ name: 'قلعة المضيق', type: 'town', role: 'destination' }]],
    ['خرج المقاتلون من تل رفعت إلى التل', [{ name: 'تل رفعت', role: 'origin' }, { name: 'التل', role: 'destination' }]],
    ['تستمر الاشتباكات في الغوطة الشرقية', [{ name: 'الغوطة الشرقية', type: 'region', role: 'location' }]],
    // A name written with the place it lies in (في الموصل، بالموصل) names that place too.
    ['عادت الأسر إلى المدينة القديمة في الموصل', [{ name: 'الموصل القديمة', role: 'destination' }, { name: 'الموصل', role: null }]],
    ['عادت الأسر إلى المدينة القديمة بالموصل', [{ name: 'الموصل القديمة' }, { name: 'الموصل' }]],
    // A name's words must stand together: no punctuation between them.
    ['قلعة، المضيق', []],
    // A place of worship named after a town is no place; nor is an elative after a list of neighbourhoods.
    ['أمضت العائلات ليلتها في مسجد حمص الكبير', []],
    ['انتقلت العائلات إلى أحياء الصفصاف وجبل الحليب، الأقل تضررا', [{ name: 'الصفصاف' }, { name: 'جبل الحليب' }]],
    ['فرت العائلات من مدينتي الرستن وتلبيسة وعدد من القرى', [{ name: 'الرستن' }, { name: 'تلبيسه' }]],
  ])('%s', check);
});

describe('composed regions', () => {
  test.each<Case>([
    ['نزح الأهالي من ريف حمص الشمالي', [{ name: 'ريف حمص الشمالي', type: 'region', role: 'origin', text: 'ريف حمص الشمالي', id: 'SY04#rif-north' }, { name: 'حمص', role: null }]],
    ['توجهوا إلى الريف الشمالي لمدينة حمص', [{ name: 'ريف حمص الشمالي', role: 'destination', text: 'الريف الشمالي لمدينة حمص', id: 'SY04#rif-north' }, { name: 'حمص' }]],
    ['توجهوا إلى الريف الشمالي لحمص', [{ name: 'ريف حمص الشمالي', text: 'الريف الشمالي لحمص' }, { name: 'حمص' }]],
    ['تقدمت القوات في ريف حلب الجنوبي الغربي', [{ name: 'ريف حلب الجنوبي الغربي', id: 'SY02#rif-south-west' }, { name: 'حلب' }]],
    ['نقلوا إلى الريف الجنوبي الغربي لحلب', [{ name: 'ريف حلب الجنوبي الغربي' }, { name: 'حلب' }]],
    ['خرجوا من ريفي حمص الشمالي وحماة الجنوبي', [
      { name: 'ريف حمص الشمالي', role: 'origin', text: 'ريفي حمص الشمالي' }, { name: 'حمص' },
      { name: 'ريف حماة الجنوبي', role: 'origin', text: 'حماة الجنوبي' }, { name: 'حماة' },
    ]],
    ['خرجوا من ريف حمص الشمالي وحماة الجنوبي', [{ name: 'ريف حمص الشمالي' }, { name: 'حمص' }, { name: 'ريف حماة الجنوبي' }, { name: 'حماة' }]],
    // Without a direction of its own, the second name after the singular is the city itself.
    ['جرت اشتباكات في ريف حمص وحماة', [{ name: 'ريف حمص' }, { name: 'حمص' }, { name: 'حماة', type: 'city' }]],
    ['قصفت الطائرات ريف حماة الشمالي والجنوبي', [{ name: 'ريف حماة الشمالي' }, { name: 'حماة' }, { name: 'ريف حماة الجنوبي', text: 'الجنوبي' }]],
    ['تمتد المعارك في أرياف حلب وإدلب', [{ name: 'ريف حلب' }, { name: 'حلب' }, { name: 'ريف إدلب' }, { name: 'إدلب' }]],
    ['انسحبوا من شرق حلب', [{ name: 'شرق حلب', type: 'region', role: 'origin', id: 'sy:aleppo#east' }, { name: 'حلب', type: 'city' }]],
    ['الأحياء في جنوب شرق حلب', [{ name: 'جنوب شرق حلب', id: 'sy:aleppo#south-east' }, { name: 'حلب' }]],
    ['تقع جنوب شرقي حلب', [{ name: 'جنوب شرق حلب' }, { name: 'حلب' }]],
    ['خرجوا من حلب الشرقية', [{ name: 'شرق حلب', role: 'origin', text: 'حلب الشرقية' }, { name: 'حلب' }]],
    ['دخلت القوافل الأحياء الشرقية لحلب', [{ name: 'شرق حلب', text: 'الأحياء الشرقية لحلب' }, { name: 'حلب' }]],
    ['انتقلوا إلى الأحياء الغربية في حلب', [{ name: 'غرب حلب', role: 'destination' }, { name: 'حلب' }]],
    ['وقعت في الجهة الشرقية من مدينة حلب', [{ name: 'شرق حلب' }, { name: 'حلب' }]],
    // A region the gazetteer lists under the composed name takes its entry.
    ['تصاعد القصف على جنوب دمشق', [{ name: 'جنوب دمشق', id: 'sy:southern-damascus' }, { name: 'دمشق' }]],
    ['تصاعد القصف على جنوبي دمشق', [{ name: 'جنوب دمشق', id: 'sy:southern-damascus', text: 'جنوبي دمشق' }, { name: 'دمشق' }]],
    // A listed country is a proper name: its words name no other place.
    ['وصل لاجئون من جنوب السودان', [{ name: 'جنوب السودان', type: 'country', role: 'origin' }]],
    ['نقلوا إلى شمال سوريا', [{ name: 'شمال سوريا', role: 'destination', id: 'cc:SY#north' }, { name: 'سوريا', type: 'country' }]],
    ['تقع إدلب شمال غرب سوريا', [{ name: 'إدلب' }, { name: 'شمال غرب سوريا' }, { name: 'سوريا' }]],
    // محافظة chose the governorate where a bare حلب is the city: the word stays in the name.
    ['أوصلوا جميعا إلى شمال محافظة حلب', [{ name: 'شمال محافظة حلب', id: 'SY02#north' }, { name: 'حلب', type: 'governorate' }]],
    ['يقع المعبر غرب مدينة حلب', [{ name: 'غرب حلب' }, { name: 'حلب', type: 'city' }]],
    ['في جنوب الغوطة', [{ name: 'جنوب الغوطة', role: 'location' }, { name: 'الغوطة' }]],
    ['تقدموا في شمال ريف حلب', [{ name: 'ريف حلب الشمالي', text: 'شمال ريف حلب' }, { name: 'حلب' }]],
    // ريف دمشق is a governorate of its own: the entry stands for the phrase.
    ['في الغوطة الشرقية بريف دمشق', [{ name: 'الغوطة الشرقية' }, { name: 'ريف دمشق', type: 'governorate', role: 'location' }, { name: 'دمشق', type: 'city' }]],
    ['في ريف دمشق الغربي', [{ name: 'ريف دمشق الغربي', id: 'SY03#west' }, { name: 'دمشق' }]],
    // No region without a base place.
    ['الريف الشمالي هادئ والأحياء الشرقية مدمرة', []],
    // A distance locates a place from another: no region is composed.
    ['وصلت العائلات إلى مدينة الرستن (20 كم شمال حمص)', [{ name: 'الرستن' }, { name: 'حمص' }]],
    ['وصلت العائلات إلى مدينة الرستن على بعد 20 كيلومترا شمال غرب حمص', [{ name: 'الرستن' }, { name: 'حمص' }]],
  ])('%s', check);
});

describe('type words', () => {
  test.each<Case>([
    ['تسلمت محافظة حمص المساعدات', [{ name: 'حمص', type: 'governorate', id: 'SY04' }]],
    ['دخلوا مدينة حمص', [{ name: 'حمص', type: 'city', id: 'SY0401' }]],
    ['خرجت الحافلات من مخيم الوافدين', [{ name: 'الوافدين', type: 'camp', role: 'origin', id: null }]],
    // A name the gazetteer lacks ends before a word with tanween (صباحاً), an adverb of no name.
    ['انطلقت القافلة من مخيم برخودان ومخيم سردم صباحاً', [{ name: 'برخودان', type: 'camp' }, { name: 'سردم', type: 'camp' }]],
    ['يعمل المنفذ في محيط بلدة جسرين في جنوب الغوطة', [{ name: 'جسرين', type: 'town', id: null }, { name: 'جنوب الغوطة' }, { name: 'الغوطة' }]],
    ['غادرت الحافلات حي الوعر صباح السبت', [{ name: 'الوعر', type: 'neighbourhood' }]],
    // A word cut short at a text's end names no place; a short construct head begins one.
    ['أجلي نحو 2200 شخص من مدينة الزبداني و بلدة مض', [{ name: 'الزبداني' }]],
    ['نزحت العائلات من قرية تل بيرة', [{ name: 'تل بيره', type: 'village', id: null }]],
    // The world or the Strip a plural type word counts within is no name.
    ['نزح السكان إلى قرى القطاع وإلى كبرى مدن العالم', []],
    // ... nor the other roofs listed with camps.
    ['وتوزع الباقون على مخيمات ومنازل ومدارس', []],
    // A hamlet (خربة) the gazetteer lacks.
    ['هدمت قوات الاحتلال منازل في خربة الطوبا', [{ name: 'الطوبا', type: 'village', id: null }]],
    // A verbal noun after منطقة says what the area is for, not its name.
    ['نقلت الحافلات الأهالي إلى منطقة الاستقبال قرب الحدود', []],
    ['توافد آلاف المتفرجين إلى منطقة الانطلاق والوصول', []],
    // ... nor does a title that starts the name of a place named after a person, alone.
    ['وصل الوفد إلى مدينة الملك عبدالله الاقتصادية', []],
    ['وصلت إلى قرية خان طومان جنوب غرب مدينة حلب', [{ name: 'خان طومان', type: 'village', role: 'destination' }, { name: 'جنوب غرب حلب' }, { name: 'حلب' }]],
    ['سقطت قذائف على حي الشيخ مقصود', [{ name: 'الشيخ مقصود', type: 'neighbourhood' }]],
    // A name written with tanween is an indefinite word: the nisba (Indonesians, Syrians), no place.
    ['ووصل 90 إندونيسياً و87 سورياً إلى مدينة إدلب', [{ name: 'إدلب' }]],
    // A construct head of Maghrebi and Sudanese names (أولاد) and its word, which the gazetteer lacks.
    ['فرت عائلات من حي أولاد سالم أمس', [{ name: 'اولاد سالم', type: 'neighbourhood', text: 'أولاد سالم', id: null }]],
    ['توجهوا نحو منطقة الراشدين الرابعة', [{ name: 'الراشدين', role: 'destination' }]],
    // A colour belongs to the name (الطلعة الحمراء, المنطقة الخضراء).
    ['فتح ممر آمن عبر منطقة الطلعة الحمراء', [{ name: 'الطلعه الحمراء', text: 'الطلعة الحمراء', id: null }]],
    // A time word after it ends a one-word name the gazetteer lacks.
    ['من المقرر نقلهم إلى مخيم كرماوة الأسبوع المقبل', [{ name: 'كرماوه', type: 'camp', text: 'كرماوة', id: null }]],
    ['وصلت العائلات إلى مخيم جديد الأسبوع الماضي', []],
    // A verb telling of the place is no name, whatever word follows it.
    ['تستضيف البلدة آلاف النازحين في مخيمات تفتقر إلى أدنى الخدمات', []],
    ['ونقلت الأسر إلى مخيمات الإغاثة في المنطقة', []],
    ['فرت العائلات من قرى تقع على الحدود', []],
    ['أصبحت منطقة الحيدرية الثانية خالية', [{ name: 'الحيدريه الثانيه', type: 'other', text: 'الحيدرية الثانية' }]],
    // The gazetteer's مخيم اليرموك is found after منطقة and without its type word.
    ['من منطقة اليرموك جنوب العاصمة', [{ name: 'اليرموك', type: 'camp', role: 'origin', text: 'اليرموك' }]],
    // Lists after a type word: every member, the unknown ones too after a plural.
    ['إخلاء أحياء صلاح الدين والأنصاري والمشهد والزبدية من المسلحين', [
      { name: 'صلاح الدين', type: 'neighbourhood' }, { name: 'الأنصاري' }, { name: 'المشهد' }, { name: 'الزبديه', type: 'neighbourhood', text: 'الزبدية', id: null },
    ]],
    ['خروج الجرحى من بلدتي كفريا والفوعة المحاصرتين', [{ name: 'كفريا', role: 'origin' }, { name: 'الفوعة', role: 'origin' }]],
    ['تفاوض المركز مع قرى وبلدات الغوطة', [{ name: 'الغوطة' }]],
    ['سجلت خروقات في محافظات حلب وإدلب واللاذقية', [{ name: 'حلب', type: 'governorate' }, { name: 'إدلب', type: 'governorate' }, { name: 'اللاذقية', type: 'governorate' }]],
    ['سيطرت على بلدات مسرابا ومديرا وحققت تقدما', [{ name: 'مسرابا', type: 'town' }, { name: 'مديرا', type: 'town' }]],
    ['سيطرت على عدة قرى آخرها مسرابا', []],
    // After the member و joins, a mark goes on with a name, not a bare word (a verb of the next clause).
    ['إخلاء أحياء الأنصاري والمشهد، ووصلت فجر اليوم إلى المعبر', [{ name: 'الأنصاري' }, { name: 'المشهد' }]],
    ['إخلاء أحياء الأنصاري والمشهد، والزبدية', [{ name: 'الأنصاري' }, { name: 'المشهد' }, { name: 'الزبديه', id: null }]],
    // A name set off in quotation marks after its type word keeps the type word's cue.
    ['وقدرت المنظمة عدد النازحين في مخيم "الوافدين" للنازحين', [{ name: 'الوافدين', type: 'camp', role: 'location', text: 'الوافدين' }]],
    ['عاد اللاجئون إلى بلدة «الرستن» أمس', [{ name: 'الرستن', role: 'destination', text: 'الرستن' }]],
    // Not names: generic nouns, verbs and adjectives after a type word.
    ['خرجوا من احياء كانوا يسيطرون عليها', []],
    ['اجتماعات مناطق خفض التصعيد ومنطقة آمنة ومنطقة منع الاشتباك', []],
    ['سيطرت على مناطق سيطرة المسلحين في منطقة الحدود', []],
    ['افتتح ممر آمن وممر إنساني للمدنيين', []],
    ['تسكن العائلات في مخيمات إيواء مؤقتة', []],
    ['ونقلت العائلات إلى مخيمات خيام في المنطقة', []],
    // Nouns that point back at a place already named are no names of their own.
    ['لجأ النازحون إلى أقارب لهم داخل أحياء العاصمة', []],
    ['وزعت المساعدات على قرى الولاية وأحياء البلدية', []],
    ['وقال رئيس اتحاد البلديات إن بلدات الاتحاد استقبلت النازحين', []],
    // A quotation mark that closes after a word spelled like a type word (حيّ "alive") sets off nothing after it.
    ['وقالت بطلة "قلب حيّ" الممثلة إنها سعيدة', []],
    // Crossings: the places they are named after.
    ['عبر ممري الرستن والرميلة', [{ name: 'الرستن', role: 'via' }, { name: 'الرميله', type: 'crossing', role: 'via', text: 'الرميلة' }]],
    ['مرورا بمعبر العامرية - الراموسة', [{ name: 'العامرية', role: 'via' }, { name: 'الراموسة', role: 'via' }]],
  ])('%s', check);
});

/** With the shipped rules, the names of the places found, in text order. */
const shippedNames = (text: string, names: string[]) => expect(placeHits(text, loadRules()).map((h) => h.ref.name)).toEqual(names);

describe('ambiguous names', () => {
  test.each<Case>([
    ['سمع إطلاق نار في حي صلاح الدين', [{ name: 'صلاح الدين' }]],
    ['قال صلاح الدين إن الاتفاق صامد', []],
    ['المشهد السياسي معقد', []],
    ['فتح الاتفاق الباب أمام الحل', []],
    ['سيطرت القوات على مدينة الباب', [{ name: 'الباب', type: 'city' }]],
    ['تقدموا نحو حلب والباب ومنبج', [{ name: 'حلب', role: 'destination' }, { name: 'الباب', role: 'destination' }, { name: 'منبج', role: 'destination' }]],
    ['تقدموا نحو الباب ومنبج', [{ name: 'الباب' }, { name: 'منبج' }]],
    ['أفادت الميادين بسماع انفجارات', []],
    ['بحسب الميادين فإن الحافلات خرجت', []],
    ['نشرت قناة الميادين نص الاتفاق', []],
    // A ship named after a city, its name maybe in quotation marks; not a port it sailed to.
    ['ونقلت المدمرة "موسكو" 238 آخرين إلى بيروت', [{ name: 'بيروت' }]],
    ['وأبحرت الفرقاطة لندن من بيروت', [{ name: 'بيروت' }]],
    ['ووصلت السفينة إلى لندن', [{ name: 'لندن' }]],
    ['وصلوا إلى مدينة الميادين', [{ name: 'الميادين', type: 'city' }]],
    // After a comma a list member ends there; a name the next word runs on from is a person in apposition.
    ['وقالت المديرة الجهوية للسياحة بحمص، سلمى بنكيران، إن الموسم جيد', [{ name: 'حمص' }]],
    ['وقال المسؤول في حلب، صلاح الدين العمر، إن الحافلات وصلت', [{ name: 'حلب' }]],
    ['وعاد الأهالي إلى حلب، صلاح الدين والمشهد', [{ name: 'حلب' }, { name: 'صلاح الدين' }, { name: 'المشهد' }]],
    ['وعاد الأهالي إلى حلب، صلاح الدين في اليوم نفسه', [{ name: 'حلب' }, { name: 'صلاح الدين' }]],
    ['وسلك الآلاف طريق حلب – صلاح الدين يوم أمس', [{ name: 'حلب' }, { name: 'صلاح الدين' }]],
    // Preposition-level names count after a role word, not bare.
    ['انتشرت الشرطة في التل', [{ name: 'التل', role: 'location' }]],
    ['صعد الجنود التل', []],
    // ... and, once the article has vouched for one, behind a noun of its people or institutions.
    ['انتشرت الشرطة في التل. ونقل المجلس العائلات من مدارس التل إلى المخيم', [{ name: 'التل' }, { name: 'التل' }]],
    ['ونقل المجلس العائلات من مدارس التل إلى المخيم', []],
    ['دخلت آليات تركية إلى سورية', [{ name: 'سوريا', text: 'سورية', role: 'destination' }]],
    // A name that is also a verb: دُمّر "was destroyed".
    ['خرج الأهالي بعد أن دُمّر أكثر من نصف الأبنية', []],
    ['وصلت الحافلات إلى حي دمر', [{ name: 'دمر' }]],
  ])('%s', check);
});

describe('nisba adjectives and organisations are not places', () => {
  test.each<Case>([
    ['أكد مركز المصالحة الروسي أن وزارة الدفاع الروسية والمرصد السوري لحقوق الإنسان والهلال الأحمر السوري', []],
    ['تواصل تهجير السوريين بدعم من الجيش السوري', []],
    ['أعلنت قوات سوريا الديمقراطية وهيئة تحرير الشام', []],
    ['نقلت روسيا اليوم عن مصادر', []],
    // The holy places of Mecca and Medina are no Bekaa; the Bekaa is still found alone.
    ['وتوفي 14 حاجاً بالبقاع المقدسة لأسباب مختلفة', []],
    ['وصلت العائلات إلى منطقة البقاع', [{ name: 'البقاع' }]],
    ['بحث كيري مع وزراء خارجية روسيا وتركيا', [{ name: 'روسيا', type: 'country' }, { name: 'تركيا' }]],
    ['أكد مركز المصالحة الروسي في سوريا', [{ name: 'سوريا', role: 'location' }]],
  ])('%s', check);
});

describe('roles', () => {
  test.each<Case>([
    ['خرجوا من حمص', [{ name: 'حمص', role: 'origin' }]],
    ['وصلوا الى حمص', [{ name: 'حمص', role: 'destination' }]],
    ['ساروا باتجاه إدلب', [{ name: 'إدلب', role: 'destination' }]],
    ['متجهين صوب إدلب', [{ name: 'إدلب', role: 'destination' }]],
    ['نقلوا عبر حماة', [{ name: 'حماة', role: 'via' }]],
    ['مغادرة حلب', [{ name: 'حلب', role: 'origin' }]],
    ['نقطة تفتيش بالقرب من بلدة الرستن', [{ name: 'الرستن', role: 'location' }]],
    ['وفي حلب توقفت العمليات', [{ name: 'حلب', role: 'location' }]],
    ['من كفريا والفوعة إلى إدلب', [{ name: 'كفريا', role: 'origin' }, { name: 'الفوعة', role: 'origin' }, { name: 'إدلب', role: 'destination' }]],
    ['حلب مدينة كبيرة', [{ name: 'حلب', role: null }]],
  ])('%s', check);
});

describe('datelines', () => {
  test.each<Case>([
    ['لندن: تواصل خروج الحافلات', [{ name: 'لندن', role: 'dateline' }]],
    ['دمشق - أعلنت الوزارة', [{ name: 'دمشق', role: 'dateline' }]],
    ['بيروت (رويترز) - قال مسؤول', [{ name: 'بيروت', role: 'dateline' }]],
    ['عنوان الخبر\nحلب: وصلت القافلة', [{ name: 'حلب', role: 'dateline' }]],
    ['قال إن حلب: المدينة', [{ name: 'حلب', role: null }]],
  ])('%s', check);
});

describe('the shipped rules: the agency in brackets or quotation marks after a dateline\'s dash', () => {
  test.each<[string, string[]]>([
    // ... is an outlet, though spelt like a town (Qena); a town in brackets elsewhere is one.
    ['الدوحة - (قنا)\nوصل وفد من أسوان إلى الدوحة', ['الدوحة', 'أسوان', 'الدوحة']],
    ['أنجامينا - "المغرب الإفريقي"\nوصل وفد من أسوان إلى المغرب', ['أنجامينا', 'أسوان', 'المغرب']],
    ['وصل الوفد إلى أسوان (قنا) أمس', ['أسوان', 'قنا']],
  ])('%s', shippedNames);
});

describe('a name several countries share takes the country of the article\'s other places', () => {
  test.each<Case>([
    ['وصلت العائلات من بنغازي ومصراتة إلى طرابلس', [{ name: 'بنغازي' }, { name: 'مصراتة' }, { name: 'طرابلس', id: 'ly:tripoli' }]],
    ['نزحت عائلات من صيدا إلى طرابلس', [{ name: 'صيدا' }, { name: 'طرابلس', id: 'lb:tripoli' }]],
    // Nothing to go by, or a tie: the gazetteer's priority.
    ['وصل إلى طرابلس وفد رسمي', [{ name: 'طرابلس', id: 'lb:tripoli' }]],
    ['قدموا من صيدا وبنغازي إلى طرابلس', [{ name: 'صيدا' }, { name: 'بنغازي' }, { name: 'طرابلس', id: 'lb:tripoli' }]],
    // A country the article only touches on does not decide.
    [
      'ازدحمت طرق القاهرة والجيزة في مصر، وسافر بعضهم إلى ليبيا عبر طرابلس',
      [{ name: 'القاهرة' }, { name: 'الجيزة' }, { name: 'مصر' }, { name: 'ليبيا' }, { name: 'طرابلس', id: 'lb:tripoli' }],
    ],
    [
      'ازدحمت طرق القاهرة في مصر، وسافر بعضهم إلى ليبيا عبر طرابلس',
      [{ name: 'القاهرة' }, { name: 'مصر' }, { name: 'ليبيا' }, { name: 'طرابلس', id: 'ly:tripoli' }],
    ],
    // A country's name is the country, and a crossing's country is only one side of it.
    ['عاد لاجئون من دمشق وحمص إلى فلسطين', [{ name: 'دمشق' }, { name: 'حمص' }, { name: 'فلسطين', id: 'cc:PS' }]],
    ['فر آلاف من الجنينة إلى أدري', [{ name: 'الجنينة' }, { name: 'أدري', id: 'td:adre' }]],
  ])('%s', check);
});

describe('the shipped rules: an office vouches for the place it governs', () => {
  test.each<[string, string[]]>([
    // مطروح is also "put forward", الأقصر "the shorter": after the office named for them, places.
    ['وقال محافظ مطروح إن المحافظة جهزت مراكز إيواء', ['مطروح']],
    ['وأكد مدير أمن الأقصر أن الطرق مفتوحة', ['الأقصر']],
    ['وقررت بلدية توجة فتح المدارس للعائلات', ['توجة']],
    // ... and so does one the gazetteer writes into the name (بلدية سوق الجمعة, a Tripoli quarter and "the Friday market").
    ['ووصلت العائلات إلى بلدية سوق الجمعة', ['سوق الجمعة']],
    ['وافتتح سوق الجمعة أبوابه للزبائن', []],
    ['وقال إن الملف مطروح للنقاش', []],
  ])('%s', shippedNames);
});

describe('the shipped rules: Mogadishu\'s districts and Jordan\'s border points', () => {
  test.each<[string, string[]]>([
    ['ووصلت الأسر إلى مخيمات في مديريتي كحدا ودينيلي بمقديشو', ['كحدا', 'دينيلي', 'مقديشو']],
    ['واستقبل الجيش اللاجئين عند نقطة الحدلات ونقلهم إلى مخيم الزعتري', ['الحدلات', 'الزعتري']],
    // Pakistan's provinces and flood towns; the Sindh a bare word (السند "the support") names only with its own word.
    ['وأجلت السلطات الآلاف من دادو إلى حيدر آباد في إقليم السند وبلوشستان', ['دادو', 'حيدر آباد', 'السند', 'بلوشستان']],
    ['وانتقلت الوزارة إلى مقرها الجديد في مدينة نصر', ['مدينة نصر']],
    // Israel's evacuated towns and kibbutzim; the Metula settlement, not "overlooking".
    ['ونقلت البلدية سكان كريات شمونة وكيبوتس كفار عزة إلى فنادق في مدينة طبرية', ['كريات شمونة', 'كفار عزة', 'طبريا']],
    ['وأقيم الفندق في الجهة المطلة على البحر', []],
    // A port named after its town is the town (ميناء جدة، ميناء بورتسودان، مرفأ بيروت), whatever
    // adjective its full name takes; one with a name of its own is the port.
    ['ووصلت السفينة قادمة من ميناء جدة إلى سفاجا', ['جدة', 'سفاجا']],
    ['ووصلت السفينة إلى ميناء جدة الإسلامي قادمة من ميناء بورتسودان', ['جدة', 'بورتسودان']],
    ['ورست السفينة في مرفأ بيروت ثم في ميناء قصر أحمد', ['بيروت', 'ميناء قصر أحمد']],
    // A district's halves are places of their own, not the district.
    ['ونقلت العائلات إلى مدارس في طرابلس والمنية وقرى الضنية', ['طرابلس', 'المنية', 'الضنية']],
    ['ونزحت عائلات إلى قضاء المنية الضنية', ['المنية الضنية']],
  ])('%s', shippedNames);
});

describe('the shipped rules: a name that is also a person\'s is a place with its own word', () => {
  test.each<[string, string[]]>([
    // A woman's name, Yasser Arafat, a Saudi family name; the pilgrims' sites and the Lebanese region.
    ['وقالت منى إن الحجاج توجهوا إلى مشعر منى ثم إلى صعيد عرفات', ['منى', 'عرفات']],
    ['وأشاد الرئيس بدور ياسر عرفات', []],
    ['وسجل المستثمرون الأجانب صافي شراء بقيمة 315 مليون جنيه', []],
    ['وقال خالد الزهراني إن الأسر عادت إلى منطقة الزهراني', ['الزهراني']],
    // Turkey's provinces: فارس is a man's name, آيدن is بايدن behind ب.
    ['وقال اللاعب فارس إن الفريق فاز على ضيفه', []],
    ['واتفق السيسي ونظيره الأمريكي جو بايدن على إيصال المساعدات', []],
    // A town the gazetteer knows with its type word, not another town its second word names; but
    // the town an airport is named after, not the airport.
    ['أخطرت السلطات سكان خربة غزالة في ريف درعا بالإخلاء', ['خربة غزالة', 'ريف درعا', 'درعا']],
    ['ونقلت الطائرة الجرحى من مطار بنينا في بنغازي', ['بنينا', 'بنغازي']],
    // Egypt's new cities go by the name news give them without their type word.
    ['وتسلمت الأسر وحداتها في مدينة 6 أكتوبر ومدينة العاشر من رمضان', ['6 أكتوبر', 'العاشر من رمضان']],
    // (A province goes by its bare name where the gazetteer also finds it by that: فارس.)
    ['وأجلت السلطات مئات السياح من فنادق ولاية آيدن ومحافظة فارس', ['ولاية آيدن', 'فارس']],
    // A family name and Hebron after a role word; bakeries and Morocco's Ifrane.
    ['أكد محافظ درعا اللواء سامر الخليل أن الأهالي عادوا', ['درعا']],
    ['واعتقلت قوات الاحتلال 20 شابا في الخليل وبيت لحم', ['الخليل', 'بيت لحم']],
    ['وأضاف أن أفران المدينة ستعود للعمل، فيما تساقطت الثلوج في إفران', ['إفران']],
  ])('%s', shippedNames);
});

describe('the shipped rules: a name vouched for earlier is that place again behind a role word', () => {
  test.each<[string, string[]]>([
    // أدري is also "I know": alone behind إلى it needs the type word the article gave it before.
    ['وقال مسؤول في محافظة أدري إن 300 لاجئ وصلوا أمس إلى أدري.', ['أدري', 'أدري']],
    ['ووصل 300 لاجئ أمس إلى أدري.', []],
    // ... and so does a list with other places.
    ['واستهدف القصف أطراف عيتا الشعب ورميش والخيام. وفي الخيام، قال رئيس البلدية إن العائلات نزحت.', ['عيتا الشعب', 'رميش', 'الخيام', 'الخيام']],
    // Only after the vouched mention, and only behind a role word.
    ['ووصل 300 لاجئ إلى أدري بحسب مسؤول في مدينة أدري.', ['أدري']],
    ['وقال مسؤول في مدينة أدري: لا أدري متى يصلون.', ['أدري']],
  ])('%s', shippedNames);
});

describe('the shipped rules: البيضاء of the article\'s country', () => {
  test.each<[string, string[]]>([
    ['وفر نحو مليون نازح إلى مأرب من محافظتي صنعاء والبيضاء', ['iso:YE-MA', 'ye:sanaa', 'ye:al-bayda']],
    ['وصلت 200 عائلة من درنة إلى البيضاء وشحات', ['iso:LY-DR', 'ly:al-bayda-libya', 'ly:shahhat']],
  ])('%s', (text, ids) => {
    expect(placeHits(text, loadRules()).map((h) => h.ref.id)).toEqual(ids);
  });
});

describe('the shipped rules: a local name stands for its place only in news of its country', () => {
  test.each<[string, string[]]>([
    ['نزح آلاف المدنيين من ريف اللاذقية إلى الساحل وطرطوس', ['sy:rif-lattakia', 'SY060000', 'sy:syrian-coast', 'SY100000']],
    // Libya's east coast, Tunisia's Sahel: not Syria's coast.
    ['عادت 120 عائلة إلى منطقة الساحل الشرقي بدرنة بعد نزوحها إلى بنغازي', ['iso:LY-DR', 'iso:LY-BA']],
    // Its own name is the place wherever the article is.
    ['وصلت من بنغازي أنباء عن الساحل السوري', ['iso:LY-BA', 'sy:syrian-coast']],
  ])('%s', (text, ids) => {
    expect(placeHits(text, loadRules()).map((h) => h.ref.id)).toEqual(ids);
  });
});

describe('the shipped rules: a port vouches for the town it is named after', () => {
  test.each<[string, string[]]>([
    // جرجيس is also a first name: it counts after a preposition, a type word or the word for its port.
    ['وترسو الباخرة غدا بميناء جرجيس وعلى متنها 1,900 مسافر', ['جرجيس']],
    ['ويستقبل الميناء الباخرة غدا', []],
  ])('%s', shippedNames);
});

describe('the shipped rules: type words and the names made of them', () => {
  test.each<[string, string[]]>([
    // An adjective after a type word names no camp of its own.
    ['ووصلت 900 أسرة قادمة من قرى محيطة بالجنينة', ['الجنينة']],
    // A municipality is a type word: its dual names no place (بلديتي), and its name is a town's.
    ['وأجلت وحداته 230 عائلة من قرى بلديتي الأخضرية والقادرية إلى البويرة', ['الأخضرية', 'القادرية', 'البويرة']],
    // The camps of a town are in the town; a camp's own name stays the camp's.
    ['ونقلت العائلات إلى مخيمات عامرية الفلوجة ثم إلى مخيم عامرية الفلوجة', ['عامرية الفلوجة', 'مخيم عامرية الفلوجة']],
    ['ووصلت الأسر إلى مخيمات حسن شام', ['حسن شام']],
    // A pronoun after a list's و is no member of it (مخيمات عامرية الفلوجة وهم في حالة إنهاك).
    ['ووصل معظم الفارين إلى مخيمات الحبانية وهم في حالة إنهاك شديد', ['الحبانية']],
    // ... and so is a particle opening a clause after a list of places.
    ['وتواصل نزوح العائلات من بلدات سهل نينوى، إذ فرّت أكثر من 1500 عائلة', ['سهل نينوى']],
    // A size or age adjective after a name that is also a common noun makes a longer name the
    // gazetteer lacks (الحارة الكبيرة in Djerba, not Syria's al-Hara), even in a list.
    ['وشملت الإجراءات الأمنية مناطق إقامة اليهود بالرياض والحارة الكبيرة في جربة', ['الرياض', 'جربة']],
    // Countries found by CLDR's spellings too, and named as the article spells them.
    ['وسافر الوفد إلى تانزانيا ثم إلى ملاوي والدانمرك', ['تانزانيا', 'ملاوي', 'الدانمرك']],
    // Two crossings after the dual of منفذ; the perpetrators of an attack are no crossing.
    ['ورحلت السلطات أكثر من 900 مهاجر عبر منفذى الرقو والوديعة', ['الرقو', 'الوديعة']],
    ['واعتقلت الشرطة منفذي الهجوم على المعبر', []],
    // A reserved word is no clitic and a name after a list (فجر "dawn", not ف + جر).
    ['ونزحت العائلات من أحياء الشيخ رضوان والنصر وتل الهوى فجر أمس الثلاثاء', ['الشيخ رضوان', 'النصر', 'تل الهوى']],
    // A common word taken for a place by its preposition alone is no place inside a country the
    // article's other places are not in; a country is named from anywhere.
    ['وأجلت السلطات في مسقط وصحار والرستاق مئات السكان من الساحل قبل وصول الإعصار', ['مسقط', 'صحار', 'الرستاق']],
    ['ونزح السكان من حمص وحماة إلى الساحل', ['حمص', 'حماة', 'الساحل السوري']],
    ['وعاد الوفد من الرياض وجدة إلى المغرب', ['الرياض', 'جدة', 'المغرب']],
    // An indefinite feminine nisba after a plural type word is its adjective; a name in the
    // gazetteer is still a name.
    ['وفرت آلاف الأسر من بلدات ريفية في إقليم شبيلي الوسطى', ['شبيلي الوسطى']],
    ['ونزحت العائلات إلى قرى حمورية وسقبا', ['حمورية', 'سقبا']],
    // ... and so is any indefinite feminine word alone after a broken plural; two names listed, or
    // a dual's two, are names.
    ['بعد أن غمرت السيول أحياء واسعة وقطعت الطريق بين غات وأوباري', ['غات', 'أوباري']],
    ['ونزحت نحو ألف عائلة من أحياء جميلة وآزادي في القضاء', ['جميله', 'ازادي']],
    ['وقال إن معبري ملولة وببوش سجلا عبور ألف مسافر', ['ملوله']],
    // A bare word a list would go on with, before a word with tanween, is a verb and its object.
    ['ويعد مخيم جنين من أكبر مخيمات الضفة الغربية، وشهد اجتياحاً واسعاً في نيسان', ['مخيم جنين', 'الضفة الغربية']],
    // Sudan's ود ("son of") heads a village's name as أبو and أم do.
    ['أجلت الفرق نحو 3200 أسرة من قرية ود رملى إلى مدارس الجيلي', ['ود رملي', 'الجيلي']],
    // A Sudanese locality: a known name after it (the word alone is also "local").
    ['وقالت مصادر محلية إن محلية طويلة استقبلت آلاف النازحين', ['طويلة']],
    // Two Yemeni districts named together; one alone may be a directorate.
    ['وقال إن نحو 700 أسرة نزحت من مديريتي عبس وحرض', ['عبس', 'حرض']],
    ['وأكد مدير مديرية الصحة في المحافظة أن المستشفيات جاهزة', []],
    // Right after a plural type word, a definite noun its nisba adjective describes is a kind of
    // place; later in a list of names, a name.
    ['ومنعوا السيارات من التقدم نحو بلدات الخط الأمامي مثل كفركلا والعديسة', ['كفركلا', 'العديسة']],
    ['وشمل الإضراب قرى الدرجين وبشني والصابرية المحاذية لها', ['الدرجين', 'بشني', 'الصابريه']],
    // An elative after a type word compares; it names no village.
    ['واضطروا إلى الفرار نحو قرى أبعد عن الشريط الحدودي', []],
    // A word written with tanween, or a participle going on a statement, ends a list of camps (the
    // camps of towns, named by the towns).
    ['وقال إن القافلة قادمة من مخيمات سرمدا، مشيراً إلى أن الطريق آمن', ['سرمدا']],
    ['وقال إن القافلة قادمة من مخيمات سرمدا، مشيرا إلى أن الطريق آمن', ['سرمدا']],
    ['وقال إن القافلة قادمة من مخيمات سرمدا، أطمة، ودير حسان', ['سرمدا', 'أطمة', 'دير حسان']],
    ['واستقبل ميناء أوبوك 870 يمنياً نُقل معظمهم إلى مخيم مركزي شمال المدينة', ['أوبوك']],
    // A site (موقع) is where a place is, not a website's name.
    ['ووصلوا جميعهم إلى موقع حمام العليل للتدقيق الأمني', ['حمام العليل']],
    // A camp named after a person is found with its type word; without it the title opens a person's name.
    ['ونقلت الفرق 1,140 نازحاً إلى مخيم الحاج علي جنوب الموصل', ['مخيم الحاج علي', 'جنوب الموصل', 'الموصل']],
    ['وقال مصطفى الحاج علي، مسؤول المخيمات في أطمة، إن العائلات وصلت', ['أطمة']],
    ['وقال عبد الرحمان الحاج علي المدير العام للأمن الوطني إن الوضع مستقر', []],
    // A place whose own name opens with a title needs no type word.
    ['ونزحت العائلات من الشيخ مقصود إلى عفرين', ['الشيخ مقصود', 'عفرين']],
    // ... and a type word after another names no place of its own (not a city named إقليم).
    ['وفر السكان من كبرى مدن إقليم الهضبة', []],
    ['وزارت القافلة الطبية قرى مركز بئر العبد', ['بئر العبد']],
    ['وقال محافظ بعلبك الهرمل إن الطرق مقطوعة', ['بعلبك الهرمل']],
    ['ونزح سكان بعلبك إلى الهرمل', ['بعلبك', 'الهرمل']],
    // A direction and a name that make a first-level division name no other place; a direction region names its base.
    ['وعادت الأسر إلى العريش بشمال سيناء', ['العريش', 'شمال سيناء']],
    ['ونزح الآلاف إلى شمال سوريا', ['شمال سوريا', 'سوريا']],
    // A plain and smuggling name no village or crossing of their own.
    ['ونزحت العائلات نحو قرى سهل عكار', ['عكار']],
    ['ودعا الأهالي إلى عدم العودة إلى بلدات الشريط الحدودي مثل كفركلا والخيام', ['كفركلا', 'الخيام']],
    ['وسلكت الغالبية معابر التهريب قرب وادي خالد', ['وادي خالد']],
    // A word that introduces a list names no camp; Constantine, whose Arabic name is its own.
    ['ويقيم معظمهم في مخيمات مثل بريدجينغ، واتجهت الحافلات نحو عنابة وقسنطينة', ['بريجينق', 'عنابة', 'قسنطينة']],
    // A camp is named as the article reads it: without the head it drops (مخيمات الجفينة والسويداء,
    // السويداء being Syrian too) ...
    ['توزعوا على مخيمات الجفينة والسويداء في مأرب', ['الجفينة', 'السويداء', 'مأرب']],
    // ... unless the name without it is a town of the same country (مخيم جنين, جنين) or starts with
    // a person's title (مخيم الحاج علي, above).
    ['نزحت عائلات من مخيم جنين إلى بلدة برقين', ['مخيم جنين', 'برقين']],
    // A compound direction on a countryside the gazetteer lists takes no second ريف.
    ['وطال القصف ريف الرقة الشمالي وريف الحسكة الشمالي الغربي', ['ريف الرقة الشمالي', 'الرقة', 'ريف الحسكة الشمالي الغربي', 'ريف الحسكة الشمالي']],
    // A district's villages (قرى القضاء) point back at the district.
    ['وعاد الأهالي إلى المدينة وإلى قرى القضاء', []],
  ])('%s', shippedNames);
});

describe('the shipped gazetteer: a place is named as the article spells it', () => {
  test.each<[string, string[]]>([
    // A listed spelling a letter or two from the gazetteer's name is the article's name for it ...
    ['وعبر اللاجئون من كلس إلى أعزاز', ['كلس', 'أعزاز']],
    ['وأقلعت الطائرة من مطار كابول نحو الدوحة', ['كابول', 'الدوحة']],
    ['ووصلت العائلات إلى رأس اجدير قادمة من طرابلس', ['رأس اجدير', 'طرابلس']],
    // ... and the first spelling names every mention of it.
    ['وعاد 300 لاجئ عبر معبر جيلوة غوزو، ثم عبر آخرون جيلفا غوزو', ['جيلوة غوزو', 'جيلوة غوزو']],
    // Not a word's other ending (سورية is سوريا, الشمال السوري is شمال سوريا) ...
    ['ونزح الآلاف داخل سورية', ['سوريا']],
    ['ونزح الآلاف إلى الشمال السوري', ['شمال سوريا']],
    // A town the news spells otherwise than OCHA (بصر الحرير), not Bosra (بصرى) and a word.
    ['عبر ممر إنساني قرب بلدة بصرى الحرير باتجاه درعا', ['بصرى الحرير', 'درعا']],
    // A country's other name of several words is the article's name for it; a phrase around its
    // name is not, nor is another name for a city.
    ['وسافر الوفد إلى المملكة المتحدة', ['المملكة المتحدة']],
    ['ونقل المرضى من الأراضي الفلسطينية المحتلة إلى الأردن', ['الأراضي الفلسطينية المحتلة', 'الأردن']],
    ['وعاد المعتمرون من المملكة العربية السعودية', ['السعودية']],
  ])('%s', shippedNames);
});

describe('the shipped rules: a name spelt like an adjective', () => {
  test.each<[string, string[]]>([
    // After a definite noun it describes the noun ...
    ['وأعلنت وزارة الخارجية السعودية وصول سفينة تابعة للقوات البحرية الملكية السعودية إلى جدة', ['جدة']],
    ['وكشفت الشرطة السعودية أن السلطات السعودية رحّلت المهاجرين', []],
    // ... after a preposition, a verb or a conjunction, or with its full name, it is the country.
    ['ووصل المعتمرون المتجهون إلى السعودية، وغادروا السعودية والإمارات', ['السعودية', 'السعودية', 'الإمارات']],
    ['وعادوا من المملكة العربية السعودية', ['السعودية']],
    // A name spelt like a masculine nisba after a definite noun describes it (the grey geese, the
    // coronary artery), not after an adjective that closes a subject (the forces took the city).
    ['وعاد الإوز الرمادي بأعداد كبيرة هذا الشتاء', []],
    ['وقللوا خطر الإصابة بأمراض الشريان التاجي', []],
    ['وحاصرت القوات العراقية الرمادي', ['الرمادي']],
    ['وقدرت العتبتان الحسينية والعباسية أعداد الزائرين بالملايين', []],
    ['وتسببت التساقطات المطرية في فيضان الوادي', []],
    // A country spelt like an accusative nisba after a figure is the people counted; not after a
    // year, nor where it is the place gone to.
    // A governorate's seat named as the governorate is, by its name alone.
    ['وأفاد محافظ كفر الشيخ بأن المحافظة استقبلت القمح', ['كفر الشيخ']],
    // A Tunisian governorate's seat as Tunisian news spell it.
    ['وزار الوزير مدرسة ابتدائية بحي التضامن من ولاية أريانة', ['التضامن', 'أريانة']],
    // Chad's border points and transit sites of the arrivals from Darfur.
    ['وعبر 17400 لاجئ من الجنينة إلى كوفرون في إقليم أسونغا ثم إلى أورانغ', ['الجنينة', 'كوفرون', 'إقليم أسونغا', 'أورانغ']],
    // ... nor is a division's word (the camps of the two states of Ouaddaï and Sila).
    ['واستقر معظمهم في مخيمات ولايتي وداي وسيلا شرق البلاد', ['وداي']],
    ['ونزحت 12 ألف عائلة إلى مخيمات أطمة وحدها منذ مطلع شباط', ['أطمة']],
    // An adjective after a type word is no name the gazetteer lacks (an additional camp, a second one).
    ['وخصصت الحكومة أرضا لإقامة مخيم إضافي، ونقل 300 نازح إلى مخيم ثان في الحبانية', ['الحبانية']],
    ['وأقلت المدمرة ١٨٠ بريطانيا إلى قبرص', ['قبرص']],
    ['وكان القارب يقل 22 سوريا وعاد 40 إلى سوريا', ['سوريا']],
    ['وفي 2011 سوريا شهدت احتجاجات', ['سوريا']],
  ])('%s', shippedNames);
});

describe('the shipped rules: a name that is a place unless a word of its common sense comes before it', () => {
  test.each<[string, string[]]>([
    // Morocco as subject, in construct and after a role word ...
    ['وتستضيف المغرب البطولة وتتوزع المباريات على جهات المغرب', ['المغرب', 'المغرب']],
    ['وصل الوفد إلى المغرب أمس', ['المغرب']],
    // ... the sunset prayer and its hour after their words, a conjunction on the word too.
    ['وتجمع المصلون لأداء صلاة المغرب في الساحة ثم تفرقوا وبعد المغرب بقليل أغلقت المحال', []],
    ['ويبدأ الإفطار مع أذان المغرب', []],
  ])('%s', shippedNames);
});

describe('the shipped gazetteer: places of the Strait, and a town that is also a word', () => {
  test.each<[string, string[]]>([
    ['وسبح آلاف الشبان من الفنيدق إلى سبتة عبر معبر تاراخال', ['الفنيدق', 'سبتة', 'تاراخال']],
    ['وأبحرت العبارات من طنجة إلى طريفة والجزيرة الخضراء', ['طنجة', 'طريفة', 'الجزيرة الخضراء']],
    ['وفر آلاف الماليين من تمبكتو وموبتي إلى باسكنو وفصالة', ['تمبكتو', 'موبتي', 'باسكنو', 'فصالة']],
    ['ونقلت الحافلات المرضى إلى مطار رامون قرب إيلات', ['مطار رامون', 'إيلات']],
    // نوروز is the new year's feast, and the camp only with its type word.
    ['وعادت العائلات قبل أيام من عيد نوروز الذي يحتفل به الكرد', []],
    ['ووصلت العائلات إلى مخيم نوروز', ['نوروز']],
    // A place named by its kilometre.
    ['وغادرت الحافلات مدينة الحديدة عبر منفذ كيلو 16 باتجاه صنعاء', ['الحديدة', 'كيلو 16', 'صنعاء']],
    // النعمة is also "grace", طريفة "funny".
    ['وحمد الله على النعمة', []],
    ['وروى قصة طريفة عن رحلته الأولى', []],
    // Eastern Sudan's refugee camps, named as the article writes them.
    ['ونُقل اللاجئون من معسكر ود شريفي إلى أم قرقور والطنيدبة', ['ود شريفي', 'أم قرقور', 'الطنيدبة']],
    // بورصة is a stock exchange but after a type word.
    ['وخرجت استثمارات أجنبية من بورصة إسطنبول، ونزح السكان من مدينة بورصة', ['إسطنبول', 'بورصة']],
  ])('%s', shippedNames);
});

describe('toPlaces', () => {
  test('one place per name, with every role and mention', () => {
    const places = toPlaces(placeHits('خرجوا من حمص إلى إدلب، ثم عادوا إلى حمص'), 'ريف');
    expect(places.map((p) => p.name)).toEqual(['حمص', 'إدلب']);
    expect(places[0]!.roles).toEqual(['origin', 'destination']);
    expect(places[0]!.mentions).toHaveLength(2);
  });

  test('spellings of a name the gazetteer lacks make one place', () => {
    const places = toPlaces(placeHits('في حي الزبدية وأحياء الزبديه'), 'ريف');
    expect(places.map((p) => p.name)).toEqual(['الزبديه']);
    expect(places[0]!.mentions.map((m) => m.text)).toEqual(['الزبدية', 'الزبديه']);
  });

  test.each([
    ['نزحوا من ريف حلب الشمالي', ['ريف حلب الشمالي']],
    ['نزحوا من ريف حلب الشمالي إلى مدينة حلب', ['ريف حلب الشمالي', 'حلب']],
    ['في شمال سوريا', ['شمال سوريا', 'سوريا']],
  ])('a city named only inside its countryside is not listed: %s', (text, names) => {
    expect(toPlaces(placeHits(text), 'ريف').map((p) => p.name)).toEqual(names);
  });
});

describe('spans', () => {
  const pieces = [
    'حمص', 'وبحمص', 'للرستن', 'حُمُّص', 'حلـب', 'ريف حماة الشمالي', 'الريف الجنوبي الغربي لحلب', 'ريفي حمص الشمالي وحماة الجنوبي',
    'مدينة', 'أحياء', 'صلاح الدين', 'والمشهد', 'مخيم الوافدين', 'شمال سوريا', 'حلب الشرقية', 'من', 'إلى', 'في', '،', '.', ':', ' - ',
    '\n', '\u200f', 'قناة', 'الميادين', 'بلدة', 'جسرين', 'قلعة المضيق', 'تل رفعت', 'الباب', 'و', 'A', '٣٠٠', '\r\n', 'ﻻ',
  ];
  test('every hit is a non-empty span whose text is the place as written', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.array(fc.constantFrom(' ', '', '  ')), (parts, gaps) => {
        const input = parts.map((p, i) => p + (gaps[i % Math.max(gaps.length, 1)] ?? ' ')).join('');
        for (const h of placeHits(input)) {
          expect(h.ref.text).toBe(h.span.text);
          expect(h.span.end).toBeGreaterThan(h.span.start);
          expect(h.nEnd).toBeGreaterThan(h.nStart);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('names with a particle written joined', () => {
  test.each<[string, string]>([
    ['ودخلت الشاحنات عبر معبر كرم أبوسالم جنوب القطاع.', 'كرم أبو سالم'],
    ['وعبرت القافلة معبر أبوالزندين قرب الباب.', 'أبو الزندين'],
  ])('%s', (text, name) => {
    expect(extract(text).places.map((p) => p.name)).toContain(name);
  });
});
