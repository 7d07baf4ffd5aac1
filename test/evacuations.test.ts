// The linker, end to end through extract(): a sentence in, the evacuation records out.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import type { Evacuation } from '../src/schema.js';

type Expected = Partial<Pick<Evacuation, 'count' | 'min' | 'max' | 'qualifier' | 'group' | 'kind' | 'status' | 'cumulative' | 'unit' | 'since' | 'buses'>> & {
  origin?: string[];
  destination?: string[];
  corridor?: string;
  source?: string;
};

// The sentences under test stand in an article about people moving, as they do in the news: the
// lede sets the document's relevance (src/relevance/) and names no place or figure of its own.
const LEDE = 'تتواصل عمليات الإجلاء وسط موجة نزوح واسعة وقصف متواصل على المخيمات والمعابر.\n\n';
const run = (text: string, published = '2018-05-13') => extract(LEDE + text, { published }).evacuations;
// Ordinary news: the same sentences with no article about people moving around them.
const runAlone = (text: string) => extract(text, { published: '2018-05-13' }).evacuations;

function check(records: Evacuation[], expected: Expected[]) {
  const key = (e: Pick<Expected, 'qualifier' | 'min' | 'max' | 'count'>) => (e.qualifier === 'range' ? `${e.min}-${e.max}` : e.count);
  expect(records.map(key)).toEqual(expected.map(key));
  records.forEach((r, i) => {
    const { origin, destination, corridor, source, ...fields } = expected[i]!;
    expect(r).toMatchObject(fields);
    // Places expected: among the record's; none expected ([]): the record has none.
    const among = (names: string[]) => (names.length ? expect.arrayContaining(names) : []);
    if (origin) expect(r.origin.map((p) => p.name)).toEqual(among(origin));
    if (destination) expect(r.destination.map((p) => p.name)).toEqual(among(destination));
    if (corridor) expect(r.corridor).toBe(corridor);
    if (source) expect(r.source?.name).toBe(source);
  });
}

describe('figures of people who moved', () => {
  it.each<[string, Expected[]]>([
    // Operations counted (عملية) are no people.
    ['ووصل أمس أكثر من 800 جريح إلى مستشفى أدري، وقد أجريت لهم 140 عملية جراحية خلال 48 ساعة.', [{ count: 800, group: 'wounded_sick' }]],
    // تحرك "moved", of people counted before it.
    ['وقالت المتحدثة إن "أكثر من 100 ألف شخص تحركوا جنوباً على امتداد شارع صلاح الدين خلال 24 ساعة".', [{ count: 100000, qualifier: 'more_than' }]],
    // The number of a place's name is no figure (مخيم الجدعة 5).
    [
      'تتواصل عودة العائلات العراقية من مخيم الهول ضمن خطة حكومية لإعادة النازحين.\n\nووصلت أمس دفعة جديدة تضم نحو 94 عائلة، قوامها أكثر من 320 شخصاً، إلى مخيم الجدعة 5 في ناحية القيارة، قادمة من مخيم الهول.',
      [{ count: 94, group: 'families' }, { count: 320, qualifier: 'more_than' }],
    ],
    ['أفادت مصادر محلية بخروج 1200 شخص من بلدة مضايا أمس.', [{ count: 1200, group: 'people', kind: 'evacuation', status: 'completed' }]],
    // A batch holds the people its verb counts past an adjunct between commas (future verb too), not
    // those of a figure between.
    ['أعلنت وزارة الهجرة عودة 312 أسرة نازحة من مخيمات الإقليم إلى مناطقها. وأشارت إلى أن الدفعة الثامنة، المقررة الأحد المقبل، ستشمل ما بين 250 و300 أسرة من مخيم آشتي نحو قضاء الرطبة.', [{ count: 312 }, { min: 250, max: 300, qualifier: 'range', status: 'planned', origin: ['آشتي'], destination: ['الرطبة'] }]],
    ['تتواصل عودة النازحين إلى شمال القطاع. وأضاف أن 1200 أسرة عادت من المواصي إلى مخيم جباليا، لافتا إلى أن ما لا يقل عن 200 ألف آخرين يستعدون للعودة.', [{ count: 1200, group: 'families' }, { count: 200000, group: 'people' }]],
    // Persons listed as of one kind are of it; as of two kinds, persons.
    ['تتواصل عمليات تهجير المقاتلين من درعا البلد. وكانت الدفعة الأولى قد ضمت نحو 50 شخصاً بين مقاتلين ومطلوبين.', [{ count: 50, group: 'fighters' }]],
    ['تتواصل عمليات تهجير المقاتلين من درعا البلد. وخرج نحو 50 شخصاً بين مقاتلين ومدنيين إلى الشمال السوري.', [{ count: 50, group: 'people' }]],
    // A verb of how takes the kind the article names most, however narrowly.
    ['تواصل نزوح العائلات من مخيم جنين لليوم الخامس، وفتحت البلدية المدارس لاستقبال النازحين. وغادر أكثر من 3 آلاف شخص المخيم أمس باتجاه مدارس مدينة جنين.', [{ count: 3000, kind: 'displacement' }]],
    // The displaced a neutral verb moves fled, unless the article tells most of returns: then they go home.
    ['أعلن الأمن العام انطلاق قافلة العودة الطوعية للنازحين السوريين من عرسال، ضمن خطة العودة إلى القلمون. وأوضح البيان أن القافلة ضمت نحو 750 نازحاً غادروا عرسال عبر معبر الزمراني باتجاه القلمون.', [{ count: 750, kind: 'return' }]],
    ['نزح آلاف السكان من القرى الحدودية هربا من القصف. واستقبلت المدارس في البلدة نحو 750 نازحاً.', [{ count: null }, { count: 750, kind: 'displacement' }]],
    // Others of the people the sentence counted before are of their kind.
    ['تتواصل عمليات إجلاء الرعايا الأجانب من اليمن. وأعلنت المتحدثة أن طائرتين أقلتا أمس ما بين 400 و500 باكستاني من مطار الحديدة إلى كراتشي، مؤكدة أن فرقاطة ستصل إلى ميناء عدن غدا لإجلاء قرابة 200 آخرين ونقلهم إلى جيبوتي.', [{ min: 400, max: 500, qualifier: 'range', group: 'nationals' }, { count: 200, group: 'nationals', status: 'planned' }]],
    // One who fled, counted in the singular after a thousand (32 ألف فار).
    ['تتواصل موجة النزوح من الخرطوم إلى ولاية نهر النيل، وتقدر أعداد النازحين بالآلاف هربا من المعارك. وسجلت الغرفة وصول قرابة 32 ألف فار من الخرطوم إلى شندي وعطبرة منذ اندلاع المعارك.', [{ count: 32000, origin: ['الخرطوم'], destination: ['شندي', 'عطبرة'] }]],
    // Persons of families or of a town's people are persons; of the displaced, the displaced.
    ['وخرجت قافلة تقل نحو 1500 شخص من العائلات البدوية من مدينة السويداء باتجاه ريف درعا.', [{ count: 1500, group: 'people' }]],
    ['وخرج أكثر من 5000 شخص من أهالي بلدتي كفريا والفوعة.', [{ count: 5000, group: 'people' }]],
    ['ونقل نحو 3000 شخص من النازحين إلى مخيم الهول.', [{ count: 3000, group: 'displaced' }]],
    ['تم إجلاء ٣٥٠ مدنياً من الأحياء المحاصرة.', [{ count: 350, group: 'civilians', kind: 'evacuation' }]],
    ['وصل 740 مسلحاً وعائلاتهم إلى مدينة إدلب.', [{ count: 740, group: 'fighters_and_families', kind: 'evacuation', destination: ['إدلب'] }]],
    ['نقلت الحافلات 95 جريحا ومريضا إلى مشافي دمشق.', [{ count: 95, group: 'wounded_sick' }]],
    // The municipality named before is where the people it received arrived.
    ['واشتدت المعارك في عين زارة.\n\nوأكد عميد بلدية تاجوراء أن البلدية استقبلت قرابة 640 أسرة نازحة من قصر بن غشير.', [{ count: 640, destination: ['تاجوراء'] }]],
    // A noun that is part of its places' names takes up the place named with it (جبل سنجار ... من الجبل).
    ['وفر آلاف الإيزيديين إلى جبل سنجار.\n\nوأعلنت الوحدات أنها أجلت 6500 مدني من الجبل إلى بلدة الجوادية في ريف الحسكة.', [{ count: null }, { count: 6500, origin: ['جبل سنجار'], destination: ['الجوادية'] }]],
    // A verb of taking people somewhere (أوصلت); a national in the singular (رعية); the passive of هجّر with its marks gone.
    ['وقال السفير إن العبّارة اليونانية أوصلت 1180 فرنسياً إلى لارنكا صباح أمس.', [{ count: 1180, kind: 'evacuation', destination: ['لارنكا'] }]],
    ['ونقلت 40 حافلة تقل 1850 رعية خليجياً من بيروت إلى دمشق.', [{ count: 1850, group: 'nationals', origin: ['بيروت'], destination: ['دمشق'] }]],
    ['وأضاف أن المدينة باتت شبه خالية بعد أن هُجّر قرابة 110 آلاف من سكانها.', [{ count: 110000, qualifier: 'about' }]],
    // People who do not move in this sense, carried off by others from one place to another in an
    // article about people moving (tourists by boat, hotel guests evacuated), made a journey.
    ['وأضاف أن زوارق خفر السواحل نقلت نحو 300 سائح من شواطئ بودروم بحراً إلى ميناء إزمير.', [{ count: 300, kind: 'evacuation', origin: ['بودروم'], destination: ['إزمير'] }]],
    ['وأوضح أن فرق الدفاع المدني أخلت أكثر من 5000 نزيل من 12 فندقاً في بودروم.', [{ count: 5000, qualifier: 'more_than', kind: 'evacuation' }]],
    // A direction region lies at its base, which is an end of the movement too.
    ['ونزحت قرابة 1200 عائلة من بيت لاهيا إلى غرب غزة خلال اليومين الماضيين.', [{ count: 1200, kind: 'displacement', destination: ['غرب غزة', 'غزة'] }]],
    ['عاد نحو 3 آلاف نازح إلى منازلهم في مدينة تدمر.', [{ count: 3000, qualifier: 'about', kind: 'return', group: 'displaced', destination: ['تدمر'] }]],
    // People going back to their homes go back to the place (and the places listed with it) they
    // are the people of, which is then not their origin.
    ['وأضاف أن 85 عائلة من أهالي بلدة الريحان عادت إلى منازلها الأسبوع الماضي.', [{ count: 85, kind: 'return', origin: [], destination: ['الريحان'] }]],
    ['وقال إن قرابة 4000 عائلة من أهالي بصرى الشام والمسيفرة والحراك رجعت إلى منازلها.', [{ count: 4000, kind: 'return', origin: [], destination: ['بصرى الشام', 'المسيفرة', 'الحراك'] }]],
    ['وعاد 300 من أهالي داريا إلى منازلهم قادمين من الكسوة.', [{ count: 300, kind: 'return', origin: ['الكسوة'], destination: ['داريا'] }]],
    ['وعادت 50 أسرة نازحة من ترهونة إلى منازلها أمس.', [{ count: 50, kind: 'return', origin: [], destination: ['ترهونة'] }]],
    // The scene a sentence sets before an arrival verb (the figure's own or the bus's) is where
    // people arrived; not a verb reaching a total, nor a place an earlier clause housed people in.
    // Where people moved to live is where they went.
    ['مشيراً إلى أن ما لا يقل عن 300 أسرة من أسر المرحلة الأولى انتقلت للإقامة في مدينة العريش، فيما استقرت 180 أسرة أخرى في الشيخ زويد.', [{ count: 300, destination: ['العريش'] }, { count: 180, destination: ['الشيخ زويد'] }]],
    // Where people going back are, told between them and their return, is where they go back from.
    ['فيما يستعد نحو 2500 نازح في مخيمي بريقة وبئر عجم للعودة إلى بلداتهم في ريف درعا الغربي الأسبوع المقبل.', [{ count: 2500, kind: 'return', status: 'planned', origin: ['بريقة', 'بئر عجم'], destination: ['ريف درعا الغربي'] }]],
    // ... and where people going elsewhere are, in a shelter of a place.
    ['ويستعد نحو 2000 نازح في مدارس صيدا للانتقال إلى مراكز في كسروان خلال الأيام المقبلة.', [{ count: 2000, status: 'planned', origin: ['صيدا'], destination: ['كسروان'] }]],
    // Where the figure's people are told to stay after it, in the plural, is where they ended up;
    // not when another figure comes first.
    ['وارتفع عدد الخارجين من الرستن إلى أكثر من 21 ألف شخص، توزعوا بين مخيمات ريف إدلب ومدن ريف حلب الشمالي.', [{ count: 21000, destination: ['ريف إدلب', 'ريف حلب الشمالي'] }]],
    ['ونزح نحو 86 ألف شخص من المدينة، يقيمون حاليا في مدارس بلدة عرسال.', [{ count: 86000, kind: 'displacement', destination: ['عرسال'] }]],
    ['ونزح نحو 86 ألف شخص من تلكلخ، فيما لا يزال 300 آخرون يقيمون في مدارس بلدة عرسال.', [{ count: 86000, destination: [] }]],
    // The object of a departure verb right before the figure is the place left, past a time adjunct.
    ['غادرت 312 عائلة نازحة، أمس الثلاثاء، مخيمات شاريا وكبرتو في محافظة دهوك عائدة إلى قضاء سنجار.', [{ count: 312, kind: 'return', origin: ['شاريا', 'كبرتو'], destination: ['سنجار'] }]],
    ['غادرت 312 عائلة نازحة، بحسب مسؤول في دهوك، المخيم متجهة إلى سنجار.', [{ count: 312, origin: [], destination: ['سنجار'] }]],
    // ... before a from-phrase of another clause of its sentence.
    ['خرج نحو 5000 شخص من الفوعة وكفريا، فيما غادر ما لا يقل عن 2200 شخص بلدتي مضايا وبقين باتجاه إدلب.', [{ count: 5000, origin: ['الفوعة', 'كفريا'] }, { count: 2200, origin: ['مضايا', 'بقين'], destination: ['إدلب'] }]],
    // A subset (بينهم) anywhere after the figure it is part of in its sentence.
    ['غادر أمس نحو 320 من حاملي الجوازات الأجنبية قطاع غزة عبر معبر رفح، ضمن القوائم اليومية التي تنشرها هيئة المعابر بالتنسيق مع الجانب المصري، بينهم 85 أمريكيا و48 بريطانيا.', [{ count: 320, group: 'nationals' }, { count: 85, group: 'nationals' }, { count: 48, group: 'nationals' }]],
    // ... and a figure added to it (إلى جانب), however far, when it tells no movement of its own;
    // a part with its own verb is its own event.
    ['وعلى متنها نحو 1100 شخص أجلوا من ميناء مصراتة المحاصرة منذ أكثر من شهرين، بينهم عمال أجانب من النيجر وتشاد ومصر وغانا، إلى جانب 68 جريحاً ليبياً ومرافقيهم.', [{ count: 1100 }, { count: 68, group: 'wounded_sick', kind: 'evacuation' }]],
    ['وقال إن أكثر من 40 ألف نازح كانوا قد تجمعوا في مخيمات عشوائية قرب السياج عادوا خلال الأيام الثلاثة الماضية إلى قراهم، بينهم نحو ثلاثة آلاف عادوا إلى بلدة الرفيد وحدها.', [{ count: 40000 }, { count: 3000, kind: 'return', cumulative: false, destination: ['الرفيد'] }]],
    // A part of casualties, with no verb of its own, is of them: the next clause's movement is another figure's.
    ['وقال مصدر طبي إن 11 مدنياً قتلوا وأصيب 30 آخرون منذ بدء المواجهات، بينهم 6 أطفال، فيما نُقل 9 جرحى إلى مستشفى المدينة.', [{ count: 9, group: 'wounded_sick' }]],
    // A return verb heading a process with its pronoun (أعيد فتحها) is no return.
    ['وانطلقت 14 حافلة تقل 518 شخصا من إيجوكاك في اتجاه مراكش عبر الطريق التي أعيد فتحها أمس.', [{ count: 518, kind: 'evacuation', origin: ['إيجوكاك'], destination: ['مراكش'] }]],
    // An anaphor (من البلدة) takes the place its own sentence sets the scene with before the article's last origin.
    ['ونقل 300 شخص من صيدا إلى النبطية. وفي مرجعيون، قال رئيس البلدية إن ما لا يقل عن 600 شخص فرّوا من البلدة يوم الثلاثاء، وتوجه معظمهم إلى النبطية.', [{ count: 300, origin: ['صيدا'] }, { count: 600, origin: ['مرجعيون'], destination: ['النبطية'] }]],
    // A noun an adjective describes (إخلاء المنطقة العازلة) takes up no place named before.
    ['تتواصل عمليات التهجير والنزوح. وواصلت الأجهزة بمحافظة شمال سيناء تنفيذ قرار إخلاء المنطقة العازلة، حيث غادرت نحو 300 أسرة منازلها في أحياء مدينة رفح، متجهة إلى مدينة العريش.', [{ count: 300, origin: ['رفح'], destination: ['العريش'] }]],
    // ... and a receiver named before it, maybe with a particle (أما محلية طويلة، فقد استقبلت).
    ['تتواصل موجة النزوح في ولاية شمال دارفور هربا من القتال. أما محلية طويلة، فقد استقبلت قرابة 10,800 نازح وصلوا إليها قادمين من مدينة الفاشر.', [{ count: 10800, origin: ['الفاشر'], destination: ['طويلة'] }]],
    // A receiver named after its verb is where people arrived, whichever verb moves the figure.
    ['تتواصل موجة النزوح من جنوب لبنان. واستقبلت المدارس الرسمية في مدينة صيدا أمس نحو 1200 نازح وصلوا من قرى قضاء صور.', [{ count: 1200, origin: ['صور'], destination: ['صيدا'] }]],
    // ... and so does the town the quarters or homes people left lie in (من الأحياء المنخفضة في المدينة).
    ['ونقل 420 شخصاً من غات إلى سبها. وفي مرزق، قال عميد البلدية إن 150 أسرة نزحت من الأحياء المنخفضة في المدينة نحو أوباري.', [{ count: 420, origin: ['غات'] }, { count: 150, origin: ['مرزق'], destination: ['أوباري'] }]],
    // For a return, only a from-phrase the trigger governs is where people come back from, not one
    // that says whose people they are, nor the place they go back to.
    ['وصل أمس نحو 600 لاجئ من مخيم الركبان إلى حمص. وقال إن العائدين أجبروا على مغادرة منازلهم في تدمر قبل سنوات، مضيفا أن نحو 1200 شخص عادوا من المخيم إلى ريف حمص الشرقي.', [{ count: 600 }, { count: 1200, kind: 'return', origin: ['الركبان'], destination: ['ريف حمص الشرقي'] }]],
    ['وأكد أن نحو 2800 أسرة عادت إلى مرزق منذ مطلع العام بعد أن هجرت آلاف العائلات من المدينة.', [{ count: 2800, kind: 'return', origin: [], destination: ['مرزق'] }, { count: null, origin: ['مرزق'] }]],
    ['بدأت عودة الأهالي إلى بلدة الخيام. وأضاف أن نحو 900 عائلة من البلدة تستعد للعودة من مدارس بيروت وصيدا.', [{ count: 900, kind: 'return', origin: ['بيروت', 'صيدا'], destination: ['الخيام'] }]],
    // People carried across a border in an article of returns go home; within a country, carried people are evacuated.
    ['تتواصل عودة اللاجئين السوريين من لبنان إلى بلداتهم بعد انتهاء الحرب، وعاد أمس نحو 300 لاجئ إلى ريف حمص. وانطلقت قافلة من 20 حافلة تقل نحو 800 شخص من عرسال إلى القصير.', [{ count: 300, kind: 'return' }, { count: 800, kind: 'return', origin: ['عرسال'], destination: ['القصير'] }]],
    ['تتواصل عودة اللاجئين السوريين من لبنان إلى بلداتهم بعد انتهاء الحرب، وعاد أمس نحو 300 لاجئ إلى ريف حمص. وانطلقت قافلة من 20 حافلة تقل نحو 800 شخص من حمص إلى القصير.', [{ count: 300, kind: 'return' }, { count: 800, kind: 'evacuation' }]],
    // Young men are persons; the missing are not moved.
    ['وفي مشهد لافت، عاد نحو 40 شاباً إلى برطلة صباح أمس.', [{ count: 40, kind: 'return', group: 'people', destination: ['برطلة'] }]],
    ['وتنتظر الأسر معرفة مصير 16 شخصا مفقودا من جملة 26 أبحروا نحو إيطاليا عاد منهم 9 أشخاص.', [{ count: 9, kind: 'return' }]],
    // Those who crossed, as the head of a total, moved.
    ['وأفاد مصدر بأن العدد الإجمالي للعابرين منذ 23 أيلول ارتفع إلى أكثر من 310 آلاف شخص.', [{ count: 310000, kind: 'evacuation', cumulative: true }]],
    // A to-word before a figure of shelters heads a to-phrase; before a figure of people it is "about".
    ['وقال وكيل الوزارة إن 640 أسرة نقلت حتى الآن إلى 23 مدرسة في طرابلس وتاجوراء.', [{ count: 640, destination: ['طرابلس', 'تاجوراء'] }]],
    ['وغادر نحو 160 شخصاً مخيم الركبان أمس.', [{ count: 160, origin: ['الركبان'], destination: [] }]],
    // ... the verb before an adjunct of time, a nationality after the noun.
    ['غادر أمس الخميس نحو 370 نازحاً سورياً بلدة عرسال عائدين إلى قراهم في القلمون.', [{ count: 370, origin: ['عرسال'], destination: ['القلمون'] }]],
    // More of the people counted before (أخرى), whose verb says only how they go, go as those did.
    ['عادت 312 عائلة نازحة إلى سنجار أمس، ومن المقرر أن تغادر 200 عائلة أخرى مخيم كبرتو الأحد المقبل.', [{ count: 312, kind: 'return' }, { count: 200, kind: 'return', status: 'planned' }]],
    // People who registered to move, who wait their turn, whom a spokesman expects or plans to move, have not moved yet.
    ['وغادرت الدفعة الأولى المخيم أمس، وقال المسؤول إن أكثر من 300 عائلة سجلت أسماءها للخروج في الدفعة الثانية.', [{ count: 300, status: 'planned' }]],
    ['عاد 450 لاجئاً أمس عبر المعبر، وقال المسؤول إن نحو 5 آلاف لاجئ سجلوا أسماءهم وينتظرون دورهم للعودة.', [{ count: 450, status: 'completed' }, { count: 5000, status: 'planned' }]],
    ['وغادرت 600 عائلة مخيمات كلار خلال الأسابيع الماضية، ونتوقع مغادرة 400 أخرى قبل نهاية الشهر.', [{ count: 600, status: 'completed' }, { count: 400, status: 'planned' }]],
    // A displacement with no place of its own left where the event that drove it struck.
    ['وأعلنت المنظمة الدولية للهجرة نزوح أكثر من 43 ألف شخص إثر الفيضانات الدامية التي شهدها شرق ليبيا لا سيما مدينة درنة.', [{ count: 43000, kind: 'displacement', origin: ['شرق ليبيا'] }]],
    // Fleeing told further on in the sentence says what the crossing was.
    ['وأجلت السلطات 500 شخص من المدينة أمس. وعبر أكثر من 3 آلاف شخص منفذ الوديعة الحدودي مع المملكة العربية السعودية خلال الأيام الثلاثة الماضية، قادمين من محافظة مأرب ومديريتي صرواح والجوبة، هربا من المواجهات الدائرة بين الطرفين.', [{ count: 500, kind: 'evacuation' }, { count: 3000, kind: 'displacement' }]],
    // Those who managed to (تمكن) reach a place got there, whatever is planned for others.
    ['ويعمل مسعفون على إجلاء قرابة 600 جريح إلى عرسال خلال الأيام المقبلة، بعد أن تمكن نحو 80 جريحا من الوصول إلى البلدة يوم الخميس.', [{ count: 600, status: 'planned' }, { count: 80, status: 'completed' }]],
    ['ونقلت السلطات أمس 400 لاجئ إلى الجزيرة. وقال المسؤول: نخطط لنقل ما بين 2000 و3000 لاجئ قبل نهاية الشهر.', [{ count: 400, status: 'completed' }, { min: 2000, max: 3000, qualifier: 'range', status: 'planned' }]],
    // "Works on" plans, past an adjunct of with whom; "works" alone (at twice its capacity) does not.
    ['وتتواصل موجة النزوح من المدينة. وقال المنسق إن المخيمات تعمل بأكثر من ضعف طاقتها، إذ يصل إليها يومياً ما بين 400 و600 شخص. وأضاف أن المنظمة تعمل بالتنسيق مع المحافظة على نقل نحو 200 عائلة إلى كوستي.', [{ min: 400, max: 600, qualifier: 'range', status: 'completed' }, { count: 200, status: 'planned' }]],
    // Past time closing a date after a plan dates the plan's noun, not the movement ...
    ['وينص الاتفاق الموقع في 28 آذار الماضي على إخراج ما بين 16 و20 ألف شخص من كفريا والفوعة على مراحل.', [{ min: 16000, max: 20000, qualifier: 'range', status: 'planned' }]],
    // ... while a date of its own still tells a movement done.
    ['وخرج في 28 آذار الماضي نحو 5 آلاف شخص من كفريا والفوعة.', [{ count: 5000, status: 'completed' }]],
    ['عادت 312 عائلة نازحة إلى سنجار أمس، ومن المقرر أن تغادر 200 عائلة مخيم كبرتو الأحد المقبل.', [{ count: 312, kind: 'return' }, { count: 200, kind: 'evacuation', status: 'planned' }]],
    // A word of a person's name (أبو عودة) is no trigger, however it is spelled.
    ['وقال الرائد خليل أبو عودة إن نحو 3 آلاف عائلة وصلت إلى منطقة الزوايدة أمس.', [{ count: 3000, kind: 'evacuation', destination: ['الزوايدة'] }]],
    ['وقال الرائد خليل أبو عودة إن نحو 3 آلاف عائلة عادت إلى منطقة الزوايدة أمس.', [{ count: 3000, kind: 'return', destination: ['الزوايدة'] }]],
    // دخل before its figure enters people (bare دخل is also "income": a weak trigger).
    ['تتواصل عمليات الإجلاء وسط موجة نزوح واسعة وقصف متواصل على المخيمات والمعابر.\n\nوبحسب أرقام رسمية، دخل أمس قرابة 14 ألف شخص عبر مختلف المنافذ.', [{ count: 14000, kind: 'evacuation', status: 'completed' }]],
    ['وارتفع دخل الأسرة إلى 300 دينار.', []],
    // The size of a body that moves nobody (a delegation, a mission) is no figure of people moved;
    // a convoy made up of buses still carries its people.
    ['تتواصل عمليات الإجلاء.\n\nويغادر وفد مكون من 32 فرداً إلى الدمام السبت المقبل.', []],
    ['تتواصل عمليات الإجلاء.\n\nوتغادر بعثته المكونة من 32 فرداً بين لاعبين وإداريين إلى الدمام.', []],
    ['وغادرت قافلة مكونة من 40 حافلة تقل 1500 شخص.', [{ count: 1500, buses: 40 }]],
    // One after a unit of time or a count of times is that unit's adjective, no figure of people.
    ['أعلنت المفوضية وصول 2300 لاجئ إلى المخيم. وأضاف أن المراكز الصحية في المخيم استقبلت 3400 مريض خلال أسبوع واحد، أغلبهم من الأطفال.', [{ count: 2300 }, { count: 3400 }]],
    // The neighbour a border is named by locates the border: no origin, and a destination only
    // when people went to the border.
    ['حيث غادرت 64 أسرة منازلها الواقعة على عمق ما بين 500 متر وكيلومتر من خط الحدود مع قطاع غزة.', [{ count: 64, origin: [], destination: [] }]],
    ['ونزح نحو 300 شخص من القرى القريبة من الحدود مع لبنان.', [{ count: 300, origin: [] }]],
    ['وفر نحو 500 شخص إلى الحدود مع تركيا.', [{ count: 500, destination: ['تركيا'] }]],
    ['وفي مدينة القضارف، وصلت أمس 42 حافلة تقل نحو 1800 شخص قادمين من ود مدني.', [{ count: 1800, buses: 42, origin: ['ود مدني'], destination: ['القضارف'] }]],
    // A spokesman's "we will" (سنستقبل، سننقل) plans a movement as ستستقبل does.
    ['وقال رئيس البلدية: "سنستقبل نحو 150 أسرة من درنة"، فيما ستستقبل المرج 100 أسرة أخرى.', [{ count: 150, status: 'planned', origin: ['درنة'] }, { count: 100, status: 'planned' }]],
    ['أما في طبرق، فقال عميد البلدية إن المدينة استقبلت 400 أسرة، متوقعاً وصول نحو 200 أسرة أخرى خلال الأيام المقبلة.', [{ count: 400, destination: ['طبرق'] }, { count: 200, status: 'planned', destination: ['طبرق'] }]],
    // The subject of a receiving verb is where people arrived: a place named right before it, or
    // an anaphor before or after it (referring to a place introduced with its noun, whatever type
    // the gazetteer gives the name); not a receiver after the figure, in another clause.
    ['وأكد أن مدينة كوستي استقبلت أمس 300 عائلة نازحة.', [{ count: 300, destination: ['كوستي'] }]],
    // ... and not a place in the phrase that dates the reception.
    ['وأوضح مدير المخيم أن حمام العليل استقبل منذ انطلاق عمليات تحرير الموصل ما يزيد على 52 ألف نازح.', [{ count: 52000, destination: ['حمام العليل'] }]],
    ['وقال عميد بلدية مصراتة إنه منذ الأحد استقبلت المدينة نحو 900 أسرة نازحة من سرت.', [{ count: 900, origin: ['سرت'], destination: ['مصراتة'] }]],
    ['وقال مدير مفوضية العون بولاية سنار إن الولاية استقبلت منذ الثلاثاء أكثر من 60 ألف نازح قادمين من ولاية الجزيرة.', [{ count: 60000, origin: ['الجزيرة'], destination: ['سنار'] }]],
    ['وأفادت الهيئة أن نحو 2300 عائلة توزعت على 47 مدرسة في قضاءي الشوف وعاليه، وأن مدارس بيروت استقبلت أكثر من 11 ألفاً و500 نازح.', [{ count: 2300, destination: ['عاليه'] }, { count: 11500, destination: ['بيروت'] }]],
    // ... and so is the object of an entry verb.
    ['وصل إلى مدينة الكفرة ما لا يقل عن 640 لاجئا سودانيا، ونقل 720 منهم إلى بنغازي. وأضاف عميد البلدية أن نحو 1200 لاجئ دخلوا المدينة عبر منفذ العوينات منذ مطلع الشهر.', [{ count: 640, destination: ['الكفرة'] }, { count: 720, destination: ['بنغازي'] }, { count: 1200, destination: ['الكفرة'] }]],
    // The people of a place who went back to it with a to-pronoun went to that place, named or an anaphor.
    ['عاد السكان إلى بلدة كفركلا في جنوب لبنان أمس. وقال رئيس بلدية الخيام إن أكثر من 600 شخص من أهالي البلدة دخلوا إليها أمس.', [{ count: 600, destination: ['الخيام'] }]],
    ['عاد السكان إلى بلدة كفركلا في جنوب لبنان أمس. وسمح الجيش بعودة 300 من أهالي بلدة الخيام إليها.', [{ count: 300, destination: ['الخيام'] }]],
    ['عاد السكان إلى بلدة كفركلا في جنوب لبنان أمس. ونزح 300 من أهالي بلدة الخيام إلى مدينة صيدا.', [{ count: 300, origin: ['الخيام'], destination: ['صيدا'] }]],
    // A goal that is a noun of places or a place goes on to a figure after it.
    ['وعادت حتى ظهر اليوم 340 أسرة من المخيم إلى قراها.', [{ count: 340 }]],
    ['وتتواصل عمليات إجلاء المدنيين من الغوطة. وتتواصل اليوم عملية خروج المدنيين من بلدات الغوطة الشرقية عبر الممر الإنساني في بلدة حمورية، حيث وصل حتى الساعة الحادية عشرة قبل الظهر نحو 4500 مدني إلى نقطة التجمع في بلدة عدرا.', [{ count: 4500, qualifier: 'about', kind: 'evacuation' }]],
    ['ووصل إلى باهاي وحدها ما لا يقل عن 700 شخص يومياً.', [{ count: 700 }]],
    ['وعاد إلى قراهم في ريف إدلب نحو 500 شخص.', [{ count: 500, kind: 'return' }]],
    // A total the head counts refugees of (للاجئين: ل + اللاجئين) adds to the flight before it.
    ['وأفاد المسؤول بأن زهاء 15 ألف شخص فروا من مدينة الجنينة إلى بلدة أدري خلال الأيام الثلاثة الماضية، ليرتفع العدد الإجمالي للاجئين السودانيين في تشاد إلى أكثر من 150 ألف لاجئ منذ منتصف أبريل.', [{ count: 15000 }, { count: 150000, cumulative: true, kind: 'displacement' }]],
    // People going back to their town (مدينتهم) go back to the place they are the people of.
    ['عادت أمس الأربعاء 120 عائلة من أهالي تاورغاء إلى مدينتهم قادمة من مخيمات النزوح في بنغازي وطرابلس.', [{ count: 120, kind: 'return', origin: ['بنغازي', 'طرابلس'], destination: ['تاورغاء'] }]],
    // People landed from a boat were moved.
    ['وأنزلت دورية ثانية يوم الأحد قرابة 140 مهاجرا في ميناء طرابلس بعد اعتراض قاربين.', [{ count: 140, kind: 'evacuation' }]],
    // People evacuated in a place were evacuated from it.
    ['وأضاف أن الفرق ستجلي 150 شخصاً آخرين، ليرتفع عدد الذين تم إجلاؤهم في الجبل الأخضر منذ السبت إلى أكثر من 1200 شخص.', [{ count: 150 }, { count: 1200, origin: ['الجبل الأخضر'] }]],
    // People who fled their homes left the place the sentence opens with.
    ['نزح السكان من درنة إلى شحات. وفي سوسة، أكد عميد بلديتها أن نحو 80 عائلة نزحت من بيوتها إلى بيوت أقاربها في البيضاء.', [{ count: 80, origin: ['سوسة'], destination: ['البيضاء'] }]],
    ['وفي واشنطن، قال المتحدث إن الطائرات أجلت نحو 10400 شخص من كابول، ليصل مجموع من جرى إجلاؤهم إلى قرابة 37 ألف شخص.', [{ count: 10400, destination: [] }, { count: 37000, cumulative: true, destination: [] }]],
    ['وأوضح المسؤول أن الولاية استقبلت 60 ألف نازح، جرى إيواء معظمهم في مدينتي سنار وسنجة، مشيراً إلى أن السلطات تتوقع وصول 20 ألفاً آخرين.', [{ count: 60000 }, { count: 20000, status: 'planned', destination: [] }]],
    ['نزحت 200 عائلة من قرى ريف حماة الشمالي.', [{ count: 200, unit: 'family', group: 'families', kind: 'displacement' }]],
    ['فر أكثر من 15 ألف مدني من المعارك خلال الأسبوع الماضي.', [{ count: 15000, qualifier: 'more_than', kind: 'displacement', group: 'civilians' }]],
    ['خرجت 15 حافلة تقل 898 من المسلحين من المدينة.', [{ count: 898, group: 'fighters', buses: 15 }]],
    // Two ships that carry (dual), people who took a corridor.
    ['ومن المقرر أن تبحر سفينتان إضافيتان مساء غد باتجاه جدة، تقلان بين 1,500 و2,000 شخص ينتظرون في بورتسودان.', [{ qualifier: 'range', min: 1500, max: 2000, status: 'planned' }]],
    ['وقال المكتب إن عدد من سلكوا الممر منذ الأحد الماضي ارتفع إلى نحو 72,500 شخص.', [{ count: 72500, group: 'people', cumulative: true }]],
    ['عبر 420 لاجئا الحدود عائدين من لبنان.', [{ count: 420, group: 'refugees' }]],
    ['وشملت الدفعة خروج 900 من سكان البلدة و350 من القرى المجاورة.', [{ count: 900, group: 'civilians' }, { count: 350, group: 'civilians' }]],
    ['وقال إن عددهم يقدر بنحو 4 آلاف، وسيتم نقلهم إلى بلادهم ضمن خطة لإعادة المواطنين.', [{ count: 4000, kind: 'return', status: 'planned' }]],
    ['واستقبل المعبر أمس 120 جريحا من القطاع.', [{ count: 120, group: 'wounded_sick', kind: 'evacuation' }]],
    ['وقدرت السلطات المحلية عدد النازحين بأكثر من 90 ألفاً، بينهم نحو 30 ألف طفل.', [{ count: 90000, kind: 'displacement', group: 'displaced' }, { count: 30000, kind: 'displacement', group: 'women_children' }]],
    ['وبلغ عدد النازحين من المدينة 40 ألفاً، عاد منهم نحو 12 ألفاً إلى منازلهم.', [{ count: 40000, kind: 'displacement' }, { count: 12000, kind: 'return' }]],
    // a total whose noun the displaced describe: no verb of its own, the "amounts to" verb no movement
    ['ونزحت 3200 أسرة من القرى المحيطة بالمدينة خلال الأسبوع. وأفادت المنظمة بأن إجمالي الأسر النازحة في المحافظة وصل إلى خمسة آلاف أسرة.', [{ count: 3200 }, { count: 5000, kind: 'displacement', group: 'families', cumulative: true }]],
    ['وتشير الأرقام إلى أن مجموع العائلات المهجرة من الحي بلغ 700 عائلة.', [{ count: 700, kind: 'displacement', group: 'families', cumulative: true }]],
    ['وأوضح المستشار أن بلاده أجلت ما مجموعه 613 صينياً من اليمن.', [{ count: 613, cumulative: true }]],
    ['وأضاف أنه من المقرر أن تنتقل قرابة 75 أسرة من الغيضة إلى صلالة يوم الاثنين المقبل.', [{ count: 75, status: 'planned', group: 'families' }]],
    ['وكانت مديرية الزهرة الأكثر تضرراً، إذ تشردت 1,230 أسرة بعد أن جرفت السيول مساكنها.', [{ count: 1230, kind: 'displacement', group: 'families' }]],
    // "العدد" alone takes up the figure before it in its sentence, a running total with it.
    ['وأعلنت الحكومة أن 68 ألفاً و386 شخصاً دخلوا البلاد منذ يوم الأحد الماضي، فيما تشير تقديرات إلى أن العدد تجاوز سبعين ألفاً.', [{ count: 68386, cumulative: true }, { count: 70000, cumulative: true }]],
    // Where the displaced are put up is told of them as displaced.
    ['وقال إن نحو 66 ألف نازح توزعوا على 58 مدرسة تابعة للوكالة.', [{ count: 66000, kind: 'displacement' }]],
    ['وأخلت السلطات 300 عائلة من الحي المهدد بالانهيار.', [{ count: 300, unit: 'family', kind: 'evacuation' }]],
    ['واجتاز 200 شخص الحدود ليلا هربا من القصف.', [{ count: 200, group: 'people' }]],
    // A capacity word parts a trigger told before it from the figure, not the nearer one of the figure's clause.
    ['وقال إن «المخيمات وصلت إلى طاقتها القصوى، ونحن نستقبل يومياً ما بين 40 و60 أسرة قادمة من حيس».', [{ qualifier: 'range', min: 40, max: 60, group: 'families' }]],
    // ... but a blocker on the trigger's side nearer than any trigger still cuts the figure off.
    ['وقال إن 30 ألفاً من اللاجئين المستقرين في اليونان ما زالوا يأملون في مواصلة رحلتهم إلى أوروبا.', []],
    // انتقل says only that people moved.
    ['وقال متحدث عسكري إن قرابة 900 ألف شخص انتقلوا حتى الآن إلى جنوب الوادي.', [{ count: 900000, qualifier: 'about', group: 'people' }]],
    // Newcomers are people (not a trigger: the Gulf's expatriates are وافدون too).
    ['وأشار إلى أن المحافظة استقبلت منذ مطلع الشهر أكثر من 9 آلاف وافد من السودان.', [{ count: 9000, qualifier: 'more_than', group: 'people' }]],
    // A bare figure after a movement word, then where or when.
    ['وشهد المعبر ذروة غير مسبوقة بعبور قرابة 18 ألفا في يوم واحد.', [{ count: 18000, qualifier: 'about', group: 'people' }]],
    // ... after a verb spelled like a preposition too.
    ['وعاد 21 ألف لاجئ عبر معبر باب الهوى، فيما عبر أكثر من 14 ألفا من معبر باب السلامة.', [{ count: 21000 }, { count: 14000, qualifier: 'more_than', group: 'people' }]],
    ['ووصل 90 مبعدا إلى القطاع عبر المعبر.', [{ count: 90, group: 'people', kind: 'evacuation' }]],
    // A movement denied in another clause is of other people.
    ['وقال إن طائرة الملكية الأردنية وصلت فجر اليوم إلى مطار الملكة علياء الدولي قادمة من بوخارست وعلى متنها 165 أردنيا، بينهم 120 طالبا، مؤكدا أن "عدد من لم يتمكنوا من المغادرة لا يتجاوز عشرين، جميعهم في خاركيف".', [{ count: 165 }, { count: 120 }]],
    // ... but not the only ones who did, nor a negated verb of amount, which bounds the figure.
    ['ولم يغادر المدينة سوى 200 شخص.', [{ count: 200, kind: 'evacuation' }]],
    ['بينما لم يتجاوز عدد العائدين من مخيم الأزرق 400 لاجئ.', [{ count: 400, kind: 'return', qualifier: 'up_to' }]],
    // "400 أخرى": more of the people counted before.
    ['وغادرت 600 عائلة المخيم، ونتوقع مغادرة 400 أخرى قبل نهاية الشهر.', [{ count: 600 }, { count: 400, group: 'families' }]],
    // A figure right before another joined to it by و counts that one's noun.
    ['وأجلت الطائرتان 187 و205 أشخاص إلى باريس.', [{ count: 187, group: 'people' }, { count: 205, group: 'people' }]],
    // A dual verb: two planes or ships carried them, or arrived with them.
    ['أما الطائرتان الرابعة والخامسة فوصلتا خلال الليل، وأقلّتا 187 و205 أشخاص على التوالي.', [{ count: 187 }, { count: 205 }]],
    ['وأعلن المتحدث أن طائرتين نقلتا أمس قرابة 500 شخص من مطار الحديدة إلى جيبوتي.', [{ count: 500, kind: 'evacuation', qualifier: 'about' }]],
    // Those who entered or came are people, counted by the partitive.
    ['وأضاف أن نحو 9 آلاف من الداخلين سيعودون إلى تركيا خلال الأسبوع المقبل.', [{ count: 9000, kind: 'return', status: 'planned', group: 'people' }]],
    // What a batch holds, though a from-phrase's list of places stands right before its verb.
    ['وأضاف أن الدفعة الثانية التي غادرت صباح اليوم من بسيمة وعين الخضرة ضمت ما لا يقل عن 420 مسلحاً.', [{ count: 420, qualifier: 'at_least', group: 'fighters' }]],
    // A verb spelled like "via" opening its clause after فيما, words before its figure.
    ['فر أكثر من 85 ألف شخص من ليبيا إلى تونس، فيما عبر منفذ رأس جدير الحدودي أمس الأربعاء وحده نحو 14 ألف شخص.', [{ count: 85000 }, { count: 14000, qualifier: 'about' }]],
    // Those aboard a ship that sets out travel with it; figures added with "besides" are of the same people.
    ['وأوضح أنه من المقرر أن تبحر سفينة ثالثة يوم السبت المقبل وعلى متنها ما بين 400 و500 شخص.', [{ qualifier: 'range', min: 400, max: 500, status: 'planned' }]],
    ['وضمت الدفعة الأخيرة 66 سعودياً، إلى جانب 214 باكستانياً و187 هندياً.', [{ count: 66, group: 'nationals' }, { count: 214, group: 'nationals' }, { count: 187, group: 'nationals' }]],
    // Buses carry people whatever their movement: a return their clause names is its kind.
    ['وأشار إلى أن 25 حافلة أقلت 1100 نازح في رحلة العودة من مراكز الإيواء في صيدا إلى النبطية.', [{ count: 1100, kind: 'return' }]],
    ['وأشار إلى أن 25 حافلة أقلت 1100 مدني من الأحياء المحاصرة إلى ريف حلب الغربي.', [{ count: 1100, kind: 'evacuation' }]],
    // The verb with its object pronoun, in a relative clause heading a running total.
    ['ليرتفع العدد الإجمالي للأسر التي أجلتها فرقها منذ مساء الإثنين إلى ٣١٢ عائلة.', [{ count: 312, kind: 'evacuation', group: 'families', cumulative: true }]],
    // A count head's relative clause moves its figure however long it runs in the figure's clause ...
    ['أعلنت الوزارة أن العدد الإجمالي للاجئين السوريين الذين عادوا من الأردن إلى سورية عبر مركز حدود جابر منذ إعادة فتح المعبر في 15 تشرين الأول 2018 بلغ نحو 14 ألفاً و300 لاجئ.', [{ count: 14300, kind: 'return', cumulative: true, origin: ['الأردن'], destination: ['سوريا'] }]],
    // ... but not a figure of a later clause.
    ['وقال إن مجموع من أعيدوا إلى البلاد بلغ 615 مواطناً أغلبهم طلبة، مشيراً إلى أن طائرة رابعة ستتوجه إلى بوخارست خلال أيام لنقل نحو 150 آخرين.', [{ count: 615, kind: 'return' }, { count: 150, kind: 'evacuation' }]],
    // A bare figure right after a movement word counts persons.
    ['وشهد المعبر خروج 45 ألفا منذ الصباح.', [{ count: 45000, group: 'people', kind: 'evacuation' }]],
    ['وقال إن نحو أربعة آلاف، معظمهم من النساء، قد خرجوا من البلدة.', [{ count: 4000, group: 'people', kind: 'evacuation' }]],
    // A verb with its object pronoun: the people it moved.
    ['لترتفع بذلك حصيلة من أجلتهم المملكة من السودان إلى ما يزيد على 3500 شخص.', [{ count: 3500, kind: 'evacuation', cumulative: true }]],
    ['وارتفع عدد من نقلتهم الحافلات من الحي إلى 900 شخص.', [{ count: 900, kind: 'evacuation' }]],
    ['ليرتفع عدد العائلات التي أجليناها منذ فجر السبت إلى 178 عائلة.', [{ count: 178, kind: 'evacuation', cumulative: true }]],
    // ... deported them: migrants, who move only when a trigger governs them, in a relative clause.
    ['ووصلت قافلة تقل 1.043 مهاجرا رحّلتهم السلطات من مدينة تمنراست.', [{ count: 1043, kind: 'evacuation', origin: ['تمنراست'] }]],
    // ... or part of a figure already counted.
    ['وأعادت المنظمة منذ بداية العام 2.118 مهاجرا إلى بلدانهم، بينهم 412 إلى مالي.', [{ count: 2118, kind: 'return' }, { count: 412, kind: 'return' }]],
    // Migrants moved by others move in this sense.
    ['وكانت المنظمة قد نقلت الأربعاء الماضي 350 مهاجرا إلى أرليت.', [{ count: 350, kind: 'evacuation', destination: ['أرليت'] }]],
    // ... and what a batch held, counted with no verb of movement.
    ['وأوضح أن عناصر المديرية أحصوا في الدفعة الأولى 2.650 شخصاً، بينهم 460 مسلحاً سلموا أسلحتهم.', [{ count: 2650, group: 'people' }, { count: 460, group: 'fighters' }]],
    // ... but not what a hospital holds, the sentence after patients were moved: no trip holds them.
    ['ودفع الأمر الإدارة إلى نقل 12 مريضا من العناية المركزة إلى مستشفى ناصر. وقال المدير إن المستشفى لا يزال يضم أكثر من 600 مريض وجريح.', [{ count: 12 }]],
    // ... or held by a convoy or a batch.
    ['وقال مصدر إن قافلة جديدة تضم ما بين 800 و1000 مهاجر يتوقع أن تنطلق نحو عين قزام.', [{ qualifier: 'range', min: 800, max: 1000, status: 'planned' }]],
    // ... and the deported counted as such (مرحّلاً).
    ['وأشار إلى أن المعبر استقبل أمس وحده 180 مرحّلاً وصلوا على متن ست حافلات.', [{ count: 180, kind: 'evacuation' }]],
    // ... or called deported (مطرود، مرحّل) right after the noun.
    ['واستقبلت البلدة منذ مطلع العام ما يزيد على 9700 مهاجر مطرود من الجزائر.', [{ count: 9700, kind: 'evacuation', origin: ['الجزائر'] }]],
    ['وبلغ عدد الذين أعادتهم السلطات إلى قراهم 1200 نازح.', [{ count: 1200, kind: 'return' }]],
    // نحو opening a figure in words is "about", not the goal of the verb before it.
    ['ومن المقرر أن تنطلق سفينة يوم السبت المقبل لنقل نحو ألفي شخص آخرين ما زالوا ينتظرون في الميناء.', [{ count: 2000, qualifier: 'about', kind: 'evacuation', status: 'planned' }]],
    // What a trip held, told in a later sentence, moved as the trip did; so do the figures joined to it.
    [
      'ووصلت إلى الميناء سفينة تقل 1893 شخصاً جرى إجلاؤهم من بورتسودان. وأوضح المتحدث أن الرحلة ضمت نحو 400 باكستاني و213 هندياً.',
      [{ count: 1893 }, { count: 400, group: 'nationals', kind: 'evacuation' }, { count: 213, group: 'nationals', kind: 'evacuation' }],
    ],
    // ... and what each of the batches held, the ordinal opening its clause standing for the batch.
    [
      'وشهدت حرستا عملية مماثلة، إذ نُقل المسلحون وعائلاتهم عبر معبر قلعة المضيق في ريف حماة الشمالي الغربي إلى محافظة إدلب على دفعتين: الأولى يوم الخميس 22 آذار الماضي وضمت 1580 شخصاً، والثانية يوم الجمعة 23 آذار وضمت قرابة 3000 شخص.',
      [{ count: 1580, kind: 'evacuation', group: 'people' }, { count: 3000, qualifier: 'about', kind: 'evacuation' }],
    ],
    // A bare figure whose verb, right after it, moves persons in the plural.
    ['وبلغ عدد النازحين داخل البلاد 7 ملايين، إلى جانب نحو 1.5 مليون عبروا الحدود إلى دول الجوار.', [{ count: 7000000 }, { count: 1500000, group: 'people' }]],
    // People still waiting to be moved are a planned movement, not people who stay.
    ['وقال إن قرابة 300 جريح ومريض ما زالوا ينتظرون منذ ثلاثة أيام نقلهم إلى مشافي الشمال.', [{ count: 300, group: 'wounded_sick', kind: 'evacuation' }]],
    // ... and so are people still there whom the sentence plans to move.
    [
      'وخرجت 85 حافلة تقل 4520 مسلحا من المدينة إلى الشمال. وقال المحافظ إن ما بين 8 و10 آلاف مسلح ما زالوا داخل المدينة ومن المقرر أن يخرجوا خلال اليومين القادمين.',
      [{ count: 4520 }, { qualifier: 'range', min: 8000, max: 10000, kind: 'evacuation', status: 'planned' }],
    ],
    // A figure counted "out of" is a record when a verb of its own moves it.
    ['وسجلت الوزارة 1450 أسرة للعودة، من أصل نحو 8 آلاف أسرة هجّرت من المدينة عام 2011.', [{ count: 1450 }, { count: 8000, group: 'families' }]],
    // A word that refers to a place is a place gone to, not a thing.
    ['وأوضح المكتب أن قرابة 2900 أسرة توجهت إلى العاصمة صنعاء.', [{ count: 2900, group: 'families', destination: ['صنعاء'] }]],
    // A part that died is no part moved; a ratio is no people.
    ['واستقبل المستشفى أكثر من 600 جريح قادمين من المدينة، مشيرة إلى أن 23 منهم فارقوا الحياة.', [{ count: 600 }]],
    ['وقدرت الوكالة عدد الفارين بنحو 360 ألفاً، ليرتفع العدد الإجمالي أكثر من أربعة أضعاف خلال ستة أيام.', [{ count: 360000 }]],
    // Members of a community are persons.
    ['وكان أكثر من 300 ألف إيزيدي قد نزحوا من سنجار في آب 2014.', [{ count: 300000, kind: 'displacement' }]],
    // Students a convoy held, and those joined to them, moved as the convoy did.
    [
      'وأجلت السلطات 600 طالب أجنبي من المدينة أمس. وأفادت مصادر بأن القافلة الأولى ضمت 47 طالباً مصرياً و31 طالباً أردنياً.',
      [{ count: 600 }, { count: 47, kind: 'evacuation' }, { count: 31, kind: 'evacuation' }],
    ],
    // Passengers carried in an evacuation are moved.
    ['وكان عدد الحافلات قليلا حيث استقلها حوالي 900 راكب من مدينة درعا.', [{ count: 900 }]],
    // ... nor things joined by "and" to a figure of things after it.
    ['وغادر 1700 شخص أماكن نزوحهم، بينهم نحو 600 طفل، ووزعت الفرق 250 خيمة و4 آلاف بطانية على العالقين.', [{ count: 1700 }, { count: 600 }]],
    // ... but casualties joined by "and" to a figure of people moved are not.
    ['وأجلي 500 شخص من الحي، و20 قتيلا سقطوا في القصف.', [{ count: 500 }]],
    // A parent's children, counted, are no movement of their own.
    ['وفر آلاف النازحين من الشمال، وقال محمود عاشور، وهو أب لستة أطفال نزح من بيت لاهيا، إن الطريق كان طويلا.', [{ count: null }]],
    // What a batch holds is people.
    ['وعاد 940 لاجئاً يوم أمس عبر المعبر، على أن يستقبل المعبر الجمعة دفعة جديدة تضم نحو ألفين.', [{ count: 940 }, { count: 2000 }]],
    // Place by place after the first figure and its noun: each counts what the first counts.
    ['وتوزع النازحون في مراكز الإيواء بحسب المحافظات: جبل لبنان 68,210 نازحين، بيروت 41,388، فيما لم يتجاوز عددهم في محافظة الجنوب 4,120 نازحاً وفي محافظة النبطية 2,030.', [{ count: 68210 }, { count: 41388 }, { count: 4120 }, { count: 2030 }]],
    // People who lived where others were evacuated from, told in a clause of their own, moved nowhere.
    ['وأجلت السفن الرعايا من عدن، مشيرا إلى أن نحو 4000 هندي كانوا يقيمون في اليمن قبل اندلاع المواجهات.', []],
    // A phase of an evacuation holds people as a batch does.
    ['وأنجزت أمس المرحلة الأولى من عملية الإجلاء المتبادلة بين مدينة الزبداني بريف دمشق من جهة وبلدتي الفوعة وكفريا بريف إدلب من جهة أخرى، وشملت نحو 126 شخصاً.', [{ count: 126, kind: 'evacuation' }]],
    // A facility's count is no figure of people, nor does it hide the total it sits in.
    ['ونزح آلاف السكان، ليرتفع العدد الإجمالي للنازحين في منشآت الوكالة البالغ عددها 102 منشأة إلى ٤٢٣ ألفا.', [{ count: null }, { count: 423000, cumulative: true }]],
    // ... nor a part of people who do not move in this sense (pilgrims arriving).
    ['وأجلت فرق الدفاع المدني 1200 شخص من الأحياء المنكوبة أمس. وبلغ عدد الحجاج القادمين 1,402,768 حاجاً، وصل 1,321,500 منهم عبر المنافذ الجوية.', [{ count: 1200 }]],
    // ... nor people who do not move in this sense moving to no place (voters shifting).
    ['تواصلت عمليات الإجلاء والنزوح طوال الأسبوع، ونزح آلاف المدنيين هربا من القصف. ويقول محللون إن الانتصار جاء بفضل نزوح نحو 260 ألف ناخب من حزب الحرية نحو المحافظين.', [{ count: null }]],
    // Those aboard made a journey where their sentence tells one, not in an accident on the road.
    ['وتواصل إجلاء الرعايا الأجانب أمس. وأبحرت من مرفأ طرابلس ليل أمس العبارة التركية وعلى متنها 690 شخصا في اتجاه ميناء مرسين.', [{ count: 690 }]],
    ['وتواصل إجلاء الرعايا الأجانب أمس. وانحرفت حافلة على متنها 50 شخصا عن مسارها على الطريق الرابطة بين المدينتين دون خسائر.', []],
    // ... nor such people whose own sentence names no place they left or went to, in an article
    // whose places are other people's (players back from injury).
    ['عاد أمس 300 شخص من السودان إلى مدينة أسوان عبر معبر أرقين. وقال مدرب الفريق إن مران أمس شهد عودة ثلاثة لاعبين بعد التعافي من الإصابة.', [{ count: 300 }]],
    // ... nor the people of an exercise.
    ['وأجلت فرق الدفاع المدني 1200 شخص من الأحياء المنكوبة أمس. ونفذت فرق أخرى تمريناً وهمياً لإخلاء مبنى إداري شمل إخلاء 350 شخصاً خلال سبع دقائق.', [{ count: 1200 }]],
    // ... nor so many to each of some thing (كل صف يضم).
    ['ونزحت نحو 600 عائلة من المخيم إلى بلدة كفر دان، وقال إن كل صف في المدرسة يضم ثلاث أو أربع عائلات.', [{ count: 600 }]],
    // ... nor people given aid in a clause after the movement.
    ['ذكرت الوكالة أن نحو أربعين ألف لاجئ هجروا قسراً من مخيمات جنين وطولكرم منذ بدء العملية العسكرية، مشيرة إلى أن فرقها وزعت مساعدات نقدية على 2500 أسرة نازحة.', [{ count: 40000 }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

describe('who moved and from where', () => {
  it.each<[string, Expected[]]>([
    // Travellers a vehicle carries, after people have moved in the article, are brought out too ...
    ['وعبر أمس نحو 5 آلاف مصري منفذ السلوم قادمين من ليبيا. ووصلت إلى ميناء الإسكندرية صباح أمس العبارة قادمة من ميناء بنغازي وعلى متنها 2147 راكباً.', [{ count: 5000 }, { count: 2147, group: 'people', origin: ['بنغازي'], destination: ['الإسكندرية'] }]],
    // ... but not the passengers of flights in an article where nobody has moved.
    ['وتأخرت في مطار مسقط 11 رحلة كانت تقل قرابة 1,900 مسافر، بينما وصلت طائرة قادمة من صلالة وعلى متنها 180 راكباً في موعدها.', []],
    // A relative clause's to- or from-pronoun takes up the place before it, and its past verb is the figure's own.
    ['وقال إن الوزارة تعمل على تخفيف الضغط عن صيدا التي نزح إليها وحدها ما لا يقل عن 9 آلاف شخص.', [{ count: 9000, destination: ['صيدا'], status: 'completed' }]],
    ['وتقع الفوعة التي خرج منها أمس نحو 700 شخص على بعد 10 كم من إدلب.', [{ count: 700, origin: ['الفوعة'] }]],
    // ... and so does a movement verb's to-pronoun in the next clause, the people it counts after it,
    // but not a pronoun of an earlier move (بعدما لجأوا إليها) nor one of a clause the place is in.
    ['وحذرت المنظمات من الضغط على الخدمات في بيدوا، عاصمة إقليم باي، بعدما فر إليها أكثر من 3 آلاف شخص من القرى المحيطة.', [{ count: 3000, destination: ['بيدوا', 'إقليم باي'] }]],
    ['وتوجهت القوافل إلى القضارف. وبسط الجيش سيطرته على كسلا، وعاد إليها أمس 1200 نازح.', [{ count: 1200, destination: ['كسلا'] }]],
    ['وعاد 2500 لبناني أمس من سوريا عبر معبر المصنع بعدما كانوا قد لجأوا إليها.', [{ count: 2500, destination: [] }]],
    // Where the place a return left lies is not where it went; a list of places it went to is.
    ['وأضاف أن 85 أسرة أخرى عادت الأحد الماضي من مخيم طريق المطار في طرابلس.', [{ count: 85, kind: 'return', destination: [] }]],
    ['وعادت 158 عائلة أمس إلى ترهونة ومسلاتة.', [{ count: 158, kind: 'return', destination: ['ترهونة', 'مسلاتة'] }]],
    // The place people's own homes are in, named back, is where they returned, even the one they had left.
    ['وأعلن المجلس البلدي في عين زارة أن أكثر من 3200 عائلة عادت إلى منازلها في البلدة.', [{ count: 3200, kind: 'return', destination: ['عين زارة'] }]],
    ['وفي المقابل، عاد نحو 150 شخصاً ممن غادروا حي الأشرفية خلال الأيام الأولى إلى منازلهم في الحي بعد هدوء نسبي.', [{ count: 150, kind: 'return', destination: ['الأشرفية'] }]],
    // A movement verb opening a sentence makes its first to-place the article's destination however
    // long its subject; not the stops of a route it takes.
    ['وصلت أمس الاثنين دفعة جديدة من العائلات العراقية المقيمة في مخيم الهول بمحافظة الحسكة السورية منذ سنوات إلى مركز الجدعة جنوب الموصل. وقال مدير المركز إن الدفعة ضمت 187 عائلة.', [{ count: 187, destination: ['الجدعة'] }]],
    ['وخرجت أمس قافلة تقل 400 مسلح من جرود عرسال إلى إدلب. وسلكت القافلة المؤلفة من 38 حافلة طريق وادي حميد حيث أقام الجيش حاجزاً للتدقيق في الهويات قبل أن تعبر باتجاه بلدة فليطة. وأفاد المصدر بأن القافلة تضم 250 مدنياً.', [{ count: 400, destination: ['إدلب'] }, { count: 250, destination: ['إدلب'] }]],
    ['وقال إن نحو 7 آلاف من أهالي القصير وقرى ريف حمص الغربي فروا إليها بين عامي 2013 و2014.', [{ count: 7000, destination: [] }]],
    // Nationals who fled another country stay nationals.
    ['وفر نحو 2000 مصري من الخرطوم إلى وادي حلفا.', [{ count: 2000, group: 'nationals' }]],
    // Students named by their nationality, in an article of people brought out of a war, are nationals
    // moved, and a country's people its name does not give (بنغالي) are its nationals.
    ['أجلت السلطات آلاف المصريين من أوكرانيا منذ بدء الحرب. ووصلت إلى القاهرة طائرة تقل 280 طالباً مصرياً قادمين من بوخارست.', [{ count: null }, { count: 280, group: 'nationals' }]],
    // ... and counted bare once the article has named their nationality.
    ['وأعلنت الخارجية إجلاء 2500 مواطن مصري من أوكرانيا. وقال السفير إن نحو 300 طالب غادروا مدينة خاركيف أمس باتجاه لفيف.', [{ count: 2500, group: 'nationals' }, { count: 300, group: 'nationals', origin: ['خاركيف'] }]],
    // ... and so are those of an article whose evacuation names them by their nationality.
    ['ووصلت إلى منفذ أرقين 8 حافلات تقل 436 طالبا وطالبة من الدارسين في الجامعات السودانية، في إطار عملية إجلاء المصريين من السودان.', [{ count: 436, group: 'nationals' }]],
    ['فر آلاف العمال الأجانب من ليبيا منذ بدء المعارك. ونظمت المنظمة رحلتين لإعادة 620 بنغاليا الى دكا.', [{ count: null }, { count: 620, group: 'nationals', kind: 'return', destination: ['دكا'] }]],
    ['فرت آلاف العاملات الأجنبيات من الضاحية منذ بدء الغارات. وأجلت المنظمة أمس 162 عاملة منزلية إثيوبية من بيروت إلى أديس أبابا.', [{ count: null }, { count: 162, group: 'nationals' }]],
    // Where people lived before they moved (a stay put in the past) is where they left; a place passed on the way is no end.
    ['عادت أمس 46 أسرة كانت تقيم في مخيم الفلاح بطرابلس إلى مدينتها.', [{ count: 46, kind: 'return', origin: ['الفلاح', 'طرابلس'], destination: [] }]],
    ['وأوضح أن نحو 1,200 عائد تشادي كانوا يقيمون في الجنينة دخلوا البلاد عبر أدري.', [{ count: 1200, origin: ['الجنينة'] }]],
    // A facility named by what is done in it is a place, no arrest that blocks the movement.
    ['نقلت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أمس الأربعاء 84 لاجئا من مركز احتجاز تاجوراء إلى مرفق التجمع والمغادرة.', [{ count: 84, kind: 'evacuation', origin: ['تاجوراء'] }]],
    // The place an entry verb takes, behind its type word, is where people went.
    ['وقالت المندوبة إن قرابة 8000 مغربي دخلوا مدينة سبتة سباحة منذ فجر الاثنين.', [{ count: 8000, destination: ['سبتة'] }]],
    // A receiver the figure's clause names comes before a to-phrase of another clause.
    ['وقال إن أربيل استقبلت نحو 57 ألف نازح، فيما وصل قرابة 35 ألفا إلى السليمانية.', [{ count: 57000, destination: ['أربيل'] }, { count: 35000, destination: ['السليمانية'] }]],
    // "The governorate" takes up one named as its seat (كربلاء).
    ['وأعلنت الحكومة المحلية في كربلاء أن المحافظة استقبلت أكثر من 2300 أسرة نازحة من ناحية جرف الصخر.', [{ count: 2300, destination: ['كربلاء'] }]],
    // Where a ship goes for a movement right before it is where people are taken from; a route told whole is the move's own.
    ['وتتوجه فرقاطة أخرى إلى الحديدة لتنقل نحو 225 أجنبياً إلى جيبوتي.', [{ count: 225, origin: ['الحديدة'], destination: ['جيبوتي'] }]],
    ['ومن المقرر أن تصل سفينة إلى ميناء الحديدة الخميس المقبل لإجلاء ما لا يقل عن 300 شخص تجمعوا في المدينة قادمين من صنعاء.', [{ count: 300, origin: ['الحديدة'] }]],
    ['وستخصص الولاية قطاراً من كسلا إلى سنار يوم الثلاثاء لنقل ما لا يقل عن 1500 شخص.', [{ count: 1500, origin: ['كسلا'], destination: ['سنار'] }]],
    // ... but a ship sent from one port to another to evacuate people brings them out of that one, back.
    ['وأجلت سفينة أمس 1200 شخص من مصراتة. وأضاف أن سفينة ثانية ستبحر من بنغازي إلى مصراتة يوم الثلاثاء المقبل لإجلاء نحو 1000 شخص آخرين.', [{ count: 1200 }, { count: 1000, status: 'planned', origin: ['مصراتة'], destination: ['بنغازي'] }]],
    // ... not a ship leaving with them for another place.
    ['وأجلت سفينة أمس 1200 شخص من بنغازي. ومن المقرر أن تبحر سفينتان من بنغازي إلى مالطا يوم الجمعة لإجلاء ما بين 3 آلاف و3500 شخص.', [{ count: 1200 }, { qualifier: 'range', min: 3000, max: 3500, origin: ['بنغازي'], destination: ['مالطا'] }]],
    // ... and where people taken elsewhere stay, told before where the to-phrase takes them, not a place of the next clause.
    ['وستعمل اللجنة على نقل ما بين 300 و400 نازح يقيمون في مدارس الضاحية الجنوبية إلى مراكز في طرابلس، مشيراً إلى أن 25 حافلة تقل 1150 نازحاً وصلت من بعلبك.', [{ qualifier: 'range', min: 300, max: 400, origin: ['الضاحية الجنوبية'], destination: ['طرابلس'] }, { count: 1150, origin: ['بعلبك'] }]],
    ['وعادت 46 أسرة إلى مدينتها مرورا ببوابة الدافنية غرب مصراتة.', [{ count: 46, kind: 'return', destination: [] }]],
    ['وقال إن القافلة انطلقت من مخيم الخازر وعبرت سيطرة كوكجلي باتجاه قرقوش، وتضم نحو 600 عائد.', [{ count: 600, origin: ['الخازر'], destination: ['قرقوش'] }]],
    // Where people lived before they were moved is where they left, not the place they are the people of.
    ['وأجلت فرق الهلال الأحمر نحو 1200 نازح من أهالي تاورغاء كانوا يقيمون في مخيم الفلاح جنوب طرابلس، ونقلتهم إلى مدينة ترهونة.', [{ count: 1200, origin: ['الفلاح'], destination: ['ترهونة'] }]],
    // A facility's city after it (في جدة) is where they went too.
    ['ووصلت إلى قاعدة الملك فيصل البحرية في جدة سفينة على متنها 1687 شخصا جرى إجلاؤهم من بورتسودان.', [{ count: 1687, destination: ['قاعدة الملك فيصل البحرية', 'جدة'] }]],
    // A since-phrase opens another phrase: the place in it is where the war broke out, not where people went.
    ['ليرتفع إجمالي اللاجئين الفارين إلى شرق تشاد منذ اندلاع الحرب في السودان في 15 أبريل 2023 إلى زهاء 780 ألف لاجئ.', [{ count: 780000, destination: ['شرق تشاد'] }]],
    // Leaving a shelter with a verb that only says they left is going back home.
    // ... but leaving their homes with it is a flight (where the article tells of no other kind).
    ['وقالت المتحدثة إن ما بين 150 ألفاً و170 ألف شخص أجبروا على مغادرة منازلهم ومراكز الإيواء خلال يومين.', [{ qualifier: 'range', min: 150000, max: 170000, kind: 'displacement' }]],
    ['وقال المتحدث إن نحو 1.500 عائلة غادرت المدارس أمس، معظمها إلى بيت حانون.', [{ count: 1500, kind: 'return' }]],
    ['وغادر أمس 300 نازح مراكز الإيواء في المدينة.', [{ count: 300, kind: 'return' }]],
    // Passengers aboard the buses the sentence named before them moved with the buses.
    ['تواصل إجلاء المسلحين وعائلاتهم من الجرود وسط قصف متقطع ومعارك. وكانت 40 حافلة قد سلكت الطريق من بلدة عرسال باتجاه سوريا، وعلى متنها زهاء 2000 راكب.', [{ count: 2000, kind: 'evacuation' }]],
    // A verb of carrying spelled like a verb of amount (يقل), right before its figure; not "is less than".
    ['وقال إن القطار الرابع يقل 1000 شخص من القاهرة إلى أسوان.', [{ count: 1000, kind: 'evacuation' }]],
    ['وقال إنه يعيش في المخيم ما لا يقل عن 300 شخص.', []],
    // Leaving one's homes is a flight where the article tells of no other kind.
    ['وقال إن 118 ألف شخص اضطروا إلى مغادرة منازلهم بعد السيول.', [{ count: 118000, kind: 'displacement' }]],
    // The affected of a disaster are counted whether or not they moved; the part of them that left moved.
    ['وارتفع عدد المتضررين من السيول إلى نحو 317 ألف شخص، بينهم أكثر من 118 ألفاً اضطروا إلى مغادرة منازلهم.', [{ count: 118000, kind: 'displacement' }]],
    // A to-phrase that points back is whole: the from-phrase after it is the origin.
    ['وأفاد المسؤول بأن نحو 1.200 أسرة وصلت إلى المدينة من سرت خلال الأسبوع الماضي.', [{ count: 1200, origin: ['سرت'] }]],
    // What a departure verb's people left lies in the place its object names.
    // ... even after a from-phrase that says whose people they are.
    ['وأكد المدير أن نحو 600 عائلة من جلولاء غادرت مخيمات كلار خلال الأسابيع الماضية.', [{ count: 600, origin: ['كلار'] }]],
    // نحو opening a figure is "about": no way towards the place after it.
    ['وغادرت 37 عائلة تضم نحو 160 شخصاً مخيم الركبان متجهة إلى حمص.', [{ count: 37, destination: ['حمص'] }, { count: 160, origin: ['الركبان'], destination: ['حمص'] }]],
    // A batch named in the clause before, then its souls (وتضم), and the same people counted otherwise (بواقع).
    ['وأعلنت الوزارة وصول دفعة جديدة من العائلات العراقية المغادرة لمخيم الهول في محافظة الحسكة إلى مركز الجدعة قرب ناحية القيارة، وتضم 186 عائلة بواقع نحو 710 أشخاص.', [{ count: 186, destination: ['الجدعة'] }, { count: 710, qualifier: 'about', destination: ['الجدعة'] }]],
    // A place's population is held by no batch (وتضم with no batch before it).
    ['وعادت العائلات إلى مدينة الرمادي، وتضم 300 ألف نسمة.', []],
    ['وغادر أمس الخميس 4.300 نازح مدارس بيروت الرسمية.', [{ count: 4300, origin: ['بيروت'] }]],
    ['وقال إن 850 عائلة غادرت مراكز الإيواء في حمص وحماة، متوجهة إلى إدلب.', [{ count: 850, origin: ['حمص', 'حماة'], destination: ['إدلب'] }]],
    // The scene a sentence sets for a reception is where people arrived.
    ['وفي بنغازي، أوضح مدير التعليم أن المدارس استقبلت حتى مساء أمس 850 عائلة قادمة من درنة.', [{ count: 850, destination: ['بنغازي'], origin: ['درنة'] }]],
    // Nationality nouns from the gazetteer's countries; nationals going home return.
    ['وأجلت السلطات 512 أردنياً و73 فلسطينياً من الخرطوم.', [{ count: 512, group: 'nationals' }, { count: 73, group: 'nationals' }]],
    ['وسجلت السلطات عبور 15,600 سوري من لبنان إلى سوريا.', [{ count: 15600, group: 'nationals', kind: 'return', destination: ['سوريا'] }]],
    // ... but nationals carried home by others are evacuated.
    ['وأعلن المتحدث أن طائرتين نقلتا أمس قرابة 500 سوري من مطار بيروت إلى سوريا.', [{ count: 500, group: 'nationals', kind: 'evacuation', destination: ['سوريا'] }]],
    ['وغادرت أمس 11 طائرة مطار جربة باتجاه القاهرة تقل نحو 2,400 مصري.', [{ count: 2400, group: 'nationals', kind: 'evacuation', destination: ['القاهرة'] }]],
    // Nationals named by a pronoun of one owner (رعاياها، مواطنيها) belong to the country named
    // before them, and are brought back to it; not to where a from-phrase places them.
    ['وأعلنت كازاخستان إعادة 231 من رعاياها من مناطق النزاع في سوريا.', [{ count: 231, group: 'nationals', kind: 'return', destination: ['كازاخستان'] }]],
    ['وكانت أوزبكستان قد أعادت الشهر الماضي 148 من مواطنيها.', [{ count: 148, group: 'nationals', kind: 'return', destination: ['أوزبكستان'] }]],
    ['وأعادت السلطات 90 من رعاياها من مناطق النزاع في سوريا.', [{ count: 90, group: 'nationals', kind: 'return', destination: [] }]],
    // A nisba in the accusative spells a country's name (سورياً): right after the figure it is the nationality ...
    ['وعاد 40 ألفاً و215 سورياً من تركيا إلى بلادهم.', [{ count: 40215, group: 'nationals', kind: 'return' }]],
    // ... after the partitive, the country's name is where persons came from, not their nationality (سوريا, not سوريًا).
    ['وسجل الأمن العام عودة نحو 4,200 شخص من سوريا إلى لبنان عبر معبر المصنع.', [{ count: 4200, group: 'people', kind: 'return' }]],
    // ... not those evacuated home from a war (the nationality of a country in ية: سعودي).
    ['وأعلنت الخارجية إجلاء 114 مواطناً سعودياً من السودان إلى جدة.', [{ count: 114, group: 'nationals', kind: 'evacuation' }]],
    // ... but people who fled within their own country were displaced, as its people, not nationals.
    ['ونزح أكثر من 40 ألف فلسطيني من جباليا إلى مدينة غزة.', [{ count: 40000, group: 'people', kind: 'displacement', destination: ['غزة'] }]],
    ['ووصل 564 مواطنا مصريا إلى معبر السلوم.', [{ count: 564, group: 'nationals' }]],
    ['وعبرت نحو 500 من حاملي الجوازات الأجنبية معبر رفح.', [{ count: 500, group: 'nationals' }]],
    // Contents of a figure already counted, and the number of the displaced with no verb.
    ['وقدرت المنظمة عدد النازحين في المخيم بنحو 1700 عائلة تضم 10 آلاف و200 شخص.', [{ count: 1700, kind: 'displacement' }, { count: 10200, kind: 'displacement' }]],
    // Where a displacement happened is where people left.
    ['وأعلنت المنظمة نزوح 40 ألف شخص في شرق ليبيا.', [{ count: 40000, kind: 'displacement', origin: ['شرق ليبيا'] }]],
    // Nationals brought back go to their own country, from where the sentence says they were.
    ['وقال المتحدث إن الجهود أسفرت عن إعادة 561 مواطنا مصريا بالسودان عبر المعابر البرية بين مصر والسودان.', [{ count: 561, kind: 'return', group: 'nationals', origin: ['السودان'], destination: ['مصر'] }]],
    // Families after the name a noun is in construct with; a breakdown that is all women and children.
    ['وغادر 700 من مقاتلي جيش الإسلام وعائلاتهم مدينة دوما.', [{ count: 700, group: 'fighters_and_families' }]],
    // Citizens counted bare after the article named their nationality are those nationals.
    ['أعلنت الوزارة إجلاء 1200 مواطن عراقي من إيران. وقال المتحدث إن منفذ الشلامجة استقبل أمس 640 مواطناً.', [{ count: 1200, group: 'nationals' }, { count: 640, group: 'nationals' }]],
    ['أعلنت الوزارة إجلاء 1200 شخص من إيران. وقال المتحدث إن منفذ الشلامجة استقبل أمس 640 مواطناً.', [{ count: 1200, group: 'people' }, { count: 640, group: 'people' }]],
    // ... whatever noun named them (4382 مصرياً, رعايا مصريين).
    ['أعلنت الخارجية إجلاء 4382 مصرياً من السودان. وقال المتحدث إن نحو 1200 مواطن عبروا منفذ أرقين أمس.', [{ count: 4382, group: 'nationals' }, { count: 1200, group: 'nationals' }]],
    // Citizens are persons; civilians are those the text calls so.
    ['وخرج أمس 500 مواطن من البلدة، بينهم 120 مدنياً من الجرحى.', [{ count: 500, group: 'people' }, { count: 120 }]],
    // Children who are sick or wounded are counted as the sick and wounded; children and women, not.
    ['ووصل إلى عمان أمس 31 طفلا من المرضى والمصابين القادمين من قطاع غزة.', [{ count: 31, group: 'wounded_sick' }]],
    ['وأجلت السلطات 14 طفلا مصابا بالسرطان إلى عمان.', [{ count: 14, group: 'wounded_sick' }]],
    ['وأجلت السلطات 14 طفلا وامرأة إلى عمان.', [{ count: 14, group: 'women_children' }]],
    // ... but the members of their families alone are persons, not fighters with their families.
    ['وأجلت السلطات 14 طفلا مصابا برفقة 22 من أفراد عائلاتهم جوا من مطار رامون إلى عمان.', [{ count: 14 }, { count: 22, group: 'people' }]],
    ['وخرج 300 من المسلحين وأفراد عائلاتهم من الحي.', [{ count: 300, group: 'fighters_and_families' }]],
    ['وخرجت 85 حافلة تقل 4520 مسلحا وأفرادا من عائلاتهم من الحي.', [{ count: 4520, group: 'fighters_and_families' }]],
    ['وتم إجلاء 300 شخص ما بين نساء وأطفال من الحي.', [{ count: 300, group: 'women_children' }]],
    ['وتم إجلاء 300 شخص بين نساء وأطفال وشيوخ من الحي.', [{ count: 300, group: 'people' }]],
    // Nationals counted under the number of the displaced are displaced, not going home.
    ['وارتفع تعداد النازحين في المخيم إلى أكثر من 5000 من العراقيين الفارين من القتال.', [{ count: 5000, group: 'displaced', kind: 'displacement' }]],
    // "من أصل": the figure after it is what the first is counted against, unless it is named a total.
    ['وعاد 75 من أصل 410 نازحين إلى قريتهم.', [{ count: 75, group: 'displaced', kind: 'return' }]],
    // What a place holds is its population: no one moved.
    ['تتواصل موجة النزوح من المدينة هربا من القصف. وكانت سرت تضم قرابة 80 ألف نسمة قبل أن يسيطر عليها التنظيم، ونزح أغلب سكانها على مراحل.', []],
    ['تتواصل عودة اللاجئين إلى بلداتهم. وفي مخيم الزعتري، الذي يضم نحو 78 ألف لاجئ، قالت مصادر إن المئات غادروا.', []],
    // ... not the town a batch went to, its type word between (إلى مدينة عفرين، ضمت).
    ['تتواصل عمليات إجلاء المدنيين من الحي المحاصر. ووصلت أمس دفعة جديدة من المدنيين إلى مدينة عفرين، ضمت نحو 1200 شخص.', [{ count: 1200 }]],
    // ... and so is what a thing holds (a survey's households), whatever movement a clause before tells;
    // not the people a relative pronoun takes up (العائلات العائدة، والتي تضم 1,407 أشخاص).
    ['وقال إن البحث عن عمل جاء في المرتبة الأولى بين أسباب الانتقال، لافتاً إلى أن المسح شمل 24 ألف أسرة في المحافظات.', []],
    ['ووصلت إلى سنجار أمس العائلات العائدة، والتي تضم 1,407 أشخاص.', [{ count: 1407, kind: 'return' }]],
    // The displaced leaving their camp move on as the article tells (an evacuation), not as they once fled.
    ['تتواصل عمليات إجلاء سكان المخيم المحاصر. وغادر أكثر من 13 ألف نازح المخيم خلال أربعة أيام نحو مراكز إيواء في حمص.', [{ count: 13000, kind: 'evacuation' }]],
    // ... and a total named of those who fled fled from where the others returned.
    ['وأعلن المسؤول عودة قرابة 30 ألف عائلة إلى الفلوجة، من أصل 50 ألف عائلة العدد الكلي للنازحين من المدينة.', [{ count: 30000, kind: 'return' }, { count: 50000, kind: 'displacement' }]],
    // The country of a nationals noun is whose citizens they are, not where they left.
    ['ووصلت إلى ميناء جدة سفينة على متنها 300 شخص من رعايا الهند تم إجلاؤهم من السودان.', [{ count: 300, origin: ['السودان'] }]],
    // An anaphor as the object of a departure verb refers to the place of its kind named before.
    ['وتجمع آلاف النازحين في مخيم الركبان قرب الحدود منذ أشهر.\n\nوأكدت الأمم المتحدة أن 3200 شخص غادروا المخيم خلال ثلاثة أيام.', [{ count: null }, { count: 3200, origin: ['الركبان'] }]],
    // A pronoun or anaphor refers to the origin its own sentence named, not an earlier article's one.
    ['وبلغ عدد من أجلوا من مخيم اليرموك 8 آلاف شخص.\n\nكما تواصل إخراج المسلحين من منطقة تلبيسة، حيث تم إجلاء 900 شخص منها إلى إدلب.', [{ count: 8000 }, { count: 900, origin: ['تلبيسة'] }]],
    ['وغادر 400 شخص بلدات ريف حماة الجنوبي أمس، ليصل مجموع من خرجوا من المنطقة منذ مطلع الشهر إلى 5600 شخص.', [{ count: 400 }, { count: 5600, origin: ['ريف حماة الجنوبي'] }]],
    // The region an anaphor (الإقليم) refers to, not the town named last.
    ['ونزح أكثر من 88 ألف شخص من إقليم ناغورنو كاراباخ إلى أرمينيا منذ الأحد.\n\nوتعتزم الحكومة نقل نحو 15 ألف نازح من مراكز الإيواء في غوريس إلى مساكن دائمة.\n\nوذكر المستشار أن نحو 600 ألف أذربيجاني نزحوا من الإقليم والمناطق المحيطة به خلال حرب التسعينيات.', [{ count: 88000 }, { count: 15000 }, { count: 600000, origin: ['ناغورنو كاراباخ'] }]],
    // The people of a place named by an anaphor in construct (سكان البلدتين) come from it; a dual
    // one refers to the two places last listed together, not to the one named last.
    ['وخرج 3 آلاف شخص من الفوعة وكفريا أمس، فيما خرج 300 شخص من بلدة مضايا.\n\nوشملت المرحلة الأولى خروج 5 آلاف من سكان البلدتين.', [{ count: 3000 }, { count: 300 }, { count: 5000, origin: ['الفوعة', 'كفريا'] }]],
    ['وخرج 300 شخص من بلدة مضايا أمس.\n\nوشملت المرحلة الأولى خروج 2000 من أهالي البلدة و500 من الزبداني.', [{ count: 300 }, { count: 2000, origin: ['مضايا'] }, { count: 500 }]],
    // نحو before a figure hedges it: the from-phrase after the figure is where they came from.
    ['وعاد أكثر من 115 ألف لاجئ إلى سوريا منذ 8 ديسمبر، بينهم نحو 58 ألفاً من لبنان عبر معبر جديدة يابوس.', [{ count: 115000 }, { count: 58000, origin: ['لبنان'] }]],
    // The places a road is named after are no end of the movement along it.
    ['وتم إجلاء 2,100 شخص من البلدة نحو طريق دمشق - بيروت.', [{ count: 2100, destination: [] }]],
    // ... nor is a road the gazetteer names, the way they went.
    ['وسلك آلاف النازحين شارع صلاح الدين سيرا على الأقدام نحو دير البلح.', [{ count: null, origin: [], destination: ['دير البلح'] }]],
    ['وتم إجلاء 2,100 شخص من البلدة نحو حمص.', [{ count: 2100, destination: ['حمص'] }]],
    // The bare past of a transitive return verb, its object a part of the displaced counted before.
    ['ونزح نحو 600 ألف شخص من الإقليم خلال الحرب، وأعاد البرنامج حتى الآن قرابة 3 آلاف منهم إلى قراهم.', [{ count: 600000, kind: 'displacement' }, { count: 3000, kind: 'return' }]],
    // ... and a so-far phrase right after the verb is no goal it goes to.
    ['ونزح نحو 600 ألف شخص من الإقليم خلال الحرب، ولفت إلى أن البرنامج أعاد حتى الآن قرابة 3 آلاف منهم إلى قراهم.', [{ count: 600000 }, { count: 3000, kind: 'return' }]],
    // A verb after the figure in a clause of another time (بعدما، بعد أن) tells of another event.
    ['وبحسب الأمن العام، يتجاوز عدد من غادروا البلدة باتجاه الأراضي السورية منذ حزيران الماضي 10 آلاف شخص، بعدما عادت دفعة أولى إلى قراها أواخر ذلك الشهر.', [{ count: 10000, kind: 'evacuation' }]],
    // A bare figure after its verb, then how the people went: persons.
    ['وعاد أمس أكثر من 300 ألف نازح إلى مدينة غزة. وعاد نحو 48 ألفاً على متن مركبات، وعاد 255 ألفاً سيراً على الأقدام.', [{ count: 300000 }, { count: 48000, kind: 'return', group: 'people' }, { count: 255000, kind: 'return', group: 'people' }]],
    // Where a road leads is the road's end, not the people's.
    ['عادت 300 عائلة إلى منازلها في درعا البلد أمس، وتتوقع اللجنة عودة نحو 2000 عائلة أخرى بعد فتح الطريق الواصل إلى درعا المحطة.', [{ count: 300 }, { count: 2000, destination: ['درعا البلد'] }]],
    // A return its place's own official tells, with no place gone to, went to that place; not one
    // the article's people left (رئيس بلدية عرسال of refugees going home from it).
    ['من جانبه، قال عميد بلدية سرت، يوسف البركي، إن "ما بين 350 و400 أسرة عادت أمس الثلاثاء عبر بوابة الهيرة".', [{ min: 350, max: 400, qualifier: 'range', kind: 'return', destination: ['سرت'] }]],
    ['وغادرت 500 عائلة من عرسال أمس. وقال رئيس بلدية عرسال إن 300 أسرة عادت أمس.', [{ count: 500 }, { count: 300, kind: 'return', destination: [] }]],
    // "المدينة" behind the schools people reached is the place its sentence named before.
    ['ووصلت قافلة إلى بنغازي أمس. وأكدت سالمة الفيتوري، مديرة مكتب التعليم في البيضاء، أن "قرابة 900 شخص وصلوا إلى مدارس المدينة".', [{ count: 900, destination: ['البيضاء'] }]],
    // A negation speaks only in its clause: "طلب عدم الكشف عن اسمه، نُقل" moved them.
    ['وبحسب مصدر أمني طلب عدم الكشف عن اسمه، نُقل بين 700 و900 رجل من نازحي الصقلاوية إلى مركز تدقيق في الحبانية.', [{ qualifier: 'range', min: 700, max: 900, kind: 'evacuation', destination: ['الحبانية'] }]],
    // ... unless the people took the road: where it leads is where they went.
    ['وقال إن نحو 12 ألف شخص غادروا مدينة صور خلال الساعات الماضية عبر الطريق الساحلي باتجاه صيدا.', [{ count: 12000, origin: ['صور'], destination: ['صيدا'] }]],
    // Where a plane lands or a ship docks with the people it carries ...
    ['وحطت في بوخارست ليل الثلاثاء طائرة عسكرية أقلّت 148 شخصا من بيروت.', [{ count: 148, destination: ['بوخارست'] }]],
    // ... not where ships dock to take people away.
    ['وتسارع إجلاء الرعايا إذ رست في مرفأ بيروت سفن تحمل أعلام دول عدة، وأبحرت منه وعلى متنها 1180 شخصا.', [{ count: 1180, destination: [] }]],
    // ... and where people settled.
    ['ووفقا لبيان المحافظة، فإن نحو 700 أسرة استقرت في مدينة العريش.', [{ count: 700, destination: ['العريش'] }]],
    // إضافة إلى is "in addition to"; إلى before a movement noun is "driven to".
    ['ورست عبارة في ميناء لارنكا تقل 412 شخصا، إضافة إلى رعايا من بلغاريا.', [{ count: 412, destination: ['لارنكا'] }]],
    ['ودفعت الغارات أكثر من مليون شخص إلى النزوح داخل لبنان، فيما عبر زهاء 300 ألف شخص، معظمهم سوريون، الحدود إلى سوريا.', [{ count: 1000000 }, { count: 300000, destination: ['سوريا'] }]],
    // إلى جانب is "besides": no to-phrase, whatever from-phrase follows.
    ['وأجليَ 99 شخصا من نيامي، إلى جانب عائلات من اليونان.', [{ count: 99, origin: ['نيامي'], destination: [] }]],
    // "the city": the place introduced as one, before a city named in passing.
    ['شهدت مدينة الرستن موجة نزوح. واكتظت الطرق المؤدية إلى حماة وحمص بالسيارات. وقال المحافظ إن 500 شخص غادروا المدينة.', [{ count: 500, origin: ['الرستن'] }]],
    // A dual anaphor takes both places listed together.
    ['واندلعت الاشتباكات في حيي الشيخ مقصود والأشرفية بحلب. وارتفع عدد الخارجين من الحيين إلى نحو 870 شخصا.', [{ count: 870, origin: ['الشيخ مقصود', 'الأشرفية'] }]],
    // The place of an occasion is no antecedent of "the city": the place named before it is.
    ['فرت 400 عائلة من مدينة الرستن. وقالت المتحدثة في مؤتمر صحفي بجنيف إن 500 شخص عادوا إلى المدينة أمس.', [{ count: 400 }, { count: 500, kind: 'return', destination: ['الرستن'] }]],
    // ... nor the base of a longer name (حلب of ريف حلب).
    ['فر سكان البلدات نحو ريف حلب الشمالي. وقال المسؤول إن 500 شخص عادوا إلى المدينة أمس.', [{ count: 500, kind: 'return', destination: ['ريف حلب الشمالي'] }]],
    // A figure the sentence gives no place takes the article's last destination, not the direction phrase that locates it.
    ['وعادت 153 عائلة من مخيم شاريا إلى قضاء سنجار غربي محافظة نينوى. وقال المدير إن القافلة ضمت 22 حافلة تقل قرابة 640 فرداً.', [{ count: 153 }, { count: 640, destination: ['سنجار'] }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

it('a place on whose shore another lies locates it (on the Red Sea coast), no end of the movement', () => {
  const [r] = run('وأقلت السفينة 1687 شخصا جرى إجلاؤهم من ميناء بورتسودان على ساحل البحر الأحمر إلى جدة.');
  expect(r!.origin.map((p) => p.name)).toEqual(['بورتسودان']);
});

describe('earlier values and parts of a running total', () => {
  it.each<[string, Expected[]]>([
    ['نزح مئات الآلاف هربا من القصف. وقدرت الوكالة عدد الفارين من المدينة بنحو 360 ألفاً، بعد أن كان 110 آلاف يوم الأربعاء الماضي.', [{ count: 360000 }, { count: 110000 }]],
    // The displaced in construct (نازحي الأنبار) head a running total.
    ['ولفت إلى أن العدد الإجمالي لنازحي الأنبار المسجلين منذ بداية العام ارتفع إلى أكثر من 260 ألف شخص.', [{ count: 260000, kind: 'displacement', cumulative: true }]],
    // ... and the number it had reached, far from any trigger.
    ['ليرتفع العدد الإجمالي للأكراد الذين عبروا الحدود منذ الجمعة الماضي إلى نحو 138 ألف شخص، وفق ما أعلنت المفوضية اليوم، بعد أن كان العدد قد بلغ 130 ألفا مساء الأحد بحسب أرقام الحكومة.', [{ count: 138000 }, { count: 130000, group: 'people', cumulative: true }]],
    // A part with no noun of its own is of the whole's people.
    ['نزح مئات الآلاف هربا من القصف. وقال المصدر إن نحو 42 ألف أجنبي غادروا لبنان منذ 12 تموز، بينهم 15 ألفاً عبر البحر و27 ألفاً عبر المعابر البرية.', [{ count: 42000, group: 'nationals' }, { count: 15000, group: 'nationals' }, { count: 27000, group: 'nationals' }]],
    // "The number was X on Saturday": the same people counted on an earlier day.
    [
      'نزح مئات الآلاف من شمال القطاع إلى جنوبه هربا من القصف. وقالت الوكالة إن عدد النازحين تجاوز مليون شخص خلال أسبوع، لجأ قرابة 423 ألفاً منهم إلى مدارسها، بعد أن كان العدد 338 ألفاً يوم السبت، و270 ألفاً يوم الخميس.',
      [{ count: null }, { count: 1000000 }, { count: 423000 }, { count: 338000 }, { count: 270000 }],
    ],
    // A camp's residents rising to a figure after arrivals are a running total of them.
    ['واستقبل المخيم خلال يومين قرابة 450 عائلة نازحة، ليصل عدد قاطنيه إلى نحو ١٤ ألف شخص.', [{ count: 450 }, { count: 14000, cumulative: true }]],
    // "Compared with X on Tuesday, and between Y and Z on Monday": values of the same figure on other days.
    [
      'نزح مئات الآلاف هربا من القصف. وقالت المتحدثة إن "ما لا يقل عن 50 ألف شخص نزحوا عبر الطريق أمس وحده"، مقارنة بنحو ١٥٬٠٠٠ يوم الثلاثاء، وما بين 5 آلاف و7 آلاف يوم الاثنين.',
      [{ count: 50000 }, { count: 15000, kind: 'displacement' }, { qualifier: 'range', min: 5000, max: 7000, kind: 'displacement' }],
    ],
    // ... but names on a list are no people.
    ['عاد نحو 100 شخص إلى بلدتهم أمس، وسلكت حافلاتهم طريق المصنع، بعدما كانت 330 اسماً مدرجة على لائحة العائدين.', [{ count: 100 }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

describe('parts of a figure', () => {
  it('a subset points at the record it is part of, so a total does not count it twice', () => {
    const records = run('وخرج أمس 2163 شخصاً، بينهم 706 مسلحين، من الحي المحاصر.');
    expect(records.map((r) => [r.count, r.part_of])).toEqual([[2163, null], [706, 0]]);
  });
  it('figures joined by و are siblings, not parts', () => {
    const records = run('وخرج 300 مسلح و200 مدني من البلدة.');
    expect(records.map((r) => r.part_of)).toEqual([null, null]);
  });
  it('... unless the first is a part: its sibling is a part of the same whole', () => {
    const records = run('وخرج أمس 1368 شخصاً، بينهم 297 امرأة و416 طفلاً، من البلدة.');
    expect(records.map((r) => [r.count, r.part_of])).toEqual([[1368, null], [297, 0], [416, 0]]);
  });
  it('منهم right after a figure makes it a part of the figure before', () => {
    const records = run('وعاد ما يزيد على 300 ألف نازح إلى محافظتي غزة والشمال، ونحو 255 ألفاً منهم ساروا على الأقدام.');
    expect(records.map((r) => [r.count, r.part_of, r.kind])).toEqual([[300000, null, 'return'], [255000, 0, 'return']]);
  });
  it('هم announces the parts of a running total, which are running totals too', () => {
    const records = run('وارتفع عدد من جرى إجلاؤهم من السودان منذ السبت الماضي إلى 2148 شخصاً، هم 114 مواطناً سعودياً و2034 من رعايا 62 دولة.');
    expect(records.map((r) => [r.count, r.part_of, r.cumulative])).toEqual([[2148, null, true], [114, 0, true], [2034, 0, true]]);
  });
});

describe('planned movements', () => {
  it.each<[string, Expected[]]>([
    // A batch named in the clause before holds the figure its verb of holding counts after an expectation.
    ['وأضاف أن دفعة أخرى ستنطلق الأسبوع المقبل من مخيم الكيلو 18 غرب الرمادي، ويُتوقع أن تضم زهاء 250 أسرة.', [{ count: 250, status: 'planned', group: 'families' }]],
    // "مع عائلاتهم": the figure counts the fighters, their families come on top.
    ['ومن المتوقع خروج 600 مسلح مع عائلاتهم اليوم.', [{ count: 600, status: 'planned', group: 'fighters' }]],
    ['وينص الاتفاق على إخراج ما يزيد على ألفي شخص من الحي.', [{ count: 2000, qualifier: 'more_than', status: 'planned' }]],
    // A plan (تخطط ل) governs the movement it names.
    ['وأكدت الوزيرة أن الحكومة تخطط لإعادة ما بين 2000 و2500 أسرة إلى قراها في إقليم شبيلي السفلى.', [{ count: 2000, min: 2000, max: 2500, qualifier: 'range', status: 'planned', kind: 'return' }]],
    // The past of an evacuation verb says it is done, whatever the next clause plans.
    ['وقال إن فرقه أجلت حتى مساء أمس نحو 1.200 أسرة من الأحياء القريبة، مضيفاً أن آخرين سيُنقلون خلال الأيام المقبلة.', [{ count: 1200, status: 'completed', cumulative: true }]],
    // A forecast of more flight, after those who already fled (بعدما فر): theirs is done.
    ['وتوقع المكتب نزوح ما يصل إلى 45 ألف شخص إضافي خلال الأيام المقبلة، بعدما فر نحو 14 ألف شخص من المدينة خلال الأسبوع الماضي.', [{ count: 45000, status: 'planned' }, { count: 14000, status: 'completed' }]],
    // Past time in the figure's own clause says it is done, whatever a later clause expects; past
    // time in a clause about something else (the deal) says nothing of the figure.
    ['وأكد المسؤول عودة نحو 120 أسرة إلى منازلها في القرى خلال الشهر الماضي، بعد نزع مئات الألغام من الطرقات والمزارع، متوقعاً أن تعود أكثر من ألف أسرة أخرى.', [{ count: 120, status: 'completed' }, { count: 1000, status: 'planned' }]],
    ['ويقضي الاتفاق، الذي وقعه الطرفان أواخر الشهر الماضي، بإخراج نحو 16 ألف شخص من البلدتين على مرحلتين.', [{ count: 16000, status: 'planned' }]],
    // The verb of flight in the singular, before its subject.
    ['وتوقعت المنظمة أن يفرّ ما بين 250 ألفا و320 ألف مدني آخرين خلال الأسابيع المقبلة.', [{ qualifier: 'range', min: 250000, max: 320000, status: 'planned', kind: 'displacement' }]],
    ['وقال إن الفرق سجلت منذ مساء الأربعاء نزوح نحو 48 ألف شخص إلى القرى المجاورة، غالبيتهم من النساء والأطفال، ونتوقع أن يرتفع الرقم خلال الساعات المقبلة.', [{ count: 48000, status: 'completed' }]],
    // Preparations under way for a batch: it has not moved yet.
    ['وأفاد مصدر أمني بأن التحضيرات جارية لتنظيم دفعة ثانية تضم زهاء ثلاثة آلاف نازح من المخيمات إلى بلداتهم.', [{ count: 3000, status: 'planned' }]],
    ['وقال المحافظ إن بين 300 و400 مقاتل سيغادرون البلدة غدا.', [{ min: 300, max: 400, qualifier: 'range', status: 'planned', group: 'fighters' }]],
    ['ومن المقرر أن يغادر 150 مدنيا المخيم الأسبوع المقبل.', [{ count: 150, status: 'planned', group: 'civilians' }]],
    // A plane that will land to take people away: their move is planned.
    ['وأضاف أن طائرتين ستهبطان اليوم في صنعاء لنقل ما بين 350 و400 شخص إلى جيبوتي.', [{ qualifier: 'range', min: 350, max: 400, status: 'planned' }]],
    // A past verb that drove them to move says it is done, whatever the clause before extends to.
    ['وأصدر الجيش أوامر بالإخلاء قبل أن يوسعها لتشمل مخيم الشابورة، ما دفع قرابة 450 ألف شخص إلى الفرار باتجاه المواصي.', [{ count: 450000, status: 'completed', kind: 'displacement' }]],
    ['وتوقع المحافظ أن يعود نحو 500 شخص قد يغادرون المخيمات خلال الأيام المقبلة.', [{ count: 500, status: 'planned' }]],
    // "May" before a verb in the present tense: a movement that may come; before a past one, one done.
    ['وحذرت المنظمة من أن ما يصل إلى 50 ألف شخص قد ينزحون من الفلوجة في حال استمرار المعارك.', [{ count: 50000, qualifier: 'up_to', status: 'planned' }]],
    ['وقال إن نحو 50 ألف شخص قد توجهوا إلى المدينة.', [{ count: 50000, status: 'completed' }]],
    // "Provided that" before a verb in the present tense (maybe behind يتم): a movement agreed to
    // come; it says nothing of a figure before it (بينهم 310 أطفال counts those who came).
    // A vehicle behind a preposition is how they went back, not the vehicle going back; a stay whose
    // subject is most of them tells where the people moved are now.
    ['وقال إن 50 ألف شخص آخرين عادوا بالسيارات إلى المدينة.', [{ count: 50000, kind: 'return', status: 'completed' }]],
    ['واستقبلت بلدة نبل نحو 15 ألف نازح يقيم معظمهم في المدارس.', [{ count: 15000, status: 'completed' }]],
    ['وأعلن القائممقام نقل 650 عائلة أمس من العامرية إلى الحبانية، على أن تنقل 400 عائلة أخرى اليوم.', [{ count: 650, status: 'completed' }, { count: 400, status: 'planned' }]],
    ['وأعلن المسؤول عودة 940 لاجئا أمس عبر المعبر، بينهم 310 أطفال، على أن يتم نقل دفعة تضم نحو 2000 لاجئ الجمعة.', [{ count: 940, status: 'completed' }, { count: 310, status: 'completed' }, { count: 2000, status: 'planned' }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

describe('corridor and buses named in the sentence before', () => {
  it.each<[string, Expected[]]>([
    ['ودخلت 30 حافلة إلى الحي صباحا. وخرج 900 مسلح من الحي بعد الظهر.', [{ count: 900, buses: 30 }]],
    ['وفتح معبر أبو الظهور أمام المدنيين. وخرج منه 900 شخص أمس.', [{ count: 900, corridor: 'معبر أبو الظهور' }]],
    ['وخرجت الحافلات وعددها 45 حافلة من البلدة. وأقلت الحافلات 1500 شخص إلى إدلب.', [{ count: 1500, buses: 45 }]],
    // The passengers of a convoy its sentence names moved as it did.
    ['ووصلت القافلة إلى الطبقة أمس، وقدّر القائمون عليها عدد ركابها بقرابة 4 آلاف شخص.', [{ count: 4000, kind: 'evacuation', destination: ['الطبقة'] }]],
    // A running total is no one convoy's.
    ['ودخلت 30 حافلة إلى الحي صباحا. وبلغ العدد الإجمالي للخارجين منذ 3 أيار 9000 شخص.', [{ count: 9000, cumulative: true, buses: null }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

describe('running totals', () => {
  it.each<[string, Expected[]]>([
    // Those a country or a city received (استقبلتهم): a total of the people received; of the displaced
    // the relative clause takes up, a flight.
    ['وأوضح المسؤول أن الأطفال نُقلوا فور وصولهم إلى المستشفى، ليرتفع إجمالي من استقبلتهم الإمارات من مرضى غزة ومرافقيهم إلى قرابة 2500 شخص.', [{ count: 2500, cumulative: true }]],
    ['ووصل نحو 4 آلاف مواطن أمس إلى مراكز الإيواء قادمين من جباليا، ليرتفع عدد النازحين الذين استقبلتهم المدينة منذ بدء العملية إلى قرابة 62 ألفاً.', [{ count: 4000 }, { count: 62000, kind: 'displacement', cumulative: true }]],
    // The bare past of "take refuge" (لجأ) names a flight.
    ['ونزح آلاف السكان من المخيم.\n\nولجأ قرابة 8 آلاف أسرة إلى أحياء داخل المدينة.', [{ count: null }, { count: 8000, kind: 'displacement' }]],
    // The same people counted again in other units (أي ما يقارب) are the same running total, of the same kind.
    ['وأعلنت الوزارة عودة دفعة جديدة.\n\nوارتفع عدد العائلات العائدة منذ مطلع العام إلى 3,960 عائلة، أي ما يقارب 17 ألف نازح.', [{ count: 3960, kind: 'return', cumulative: true }, { count: 17000, kind: 'return', cumulative: true }]],
    // ... nor to a closure that lasted since then.
    ['وعبرت أمس قرابة 50 حالة من الجرحى من قطاع غزة إلى مصر عبر معبر رفح، يرافقهم 61 مرافقاً، في اليوم الثاني لإعادة تشغيل المعبر بعد إغلاق استمر منذ السابع من مايو الماضي.', [{ count: 50, cumulative: false }, { count: 61, cumulative: false }]],
    // A since-phrase belongs to the figure whose verb it follows, not to a count of times (مرة واحدة) nor to the figure of a clause after it.
    ['وتواصلت عودة النازحين.\n\nوقدرت الأونروا أن نحو 1.9 مليون شخص، أي قرابة 90% من السكان، نزحوا مرة واحدة على الأقل منذ السابع من أكتوبر 2017، بعد أن أجبر قرابة مليون شخص على النزوح من شمال القطاع.', [{ count: 1900000, cumulative: true }, { count: 1000000, cumulative: false }]],
    // Since a part of today, written as a date or not, counts the day's arrivals; since a day before, a total.
    ['وتواصلت عودة النازحين.\n\nوقال إن المنفذ استقبل منذ صباح اليوم قرابة 1800 عائد.', [{ count: 1800, cumulative: false }]],
    ['وتواصلت عودة النازحين.\n\nوقال إن المنفذ استقبل منذ ساعات الصباح قرابة 1800 عائد.', [{ count: 1800, cumulative: false }]],
    ['وتواصلت عودة النازحين.\n\nوقال إن المنفذ استقبل منذ صباح الخميس قرابة 1800 عائد.', [{ count: 1800, cumulative: true }]],
    ['وتواصلت عودة النازحين.\n\nوقال إن المخيم استقبل بين 300 و400 عائلة منذ ذلك اليوم.', [{ qualifier: 'range', min: 300, max: 400, cumulative: true }]],
    ['وتواصلت عودة النازحين.\n\nوقال إن المنفذ استقبل منذ ساعات فجر الخميس قرابة 1800 عائد.', [{ count: 1800, cumulative: true }]],
    // A so-far phrase makes its own clause's figure a total, not one of another clause dated to a day.
    [
      'وأضاف أن «قرابة 8 آلاف مدني خرجوا من المدينة القديمة منذ بدء اقتحامها»، لافتاً إلى أن الوزارة نقلت أمس 1630 نازحاً من حمام العليل إلى مخيم الجدعة.',
      [{ count: 8000, cumulative: true }, { count: 1630, cumulative: false }],
    ],
    // A stay a later clause tells of its own figure blocks only that figure.
    [
      'وأشار إلى أن «العدد الإجمالي للعائلات العائدة إلى سنجار منذ انطلاق البرنامج في الرابع من آذار بلغ 3180 عائلة»، لافتاً إلى أن زهاء 120 ألف نازح إيزيدي ما زالوا يقيمون في 15 مخيماً.',
      [{ count: 3180, kind: 'return', cumulative: true }],
    ],
    // A returnee in the singular after a figure (2400 عائد) is the counted noun.
    ['وقال مصدر في إدارة المعبر إن المعبر استقبل أمس نحو 2400 عائد معظمهم من النساء والأطفال.', [{ count: 2400, kind: 'return' }]],
    // The feminine participle of return (العائلات العائدة) names a return.
    ['وأعلنت الوزارة عودة دفعة جديدة.\n\nوارتفع عدد العائلات العائدة منذ مطلع العام إلى 3,960 عائلة.', [{ count: 3960, kind: 'return', cumulative: true }]],
    // A superlative before "since" compares a batch with the others; it counts no running total.
    ['وبدأت عمليات الإجلاء من السودان.\n\nووصلت السفينة إلى جدة وعلى متنها أكبر عدد من الرعايا منذ بدء عمليات الإجلاء، 1982 شخصاً.', [{ count: 1982, cumulative: false }]],
    // ... in a clause of its own after the figures, the superlative's since dates none of them.
    ['غادر 63 جريحاً قطاع غزة أمس، برفقة 41 مرافقاً من ذويهم، في أكبر دفعة إجلاء طبي منذ مطلع الشهر الجاري.', [{ count: 63, cumulative: false }, { count: 41, cumulative: false }]],
    // an ordinal counts events since then: the batch is no running total
    ['وغادرت حافلتان الحي أمس وعلى متنهما 31 شخصاً من المقاتلين وعائلاتهم، متجهتين إلى الشمال، في ثاني عملية تهجير من نوعها منذ بدء الحملة العسكرية.', [{ count: 31, cumulative: false }]],
    ['وبدأت عمليات الإجلاء من السودان.\n\nووصل إلى جدة 1982 شخصاً منذ بدء عمليات الإجلاء.', [{ count: 1982, cumulative: true }]],
    // ... an ordinal after its noun too (القافلة الحادية عشرة)
    ['وأعلنت الوزارة عودة 150 عائلة نازحة من مخيمات دهوك إلى قضاء سنجار، ضمن القافلة الحادية عشرة للعودة الطوعية منذ بداية العام الجاري.', [{ count: 150, kind: 'return', cumulative: false }]],
    // So many a day since a date is a rate, not a running total.
    ['وقال المتحدث إن معبر إسلام قلعة يستقبل يومياً ما بين 1500 و2500 عائد منذ مطلع الشهر الجاري.', [{ min: 1500, max: 2500, qualifier: 'range', cumulative: false }]],
    // What a new batch holds is no part of the running total told before it.
    ['وأضاف أن «عدد الأسر العائدة إلى تاورغاء منذ مطلع العام بلغ أكثر من 900 أسرة»، مشيراً إلى أن البلدية تنتظر وصول دفعة جديدة من العائدين تضم ما بين 80 و100 أسرة يوم السبت المقبل.', [{ count: 900, cumulative: true }, { min: 80, max: 100, qualifier: 'range', status: 'planned', cumulative: false }]],

    // The participle of a flight verb heading the count (عدد الفارين) says what the figure counts.
    ['ونزح آلاف المدنيين من الغوطة هربا من القصف.\n\nوقدر المرصد عدد الفارين من الغوطة منذ صباح أمس بنحو 16 ألفاً.', [{ count: null }, { count: 16000, kind: 'displacement', cumulative: true }]],
    ['وبلغ العدد الإجمالي للمدنيين الذين غادروا المنطقة منذ 5 أيار 4210 أشخاص.', [{ count: 4210, cumulative: true, since: '2018-05-05', group: 'civilians' }]],
    ['ليرتفع مجموع الخارجين من الحي حتى الآن إلى 6300 شخص.', [{ count: 6300, cumulative: true }]],
    // A total of people that its sentence's movement adds to counts that movement's people; a toll of the dead, none.
    ['ونزح آلاف السكان من الإقليم.\n\nوعبر نحو 2700 لاجئ الحدود، ليرتفع العدد الإجمالي للوافدين منذ 7 نوفمبر إلى 41 ألفاً و820 شخصاً.', [{ count: null }, { count: 2700 }, { count: 41820, cumulative: true }]],
    ['ونزح آلاف السكان من الإقليم.\n\nونقل 142 مصابا إلى مستشفيات العاصمة، فيما ارتفعت حصيلة قتلى الانفجار إلى 170 شخصا.', [{ count: null }, { count: 142 }]],
    // A toll of the displaced is their count; one of the dead is none.
    ['ونزح آلاف السكان من المديرية.\n\nوارتفعت حصيلة النازحين منذ مطلع سبتمبر إلى أكثر من 45 ألف شخص.', [{ count: null }, { count: 45000, kind: 'displacement', cumulative: true }]],
    ['ونزح آلاف السكان من المديرية.\n\nوارتفعت حصيلة القتلى منذ مطلع سبتمبر إلى أكثر من 45 شخصا.', [{ count: null }]],
    ['وتم خلال الساعات الـ24 الماضية إجلاء 510 أشخاص.', [{ count: 510, cumulative: false }]],
    ['ونزح أكثر من 160 ألف شخص منذ انطلاق العملية العسكرية.', [{ count: 160000, cumulative: true }]],
    ['وغادر أكثر من 13 ألف نازح المخيم خلال أربعة أيام.', [{ count: 13000, cumulative: true }]],
    ['وغادر 4200 شخص المخيم من 22 أيار وحتى 26 أيار.', [{ count: 4200, cumulative: true }]],
    ['ومن المتوقع خروج 500 شخص خلال الأيام المقبلة.', [{ count: 500, status: 'planned', cumulative: false }]],
    // The number of the displaced somewhere is everyone displaced there so far, and so are its contents;
    // a batch of them on the move is not.
    ['وقدرت المنظمة عدد النازحين في المخيم بنحو 1700 عائلة تضم 10 آلاف و200 شخص.', [{ count: 1700, cumulative: true }, { count: 10200, cumulative: true }]],
    ['وبلغ عدد النازحين العائدين إلى بلدتهم أمس 70 شخصا.', [{ count: 70, cumulative: false }]],
    ['وغادر 5000 شخص المخيم في الفترة بين 3 و9 أيار.', [{ count: 5000, cumulative: true }]],
    ['وعاد 800 لاجئ إلى بلداتهم خلال الفترة ذاتها.', [{ count: 800, cumulative: true }]],
    // Counting from the day of the report is that day's figure.
    ['وبدأ اعتبارا من صباح اليوم خروج 300 شخص من الحي.', [{ count: 300, cumulative: false }]],
    // A relative clause of something other than people, in a clause of its own, dates that thing;
    // one of people still dates them.
    ['أعلنت وزارة الهجرة، اليوم الخميس، عودة 184 عائلة نازحة من مخيمات محافظة دهوك إلى قضاء سنجار، ضمن القافلة الحادية عشرة التي تنظمها الوزارة منذ مطلع العام الحالي.', [{ count: 184, cumulative: false }]],
    ['أعلنت المنظمة، اليوم الخميس، وصول 2500 نازح إلى المخيم، وهم من العائلات التي نزحت منذ مطلع العام الحالي.', [{ count: 2500, cumulative: true }]],
  ])('%s', (text, expected) => check(run(text), expected));
});

describe('a verb that says only how people moved, in an article about one kind of movement', () => {
  const kindOf = (text: string) => extract(text, { published: '2018-05-13' })
      .evacuations.filter((e) => e.count !== null)
      .map((e) => [e.count, e.kind]);
  it.each<[string, [number, string][]]>([
    // A verb after the figure that brings back a thing (أعادت الأمن) names no return of it.
    [
      'تتواصل عمليات الإجلاء من ريف دمشق.\n\nويأتي ذلك بعد شهرين من خروج قرابة 700 مسلح إلى إدلب وأكثر من 4000 مدني إلى مراكز الإيواء في حرجلة، ضمن سلسلة اتفاقات أعادت الأمن والاستقرار إلى عدد من مناطق الريف الغربي.',
      [[700, 'evacuation'], [4000, 'evacuation']],
    ],
    // An article about a return: the families who "arrived" returned.
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nووصلت 300 أسرة إلى البلدة أمس.',
      [[300, 'return']],
    ],
    // An article about a flight: those who "arrived" at the camps fled.
    [
      'تتواصل موجة النزوح من المدينة هرباً من القصف، وفر آلاف المدنيين نحو الحدود، فيما نزحت عائلات أخرى إلى البساتين.\n\nووصل أكثر من 4 آلاف شخص إلى مخيمات الإيواء خلال يومين.',
      [[4000, 'displacement']],
    ],
    // An article that names the displaced again and again: those who "left" fled.
    [
      'تتزايد أعداد النازحين في المدارس، وتقول الأسر النازحة إنها تركت كل شيء، فيما تطالب لجنة النازحين بمساعدات عاجلة للنازحين.\n\nوغادر 1400 شخص المنطقة أمس.',
      [[1400, 'displacement']],
    ],
    // An evacuation deal told with خروج and نقل: an evacuation, a mention of return notwithstanding.
    [
      'بدأ خروج الدفعة الأولى من المسلحين وعائلاتهم من الحي المحاصر بموجب اتفاق التسوية، وتم نقلهم بالحافلات عبر المعبر إلى الشمال، على أن يستكمل خروج الدفعات خلال أيام، فيما تعهدت الحكومة بعودة الخدمات.\n\nووصل 800 شخص إلى مدينة جرابلس.',
      [[800, 'evacuation']],
    ],
    // People others carry are evacuated, in an article about a flight or a return, whatever their noun.
    [
      'تتواصل موجة النزوح من المدينة هرباً من القصف، وفر آلاف المدنيين نحو الحدود، فيما نزحت عائلات أخرى إلى البساتين.\n\nونقلت فرق المفوضية بواسطة 14 شاحنة قرابة 600 لاجئ من مركز العبور إلى مخيم جديد.',
      [[600, 'evacuation']],
    ],
    // ... unless they are taken back to their own villages.
    [
      'تتواصل موجة النزوح من المدينة هرباً من القصف، وفر آلاف المدنيين نحو الحدود، فيما نزحت عائلات أخرى إلى البساتين.\n\nومن المقرر أن تنطلق الأحد 35 حافلة تقل نحو 1,200 نازح من مراكز الإيواء في بيروت وعاليه إلى قراهم في قضاء مرجعيون.',
      [[1200, 'return']],
    ],
    // ... or are returnees named as such.
    [
      'تتواصل موجة النزوح من المدينة هرباً من القصف، وفر آلاف المدنيين نحو الحدود، فيما نزحت عائلات أخرى إلى البساتين.\n\nوستنطلق قافلة من 60 حافلة من مدينة القضارف يوم السبت المقبل، وعلى متنها ما بين 2500 و3000 عائد.',
      [[2500, 'return']],
    ],
    // The displaced named in a clause that tells their return are the returnees: the article is of a return.
    [
      'انطلقت قافلة جديدة للعودة الطوعية ضمت 330 نازحاً من عرسال، وقال مسؤول إن عدد العائدين تجاوز 6 آلاف نازح، فيما يستعد 1500 نازح للعودة، وتبقى لجنة النازحين على تواصل مع الأهالي.\n\nوأقلت قافلة سابقة 118 لاجئاً من مخيمات وادي حميد إلى بلدة الجراجير.',
      [[330, 'return'], [6000, 'return'], [1500, 'return'], [118, 'return']],
    ],
    // Armed men who leave under a deal are evacuated, in an article of returns too.
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nومن المقرر أن يخرج بين 300 و400 من المسلحين من حي درعا البلد نحو محافظة إدلب.',
      [[300, 'evacuation']],
    ],
    // ... or carried from shelters to towns in an article of returns.
    [
      'تتواصل عودة النازحين إلى قراهم في الجنوب بعد توقف المعارك، وعاد الأهالي إلى منازلهم وسط فرحة العائدين.\n\nومن المقرر أن تنطلق قافلة من 35 حافلة تقل نحو 1500 نازح من مراكز الإيواء في بيروت إلى قرى قضاءي صور والنبطية.',
      [[1500, 'return']],
    ],
    // ... buses set aside to take them there too (15 حافلة لنقل), and across a border (12 حافلة لنقل
    // نحو 240 لاجئاً من مخيم الزعتري إلى درعا).
    [
      'تتواصل عودة النازحين إلى قراهم في الجنوب بعد توقف المعارك، وعاد الأهالي إلى منازلهم وسط فرحة العائدين.\n\nوقال رئيس البلدية إن البلدية ستؤمن يوم الخميس المقبل 15 حافلة لنقل نحو 600 نازح من مراكز الإيواء في صور إلى النبطية.',
      [[600, 'return']],
    ],
    [
      'تتواصل عودة اللاجئين السوريين من الأردن، وقال مسؤول إن العودة طوعية وإن العائدين سجلوا أسماءهم.\n\nوخصصت المفوضية 12 حافلة لنقل نحو 240 لاجئاً من مخيم الزعتري إلى مدينة درعا.',
      [[240, 'return']],
    ],
    // ... but a report (نقلت الوكالة عن) carries nobody.
    [
      'تتواصل موجة النزوح من المدينة هرباً من القصف، وفر آلاف المدنيين نحو الحدود، فيما نزحت عائلات أخرى إلى البساتين.\n\nونقلت الوكالة عن مصادر محلية وصول 600 عائلة إلى حلب.',
      [[600, 'displacement']],
    ],
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nوغادرت 35 حافلة تقل 1260 شخصاً أحياء المدينة متجهة إلى بنغازي.',
      [[1260, 'evacuation']],
    ],
    // ... but refugees a vehicle takes from abroad to their own country go back, as the article tells.
    [
      'تتواصل عودة اللاجئين والنازحين السودانيين من مصر عبر المعابر، وقال مسؤول إن العائدين يتلقون مساعدات عند المعبر.\n\nوانطلق أمس قطار يقل نحو 950 سودانياً من القاهرة إلى وادي حلفا.',
      [[950, 'return']],
    ],
    [
      'تتواصل عودة اللاجئين السوريين من لبنان، وقال مسؤول إن العودة طوعية وإن العائدين سجلوا أسماءهم.\n\nوانطلقت قافلة من 14 حافلة تقل نحو 310 لاجئين سوريين من مخيمات عرسال باتجاه بلدة فليطة.',
      [[310, 'return']],
    ],
    // ... and so do the displaced taken from camps to towns in an article of returns; not from one
    // camp to another, nor in an article of evacuations.
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nوانطلقت أمس قافلة تضم 12 حافلة تقل نحو 310 عائلات من مخيمات أطمة ودير حسان باتجاه مدينة خان شيخون.',
      [[310, 'return']],
    ],
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nوانطلقت أمس قافلة تضم 12 حافلة تقل نحو 310 عائلات من مخيم أطمة إلى مخيم دير حسان.',
      [[310, 'evacuation']],
    ],
    // Aboard a convoy says only how they travelled: the return their clause tells is the kind.
    [
      'تتواصل عودة النازحين إلى مناطقهم، وعاد آلاف النازحين إلى منازلهم.\n\nوغادرت أمس قافلة مؤلفة من 46 حافلة مخيم الركبان، وعلى متنها نحو 1200 شخص عادوا إلى مدينة حمص.',
      [[1200, 'return']],
    ],
    // A camp named by the flight it serves (مخيمات النزوح) tells no flight of the figure's people.
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nووصلت نحو 120 عائلة نازحة أمس إلى مدينة تاورغاء قادمة من مخيمات النزوح في طرابلس وبنغازي.',
      [[120, 'return']],
    ],
    // ... or out of a camp, wherever the sentence leaves them.
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nوانطلقت أمس قافلة من 12 حافلة تقل نحو 310 عائلات من مخيم أطمة.',
      [[310, 'return']],
    ],
    // ... and from a camp and its city to a town (one of the places left a camp).
    [
      'تتواصل عودة النازحين إلى قراهم في الريف الجنوبي بعد توقف المعارك، وعاد الأهالي إلى منازلهم المدمرة وسط فرحة العائدين.\n\nومن المقرر أن تنقل الثلاثاء المقبل 60 حافلة زهاء 2500 نازح من مخيم أطمة ومدينة إدلب إلى بلدة خان شيخون.',
      [[2500, 'return']],
    ],
    [
      'بدأ خروج الدفعة الأولى من المسلحين وعائلاتهم من الحي المحاصر بموجب اتفاق التسوية، وتم نقلهم بالحافلات عبر المعبر إلى الشمال، على أن يستكمل خروج الدفعات خلال أيام.\n\nوانطلقت أمس قافلة تضم 12 حافلة تقل نحو 310 عائلات من مخيمات أطمة ودير حسان باتجاه مدينة خان شيخون.',
      [[310, 'evacuation']],
    ],
    // Families whose nisba names the country they come into from abroad go home, in an article
    // that tells of no one kind; not those who arrive from within it.
    [
      'غادرت عائلات كثيرة المخيم، وعبرت قوافل الحدود، وقال مسؤول إن العائدين يخضعون لتدقيق أمني.\n\nوأعلنت الوزارة وصول 187 عائلة عراقية من مخيم الهول في الحسكة إلى مخيم الجدعة في القيارة، أي نحو 690 شخصاً.',
      [[187, 'return'], [690, 'return']],
    ],
    [
      'غادرت عائلات كثيرة المخيم، وعبرت قوافل الحدود، وقال مسؤول إن العائدين يخضعون لتدقيق أمني.\n\nوأعلنت الوزارة وصول 187 عائلة عراقية من الموصل إلى مخيم الجدعة في القيارة، أي نحو 690 شخصاً.',
      [[187, 'evacuation'], [690, 'evacuation']],
    ],
    // Nationals evacuated from a war abroad who land at home were evacuated, in an article about evacuations.
    [
      'تواصل الدول العربية إجلاء رعاياها من إيران عبر المنافذ البرية، وأجلت الكويت مئات من مواطنيها، فيما تم إجلاء عشرات الطلاب عبر أذربيجان.\n\nووصل ما لا يقل عن 140 مصرياً إلى القاهرة فجر الأربعاء على متن رحلة خاصة من باكو.',
      [[140, 'evacuation']],
    ],
    // A later clause's verb with its own figure says no more than that people moved: the article's kind.
    [
      'تتواصل موجة النزوح من أحياء المدينة مع اشتداد المعارك، وفرت آلاف العائلات نحو المخيمات.\n\nوبحسب الوزارة، فإن مجموع من نزحوا من المحافظة منذ انطلاق العمليات في 17 تشرين الأول الماضي تجاوز 250 ألف شخص، فيما عاد نحو 350 شخصاً أمس إلى منازلهم.',
      [[250000, 'displacement'], [350, 'return']],
    ],
  ])('%s', (text, expected) => expect(kindOf(text)).toEqual(expected));

  it('the headline votes on the kind too: arrivals in an article headlined as a flight fled', () => {
    const text = 'عادت بعض الأسر إلى قراها بعد هدوء المعارك، بينما نزحت أسر أخرى من المديريات الجنوبية. وتعاني المخيمات في المحافظة من نقص حاد في الخيام والمساعدات الإنسانية.\n\nوقال مدير مكتب الشؤون الاجتماعية إن نحو 350 أسرة وصلت إلى مدينة عدن منذ الأحد الماضي قادمة من الدريهمي وحيس.';
    const kinds = (title?: string) => extract(text, { published: '2018-06-14', title }).evacuations.map((e) => [e.count, e.kind]);
    expect(kinds()).toEqual([[350, 'evacuation']]);
    expect(kinds('آلاف الأسر تفر من الدريهمي وحيس مع اشتداد المعارك')).toEqual([[350, 'displacement']]);
  });
});

describe('figures that are not people moving', () => {
  it.each<[string]>([
    // Patients a hospital or a team treated, in the past as in the present.
    ['وأشار إلى أن المستشفى الميداني في غزة عالج منذ افتتاحه قرابة 60 ألف حالة، فيما تواصل إجلاء المرضى.'],
    // A refusal or a prevention before the people it keeps back, their figure between.
    ['بينما رفضت نحو 100 عائلة مغادرة منازلها في مرزق رغم السيول.'],
    ['وأكد أن وحدات الحرس منعت زهاء 90 مهاجراً من العبور نحو ليبيا عبر معبر الذهيبة.'],
    // عدم negates the verbal noun after it: people who decided not to leave.
    ['وأوضح أن الغالبية العظمى من المدنيين، الذين يقدر عددهم بنحو 70 ألف نسمة، قررت البقاء في منازلها وعدم المغادرة.'],
    // Leaving a state (خروج … عن الخدمة) moves nobody; the figure counts whom it touches.
    ['كما أدى خروج محطة مياه رئيسية عن الخدمة إلى انقطاع المياه عن نحو 400 ألف نسمة في الحسكة وريفها.'],
    // A goal that is no place is a thing the verb refers to (تعود إلى "is due to", بالعودة إلى "on referring to").
    ['وقال المسؤول إن الأحداث تعود إلى رشق حوالي 40 عنصراً مركز الشرطة بالحجارة.'],
    ['وتبين بالعودة إلى تسجيلات كاميرات المراقبة أن 12 شخصاً شاركوا في السرقة.'],
    // What a place was built for or can hold; people who refuse to leave.
    ['وأضافت أن مركز العبور في الرنك صُمم لاستقبال 3 آلاف شخص فقط، لكنه يؤوي اليوم قرابة 10 آلاف.'],
    ['ولم تتمكن المندوبية من مواصلة الأشغال بسبب إقامة 3 عائلات في فضاءاتها ورفضهم المغادرة.'],
    // People executed as they tried to flee.
    ['وأوضح المسؤول أن مسلحي التنظيم أعدموا 7 أشخاص حاولوا الفرار الأسبوع الماضي.'],
    // What places hold, listed as the subject of the verb.
    ['وقال إن مخيمات الزعتري والأزرق تضم نحو 100 ألف لاجئ.'],
    // Displaced people counted as they do something other than move (vote, receive aid).
    ['وأوضح مدير المكتب أن قرابة 285 ألف نازح أدلوا بأصواتهم داخل مخيمات حمام العليل والخازر.'],
    ['وقالت المنظمة إن نحو 40 ألف نازح تلقوا مساعدات غذائية في المخيمات خلال الشهر.'],
    // Men whose status a settlement regularises stay.
    ['وخرج المقاتلون إلى الشمال السوري، فيما ينص الاتفاق على تسليم السلاح الخفيف وتسوية أوضاع نحو 900 شاب من أبناء المنطقة.'],
    // Fighters taking part in an operation.
    ['وكانت القيادة قد أكدت أن القوات تستعد لاستعادة المدينة بمشاركة 3 آلاف مقاتل من أبناء العشائر.'],
    // Troops deployed, in any tense.
    ['عاد السكان إلى بلدة كفركلا أمس، فيما أعلن الجيش أنه سينشر نحو 5 آلاف جندي إضافي في المنطقة.'],
    // Facilities spelled like companions (مرافق).
    ['ونقلت فرق الإسعاف الجرحى من الحي، مشيرة إلى أن القصف طال ستة مرافق صحية.'],
    // Houses threatened with demolition are houses, not households.
    ['وتواجه 86 عائلة دعاوى إخلاء، فيما تهدد أوامر الهدم قرابة مئة منزل في حي البستان.'],
    // A part of people who do not move in this sense (students a bus service carries).
    ['وأوضح أن الشركة جهزت ما يزيد على 25,000 حافلة لنقل قرابة 620 ألف طالب وطالبة يومياً، بينهم 1.400 طالب من ذوي الإعاقة.'],
    // People who cannot be moved.
    ['وقال المدير إن في المستشفى 600 مريض لا يمكن نقلهم إلى مستشفى ناصر.'],
    // Cases of a disease are counted patients, whatever movement the sentence names.
    ['ووصل النازحون إلى البلدة، وسجلت الفرق قرابة 900 حالة سوء تغذية حاد بين الأطفال.'],
    ['وفر السكان من القرى، فيما سجلت 1200 حالة اشتباه بالكوليرا بين النازحين.'],
    // Cases given first aid on arrival.
    ['وقال إن فرقنا رافقت القافلة حتى الوصول، وقدمت الإسعافات الأولية لنحو ستين حالة بين كبار السن والأطفال.'],
    // A movement denied: a negation a few words before its trigger.
    ['وأشار إلى أن اللجنة لم توافق بعد على عودة ما لا يقل عن 120 عائلة.'],
    ['ولم يغادر 200 شخص المدينة رغم القصف.'],
    // People a facility serves, whatever movement the sentence names.
    ['ونزح الآلاف من المدينة ولجأ كثيرون منهم إلى المدارس، فيما توقفت محطة مياه تغذي نحو 400 ألف نسمة.'],
    // The dead, whatever movement the sentence before names.
    ['وعاد النازحون إلى قراهم.\n\nوتأتي هذه العودة بعد حرب أودت منذ 8 تشرين الأول 2023 بحياة أكثر من 3,800 شخص.'],
    ['وأكد وجود 46 مواطنا موقوفين في سوريا بتهمة اجتياز الحدود خلسة.'],
    ['وقصف الطيران البلدة بعشر قذائف من عيار 120 مم.'],
    ['وسمح للمسلحين بالخروج مع ثلاثة مخازن من الذخيرة لكل منهم.'],
    ['وأسفر القصف عن مقتل 12 مدنيا أثناء خروجهم من البلدة.'],
    // A casualty word as near as the movement word the counted people are named by.
    ['ولفت إلى مقتل ثلاثة عائدين بانفجار لغم قرب البلدة.'],
    ['ونص الاتفاق على انتشار بين 50 و80 عنصرا من الشرطة العسكرية في الحي.'],
    ['ودخلت 20 حافلة إلى الحي صباح اليوم لنقل المسلحين.'],
    ['وتستمر الهدنة لمدة 30 يوما تبدأ من الساعة 9 صباحا.'],
    ['وخرجت الدفعة الرابعة من المسلحين عام 2017.'],
    ['وأعلنت الأمم المتحدة أن 80 بالمئة من النازحين يعيشون في خيام.'],
    // Needs, fears, refusals and failures are no movement; nor is a rate.
    ['وقالت الجمعية إن 200 عائلة بحاجة إلى إجلاء عاجل من المنطقة.'],
    ['ويخشى المسؤولون نزوح 5 آلاف شخص إذا استمر القصف.'],
    ['ورفض 300 مسلح الخروج من المدينة.'],
    ['وفشلت محاولة لإجلاء 40 جريحا من المستشفى الميداني.'],
    ['ويغادر نحو 100 شخص المدينة كل ساعة.'],
    // A verbal noun governing a thing, a quantity that "amounts to", bodies.
    ['وتمت إعادة فتح المعبر أمام 300 شاحنة محملة بالمساعدات.'],
    ['ووصل عدد الشاحنات التي دخلت المدينة إلى 45 شاحنة.'],
    ['وتم نقل جثث 12 شخصا إلى المستشفى الوطني.'],
    // People who do not move in this sense, moved by a verb that only says how, but does not carry them.
    ['ووصلت 9 رحلات شارتر إلى المطار وعلى متنها أكثر من 1400 سائح.'],
    ['وكشف عن قرار بنقل 37 موظفاً من الإدارة المركزية في بيروت إلى الجنوب.'],
    // People provided for; the displaced who stay; things joined by "and" to things after a figure of people.
    ['ودخلت قافلة مساعدات تحمل مواد غذائية تكفي 26 ألفاً و100 شخص لمدة شهر.'],
    ['وأوضح أن المرحلة الثالثة من المشروع ستنطلق السبت المقبل في مخيم الأزرق، حيث يتوقع أن تستفيد نحو 2300 أسرة.'],
    ['وفي حين عاد كثيرون إلى قراهم، لا يزال نحو 145 ألف نازح مقيمين في مراكز الإيواء.'],
    ['وخرجت الحافلات من البلدة صباح اليوم، فيما فضّل نحو 600 مسلح البقاء في بلداتهم.'],
    // A population, whatever movement the sentence names.
    ['وقال إن المدينة التي لا يتجاوز عدد سكانها 20 ألف نسمة استقبلت الوافدين من الخرطوم.'],
    ['وبعد أن كان عدد سكانها 50 ألف نسمة منذ عشر سنوات وصل الآن إلى 4 آلاف بسبب هجرة معظم سكانها إلى المدن الكبرى.'],
    ['وتقدر الوكالة أن نحو 90 بالمئة من سكان القطاع البالغ عددهم 2.3 مليون نسمة نزحوا مرة واحدة على الأقل خلال الحرب.'],
    ['وكانت البلدة الواقعة شمال اللاذقية تضم قبل الأحداث قرابة 2500 نسمة.'],
    // The number of things a pronoun counts (المنازل التي يبلغ عددها).
    ['وأضاف أن الإخلاء يتم بعد اكتمال حصر المنازل التي يبلغ عددها نحو 40 منزلاً.'],
    // Expatriates home for a holiday.
    ['وأوضح أن عدد المغتربين العائدين لقضاء الصيف يقدر بين 120 و150 ألف أردني.'],
    // People suffering; a stock where it is; staff moved between posts; a school bus in an accident.
    ['وحذر من أن 1.5 مليون طفل دون الخامسة يعانون سوء التغذية الحاد في المخيمات.'],
    ['وهو رقم متواضع مقارنة بنحو مليون ونصف مليون نازح تقدر الحكومة وجودهم في لبنان.'],
    ['وشملت حركة النقل 18430 معلما ومعلمة، بينهم أكثر من 3 آلاف نقلوا من جازان إلى الرياض.'],
    ['وتعرضت حافلة مدرسية تقل 14 طالبة لحادث تصادم بسيط دون تسجيل إصابات.'],
    // A prison's vans (سيارات الترحيلات) carry defendants; the police and relatives around are no one moved.
    ['ونُقل المتهمون من محبسهم إلى مقر المحكمة في سيارات الترحيلات وسط إجراءات أمنية شارك فيها أكثر من 200 من رجال الشرطة.'],
    // A stock of people, and a later clause telling what other people, named in it, did.
    ['وقال إن عدد اللاجئين كان 2.3 مليون لاجئ من دول مختلفة، وأغلب اللاجئين الآخرين تمت إعادتهم من حيث أتوا.'],
    // People a stay right after them keeps where they are, whoever fled in the clause before.
    ['وذكرت المنظمة أن 14 مدنياً قُتلوا خلال محاولتهم الفرار، وأن ما لا يقل عن 7 آلاف شخص ما زالوا عالقين في المدينة.'],
    ['وأفاد بأن الأهالي فروا من القرى تحت القصف، وأن نحو 900 عائلة لا تزال في الحي.'],
    ['وأوضح أن القوافل ضمت أكثر من 300 حافلة وشاحنة، وأن 6 مدنيين بينهم طفلان قتلوا إثر استهداف إحدى القوافل.'],
    // A capacity.
    ['وأوضح أن مخيما مؤقتا أقيم قرب ميناء جيبوتي يستوعب قرابة 1500 شخص.'],
    // A phase of something else holds no one moved.
    ['وأضاف أن المرحلة الأولى التي انطلقت الأحد الماضي شملت انتقال ما بين 800 و1000 موظف من قطاع الشؤون المالية.'],
    // Security men mobilised (عبّأ) around the buses; fans who travelled about (تنقّلوا), carried by no one.
    ['وأوضح أن نحو 140 حافلة أقلت الأنصار من المدينة، وأن السلطات عبأت أكثر من 2500 عنصر أمن لتأمين محيط الملعب.'],
    ['وحضر المباراة ما بين 8 آلاف و10 آلاف مشجع تنقلوا من الدار البيضاء على متن القطارات.'],
  ])('%s', (text) => expect(run(text)).toEqual([]));
});

describe('ordinary news: no records without an article about people moving', () => {
  it.each<[string]>([
    ['وشهد الميناء خروج 45 ألفا منذ الصباح.'],
    ['وأوقفت الوحدات الأمنية 7 أشخاص كانوا يستعدون للإبحار خلسة نحو السواحل الإيطالية.'],
    ['وانقلبت سيارة أجرة كانت تقل 9 أشخاص على الطريق الوطنية.'],
    // Students of a nationality are no nationals brought out in an article of no forced movement.
    ['افتتحت جامعة كربلاء أمس مؤتمرها العلمي السنوي بحضور وزير التعليم العالي. وتوقع رئيس الجامعة وصول قرابة أربعة آلاف طالب إيراني إلى المدينة للمشاركة في جلساته.'],
    ['وتم نقل 16 تلميذا إلى المستشفى المحلي بعد إصابتهم بتسمم غذائي.'],
    ['ومن المنتظر أن يصل عدد المشاهدين إلى أكثر من 300 مليون شخص.'],
    ['ويتسع الملعب الجديد لـ40 ألف متفرج.'],
    ['وسيضم وفد الفريق 23 لاعبا بعد عودة المدافع من الإصابة.'],
    ['وتحتل اللاعبة المرتبة الثانية ضمن أفضل 100 لاعبة في العالم.'],
    ['وقد لاذ نحو 12 شخصا بالفرار قبل وصول دورية الحرس.'],
    ['وتتعلق القضية بـ30 متهما من بينهم 8 في حالة فرار.'],
    ['وحظيت التغريدة بإعادة تغريد من 5 آلاف مستخدم خلال ساعة.'],
    ['وعاد 1500 سائح بريطاني إلى المنتجعات الساحلية هذا الصيف.'],
    ['ويقطنها 394 نسمة فقط بعد أن غادرها الشباب.'],
    ['وتعود أطوار القضية إلى سنة 2012 حين تعرض 5 أشخاص للتحيل.'],
    ['وقد تم إخلاء سبيل 5 موقوفين بعد استنطاقهم.'],
    ['وضمت الدورة 62 عملا مسرحيا من بينها 18 عملا وصلت إلى المسابقة الرسمية.'],
  ])('%s', (text) => expect(runAlone(text)).toEqual([]));

  it('a strong statement of people moved stands even there', () => {
    check(runAlone('وتمكنت وحدات الحماية المدنية من إجلاء 20 عائلة من منازلها إثر فيضان الوادي.'), [{ count: 20, kind: 'evacuation', group: 'families' }]);
  });
});

describe('merging repeats', () => {
  it('one figure reported twice with the same kind and status is one record with two mentions', () => {
    const records = run('خرج 640 مسلحا من الحي أمس. وقال المحافظ إن 640 مسلحا خرجوا بالفعل.');
    expect(records).toHaveLength(1);
    expect(records[0]!.mentions).toHaveLength(2);
  });
  it('a figure the headline gives bare and the story hedges is approximate', () => {
    const records = run('واشنطن تجلي 900 شخص من المطار\nأجلت السلطات نحو 900 شخص من المطار خلال يومين.');
    expect(records.map((r) => [r.count, r.qualifier, r.mentions.length])).toEqual([[900, 'about', 2]]);
  });
  it('the same number with another status stays apart', () => {
    const records = run('خرج 640 مسلحا من الحي أمس. ومن المتوقع خروج 640 مسلحا آخرين غدا.');
    expect(records.map((r) => r.status)).toEqual(['completed', 'planned']);
  });
});

