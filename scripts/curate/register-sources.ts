// Which sources.json entry (the publisher family the About page groups by) a material page belongs
// to. The page's own address, title and retrieval date travel with the record; this only names its
// publisher family. An unknown primary host fails loudly: a new publisher needs a sources.json entry.
import type { PageRef } from './material/types'

const LOCAL_GOV =
  /(^|\.)(pref|city|town|vill|metro)\.[a-z-]+\.|(^|\.)(lg\.jp|metro\.tokyo\.jp)$|^yport\.city\.yokohama|^kitaq-water-intl\.jp$|^(www\.)?eri-kawasaki\.jp$|^(www\.)?owesa\.jp$|^shimanemisato-town\.note\.jp$|kochi-kia\.or\.jp$|iia21\.jp$|kokusaihiroba\.or\.jp$|takatsuki-intl-assn\.or\.jp$|sister\.city\.fukuoka/
const FOREIGN_GOV =
  /philembassy\.net$|indonesianembassy|vnembassy|malaysia\.org\.jp|\.gov\.(vn|ph|my|kh|la|mm|sg|bn|tl)$|^investvinhphuc\.vn$|thaiembassy\.jp$|davaocity\.gov\.ph$/
const MIRRORS =
  /pdfslide\.tips|vdocuments\.pub|expydoc\.com|paperzz\.com|manualzilla\.com|happylibus\.com|123deta\.com|lawinsider\.com|rssing\.com|megalodon\.jp|fdocuments/
const BLOGS =
  /ameblo\.jp|blogspot\.com|seesaa\.net|hamazo\.tv|jimdofree\.com|sakura\.ne\.jp|note\.com|hatenablog/
const ACADEMIC_AND_ASSOCIATIONS =
  /\.ac\.jp$|\.ac\.id$|repo\.nii\.ac\.jp|citynet-yh\.org|gec\.jp|eic\.or\.jp|nga\.gr\.jp|kita\.or\.jp|keaa\.or\.jp|tico\.or\.jp|japan\.iclei\.org|tenbou\.nies\.go\.jp|j-vfas\.org|asean-j\.net|airyamagata\.org|ceeakita\.org|epo-kyushu\.jp|smart-strong-project\.org|lequiowings\.org|matsui-glocal\.com|sustainable-inc\.jp|yachiyo-eng\.co\.jp|jmd\.co\.jp|janus\.co\.jp|tssk\.jp|tokyokankyo\.jp|yokohamawater\.co\.jp|ieca\.biz|prtimes\.jp|fisop\.net|trendy\.shoply|topics\.smt\.docomo|construction\.tiisys|asiangreencamp\.net|data-max\.co\.jp|digima-news|kyoto-daisakusen|tlag\.|nyonyum|bems\.seesaa|437338\./

export function sourceOfPage(page: PageRef, url: string): string {
  const u = new URL(url)
  const host = u.hostname.replace(/\.$/, '')
  if (host.endsWith('jica.go.jp')) return 'jica-web'
  if (host.endsWith('env.go.jp') && !host.startsWith('tenbou')) return 'moe'
  if (host.endsWith('iges.or.jp')) return 'iges'
  if (host.endsWith('mofa.go.jp') || host.endsWith('emb-japan.go.jp')) return 'mofa'
  if (host.endsWith('clair.or.jp') && u.pathname.includes('/exchange/shimai/')) return 'clair-shimai'
  if (
    host.endsWith('clair.or.jp') ||
    host.endsWith('clair.org.sg') ||
    host.endsWith('clair.org.cn') ||
    host.endsWith('plaza-clair.jp')
  )
    return 'clair-web'
  if (host.endsWith('jetro.go.jp')) return 'jetro'
  if (FOREIGN_GOV.test(host)) return 'foreign-gov-web'
  if (LOCAL_GOV.test(host)) return 'jp-local-gov-web'
  // A municipality's release distributed through PR TIMES is the municipality's own word.
  if (host === 'prtimes.jp' && page.kind === 'primary') return 'jp-local-gov-web'
  if (page.kind === 'primary') throw new Error(`no publisher family for the primary page ${url}`)
  if (MIRRORS.test(host)) return 'other-web'
  if (BLOGS.test(host)) return 'blogs'
  if (ACADEMIC_AND_ASSOCIATIONS.test(host)) return 'other-web'
  return 'news'
}
