// citation-js publishes no types; these cover only what this project calls.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js produces it. */
  export type CitationJsItem = Record<string, unknown>;

  export const plugins: {
    readonly input: {
      /** Parses input of a known format to CSL-JSON items; throws on input it cannot parse. */
      chain(data: unknown, options?: { readonly forceType?: string; readonly generateGraph?: boolean }): CitationJsItem[];
    };
  };

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    readonly data: CitationJsItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
