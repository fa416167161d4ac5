import type { Language } from '../types';
import type { Line } from '../shapes/lines';
import { languageByMarkers } from './cmd-common';

/**
 * The language of a `cluster res … /priv` listing (one resource's, as in `cluster-res-mns-priv.txt`, or every
 * resource's, as in `cluster-res-priv.txt`): property names are never translated, the intro and the header are.
 */
const MARKERS = {
  en: [/^Listing private properties for /i, /^T\s+Resource\s+Name\s+Value\b/],
  de: [/\bprivaten? Eigenschaften\b/i, /^T\s+Ressource\s+Name\s+Wert\b/],
} satisfies Record<Language, RegExp[]>;

export function detectPrivatePropertiesLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, MARKERS);
}
