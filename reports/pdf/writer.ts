import PDFDocument from 'pdfkit';
import type { Lang } from '../../src/rules/rule-schema';
import { breakLongRuns, escapeInvisible, shorten } from '../../src/shared/display-text';
import { batchPageContent } from './page-content';
import { TextLayouts, type TextBlock } from './text-layout';

/** A4 portrait, in points. */
export const PAGE = { width: 595.28, height: 841.89, top: 62, bottom: 56, left: 50, right: 50 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const INK = '#1d2433';
export const MUTED = '#5b6475';
export const RULE = '#d9dee7';
export const WASH = '#f2f4f7';

const FONTS = {
  sans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
} as const;
export type FontName = keyof typeof FONTS;

export interface WriterOptions {
  lang: Lang;
  title: string;
  author?: string;
  subject?: string;
  /** The document's creation date: the scan's, so the same report gives the same PDF. */
  createdAt: Date;
  accent: string;
  /** Streams compressed (default); tests turn it off to read the PDF's objects. */
  compress?: boolean;
  /**
   * Keep the output (default). A layout pass keeps nothing: it only learns where things fall, so it writes no
   * page content at all (see the constructor).
   */
  keep?: boolean;
  /** Texts already broken into lines, shared by the layout passes of one document. */
  layouts?: TextLayouts;
}

const ZERO_WIDTH_SPACE = 0x200b;
const PLAIN = /^[\x20-\x7e]*$/;
/** The longest run without a blank that a font without a zero-width space (DejaVu Sans Mono) shows whole. */
const RUN_MAX = 120;

/**
 * A long run without a blank gets a zero-width space every few characters: pdfkit, finding no place to break
 * it, would measure the rest of the run again for every line it fills (minutes for a 10,000-character name).
 * A font without that character shows such a run shortened instead.
 */
function breakable(text: string, zeroWidthSpace: boolean): string {
  if (zeroWidthSpace) return breakLongRuns(text, String.fromCodePoint(ZERO_WIDTH_SPACE));
  return text.replace(new RegExp(`\\S{${RUN_MAX + 1},}`, 'gu'), (run) => shorten(run, RUN_MAX));
}

/** The outline (bookmarks) of pdfkit, as far as bpa uses it. */
export interface OutlineItem {
  addItem(title: string, options?: { expanded?: boolean }): OutlineItem;
}

/**
 * The PDF being written: pdfkit with DejaVu fonts embedded (subsets), each page written out as soon as the
 * next begins (so memory does not grow with the page count), and text made safe: a character the font has
 * no glyph for is written as its code point (U+4E2D) rather than dropped, an invisible one (a bidi override,
 * a zero-width space) as `⟨U+202E⟩`, and a long run without a blank gets places to break a line.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly accent: string;
  readonly layouts: TextLayouts;
  private readonly covered = new Map<string, Set<number>>();
  /** What `safe` made of a text, by font. */
  private readonly made = new Map<object | undefined, Map<string, string>>();
  /** The fonts whose shaped words are shared with the other layout pass. */
  private readonly shared = new Set<FontName>();
  private readonly chunks: Buffer[] = [];
  private pending: Uint8Array[] = [];
  private readonly ended: Promise<void>;
  private currentFont: FontName = 'sans';
  private currentSize = 10;
  private currentColor = INK;

  constructor(options: WriterOptions) {
    this.accent = options.accent;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      autoFirstPage: false,
      compress: options.compress ?? true,
      lang: options.lang === 'de' ? 'de-DE' : 'en-GB',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: options.title,
        ...(options.author ? { Author: options.author } : {}),
        ...(options.subject ? { Subject: options.subject } : {}),
        Creator: 'bpa',
        CreationDate: options.createdAt,
      },
    });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, require.resolve(file));
    this.layouts = options.layouts ?? new TextLayouts();
    const keep = options.keep ?? true;
    if (!keep) {
      // The layout pass: where text, lines and pages fall is decided by pdfkit's line wrapper and bpa's own
      // arithmetic, never by the content a page gets. Writing none (no glyphs encoded, no drawing operators)
      // leaves every position as it is and spares the pass most of its time.
      const quiet = this.doc as unknown as {
        _fragment: () => void;
        addContent: () => PDFKit.PDFDocument;
        fillColor: (color: unknown, opacity?: number) => PDFKit.PDFDocument;
        _fillColor?: unknown[];
      };
      quiet._fragment = () => undefined;
      quiet.addContent = () => this.doc;
      // A colour is only an operator in the content (and bpa gives no opacity): remembered as pdfkit remembers
      // it (a page break sets it again), not parsed and written.
      quiet.fillColor = (color, opacity) => {
        quiet._fillColor = [color, opacity];
        return this.doc;
      };
    } else {
      // The written pass: a page's operators handed to pdfkit's stream in one piece, colours made once.
      batchPageContent(this.doc);
    }
    // Taking each chunk as pdfkit writes it keeps its stream from buffering the whole document: once the
    // header it wrote before anyone listened is read, every later write is handed over at once.
    this.doc.on('data', (chunk: Uint8Array) => {
      if (keep) this.keep(chunk);
    });
    while (this.doc.read() !== null);
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
  }

  /**
   * Calls `draw` on every new page (a header and footer), also when pdfkit breaks a paragraph onto a new
   * page; the position, font and colour of the text being written are restored afterwards.
   */
  onNewPage(draw: () => void): void {
    this.doc.on('pageAdded', () => {
      const { x, y } = this.doc;
      const [font, size, color] = [this.currentFont, this.currentSize, this.currentColor];
      draw();
      this.font(font, size, color);
      this.doc.x = x;
      this.doc.y = y;
    });
  }

  get outline(): OutlineItem {
    return (this.doc as unknown as { outline: OutlineItem }).outline;
  }

  /** The 1-based number of the page being written. */
  get pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  addPage(): void {
    this.doc.addPage();
    this.doc.x = PAGE.left;
    this.doc.y = PAGE.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > PAGE.height - PAGE.bottom) this.addPage();
  }

  font(name: FontName, size: number, color = INK): this {
    this.currentFont = name;
    this.currentSize = size;
    this.currentColor = color;
    this.doc.font(name).fontSize(size).fillColor(color);
    if (!this.shared.has(name)) {
      this.shared.add(name);
      this.layouts.shareShapedWords(this.doc, name);
    }
    return this;
  }

  /**
   * Text as the current font can show it: an invisible character shown as `⟨U+202E⟩`, a character without a
   * glyph as its code point, and a break opportunity in every long run without a blank.
   */
  safe(raw: string): string {
    // Printable ASCII of at most 64 characters is already safe (no invisible character, a glyph for each in
    // every font, no run long enough to break): the most of a report's texts.
    if (raw.length <= 64 && PLAIN.test(raw)) return raw;
    // By the font the document has set (what makeSafe asks), which fittingSize may set apart from currentFont.
    const font = (this.doc as unknown as { _font?: object })._font;
    let memo = this.made.get(font);
    if (!memo) this.made.set(font, (memo = new Map()));
    let made = memo.get(raw);
    if (made === undefined) memo.set(raw, (made = this.makeSafe(raw)));
    return made;
  }

  private makeSafe(raw: string): string {
    const text = escapeInvisible(raw, '\r\n\t');
    let glyphs = this.covered.get(this.currentFont);
    if (!glyphs) this.covered.set(this.currentFont, (glyphs = new Set()));
    const font = (this.doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font;
    if (!font?.hasGlyphForCodePoint) return text;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x7f || glyphs.has(cp) || /\s/.test(ch)) {
        out += ch;
      } else if (font.hasGlyphForCodePoint(cp)) {
        glyphs.add(cp);
        out += ch;
      } else {
        out += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
      }
    }
    return breakable(out, font.hasGlyphForCodePoint(ZERO_WIDTH_SPACE));
  }

  /** The largest font size from `size` down to `min` (in half points) at which `text` fits `width` on one line. */
  fittingSize(name: FontName, text: string, width: number, size: number, min: number): number {
    let s = size;
    while (s > min) {
      this.doc.font(name).fontSize(s);
      if (this.doc.widthOfString(this.safe(text)) <= width) break;
      s -= 0.5;
    }
    this.font(this.currentFont, this.currentSize, this.currentColor);
    return s;
  }

  /**
   * `text`, made safe for the current font, broken into lines at `options.width` in the current font and size,
   * once for the document: its height and its lines for `drawBlock`.
   */
  block(text: string, options: PDFKit.Mixins.TextOptions & { width: number }): TextBlock {
    return this.layouts.layout(this.doc, this.currentFont, text, (raw) => this.safe(raw), options);
  }

  /** The height of a block drawn from the current position, exactly as `heightOfString` gives it. */
  blockHeight(block: TextBlock): number {
    return this.layouts.height(this.doc, block);
  }

  /** A block of `block` drawn with its top left at (x, y) in the current font, size and colour; the position ends below it. */
  drawBlock(block: TextBlock, x: number, y: number): void {
    this.layouts.draw(this.doc, block, x, y);
  }

  /** A paragraph at the left margin over the full width (or `width`), in the current font. */
  paragraph(text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.text(this.safe(text), PAGE.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: 1.5, ...options });
  }

  /** The finished document's bytes (empty when not kept). */
  async finish(): Promise<Buffer> {
    this.doc.end();
    await this.ended;
    return Buffer.concat([...this.chunks, ...this.pending]);
  }

  /** pdfkit writes a line at a time: the small chunks are joined as they come, a tiny object each costs more than its bytes. */
  private keep(chunk: Uint8Array): void {
    this.pending.push(chunk);
    if (this.pending.length >= 4096) {
      this.chunks.push(Buffer.concat(this.pending));
      this.pending = [];
    }
  }
}
