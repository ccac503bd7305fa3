// Noto Sans JP comes in 240 subset faces, and in one face per weight that holds all the Japanese the
// app ships (scripts/build-assets.mjs), whose stylesheet (fonts/fonts-ja.css, 208 kB of
// unicode-ranges) is attached here instead of in index.html: a stylesheet in <head> holds back
// every script of the page until it is parsed. A Japanese page attaches it at once; an English page
// once the map has drawn its first view and the browser is idle (its Japanese is the language
// button's 日本語, which fonts/fonts.css covers on its own: see scripts/build-assets.mjs) or as soon
// as something needs it: the switch to Japanese, a Japanese image or slide.

let loaded: Promise<void> | null = null

/** Attaches the Japanese faces (once); resolves when their stylesheet is in (or failed to load). */
export function attachJapaneseFonts(): Promise<void> {
  if (loaded) return loaded
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = `${import.meta.env.BASE_URL}fonts/fonts-ja.css`
  loaded = new Promise<void>((resolve) => {
    link.onload = () => resolve()
    // Text then falls back to the system's fonts; nothing else depends on it.
    link.onerror = () => resolve()
  })
  document.head.append(link)
  return loaded
}
