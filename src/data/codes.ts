// The data's closed vocabularies as plain constants: the first screen filters and draws with them
// without loading the schema library (schema.ts builds its enums from these; the full validation
// is loaded only for a data file the build did not check, or for the user's own records).

export const FIELD_IDS = [
  'water',
  'sewerage',
  'waste',
  'urban',
  'agriculture',
  'health',
  'welfare',
  'education',
  'disaster',
  'tourism',
  'exchange',
  'environment',
  'industry',
] as const

// 'environmental-sister': an environmental sister-city tie (環境姉妹都市) or a Green Sister City agreement,
// as Kitakyushu made with Surabaya and Davao: a formal tie about the environment, not a sister city.
export const RELATIONS = [
  'sister',
  'friendship',
  'environmental-sister',
  'mou',
  'agreement',
  'project',
] as const

export const CONFIDENCES = ['high', 'low'] as const

// 'country' is for partners the source names only at national level (e.g. a CLAIR model project
// "in Myanmar"); such places are drawn at the national capital and say so in coordNote.
export const PLACE_LEVELS = [
  'prefecture',
  'city',
  'ward',
  'town',
  'village',
  'province',
  'region',
  'regency',
  'district',
  'country',
] as const
