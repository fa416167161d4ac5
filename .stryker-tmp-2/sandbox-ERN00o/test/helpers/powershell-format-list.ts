/**
 * Writes objects the way PowerShell's `Format-List` writes them to a file (see
 * `collectors/shapes/format-list.ts` for the layout and where it comes from), so that tests can turn one
 * fixture into its variants (another console width, a collection cut after four items, UTF-16LE); the
 * generic variants (LF, console copies) are in `parser-robustness.ts`.
 */
// @ts-nocheck


export type Properties = ReadonlyArray<readonly [name: string, value: string]>;

export interface FormatListOptions {
  /** Console width PowerShell wraps at (80 for a default console, 120 for a widened one). */
  width?: number;
  eol?: '\r\n' | '\n';
}

/** The text of `objects | Format-List > file`: two blank lines, records separated by one, two at the end. */
export function formatList(objects: readonly Properties[], options: FormatListOptions = {}): string {
  const { width = 80, eol = '\r\n' } = options;
  const lines: string[] = ['', ''];
  for (const [i, properties] of objects.entries()) {
    if (i > 0) lines.push('');
    lines.push(...formatRecord(properties, width));
  }
  lines.push('', '');
  return lines.join(eol) + eol;
}

function formatRecord(properties: Properties, width: number): string[] {
  const labelWidth = Math.max(...properties.map(([name]) => name.length));
  const valueColumn = labelWidth + 3;
  const fieldWidth = width - valueColumn;
  const lines: string[] = [];
  for (const [name, value] of properties) {
    value.split('\n').forEach((part, i) => {
      const chunks = chunk(part, fieldWidth);
      chunks.forEach((text, k) => {
        const prefix = i === 0 && k === 0 ? `${name.padEnd(labelWidth)} : ` : ' '.repeat(valueColumn);
        lines.push(prefix + text);
      });
    });
  }
  return lines;
}

function chunk(text: string, size: number): string[] {
  if (text.length === 0) return [''];
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

/** A collection as PowerShell prints it: `{a, b}`, cut after `$FormatEnumerationLimit` (4) items. */
export function collection(items: readonly string[], limit = 4): string {
  const shown = items.slice(0, limit).join(', ');
  return `{${shown}${items.length > limit ? '...' : ''}}`;
}

/** UTF-16LE with a byte order mark, as PowerShell's `>` writes. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
}
