/**
 * Text laid out once. bpa measures a piece of text before it draws it (a table row must fit on its page, a rule
 * is kept together), and lays the whole PDF out twice (the first pass learns the page numbers). pdfkit's
 * `heightOfString` and `text()` each break the text into lines anew, which made a 10,000-server report break
 * every line four times or more. Here a text is broken into lines once, by pdfkit's own line wrapper (the very
 * `_text` that `heightOfString` and `text()` run), and the lines are kept: the height is theirs, and drawing
 * hands each line to pdfkit's `_fragment` at the place `text()` would have given it, so the page is the same.
 * One cache serves both layout passes.
 */

/** pdfkit's internals that `text()` itself is made of (pdfkit 0.17: `_text`, `_fragment`, `currentLineHeight`). */
interface PdfkitText {
  x: number;
  y: number;
  _lineGap: number;
  _font: { name?: string };
  _fontSize: number;
  currentLineHeight(includeGap?: boolean): number;
  _text(
    text: string,
    x: number,
    y: number,
    options: object,
    line: (text: string, options: LineOptions, wrapper?: unknown) => void,
  ): unknown;
  _fragment(text: string, x: number, y: number, options: object): void;
}

interface LineOptions {
  textWidth?: number;
  wordCount?: number;
  lineWidth?: number;
  lineGap?: number;
  [key: string]: unknown;
}

interface Line {
  text: string;
  /** From the left edge the text was laid out at. */
  dx: number;
  /** How far down the next line goes (pdfkit adds it up line by line: so is the same sum made when drawing). */
  advance: number;
  textWidth: number | undefined;
  wordCount: number | undefined;
  lineWidth: number | undefined;
}

/** A text broken into lines for one font, size, width and set of options. */
export interface TextBlock {
  /** The text as it was laid out (made fit for the font). */
  text: string;
  lines: Line[];
  /** The options pdfkit gave the first line (the per-line widths set anew for each line when drawn). */
  options: LineOptions;
}

/**
 * How many laid-out texts are kept: a memory budget of about 56 MB (measured: 559 bytes per kept text, its
 * lines, its map entry and the shaped words, on a 2,000-server fleet report). A report of up to about 19,000
 * servers keeps every text for both passes (a 10,000-server report lays out about 52,000); a larger one keeps
 * the first ones and lays the rest out again each time they are measured or drawn (the same lines: the wrapper
 * is deterministic), so the memory a PDF needs for them stays bounded however large the fleet. At 40,000 the
 * bound made a 10,000-server report lay out about 12,000 texts four times over: a third more time.
 */
export const MAX_KEPT_LAYOUTS = 100_000;

export class TextLayouts {
  /** By font, size and options, then by text. */
  private readonly blocks = new Map<string, Map<string, TextBlock>>();
  private kept = 0;

  constructor(private readonly maxKept = MAX_KEPT_LAYOUTS) {}
  private readonly runs = new Map<string, Record<string, unknown>>();
  /** By font, size and options: the first-line options of the first block laid out, shared by blocks like it. */
  private readonly firstOptions = new Map<string, LineOptions>();

  /**
   * pdfkit's cache of shaped words of a font (`layoutCache` of its EmbeddedFont), one per font for both passes:
   * a word shapes to the same glyphs in every document that embeds the same font file (the subset is made
   * later, by `encode`, for each document).
   */
  shareShapedWords(doc: PDFKit.PDFDocument, fontName: string): void {
    const font = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
    if (!font?.layoutCache) return;
    const shared = this.runs.get(fontName);
    if (!shared) this.runs.set(fontName, font.layoutCache);
    else font.layoutCache = shared;
  }

  /**
   * `raw` (made fit for the font by `prepare`, which depends on the font alone) broken into lines in the
   * document's current font and size with `options` (`width` required), as `text()` would break it where no
   * page break falls inside it.
   */
  layout(
    doc: PDFKit.PDFDocument,
    fontName: string,
    raw: string,
    prepare: (raw: string) => string,
    options: PDFKit.Mixins.TextOptions & { width: number },
  ): TextBlock {
    const d = doc as unknown as PdfkitText;
    const key = `${fontName} ${d._fontSize} ${optionsKey(options)}`;
    let texts = this.blocks.get(key);
    if (!texts) this.blocks.set(key, (texts = new Map()));
    let block = texts.get(raw);
    if (block) return block;
    const text = prepare(raw);
    const { x, y } = d;
    const lines: Line[] = [];
    let first: LineOptions | undefined;
    d._text(text, x, y, { ...options, height: Infinity }, (line, lineOptions) => {
      first ??= { ...lineOptions };
      const advance = d.currentLineHeight(true) + (lineOptions.lineGap || d._lineGap || 0);
      lines.push({
        text: line,
        dx: d.x - x,
        advance,
        textWidth: lineOptions.textWidth,
        wordCount: lineOptions.wordCount,
        lineWidth: lineOptions.lineWidth,
      });
      d.y += advance;
    });
    block = { text, lines, options: this.sharedOptions(key, first ?? {}) };
    d.x = x;
    d.y = y;
    if (this.kept < this.maxKept) {
      texts.set(raw, block);
      this.kept += 1;
    }
    return block;
  }

  /**
   * One options object for the blocks of a key whose first-line options differ only in the per-line widths that
   * `draw` sets anew for every line: less memory per kept text (pdfkit gives every text the same ten options).
   */
  private sharedOptions(key: string, options: LineOptions): LineOptions {
    const shared = this.firstOptions.get(key);
    if (!shared) {
      this.firstOptions.set(key, options);
      return options;
    }
    return sameBesideLineWidths(shared, options) ? shared : options;
  }

  /**
   * The height of a block drawn from where the document is now: the lines' advances added up from there, as
   * `heightOfString` adds them, so that the height is the same number to the last bit (a float sum depends on
   * where it starts).
   */
  height(doc: PDFKit.PDFDocument, block: TextBlock): number {
    const start = doc.y;
    let y = start;
    for (const line of block.lines) y += line.advance;
    return y - start;
  }

  /** Draws a laid-out block with its top left at (x, y) in the current font, size and colour, as `text()` would. */
  draw(doc: PDFKit.PDFDocument, block: TextBlock, x: number, y: number): void {
    const d = doc as unknown as PdfkitText;
    const options = block.options;
    d.y = y;
    for (const line of block.lines) {
      options.textWidth = line.textWidth;
      options.wordCount = line.wordCount;
      options.lineWidth = line.lineWidth;
      d._fragment(line.text, line.dx === 0 ? x : x + line.dx, d.y, options);
      d.y += line.advance;
    }
    d.x = x;
  }
}

const PER_LINE = new Set(['textWidth', 'wordCount', 'lineWidth']);

/** The same options but for those `draw` sets for each line. */
function sameBesideLineWidths(a: LineOptions, b: LineOptions): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => PER_LINE.has(k) || (Object.hasOwn(b, k) && Object.is(a[k], b[k])));
}

/** The options that change how a text is broken or drawn, as a key: the ones bpa gives (others are refused). */
function optionsKey(o: PDFKit.Mixins.TextOptions): string {
  for (const name of Object.keys(o)) {
    if (!KEYED.has(name)) throw new Error(`text layout: option ${name} is not part of the key`);
  }
  return `${o.width}|${o.lineGap}|${o.align}|${o.goTo ?? ''}|${o.link ?? ''}|${o.underline}`;
}

const KEYED = new Set(['width', 'lineGap', 'align', 'goTo', 'link', 'underline']);
