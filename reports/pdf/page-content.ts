/**
 * Two of pdfkit's per-operator costs, taken off the written pass without changing a byte of the document.
 *
 * - pdfkit hands every operator (`BT`, a `Tm`, a `TJ`, a colour, a line) to the page's content stream as a piece
 *   of its own: a string turned into a byte array character by character, kept in a list, and all of them joined
 *   when the page ends. A 10,000-server report writes millions of them. Here the operators of a page are gathered
 *   in one string, separated by the line break pdfkit puts after each, and handed over as one piece of bytes when
 *   the page ends (or before anything else writes to it): the stream gets the same bytes.
 * - pdfkit parses a colour and formats its three components every time it is set (bpa sets one for every table
 *   cell). The two operators a hex colour gives are the same every time: made once per colour and document.
 *
 * The internals used are pdfkit's own (0.17+): `addContent`, `flushPages`, `endPageMarkings`, `page.write`,
 * `_setColorCore`, `_normalizeColor`. The layout pass replaces `addContent` by a no-op instead and does not call this.
 */
interface PdfkitContent {
  page: { write(chunk: string | Uint8Array): void };
  addContent(data: string | Uint8Array): unknown;
  flushPages(): void;
  endPageMarkings(page: unknown): unknown;
  _setColorCore(color: unknown, stroke: boolean): boolean;
  _normalizeColor(color: unknown): unknown;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function batchPageContent(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as PdfkitContent;
  let pending: string | undefined;
  const flush = () => {
    if (pending === undefined) return;
    const text = pending;
    pending = undefined;
    // The bytes page.write would make of the text (each character's low byte, with the line break it appends
    // after the last operator), made natively rather than one character at a time.
    d.page.write(Buffer.from(`${text}\n`, 'latin1'));
  };
  d.addContent = (data) => {
    if (typeof data !== 'string') {
      flush();
      d.page.write(data);
    } else {
      pending = pending === undefined ? data : `${pending}\n${data}`;
    }
    return doc;
  };
  // Every page pdfkit ends goes through flushPages (addPage, end); markings are closed on the page first.
  const { flushPages, endPageMarkings } = d;
  d.flushPages = function (this: PdfkitContent) {
    flush();
    flushPages.call(this);
  };
  d.endPageMarkings = function (this: PdfkitContent, page: unknown) {
    flush();
    return endPageMarkings.call(this, page);
  };

  const setColorCore = d._setColorCore;
  const colorOps = new Map<string, [string, string]>();
  d._setColorCore = function (this: PdfkitContent, color: unknown, stroke: boolean) {
    if (typeof color !== 'string' || !HEX_COLOR.test(color)) return setColorCore.call(this, color, stroke);
    const key = `${stroke ? 'S' : 'f'}${color}`;
    let ops = colorOps.get(key);
    if (!ops) {
      // What _setColorCore writes for an RGB colour: its colour space, then its components.
      const rgb = this._normalizeColor(color) as number[];
      ops = [`/DeviceRGB ${stroke ? 'CS' : 'cs'}`, `${rgb.join(' ')} ${stroke ? 'SCN' : 'scn'}`];
      colorOps.set(key, ops);
    }
    this.addContent(ops[0]);
    this.addContent(ops[1]);
    return true;
  };
}
