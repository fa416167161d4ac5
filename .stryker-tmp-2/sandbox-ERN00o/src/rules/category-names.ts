// @ts-nocheck
import type { Lang } from './rule-schema';

/** The categories of rule-schema.ts as German texts name them. */
const CATEGORY_DE: Record<string, string> = {
  'Operating system': 'Betriebssystem',
  Prerequisites: 'Voraussetzungen',
  Cluster: 'Cluster',
  Network: 'Netzwerk',
  Accounts: 'Konten',
  Transport: 'Transport',
  Storage: 'Speicher',
  Virtualization: 'Virtualisierung',
  Exchange: 'Exchange',
  System: 'System',
  Client: 'Client',
};

/** A category in the given language; an unknown category (from a user's rule) as it is. */
export function categoryLabel(category: string, lang: Lang): string {
  return lang === 'de' ? (CATEGORY_DE[category] ?? category) : category;
}
