/** Where a JSON text breaks: the 1-based line and column of the first character JSON does not allow there. */
export interface JsonErrorPosition {
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string; position?: JsonErrorPosition };

/** JSON.parse, and on a syntax error its message with the line and column of the mistake. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const offset = positionIn(message) ?? jsonErrorOffset(text);
    return { ok: false, message, ...(offset !== undefined ? { position: lineAndColumn(text, offset) } : {}) };
  }
}

/** `file:line:column` for a message, or just the file when the position is unknown. */
export function atPosition(file: string, position: JsonErrorPosition | undefined): string {
  return position ? `${file}:${position.line}:${position.column}` : file;
}

function positionIn(message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

export function lineAndColumn(text: string, offset: number): JsonErrorPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The offset of the first syntax error of a JSON text (RFC 8259), or undefined when it has none: for the
 * mistakes V8's message gives no position for (`Unexpected token ']', "[1,]" is not valid JSON`).
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const blanks = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) {
          i++; // at the character after the backslash, as V8 says
          fail();
        }
        i = ESCAPE.lastIndex;
      } else if (c < ' ') fail();
      else i++;
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    blanks();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      blanks();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const member = () => {
    blanks();
    if (text[i] !== '"') fail();
    string();
    blanks();
    if (text[i] !== ':') fail();
    i++;
    value();
  };
  const value = (): void => {
    blanks();
    const c = text[i];
    if (c === '{') return list('}', member);
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    NUMBER_OR_LITERAL.lastIndex = i;
    if (!NUMBER_OR_LITERAL.test(text)) fail();
    i = NUMBER_OR_LITERAL.lastIndex;
  };
  try {
    value();
    blanks();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    if (e instanceof JsonStop) return e.offset;
    if (e instanceof RangeError) return undefined; // nested too deep to follow: V8's position, if any
    throw e;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
