import { decodeCapture } from '../bundle/decode';
import { tooLargeMessage, type BundleFile, type BundleFolder } from '../bundle/read-bundle';
import { looksBinary } from '../../collectors/shapes/lines';
import { definitionFor, type SourceDefinition } from '../../collectors/source-definition';
import type { Diagnostic } from '../shared/diagnostic';
import type { SourceStatus } from '../snapshot/schema';

/** The diagnostic of a file in a server folder that no source definition names. */
export const NOT_A_SOURCE = 'not a source bpa reads; ignored';

/** The parsed facts of one source file, with its status for the snapshot. */
export interface CollectedSource {
  file: string;
  status: SourceStatus;
  facts?: unknown;
}

export interface CollectedFolder {
  name: string;
  sources: Map<string, CollectedSource>;
  /** Diagnostics about the folder itself (unknown files). */
  diagnostics: Diagnostic[];
}

/**
 * Decodes and parses every known source of one bundle folder. Never throws: an unreadable file is a
 * `failed` source with a diagnostic naming it, an unknown file is noted and skipped.
 */
export function collectFolder(folder: BundleFolder, sources: readonly SourceDefinition[]): CollectedFolder {
  const collected: CollectedFolder = { name: folder.name, sources: new Map(), diagnostics: [] };
  const codePage = oemCodePageOf(folder, sources);
  for (const file of folder.files) {
    const where = `${folder.name}/${file.name}`;
    const definition = definitionFor(sources, file.name);
    if (!definition) {
      collected.diagnostics.push({ file: where, severity: 'info', message: NOT_A_SOURCE });
      continue;
    }
    collected.sources.set(file.name.toLowerCase(), collectFile(where, file, definition, codePage));
  }
  return collected;
}

function collectFile(
  where: string,
  file: BundleFile,
  definition: SourceDefinition,
  codePage: number | undefined,
): CollectedSource {
  const failed = (message: string, encoding?: string): CollectedSource => ({
    file: where,
    status: { status: 'failed', ...(encoding ? { encoding } : {}), diagnostics: [{ file: where, severity: 'error', message }] },
  });
  const { bytes } = file;
  if (file.tooLarge !== undefined) return failed(tooLargeMessage(file.tooLarge));
  if (bytes.length === 0) return failed('empty file');
  const decoded = decodeCapture(bytes, codePage);
  if (looksBinary(decoded.text)) return failed('binary content, not command output', decoded.encoding);
  if (decoded.text.trim() === '') return failed('holds only blanks', decoded.encoding);
  let result;
  try {
    result = definition.parse({ text: decoded.text, file: where });
  } catch (e) {
    return failed(`could not be parsed (${(e as Error).message}); please report this as a bpa bug`, decoded.encoding);
  }
  const diagnostics = result.diagnostics.map((d) => ({ ...d, file: where }));
  if (decoded.lossy) {
    diagnostics.unshift({
      file: where,
      severity: 'warning',
      message: `some bytes are not valid ${decoded.encoding}; they were replaced`,
    });
  }
  const hasError = diagnostics.some((d) => d.severity === 'error');
  const status: SourceStatus = {
    status: hasError && isEmptyFacts(result.facts) ? 'failed' : 'parsed',
    encoding: decoded.encoding,
    ...(result.language ? { language: result.language } : {}),
    diagnostics,
  };
  return { file: where, status, facts: result.facts };
}

function isEmptyFacts(facts: unknown): boolean {
  if (facts === undefined || facts === null) return true;
  if (typeof facts !== 'object') return false;
  return Object.values(facts).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

/** The OEM code page from the folder's chcp.txt (`Active code page: 850`), when there is one. */
function oemCodePageOf(folder: BundleFolder, sources: readonly SourceDefinition[]): number | undefined {
  const chcp = folder.files.find((f) => f.name.toLowerCase() === 'chcp.txt');
  const definition = definitionFor(sources, 'chcp.txt');
  if (!chcp || !definition) return undefined;
  try {
    const facts = definition.parse({ text: decodeCapture(chcp.bytes).text, file: 'chcp.txt' }).facts as { codePage?: number };
    return facts.codePage;
  } catch {
    return undefined;
  }
}
