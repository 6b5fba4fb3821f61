/**
 * `/styles/site-address.css`: the site's public address as a CSS custom property (`--site`), which
 * the print stylesheet puts before a printed link's path, so a printed page shows full addresses.
 * A stylesheet file of the site's own origin, as the pages' Content-Security-Policy wants.
 */
import type { APIRoute } from 'astro'

/** The address, without its trailing slash, as a CSS string. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"\n\r]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`
}

export const GET: APIRoute = ({ site }) =>
  new Response(`:root {\n  --site: ${cssString(site ? site.href.replace(/\/$/, '') : '')};\n}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' }
  })
