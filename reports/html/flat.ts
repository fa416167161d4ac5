/**
 * `text` made one piece in memory. A row's markup is built from dozens of `+` and `${}`, and V8 keeps such a string
 * as a tree of pieces (a rope) until something reads it. A fleet report's page holds its tens of thousands of rows
 * to the end of the render, so every piece of every row survived each young-generation garbage collection and was
 * copied by it: most of the render's time. Reading one character makes V8 copy the row into one flat string, and
 * its pieces die young, where collecting them costs nearly nothing. The text is unchanged.
 */
export function flat(text: string): string {
  text.charCodeAt(text.length >> 1);
  return text;
}

/**
 * Characters gathered before they are made one piece: above V8's largest regular object (128 KiB), so that the
 * piece is allocated among the large objects, which a young-generation collection moves without copying.
 */
const CHUNK = 1 << 17;

/**
 * A long text written row by row (a section with a row per server or finding): the rows are made one piece a
 * chunk of about 128 Ki characters at a time. Rows kept one by one (`flat` per row) survived every young collection
 * until the page was done and were copied by each (two copies per row, most of a fleet render's collection time);
 * a chunk is made before the next collection, its rows die young, and the chunk itself is not copied. The text is
 * the rows one after the other, unchanged.
 */
export class RowText {
  private done = '';
  private pending = '';

  constructor(head = '') {
    this.pending = head;
  }

  add(row: string): void {
    this.pending += row;
    if (this.pending.length >= CHUNK) {
      this.done += flat(this.pending);
      this.pending = '';
    }
  }

  text(): string {
    return this.done + this.pending;
  }
}
