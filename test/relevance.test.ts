// The document-level judgement (src/relevance/): articles about people moving score high with their
// topics, ordinary news low, whatever words it shares with war reporting.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

const judge = (text: string) => {
  const { relevance, topics } = extract(text);
  return { relevance, topics };
};

describe('document relevance', () => {
  it.each<[string, string[]]>([
    ['نزح آلاف المدنيين من ريف حماة باتجاه المخيمات الحدودية هربا من القصف، فيما تواصل إجلاء الجرحى عبر معبر باب الهوى.', ['displacement', 'evacuation']],
    ['خرجت 20 حافلة تقل مئات المسلحين وعائلاتهم من الحي المحاصر بعد اتفاق التسوية، وسط قصف متقطع. وتوجهت القافلة نحو الشمال عبر ممر آمن.', ['convoy', 'crossing']],
    ['وعاد مئات اللاجئين السوريين إلى بلداتهم عبر المعبر الحدودي بعد أن كانوا في مخيمات اللجوء.', ['flight', 'crossing', 'camp']],
    ['Thousands of displaced families fled the shelling as buses evacuated the wounded through the corridor.', ['displacement', 'evacuation']],
    // Migrants landed in a port and taken to a shelter.
    ['أعلن خفر السواحل إنقاذ 87 مهاجرا غير نظامي كانوا على متن قارب تعطل محركه، وأنزلت دورية ثانية قرابة 140 مهاجرا في ميناء طرابلس، على أن يُنقل المهاجرون إلى مركز إيواء في تاجوراء.', ['migration', 'camp']],
    // Families who lost their homes in a blast and took refuge with relatives and in schools.
    ['دمر الانفجار آلاف المنازل، ولجأت مئات العائلات إلى أقاربها، فيما لجأ آخرون إلى المدارس الرسمية بعد أن اضطروا إلى مغادرة منازلهم المتضررة، ويلجأ المزيد إليها كل يوم.', ['refuge']],
  ])('an article about people moving: %s', (text, topics) => {
    const r = judge(text);
    expect(r.relevance).toBeGreaterThanOrEqual(0.4);
    expect(r.topics).toEqual(expect.arrayContaining(topics));
  });

  it.each<[string]>([
    ['فاز الفريق على منافسه بثلاثة أهداف مقابل هدف وعاد اللاعب المصاب إلى التمارين بعد غياب طويل.'],
    ['ارتفعت أسعار الخضر في الأسواق بنسبة 5 بالمائة خلال الأسبوع الماضي حسب معهد الإحصاء.'],
    ['أصدرت المحكمة حكما بسجن 3 متهمين في قضية تهريب، فيما لاذ رابع بالفرار.'],
    ['ولجأت الحكومة إلى الاقتراض من البنك المركزي لسد العجز في الميزانية بعد تراجع الإيرادات.'],
    [''],
  ])('ordinary news stays low: %s', (text) => {
    expect(judge(text).relevance).toBeLessThan(0.4);
  });

  // Fans carried by shuttle flights and buses across a crossing: as relevant by its words as a
  // deal's convoy, but only the means of moving; a war (or a flight, a return) tells of people moved.
  const shuttle =
    'وعبرت 300 حافلة منفذ أبو سمرة، وعبرت 200 حافلة أخرى المعبر نفسه، وانتظرت الحافلات عند المنفذ. وقال مدير التخطيط في المطار إن المطار استقبل خلال الأسبوع الأول نحو 1,200 رحلة مكوكية قادمة من الرياض وجدة ودبي، أقلّت قرابة 180 ألف مشجع يعودون الى مدنهم في اليوم نفسه بعد انتهاء المباريات.';
  it.each<[string, string, boolean]>([
    ['the means alone', shuttle, false],
    ['with a war', shuttle + ' وجاءت الرحلات بعد أسابيع من المعارك والقصف في المنطقة.', true],
    // One word of war may be another word: "for organising".
    ['with one word of war', shuttle + ' وأشاد المدير بالجهود المبذولة للتنظيم.', false],
  ])('people who do not move in this sense, carried: %s', (_, text, moved) => {
    const r = extract(text);
    expect(r.relevance).toBeGreaterThanOrEqual(0.4);
    expect(r.evacuations.some((e) => e.count === 180000)).toBe(moved);
  });

  it('context words alone do not make an article relevant', () => {
    expect(judge('شن الجيش غارات على مواقع المسلحين واندلعت اشتباكات عنيفة ومعارك في محيط المدينة.').relevance).toBe(0);
  });
});
