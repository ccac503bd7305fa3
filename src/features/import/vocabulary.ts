import { FIELD_IDS, type FieldId, RELATIONS, type Relation } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import type { Vocabulary } from './import-types'
import { nameKey } from './match'

/**
 * Words for relations and fields: the ids, the app's own labels in both languages as the filters and
 * the detail panel show them (「保健・医療」, 'Water supply', 環境姉妹都市), plus common synonyms.
 */
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
    'green sister city': 'environmental-sister',
    'environmental sister': 'environmental-sister',
    グリーン姉妹都市: 'environmental-sister',
    環境姉妹提携: 'environmental-sister',
  }
  for (const [word, id] of Object.entries(extra)) relations[nameKey(word)] = id
  const extraFields: Record<string, FieldId> = {
    水道: 'water',
    下水: 'sewerage',
    ごみ: 'waste',
    防災: 'disaster',
    消防: 'disaster',
    医療: 'health',
    保健: 'health',
    'disaster prevention': 'disaster',
    'fire fighting': 'disaster',
    'solid waste': 'waste',
  }
  for (const [word, id] of Object.entries(extraFields)) fields[nameKey(word)] = id
  return { relations, fields }
}

// Between fields of a cell: ; , 、 and their full-width forms, a slash or a bar, a line break. Not
// 「・」: the app's own labels contain it (保健・医療, 消防・防災).
const FIELD_SEPARATORS = /[;,、；，/／|\r\n]/

/**
 * The fields a cell names, each once, and the words that are no field. A word joined with 「・」 is
 * a label first (保健・医療), else its parts must each be a field (上水道・下水道).
 */
export function parseFields(text: string, vocabulary: Vocabulary): { fields: FieldId[]; unknown: string[] } {
  const fields: FieldId[] = []
  const unknown: string[] = []
  const add = (id: FieldId) => {
    if (!fields.includes(id)) fields.push(id)
  }
  for (const word of text.split(FIELD_SEPARATORS).map((s) => s.trim())) {
    if (!word) continue
    const id = vocabulary.fields[nameKey(word)]
    if (id) {
      add(id)
      continue
    }
    const parts = word
      .split(/[・･]/)
      .map((s) => s.trim())
      .filter(Boolean)
    const ids = parts.map((p) => vocabulary.fields[nameKey(p)])
    if (parts.length > 1 && ids.every((x) => x !== undefined)) for (const x of ids) add(x as FieldId)
    else unknown.push(word)
  }
  return { fields, unknown }
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
