import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, executablePath } from '../e2e/browser'
import { serve } from './server'

// The page's main thread during an import, from choosing the file until the map has drawn the rows,
// for a one-row and a 10,000-row file, each in a fresh browser: every task over 200 ms, and how
// much of it was the compositor's commit (under software GL the compositor reads back each frame
// the map draws, which blocks the main thread whatever the page's code does) and how much the
// page's own work. Beside them, the bare MapLibre page's own load (no app at all): the compositor's
// commits there show what this machine's software GL costs any map page. Reported, not asserted: on
// a shared 2-core machine absolute times vary from run to run (docs/ARCHITECTURE.md, "Timing
// honestly").
//
// Usage: npx vite build --mode e2e --outDir dist-e2e && npx tsx bench/import-longtasks.ts [dist-e2e] [port] [runs]

const dist = process.argv[2] ?? 'dist-e2e'
const port = Number(process.argv[3] ?? 4390)
const runs = Number(process.argv[4] ?? 3)

function csv(rows: number): Buffer {
  const jp = ['Kitakyushu City', 'Yokohama City', 'Osaki Town', 'Takasaki City', 'Fukuoka City']
  const asean = ['Phnom Penh,KHM', 'Cebu City,PHL', 'Depok,IDN', 'Da Nang,VNM', 'Bangkok,THA']
  const lines = ['jp_place,partner_city,partner_country,relation,year,fields,note']
  for (let i = 0; i < rows; i++)
    lines.push(`${jp[i % 5]},${asean[(i * 7) % 5]},sister,${1990 + (i % 30)},exchange,row ${i + 2}`)
  return Buffer.from(lines.join('\n'))
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: unknown }
}

/** Main-thread tasks over 200 ms: total, the compositor commit's part (ms), and what ran in it. */
interface Task {
  total: number
  commit: number
  /** The longest piece of work inside the task other than the commit, e.g. `FireIdleCallback 1432 ms`. */
  work: string
}

/** Trace events that wrap a task rather than name its work. */
const SKIP = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'Commit',
  'ProxyMain::BeginMainFrame::commit',
])

/** Starts tracing the page; the function returned stops it and gives the trace's events. */
async function startTracing(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]))
  })
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  // RunTask (each main-thread task) is only traced in the disabled-by-default category: without it
  // the trace holds no task at all and every import looks free of long tasks.
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  })
  return async () => {
    await cdp.send('Tracing.end')
    await complete
    return events
  }
}

async function importOnce(page: Page, rows: number): Promise<{ tasks: Task[]; elapsed: number }> {
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.locator('[data-testid=list-link-count]').waitFor()
  await page.locator('[data-testid=map][data-map-state=idle]').waitFor({ timeout: 120_000 })
  await page.locator('.header-tools button', { hasText: 'Your data' }).click()
  await page.locator('input[type=file]').waitFor()
  // The file is made in the page before tracing: Playwright's setInputFiles decodes the file in the
  // page (≈ 0.3 s for 10,000 rows), work of the harness that a person choosing a file never causes.
  await page.evaluate(
    ({ name, text }) => {
      ;(window as unknown as { benchFile: File }).benchFile = new File([text], name, { type: 'text/csv' })
    },
    { name: `rows-${rows}.csv`, text: csv(rows).toString('utf8') },
  )
  const stop = await startTracing(page)
  const started = Date.now()
  // CSS locators: Playwright's role queries run in the page and would be measured with it.
  // As the browser does when a file is chosen: the input holds it, then 'change' is dispatched.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')
    if (!input) throw new Error('no file input')
    const chosen = new DataTransfer()
    chosen.items.add((window as unknown as { benchFile: File }).benchFile)
    input.files = chosen.files
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await page.locator(`[data-testid=import-ok][data-count="${rows}"]`).waitFor({ timeout: 180_000 })
  await page.locator('[data-testid=import-saving]').waitFor({ state: 'hidden', timeout: 180_000 })
  const elapsed = Date.now() - started
  return { tasks: longTasks(await stop()), elapsed }
}

/** The main thread's tasks over 200 ms in a trace, with the compositor commit's part of each. */
function longTasks(events: TraceEvent[]): Task[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid)
  return onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 200_000)
    .map((t) => {
      const end = t.ts + (t.dur ?? 0)
      const commit = onMain
        .filter((e) => e.name === 'Commit' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end)
        .reduce((sum, e) => sum + (e.dur ?? 0), 0)
      const inside = onMain.filter(
        (e) => e !== t && !SKIP.has(e.name) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end,
      )
      // IMPORT_DETAIL=1 lists what ran inside each task of the page's own work over 150 ms.
      if (process.env.IMPORT_DETAIL && (t.dur ?? 0) - commit > 150_000)
        console.log(
          `task ${Math.round((t.dur ?? 0) / 1000)} ms:\n${inside
            .filter((e) => (e.dur ?? 0) > 4000)
            .sort((a, b) => a.ts - b.ts)
            .map(
              (e) =>
                `  +${Math.round((e.ts - t.ts) / 1000)} ms ${e.name} ${Math.round((e.dur ?? 0) / 1000)} ms ${JSON.stringify(e.args?.data ?? {}).slice(0, 140)}`,
            )
            .join('\n')}`,
        )
      const top = inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]
      const work = top ? `${top.name} ${Math.round((top.dur ?? 0) / 1000)} ms` : '—'
      return { total: Math.round((t.dur ?? 0) / 1000), commit: Math.round(commit / 1000), work }
    })
}

/**
 * The same for the bare MapLibre page (bench/baseline.html: the same basemap, arcs and places, no
 * app), from navigation until 1.5 s after its first idle: what the compositor's commits cost on this
 * machine when no code of the app runs at all.
 */
async function barePage(page: Page): Promise<Task[]> {
  const stop = await startTracing(page)
  await page.goto(`http://127.0.0.1:${port}/bench/baseline.html?w=983&h=705`)
  await page.waitForFunction(() => (window as { __baselineDone?: number }).__baselineDone, undefined, {
    timeout: 120_000,
  })
  await page.waitForTimeout(1500)
  return longTasks(await stop())
}

const server = await serve(dist, port)
const lines: string[] = [
  '| file | run | tasks over 200 ms | longest | longest without the compositor commit | its longest work | import to map drawn |',
  '| --- | --- | --- | --- | --- | --- | --- |',
]
try {
  for (let run = 1; run <= runs; run++) {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
      const tasks = await barePage(page)
      const longest = tasks.reduce<Task | null>((a, t) => (a === null || t.total > a.total ? t : a), null)
      lines.push(
        `| bare MapLibre page, its load (no import) | ${run} | ${tasks.length} | ${longest?.total ?? 0} ms | ${longest ? longest.total - longest.commit : 0} ms | ${longest?.work ?? '—'} | — |`,
      )
      console.log(lines.at(-1))
    } finally {
      await browser.close()
    }
  }
  for (const rows of [1, 10_000]) {
    for (let run = 1; run <= runs; run++) {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
        const { tasks, elapsed } = await importOnce(page, rows)
        const longest = Math.max(0, ...tasks.map((t) => t.total))
        const own = tasks.reduce<Task | null>(
          (a, t) => (a === null || t.total - t.commit > a.total - a.commit ? t : a),
          null,
        )
        lines.push(
          `| ${rows.toLocaleString('en')} row${rows > 1 ? 's' : ''} | ${run} | ${tasks.length} | ${longest} ms | ${own ? own.total - own.commit : 0} ms | ${own?.work ?? '—'} | ${elapsed} ms |`,
        )
        console.log(lines.at(-1))
      } finally {
        await browser.close()
      }
    }
  }
} finally {
  server.close()
}
console.log(`\n${lines.join('\n')}`)
