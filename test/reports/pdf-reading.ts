import PDFParser from 'pdf2json';

export interface PdfText {
  /** The text of each page, lines joined by \n, as pdf2json (a pure-JS PDF.js fork) extracts it. */
  pages: string[];
}

/** Extracts the text of every page of a PDF. */
export function extractText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataError', (e) => reject(e.parserError));
    parser.on('pdfParser_dataReady', () => {
      const raw = parser.getRawTextContent().replace(/\r\n/g, '\n');
      const pages = raw.split(/-+Page \(\d+\) Break-+\n?/).slice(0, -1);
      resolve({ pages: pages.map((p) => p.trim()) });
    });
    // pdf2json reads the buffer's whole ArrayBuffer when its length differs: give it one of its own.
    parser.parseBuffer(Buffer.from(new Uint8Array(pdf)), 0);
  });
}

/**
 * The text runs of every page as pdfkit wrote them (a table cell, a line of a paragraph, a label), each on its
 * own: the raw text of extractText joins the runs of a line without a space.
 */
export function extractRuns(pdf: Buffer): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataError', (e) => reject(e.parserError));
    parser.on('pdfParser_dataReady', (data) => {
      resolve(data.Pages.map((page) => page.Texts.map((t) => t.R.map((r) => decodeURIComponent(r.T)).join(''))));
    });
    parser.parseBuffer(Buffer.from(new Uint8Array(pdf)), 0);
  });
}

export interface OutlineNode {
  title: string;
  /** The index of the page the item points to. */
  page: number;
  children: OutlineNode[];
}

/**
 * The outline (bookmarks) of an uncompressed PDF, read from its objects: the catalog's /Outlines, each item's
 * /First and /Next, its /Title (a PDF string, UTF-16BE when it starts with a byte order mark) and /Dest page.
 */
export function readOutline(pdf: Buffer): OutlineNode[] {
  const text = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(?:stream|endobj)/g)) objects.set(m[1]!, m[2]!);
  const pageIds = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(text)?.[1]?.match(/\d+(?= 0 R)/g) ?? ([] as string[]);
  const catalog = [...objects.values()].find((o) => o.includes('/Type /Catalog'));
  const root = catalog && /\/Outlines (\d+) 0 R/.exec(catalog)?.[1];
  if (!root) return [];
  const ref = (obj: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(obj)?.[1];
  const children = (id: string): OutlineNode[] => {
    const out: OutlineNode[] = [];
    for (let child = ref(objects.get(id) ?? '', 'First'); child; child = ref(objects.get(child) ?? '', 'Next')) {
      const obj = objects.get(child) ?? '';
      const page = pageIds.indexOf(/\/Dest \[(\d+) 0 R/.exec(obj)?.[1] ?? '');
      out.push({
        title: pdfString(/\/Title (\((?:\\[\s\S]|[^\\)])*\))/.exec(obj)?.[1] ?? '()'),
        page,
        children: children(child),
      });
    }
    return out;
  };
  return children(root);
}

/** Decodes a PDF literal string `(…)`: escapes, octal codes, and UTF-16BE with a byte order mark. */
function pdfString(literal: string): string {
  const bytes: number[] = [];
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const next = body[++i]!;
    const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += octal.length - 1;
    } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return buffer.subarray(2).swap16().toString('utf16le');
  return buffer.toString('latin1');
}

/** The body of an A4 page in pdf2json's units (16 points each): below the header, above the footer. */
const BODY = { top: 62 / 16, bottom: (841.89 - 56) / 16 };

/**
 * How far down each page its body is written: the lowest text line between header and footer, as a share of
 * the body's height (0 empty, 1 full to the bottom margin).
 */
export function pageFill(pdf: Buffer): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataError', (e) => reject(e.parserError));
    parser.on('pdfParser_dataReady', (data) => {
      resolve(
        data.Pages.map((page) => {
          const ys = page.Texts.map((t) => t.y).filter((y) => y > BODY.top - 1 && y < BODY.bottom);
          return ys.length === 0 ? 0 : (Math.max(...ys) - BODY.top) / (BODY.bottom - BODY.top);
        }),
      );
    });
    parser.parseBuffer(Buffer.from(new Uint8Array(pdf)), 0);
  });
}

/**
 * The page the table of contents gives for `title`: its line "title<page>", as pdf2json writes it, on the page
 * after the `heading` of the contents, on its page or the two after it; undefined when there is no such line.
 */
export function tocPage(text: PdfText, heading: string, title: string): number | undefined {
  const start = text.pages.findIndex((p) => p.split('\n').includes(heading));
  if (start < 0) return undefined;
  const lines = text.pages
    .slice(start, start + 3)
    .join('\n')
    .split('\n');
  const line = lines.slice(lines.indexOf(heading)).find((l) => l.startsWith(title) && /^\d+$/.test(l.slice(title.length).trim()));
  return line === undefined ? undefined : Number(line.slice(title.length));
}
