// HXL (Humanitarian Exchange Language, hxlstandard.org) hashtags for the CSV columns: with --hxl a
// row of them goes under the header, so HDX and HXL tools know what each column holds. Standard
// hashtags and attributes where they exist (#affected, #adm1+name, #loc+code, #geo+lat, #date,
// #meta+url); the rest are standard hashtags with descriptive attributes, as HXL allows.
// One tag per column name: a column means the same in every table.
const TAGS: Record<string, string> = {
  // the document every row comes from
  id: '#meta+id',
  published: '#date+published',
  url: '#meta+url',
  title: '#meta+title',
  outlet: '#meta+source',
  language: '#meta+lang',
  relevance: '#indicator+relevance',
  topics: '#meta+topics+list',
  records: '#indicator+records+num',
  place_count: '#indicator+places+num',
  corridor_count: '#indicator+corridors+num',
  date_count: '#indicator+dates+num',
  quote_count: '#indicator+quotes+num',
  warnings: '#meta+warnings',
  // evacuations
  part_of: '#meta+part_of',
  count: '#affected',
  min: '#affected+min',
  max: '#affected+max',
  qualifier: '#affected+qualifier',
  unit: '#affected+unit',
  group: '#affected+type',
  kind: '#event+type',
  status: '#status',
  cumulative: '#affected+cumulative',
  since: '#date+start',
  date: '#date',
  corridor: '#loc+corridor+name',
  buses: '#indicator+buses+num',
  source_name: '#org+source+name',
  source_type: '#org+source+type',
  confidence: '#meta+confidence',
  evidence: '#meta+evidence',
  start: '#meta+offset+start',
  end: '#meta+offset+end',
  sentence: '#description+sentence',
  // places
  name: '#loc+name',
  en: '#loc+name+i_en',
  type: '#loc+type',
  admin1: '#adm1+name',
  country: '#country+code',
  lat: '#geo+lat',
  lon: '#geo+lon',
  pcode: '#loc+code',
  place_id: '#loc+id',
  roles: '#loc+roles',
  mentions: '#meta+mentions+num',
  text: '#meta+text',
  // corridors
  humanitarian: '#loc+corridor+humanitarian',
  places: '#loc+name+list',
  places_en: '#loc+name+i_en+list',
  places_pcode: '#loc+code+list',
  places_id: '#loc+id+list',
  // dates
  value: '#date+value',
  precision: '#date+precision',
  relative: '#date+relative',
  // quotes
  speaker_name: '#contact+name',
  speaker_title: '#contact+title',
  speaker_rank: '#contact+rank',
  speaker_organization: '#org+name',
  anonymous: '#contact+anonymous',
  verb: '#meta+verb',
  direct: '#meta+direct',
};

/** Origin and destination columns: the place tags with +origin or +dest (#adm1+origin+name). */
const ROLE = /^(origin|destination)(?:_(en|admin1|pcode|id|lat|lon))?$/;
const ROLE_TAGS: Record<string, string> = {
  '': '#loc+name+list',
  en: '#loc+name+i_en',
  admin1: '#adm1+name',
  pcode: '#loc+code',
  id: '#loc+id',
  lat: '#geo+lat',
  lon: '#geo+lon',
};

export function hxlTag(column: string): string {
  const role = ROLE.exec(column);
  if (role) {
    const [hashtag, ...attributes] = ROLE_TAGS[role[2] ?? '']!.split('+');
    return [hashtag, role[1] === 'origin' ? 'origin' : 'dest', ...attributes].join('+');
  }
  const tag = TAGS[column];
  if (!tag) throw new Error(`internal error: no HXL hashtag for column ${column}`);
  return tag;
}
