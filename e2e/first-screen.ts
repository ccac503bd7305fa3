import type { Page } from '@playwright/test'
import { places } from './data'

// Measures of the first screen shared by the layout specs (desktop and tablet).

/** Where the map's canvas starts and what share of the viewport it fills (the part on screen). */
export async function mapOnFirstScreen(page: Page): Promise<{ top: number; share: number }> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = await page.getByTestId('map').boundingBox()
  const view = page.viewportSize()
  if (!box || !view) throw new Error('no map box')
  const w = Math.max(0, Math.min(box.x + box.width, view.width) - Math.max(box.x, 0))
  const h = Math.max(0, Math.min(box.y + box.height, view.height) - Math.max(box.y, 0))
  return { top: box.y, share: (w * h) / (view.width * view.height) }
}

/**
 * The places (data/places.json ids) that are off the map or under one of its overlays (the filter
 * chips, the legend, the buttons, MapLibre's controls), as "id: why". Empty when every one is in
 * the open part of the map.
 */
export async function hiddenPlaces(
  page: Page,
  ids: readonly string[] = places.map((p) => p.id),
): Promise<string[]> {
  const points = places.filter((p) => ids.includes(p.id)).map((p) => ({ id: p.id, lon: p.lon, lat: p.lat }))
  return page.evaluate((points) => {
    const map = (window as unknown as { __map: { project(c: [number, number]): { x: number; y: number } } })
      .__map
    const canvas = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect()
    if (!canvas) return ['no canvas']
    const overlays = [
      ...document.querySelectorAll(
        '.active-filters > li, .map-legend, .map-reset, .map-download > *, .maplibregl-ctrl-top-right > *, .maplibregl-ctrl-bottom-right > *',
      ),
    ]
      .map((el) => ({ name: el.className || el.tagName, box: el.getBoundingClientRect() }))
      .filter((o) => o.box.width > 0 && o.box.height > 0)
    const out: string[] = []
    for (const p of points) {
      const xy = map.project([p.lon, p.lat])
      const x = canvas.left + xy.x
      const y = canvas.top + xy.y
      if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom)
        out.push(`${p.id}: off the map`)
      for (const o of overlays)
        if (x >= o.box.left && x <= o.box.right && y >= o.box.top && y <= o.box.bottom)
          out.push(`${p.id}: under ${o.name}`)
    }
    return out
  }, points)
}

/**
 * Controls in the viewport smaller than `min` × `min` px, as "role name: w×h". A checkbox counts by
 * its label, which takes the tap.
 */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, input:not([type="checkbox"]), summary, a[href], label:has(> input[type="checkbox"])',
      ),
    ]
    return controls
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth)
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}": ${Math.round(box.width)}×${Math.round(box.height)}`,
      )
  }, min)
}

/**
 * What crowds the header, as text: the title's text and every visible control in it that overlap
 * one another, or that run past the window's right edge. Empty when everything in it can be read.
 */
export async function crowdedHeader(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')
    const title = header?.querySelector('h1')
    if (!header || !title) return ['no header']
    // The title's text itself, not its box: text running out of its box is what goes under a button.
    const range = document.createRange()
    range.selectNodeContents(title)
    const items = [
      { name: `title "${title.textContent}"`, box: range.getBoundingClientRect() },
      ...[...header.querySelectorAll<HTMLElement>('button')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => ({ name: `button "${el.textContent?.trim()}"`, box: el.getBoundingClientRect() })),
    ]
    const out: string[] = []
    for (const [i, a] of items.entries()) {
      if (a.box.right > innerWidth + 0.5) out.push(`${a.name} runs past the window's edge`)
      for (const b of items.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left + 0.5 ||
          b.box.right <= a.box.left + 0.5 ||
          a.box.bottom <= b.box.top + 0.5 ||
          b.box.bottom <= a.box.top + 0.5
        if (!apart) out.push(`${a.name} overlaps ${b.name}`)
      }
    }
    return out
  })
}

/**
 * What of the time bar under the map (the colours, play, the year and its note) has no width or
 * runs out of the bar, cut off or over what lies under it, as text. Empty when all of it shows.
 */
export async function timeBarSpills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.time-bar')?.getBoundingClientRect()
    if (!bar) return ['no time bar']
    const out: string[] = []
    for (const el of document.querySelectorAll('.time-bar > *')) {
      const box = el.getBoundingClientRect()
      const name = el.className || el.tagName
      if (box.width === 0) out.push(`${name} has no width`)
      else if (box.top < bar.top - 0.5 || box.bottom > bar.bottom + 0.5 || box.right > bar.right + 0.5)
        out.push(`${name} runs out of the bar`)
    }
    return out
  })
}
