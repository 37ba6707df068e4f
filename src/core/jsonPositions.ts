/**
 * A small JSON reader that keeps each value's position, so configuration problems can point
 * at the offending line and column. Accepts what JSON.parse accepts.
 */
interface At {
  line: number;
  character: number;
}
export type JsonNode = At &
  (
    | { type: 'object'; entries: Array<[At & { value: string }, JsonNode]> }
    | { type: 'array'; elements: JsonNode[] }
    | { type: 'string'; value: string }
    | { type: 'number'; value: number }
    | { type: 'boolean'; value: boolean }
    | { type: 'null'; value: null }
  );

export type JsonRead = { node: JsonNode } | { error: At & { message: string } };

export function readJson(text: string): JsonRead {
  const reader = new Reader(text);
  try {
    reader.space();
    const node = reader.value();
    reader.space();
    if (!reader.done()) reader.fail('unexpected text after the end');
    return { node };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { message: error.message, line: error.line, character: error.character } };
    throw error;
  }
}

class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly character: number) {
    super(message);
  }
}

class Reader {
  private index = 0;
  private line = 0;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  done(): boolean {
    return this.index >= this.text.length;
  }

  at(): At {
    return { line: this.line, character: this.index - this.lineStart };
  }

  fail(message: string): never {
    const at = this.at();
    throw new JsonSyntaxError(message, at.line, at.character);
  }

  space(): void {
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '\n') {
        this.index++;
        this.line++;
        this.lineStart = this.index;
      } else if (char === ' ' || char === '\t' || char === '\r') this.index++;
      else break;
    }
  }

  value(): JsonNode {
    const at = this.at();
    const char = this.text[this.index];
    if (char === '{') return { ...at, type: 'object', entries: this.object() };
    if (char === '[') return { ...at, type: 'array', elements: this.array() };
    if (char === '"') return { ...at, type: 'string', value: this.string() };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.index, this.index + 64));
    if (!literal) this.fail(char === undefined ? 'unexpected end of file' : `unexpected character ${JSON.stringify(char)}`);
    this.index += literal[0].length;
    if (literal[0] === 'true' || literal[0] === 'false') return { ...at, type: 'boolean', value: literal[0] === 'true' };
    if (literal[0] === 'null') return { ...at, type: 'null', value: null };
    return { ...at, type: 'number', value: Number(literal[0]) };
  }

  private object(): Array<[At & { value: string }, JsonNode]> {
    const entries: Array<[At & { value: string }, JsonNode]> = [];
    this.index++;
    this.space();
    if (this.text[this.index] === '}') {
      this.index++;
      return entries;
    }
    for (;;) {
      this.space();
      if (this.text[this.index] !== '"') this.fail('expected a property name in double quotes');
      const keyAt = this.at();
      const key = { ...keyAt, value: this.string() };
      this.space();
      if (this.text[this.index] !== ':') this.fail('expected ":" after the property name');
      this.index++;
      this.space();
      entries.push([key, this.value()]);
      this.space();
      const next = this.text[this.index];
      this.index++;
      if (next === '}') return entries;
      if (next !== ',') {
        this.index--;
        this.fail('expected "," or "}"');
      }
    }
  }

  private array(): JsonNode[] {
    const elements: JsonNode[] = [];
    this.index++;
    this.space();
    if (this.text[this.index] === ']') {
      this.index++;
      return elements;
    }
    for (;;) {
      this.space();
      elements.push(this.value());
      this.space();
      const next = this.text[this.index];
      this.index++;
      if (next === ']') return elements;
      if (next !== ',') {
        this.index--;
        this.fail('expected "," or "]"');
      }
    }
  }

  private string(): string {
    const start = this.index;
    this.index++;
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '"') {
        this.index++;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          this.index = start;
          this.fail('invalid string');
        }
      }
      if (char === '\n') this.fail('unterminated string');
      this.index += char === '\\' ? 2 : 1;
    }
    return this.fail('unterminated string');
  }
}
