// Types of html-encoding-sniffer 6 and 7 (the package ships none; @types/html-encoding-sniffer is for version 3).
declare module 'html-encoding-sniffer' {
  /** Options of the sniffer. */
  export interface SnifferOptions {
    /** Only the byte-order mark and the transport label count (default false). */
    xml?: boolean
    /** The HTTP Content-Type charset label: wins over everything but a byte-order mark. */
    transportLayerEncodingLabel?: string
    /** The encoding when nothing is found (default `windows-1252`; `null` gives `null`). */
    defaultEncoding?: string | null
  }
  /**
   * The HTML standard's encoding sniffing algorithm.
   *
   * @param bytes the page.
   * @param options see {@link SnifferOptions}.
   * @returns a canonical WHATWG encoding name, or the default.
   */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SnifferOptions): string | null
}
