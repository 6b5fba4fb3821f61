/** The command-line tools some tests need, found once: poppler's `pdftotext` and `pdfinfo`. */
import { execFileSync } from 'node:child_process'

/**
 * Whether poppler's tools are installed (`pdftotext -v` runs).
 *
 * @returns true when they are.
 */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
