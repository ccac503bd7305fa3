import { FIELD_IDS, type FieldId, RELATIONS, type Relation } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import type { Vocabulary } from './import-types'
import { nameKey } from './match'

/** Words for relations and fields from the app's message files (both languages) plus common synonyms. */
export function buildVocabulary(labels: {
  relations: Record<string, string>[]
  fields: Record<string, string>[]
}): Vocabulary {
  const relations: Record<string, Relation> = {}
  const fields: Record<string, FieldId> = {}
  for (const r of RELATIONS) relations[nameKey(r)] = r
  for (const f of FIELD_IDS) fields[nameKey(f)] = f
  for (const set of labels.relations)
    for (const [id, label] of Object.entries(set))
      if ((RELATIONS as readonly string[]).includes(id)) relations[nameKey(label)] = id as Relation
  for (const set of labels.fields)
    for (const [id, label] of Object.entries(set))
      if ((FIELD_IDS as readonly string[]).includes(id)) fields[nameKey(label)] = id as FieldId
  const extra: Record<string, Relation> = {
    'sister city': 'sister',
    'sister cities': 'sister',
    'twin city': 'sister',
    姉妹提携: 'sister',
    姉妹都市提携: 'sister',
    姉妹県: 'sister',
    'friendship city': 'friendship',
    友好提携: 'friendship',
    友好都市提携: 'friendship',
    memorandum: 'mou',
    覚書: 'mou',
    'cooperation agreement': 'agreement',
    協力協定: 'agreement',
    連携協定: 'agreement',
    プロジェクト: 'project',
  }
  for (const [word, id] of Object.entries(extra)) relations[nameKey(word)] = id
  const extraFields: Record<string, FieldId> = {
    水道: 'water',
    ごみ: 'waste',
    防災: 'disaster',
    医療: 'health',
  }
  for (const [word, id] of Object.entries(extraFields)) fields[nameKey(word)] = id
  return { relations, fields }
}

/** ASEAN countries by every name a file may give them: ISO codes, English and Japanese names, aliases. */
export function countryKeys(countries: readonly Country[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const c of countries) {
    if (!c.asean) continue
    for (const name of [c.iso3, c.iso2, c.name.en, c.name.ja]) map.set(nameKey(name), c.iso3)
  }
  const aliases: Record<string, string> = {
    vietnam: 'VNM',
    ヴェトナム: 'VNM',
    'lao pdr': 'LAO',
    'brunei darussalam': 'BRN',
    burma: 'MMR',
    ビルマ: 'MMR',
  }
  for (const [name, iso3] of Object.entries(aliases)) map.set(nameKey(name), iso3)
  return map
}
