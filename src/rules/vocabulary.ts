/**
 * The words of the rule format (languages, scopes, categories, severities, profiles) as plain lists, apart from
 * the TypeBox schema in rule-schema.ts: the command line names them in its options without building a schema.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SCOPES = [
  'server',
  'adapter',
  'account',
  'storageGroup',
  'database',
  'volume',
  'disk',
  'cluster',
  'organization',
] as const;
export type Scope = (typeof SCOPES)[number];
export const CATEGORIES = [
  'Operating system',
  'Prerequisites',
  'Cluster',
  'Network',
  'Accounts',
  'Transport',
  'Storage',
  'Virtualization',
  'Exchange',
  'System',
  'Client',
] as const;
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const PROFILES = ['readiness', 'health'] as const;
export type Profile = (typeof PROFILES)[number];

/** The facts each scope provides to its rules; the first is the entity itself. */
export const SCOPE_FACTS: Record<Scope, readonly string[]> = {
  server: ['server', 'cluster', 'organization'],
  adapter: ['adapter', 'server', 'cluster'],
  account: ['account', 'server', 'cluster'],
  storageGroup: ['storageGroup', 'server', 'cluster', 'organization'],
  database: ['database', 'storageGroup', 'server', 'organization'],
  volume: ['volume', 'server'],
  disk: ['partition', 'volume', 'server'],
  cluster: ['cluster', 'organization'],
  organization: ['organization'],
};
