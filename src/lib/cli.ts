/**
 * Command-line arguments for the CLIs in scripts/: `node:util` `parseArgs` (strict: an unknown
 * flag or a flag without its value is an error), `--` separators as npm passes them dropped, and
 * values checked (`--workers abc` is refused, never NaN). A bad command line prints what is wrong
 * and the usage line, and exits with status 2.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { isRealDay } from '../../plugins/read/index.ts'

/** A command line that cannot be used: the message says what is wrong. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** What {@link parseCommandLine} returns. */
export interface CommandLine<O extends ParseArgsOptionsConfig> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; allowNegative: true }>>['values']
  positionals: string[]
}

/**
 * Parse a command line with `node:util` `parseArgs` (strict; `--no-<flag>` for booleans).
 *
 * @param args the arguments (`process.argv.slice(2)`).
 * @param options the flags.
 * @param positionals how many positional arguments are allowed (default none).
 * @returns the values and the positional arguments.
 * @throws {UsageError} on an unknown flag, a flag without its value, or too many positionals.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  positionals: { min?: number; max?: number } = {}
): CommandLine<O> {
  let parsed
  try {
    parsed = parseArgs({
      args: args.filter((arg) => arg !== '--'),
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true
    })
  } catch (error) {
    // Node's messages name the flag; the hint about `--` does not apply through npm.
    const lines = (error as Error).message.split('\n').filter((line) => !line.startsWith('To specify'))
    throw new UsageError(lines.join(' ').replace(/\. To specify .*$/s, ''))
  }
  const { min = 0, max = 0 } = positionals
  if (parsed.positionals.length > max)
    throw new UsageError(
      max === 0
        ? `unexpected argument ${JSON.stringify(parsed.positionals[0])}`
        : `too many arguments (${parsed.positionals.length}; at most ${max})`
    )
  if (parsed.positionals.length < min)
    throw new UsageError(min === 1 ? 'an argument is missing' : `at least ${min} arguments are needed`)
  return { values: parsed.values as CommandLine<O>['values'], positionals: parsed.positionals }
}

/**
 * A whole number given on the command line, checked.
 *
 * @param value the text given (`undefined`: not given).
 * @param flag the flag, for the message.
 * @param range the smallest and largest allowed.
 * @returns the number, or `undefined` when not given.
 * @throws {UsageError} when it is not a whole number in the range.
 */
export function wholeNumber(
  value: string | undefined,
  flag: string,
  range: { min: number; max: number }
): number | undefined {
  if (value === undefined) return undefined
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN
  if (!Number.isSafeInteger(number) || number < range.min || number > range.max)
    throw new UsageError(
      `${flag} must be a whole number from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`
    )
  return number
}

/**
 * A date given on the command line: a real day written `YYYY-MM-DD`.
 *
 * @param value the text given.
 * @param flag the flag, for the message.
 * @returns the date, or `undefined` when not given.
 * @throws {UsageError} when it is not a real ISO day.
 */
export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined
  if (!isRealDay(value))
    throw new UsageError(`${flag} must be a real date written YYYY-MM-DD, not ${JSON.stringify(value)}`)
  return value
}

/**
 * Run a CLI's body: a {@link UsageError} prints `name: what is wrong`, then the usage, and exits 2.
 *
 * @param name the command (`build`), the prefix of its messages.
 * @param usage the usage line(s).
 * @param main the body.
 */
export async function runCommand(name: string, usage: string, main: () => unknown): Promise<void> {
  try {
    await main()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${name}: ${error.message}\n${usage}\n`)
    process.exit(2)
  }
}
