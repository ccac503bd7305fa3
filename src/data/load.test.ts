import { readFileSync } from 'node:fs'
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataFileError, dataFileQuery } from './load'
import * as validate from './validate'

const linksText = readFileSync('data/links.json', 'utf8')

function serve(text: string) {
  vi.stubGlobal('fetch', async () => new Response(text, { status: 200 }))
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('loading a data file', () => {
  it('skips the schema validation for the very file the build validated', async () => {
    const spy = vi.spyOn(validate, 'validateFile')
    serve(linksText)
    const data = await new QueryClient().fetchQuery(dataFileQuery<{ links: unknown[] }>('links.json'))
    expect(data.links.length).toBe((JSON.parse(linksText) as { links: unknown[] }).links.length)
    expect(spy).not.toHaveBeenCalled()
  })

  it('validates any other text in full and names what is wrong', async () => {
    const spy = vi.spyOn(validate, 'validateFile')
    const links = JSON.parse(linksText) as { links: { year: unknown }[] }
    ;(links.links[0] as { year: unknown }).year = 'soon'
    serve(JSON.stringify(links))
    const error = await new QueryClient({ defaultOptions: { queries: { retry: false } } })
      .fetchQuery(dataFileQuery('links.json'))
      .catch((e: unknown) => e)
    expect(spy).toHaveBeenCalledOnce()
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).message).toMatch(/links\.json.*year/)
  })
})
