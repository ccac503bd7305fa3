/**
 * A 53-bit fingerprint of a text (cyrb53: two 32-bit multiply-xor lanes), synchronous and about a
 * millisecond for the largest data file. The build records the fingerprint of every data file it
 * validated (vite.config.ts, `__DATA_FINGERPRINTS__`); at run time a file whose text has that
 * fingerprint is the one check:data passed, and skips the schema validation (the cold start of
 * zod's checks was a few hundred milliseconds of the first load). Any other text — a file edited on
 * the server, a hostile or broken one — is validated in full and reported as before.
 */
export function fingerprint(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
