/**
 * Whether an input is an HTML page: by its name (`.html`, `.htm`, `.xhtml`) or by how it starts
 * (`<!doctype html`, `<html`, after a byte-order mark, white space and comments).
 *
 * @param name the file's name or URL (`-` for stdin).
 * @param start the input's first characters (or bytes, read as Latin-1).
 * @returns whether to read it as a page.
 */
export function isHtmlPage(name: string, start: string | Uint8Array): boolean {
  if (/\.x?html?$/i.test(name.replace(/[?#].*$/, ''))) return true
  const head =
    typeof start === 'string' ? start.slice(0, 2048) : new TextDecoder('latin1').decode(start.subarray(0, 2048))
  const text = head
    .replace(/^(?:\uFEFF|ï»¿|\u00ff\u00fe|\u00fe\u00ff)/, '')
    .replace(/\0/g, '')
    .replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '')
  return /^(?:<!doctype html|<html[\s>])/i.test(text)
}
