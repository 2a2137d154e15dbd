/**
 * A strict JSON (RFC 8259) parser that keeps where each value came from, so a file's problems can point at the
 * exact characters. `JSON.parse` gives no positions. No comments, no trailing commas: each is reported.
 */

interface JsonNodeBase {
  /** UTF-16 offset of the value's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

export interface JsonProperty {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: JsonNode;
}

export interface JsonObjectNode extends JsonNodeBase {
  readonly kind: 'object';
  readonly properties: readonly JsonProperty[];
}

export interface JsonArrayNode extends JsonNodeBase {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}

export interface JsonStringNode extends JsonNodeBase {
  readonly kind: 'string';
  readonly value: string;
}

export interface JsonNumberNode extends JsonNodeBase {
  readonly kind: 'number';
  readonly value: number;
}

export interface JsonBooleanNode extends JsonNodeBase {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface JsonNullNode extends JsonNodeBase {
  readonly kind: 'null';
}

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonStringNode | JsonNumberNode | JsonBooleanNode | JsonNullNode;

/** The first syntax error, with the offsets of the offending characters. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export type JsonParseResult = { readonly root: JsonNode; readonly error?: undefined } | { readonly root?: undefined; readonly error: JsonSyntaxError };

/** Nesting deeper than this is refused rather than risking the stack; no configuration file comes close. */
const maxDepth = 256;

class SyntaxFailure extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.message);
  }
}

const escapes: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonScanner {
  private offset = 0;
  /** Where the last ',' was, to point at it when a '}' or ']' follows. */
  private lastComma = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.offset = 1;
  }

  parseDocument(): JsonNode {
    this.skipWhitespace();
    const root = this.parseValue(0);
    this.skipWhitespace();
    if (this.offset < this.text.length) this.fail('Unexpected content after the JSON value', this.offset, this.tokenEnd(this.offset));
    return root;
  }

  private fail(message: string, start: number, end: number): never {
    throw new SyntaxFailure({ message, start, end });
  }

  /** Says so when an error is at the end of the text, where there is nothing to underline. */
  private endNote(): string {
    return this.offset >= this.text.length ? ', found the end of the file' : '';
  }

  private skipWhitespace(): void {
    while (this.offset < this.text.length) {
      const character = this.text[this.offset];
      if (character === ' ' || character === '\t' || character === '\n' || character === '\r') this.offset++;
      else if (character === '/' && (this.text[this.offset + 1] === '/' || this.text[this.offset + 1] === '*')) {
        this.fail('Comments are not allowed in JSON', this.offset, this.offset + 2);
      } else return;
    }
  }

  /** End of the "word" at `start`, so an error underlines `undefined` or `'text'` rather than one character. */
  private tokenEnd(start: number): number {
    if (this.text[start] === '"') {
      const string = /"(?:[^"\\\n\r]|\\.)*"?/y;
      string.lastIndex = start;
      return start + (string.exec(this.text)?.[0].length ?? 1);
    }
    let end = start;
    while (end < this.text.length && /[^\s,:{}[\]"]/.test(this.text[end])) end++;
    return Math.max(end, Math.min(start + 1, this.text.length));
  }

  private parseValue(depth: number): JsonNode {
    if (depth > maxDepth) this.fail(`JSON nested deeper than ${maxDepth} levels`, this.offset, this.offset + 1);
    const start = this.offset;
    const character = this.text[start];
    if (character === undefined) this.fail('Expected a value, found the end of the file', start, start);
    if (character === '{') return this.parseObject(depth);
    if (character === '[') return this.parseArray(depth);
    if (character === '"') return this.parseString();
    if (character === '-' || (character >= '0' && character <= '9')) return this.parseNumber();
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (this.text.startsWith(word, start) && this.tokenEnd(start) === start + word.length) {
        this.offset += word.length;
        return { ...node, start, end: this.offset };
      }
    }
    const end = this.tokenEnd(start);
    if (character === "'") this.fail('Strings in JSON need double quotes', start, end);
    return this.fail(`Expected a value, found '${this.text.slice(start, end)}'`, start, end);
  }

  private parseObject(depth: number): JsonObjectNode {
    const start = this.offset++;
    const properties: JsonProperty[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === '}') return { kind: 'object', properties, start, end: ++this.offset };
    for (;;) {
      if (this.text[this.offset] !== '"') {
        const at = this.offset;
        if (this.text[at] === '}') this.fail('Trailing comma is not allowed in JSON', this.lastComma, this.lastComma + 1);
        if (at >= this.text.length) this.fail('Expected a property name, found the end of the file', at, at);
        this.fail('Expected a property name in double quotes', at, this.tokenEnd(at));
      }
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.offset] !== ':') {
        this.fail(`Expected ':' after the property name "${key.value}"${this.endNote()}`, this.offset, this.tokenEnd(this.offset));
      }
      this.offset++;
      this.skipWhitespace();
      const value = this.parseValue(depth + 1);
      properties.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value });
      this.skipWhitespace();
      const separator = this.text[this.offset];
      if (separator === '}') return { kind: 'object', properties, start, end: ++this.offset };
      if (separator !== ',') this.fail(`Expected ',' or '}' after a property${this.endNote()}`, this.offset, this.tokenEnd(this.offset));
      this.lastComma = this.offset++;
      this.skipWhitespace();
    }
  }

  private parseArray(depth: number): JsonArrayNode {
    const start = this.offset++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === ']') return { kind: 'array', items, start, end: ++this.offset };
    for (;;) {
      if (this.text[this.offset] === ']') this.fail('Trailing comma is not allowed in JSON', this.lastComma, this.lastComma + 1);
      items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const separator = this.text[this.offset];
      if (separator === ']') return { kind: 'array', items, start, end: ++this.offset };
      if (separator !== ',') this.fail(`Expected ',' or ']' after an array item${this.endNote()}`, this.offset, this.tokenEnd(this.offset));
      this.lastComma = this.offset++;
      this.skipWhitespace();
    }
  }

  private parseString(): JsonStringNode {
    const start = this.offset++;
    let value = '';
    for (;;) {
      const at = this.offset;
      const character = this.text[at];
      if (character === undefined || character === '\n' || character === '\r') this.fail('Unterminated string', start, at);
      if (character === '"') {
        this.offset++;
        return { kind: 'string', value, start, end: this.offset };
      }
      if (character < ' ') this.fail('Control characters in a string must be escaped', at, at + 1);
      if (character !== '\\') {
        value += character;
        this.offset++;
        continue;
      }
      const escape = this.text[at + 1];
      if (escape === 'u') {
        const hex = this.text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape: it needs four hexadecimal digits', at, Math.min(at + 6, this.text.length));
        value += String.fromCharCode(parseInt(hex, 16));
        this.offset = at + 6;
      } else if (escape !== undefined && escape in escapes) {
        value += escapes[escape];
        this.offset = at + 2;
      } else {
        this.fail(`Invalid escape '\\${escape ?? ''}' in a string`, at, Math.min(at + 2, this.text.length));
      }
    }
  }

  private parseNumber(): JsonNumberNode {
    const start = this.offset;
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = start;
    const found = match.exec(this.text);
    const end = found ? start + found[0].length : start;
    const tokenEnd = this.tokenEnd(start);
    if (!found || tokenEnd !== end) this.fail(`Invalid number '${this.text.slice(start, tokenEnd)}'`, start, tokenEnd);
    this.offset = end;
    return { kind: 'number', value: Number(found[0]), start, end };
  }
}

/** Parses `text` as one JSON value, or returns its first syntax error. */
export function parseJsonTree(text: string): JsonParseResult {
  try {
    return { root: new JsonScanner(text).parseDocument() };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { error: error.detail };
    throw error;
  }
}

/** A human name for a node's kind, for "expected a string, found a number" messages. */
export function describeJsonKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}
