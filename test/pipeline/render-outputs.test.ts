import { FORMATS } from '../../reports';
import { FORMAT_NAMES } from '../../reports/format-files';
import { renderOutputs } from '../../src/pipeline/render-outputs';
import { sampleReport } from '../outputs/report-fixture';

/**
 * renderOutputs loads each format's renderer when it is first asked for (render-outputs.ts), not all of
 * reports/index.ts: the same bytes, extension and binary flag as `FORMATS`, in both languages. PDF is left to the
 * PDF tests (its bytes carry the time it was made); its extension and flag are checked here.
 */
describe('renderOutputs renders as FORMATS does', () => {
  const textFormats = FORMAT_NAMES.filter((f) => f !== 'pdf');

  it.each(['en', 'de'] as const)('every text format of a sample report, %s', async (lang) => {
    const { report } = await sampleReport('ccr-health-de', lang);
    const outputs = await renderOutputs(report, textFormats, { lang, color: false });
    expect(outputs.map((o) => o.format)).toEqual(textFormats);
    for (const out of outputs) {
      const def = FORMATS[out.format]!;
      expect([out.extension, out.binary]).toEqual([def.extension, def.binary]);
      expect(out.content).toEqual(await def.reporter(report, { lang, color: false }));
    }
  });

  it('the text format with colours', async () => {
    const { report } = await sampleReport('ccr-windows-en', 'en');
    const [out] = await renderOutputs(report, ['text'], { lang: 'en', color: true });
    expect(out!.content).toEqual(await FORMATS.text!.reporter(report, { lang: 'en', color: true }));
  });

  it('a PDF: its extension, binary, and a PDF', async () => {
    const { report } = await sampleReport('ccr-health-en', 'en');
    const [out] = await renderOutputs(report, ['pdf'], { lang: 'en' });
    expect([out!.extension, out!.binary]).toEqual([FORMATS.pdf!.extension, true]);
    expect((out!.content as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
