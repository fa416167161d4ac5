import { Type, type Static } from '@sinclair/typebox';
import { DiagnosticSchema } from '../snapshot/schema';

/** The JSON report: the contract of `bpa scan --format json` (design.md), published as schemas/report.schema.json. */
const Obj = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Object(props, { additionalProperties: false });
const Severity = Type.Union([Type.Literal('critical'), Type.Literal('warning'), Type.Literal('info')]);

export const EvidenceSchema = Obj({
  path: Type.String(),
  actual: Type.Unknown(),
  expected: Type.String(),
  source: Type.Optional(Type.String()),
});

/** A part of a rule that could not be checked although the rule fired on what was known. */
export const NotCheckedSchema = Obj({
  fact: Type.String({ description: 'the absent fact, e.g. cluster.failedGroups' }),
  sources: Type.Array(Type.String(), { description: 'the source files that would have given it' }),
  reason: Type.String({ description: "why it is absent, in the report's language (cluster-group.txt missing)" }),
});

export const FindingSchema = Obj({
  ruleId: Type.String({ pattern: '^[A-Z]{2,3}-[0-9]{3}$' }),
  severity: Severity,
  category: Type.String(),
  server: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
  title: Type.String(),
  message: Type.String(),
  rationale: Type.Optional(Type.String({ description: "why the rule matters, in the report's language" })),
  evidence: Type.Array(EvidenceSchema),
  notChecked: Type.Optional(
    Type.Array(NotCheckedSchema, { description: 'what the rule could not check; absent when it checked everything' }),
  ),
  remediation: Type.String(),
  references: Type.Array(Obj({ title: Type.String(), url: Type.String({ format: 'uri' }) })),
  fingerprint: Type.String({ pattern: '^[0-9a-f]{16}$' }),
});

export const NotEvaluatedSchema = Obj({
  ruleId: Type.String(),
  title: Type.Optional(Type.String({ description: 'the rule title, so a report can name the check without the rules' })),
  severity: Type.Optional(Severity),
  category: Type.Optional(Type.String()),
  server: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
  reason: Type.String(),
  missing: Type.Array(Obj({ fact: Type.String(), sources: Type.Array(Type.String()) })),
  notApplicable: Type.Optional(
    Type.Literal(true, {
      description: 'the rule has nothing to check here by design (the reason says why); not a gap in the data',
    }),
  ),
});

/** How the HTML and PDF reports present the scan: from the command line or the config file, over bundle.json. */
export const BrandingSchema = Obj({
  customer: Type.Optional(Type.String({ minLength: 1 })),
  consultant: Type.Optional(Type.String({ minLength: 1 })),
  accent: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'accent colour, #rrggbb' })),
  logo: Type.Optional(
    Obj({
      mediaType: Type.Union([Type.Literal('image/png'), Type.Literal('image/jpeg')]),
      data: Type.String({ pattern: '^[A-Za-z0-9+/]*={0,2}$', description: 'the image, base64' }),
    }),
  ),
});

/** A finding named briefly, as the sections about waivers, baselines and earlier scans list it. */
export const FindingRefSchema = Obj({
  ruleId: Type.String(),
  severity: Severity,
  server: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
  title: Type.String(),
  fingerprint: Type.String({ pattern: '^[0-9a-f]{16}$' }),
  status: Type.Optional(
    Type.Union([Type.Literal('waived'), Type.Literal('accepted')], { description: 'absent for an active finding' }),
  ),
  previousSeverity: Type.Optional(Severity),
});

/** One waiver of a waiver file, and where it is written. */
export const WaiverRefSchema = Obj({
  rule: Type.String(),
  server: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
  justification: Type.String(),
  owner: Type.String(),
  expires: Type.String({ format: 'date' }),
  file: Type.String(),
  line: Type.Optional(Type.Integer({ minimum: 1 })),
});

/** Findings a waiver file waives (apart from `findings`), its expired waivers and the waivers that match nothing. */
export const WaivedSectionSchema = Obj({
  file: Type.String(),
  findings: Type.Array(Type.Object({ ...FindingSchema.properties, waiver: WaiverRefSchema }, { additionalProperties: false })),
  expired: Type.Array(Obj({ waiver: WaiverRefSchema, findings: Type.Array(FindingRefSchema) })),
  unmatched: Type.Array(WaiverRefSchema),
});

/** Findings a baseline accepted (apart from `findings`), those that got worse since, and those no longer found. */
export const AcceptedSectionSchema = Obj({
  baseline: Obj({ file: Type.String(), createdAt: Type.String({ format: 'date-time' }), findings: Type.Integer({ minimum: 0 }) }),
  findings: Type.Array(FindingSchema),
  worse: Type.Array(FindingRefSchema, { description: 'in the baseline at a lower severity: reported as active findings' }),
  resolved: Type.Array(FindingRefSchema, { description: 'in the baseline, no longer found' }),
});

/** A configuration value that differs between two snapshots. */
export const SettingChangeSchema = Obj({
  scope: Type.Union([Type.Literal('server'), Type.Literal('cluster'), Type.Literal('organization')]),
  server: Type.Optional(Type.String({ description: 'the server or cluster; absent for the organization' })),
  path: Type.String({ description: 'e.g. adapters[Heartbeat].netbiosOptions' }),
  item: Type.Optional(Type.String({ description: 'the member of a list that was added or removed, e.g. KB921181' })),
  change: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
  before: Type.Optional(Type.String()),
  after: Type.Optional(Type.String()),
  sources: Type.Array(Type.String(), { description: 'the source files the value comes from' }),
});

/** What changed since an earlier scan: findings by fingerprint, and configuration values. */
export const ChangesSectionSchema = Obj({
  since: Obj({
    id: Type.Optional(Type.String({ description: 'the history entry' })),
    startedAt: Type.String({ format: 'date-time' }),
    source: Type.String(),
    snapshotSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  }),
  findings: Obj({
    new: Type.Array(FindingRefSchema),
    resolved: Type.Array(FindingRefSchema),
    unchanged: Type.Array(FindingRefSchema),
  }),
  settings: Type.Array(SettingChangeSchema),
});

/** How much of the scan could be judged (src/report/coverage.ts); absent in reports written before it existed. */
const CoverageSchema = Obj({
  checks: Obj({ evaluated: Type.Integer({ minimum: 0 }), total: Type.Integer({ minimum: 0 }) }),
  servers: Obj({
    evaluated: Type.Integer({ minimum: 0 }),
    total: Type.Integer({ minimum: 0 }),
    missing: Type.Array(Type.String(), { description: 'servers a cluster or the plan names that have no folder in the bundle' }),
  }),
  passed: Type.Array(Type.String(), { description: 'checks evaluated everywhere that found nothing' }),
});

/** What the scan found (src/report/inventory.ts), for the report's appendix; absent in reports written before it existed. */
const InventorySchema = Obj({
  servers: Type.Array(
    Obj({
      name: Type.String(),
      role: Type.String({ description: "the snapshot's role: clusterNode, plannedNode, clusteredMailboxServer or server" }),
      cluster: Type.Optional(Type.String()),
      domain: Type.Optional(Type.String()),
      os: Type.Optional(
        Obj({
          name: Type.String(),
          servicePack: Type.Optional(Type.Number({ minimum: 0, description: '0 for none (RTM)' })),
          version: Type.Optional(Type.String()),
          architecture: Type.Optional(Type.String()),
        }),
      ),
      exchange: Type.Optional(
        Obj({
          build: Type.Optional(Type.String({ description: 'e.g. 8.1.240.6' })),
          servicePack: Type.Optional(Type.Number({ minimum: 0 })),
          edition: Type.Optional(Type.String()),
          roles: Type.Array(Type.String()),
          from: Type.Optional(Type.String({ description: 'the clustered mailbox server whose build a node runs' })),
        }),
      ),
      hardware: Type.Optional(
        Obj({
          virtualMachine: Type.Boolean(),
          hypervisor: Type.Optional(Type.String()),
          manufacturer: Type.Optional(Type.String()),
          model: Type.Optional(Type.String()),
        }),
      ),
    }),
  ),
  clusters: Type.Array(
    Obj({
      name: Type.String(),
      planned: Type.Boolean(),
      type: Type.Optional(Type.String({ description: 'CCR, SCC, LCR or none' })),
      nodes: Type.Array(Obj({ name: Type.String(), state: Type.Optional(Type.String()) })),
      quorum: Type.Optional(Obj({ type: Type.Optional(Type.String()), resource: Type.Optional(Type.String()) })),
      fileShareWitness: Type.Optional(Type.String()),
      clusteredMailboxServers: Type.Array(Type.String()),
      networks: Type.Array(
        Obj({
          name: Type.String(),
          role: Type.Optional(Type.Number({ description: '1 internal only, 2 client only, 3 all communications' })),
          priority: Type.Optional(Type.Number({ description: '1 = first for internal cluster communication' })),
          kind: Type.Optional(Type.Union([Type.Literal('private'), Type.Literal('public')])),
          address: Type.Optional(Type.String()),
          addressMask: Type.Optional(Type.String()),
        }),
        { description: 'in the order of their priority' },
      ),
    }),
  ),
});

/** The checks that ran, by id, so that a report can name a passed check without the rules. */
const RuleTitlesSchema = Type.Record(
  Type.String({ pattern: '^[A-Z]{2,3}-[0-9]{3}$' }),
  Obj({ title: Type.String({ description: "in the scan's language" }), severity: Severity, category: Type.String() }),
);

export const ReportSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    tool: Obj({ name: Type.Literal('bpa'), version: Type.String() }),
    scan: Obj({
      profile: Type.Union([Type.Literal('readiness'), Type.Literal('health')]),
      startedAt: Type.String({ format: 'date-time' }),
      finishedAt: Type.String({ format: 'date-time' }),
      source: Type.String(),
      lang: Type.Union([Type.Literal('en'), Type.Literal('de')]),
      customer: Type.Optional(Type.String()),
      consultant: Type.Optional(Type.String()),
      collectedAt: Type.Optional(Type.String()),
      snapshotSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
      servers: Type.Array(Type.String()),
      rules: Type.Array(Type.String()),
    }),
    branding: Type.Optional(BrandingSchema),
    summary: Obj({
      critical: Type.Integer({ minimum: 0 }),
      warning: Type.Integer({ minimum: 0 }),
      info: Type.Integer({ minimum: 0 }),
      notEvaluated: Type.Integer({ minimum: 0 }),
    }),
    coverage: Type.Optional(CoverageSchema),
    findings: Type.Array(FindingSchema),
    notEvaluated: Type.Array(NotEvaluatedSchema),
    diagnostics: Type.Array(DiagnosticSchema),
    inventory: Type.Optional(InventorySchema),
    rules: Type.Optional(RuleTitlesSchema),
    waived: Type.Optional(WaivedSectionSchema),
    accepted: Type.Optional(AcceptedSectionSchema),
    changes: Type.Optional(ChangesSectionSchema),
  },
  { additionalProperties: false, $id: 'https://bpa.invalid/schemas/report.schema.json', title: 'bpa report' },
);

export type Report = Static<typeof ReportSchema>;
export type Branding = Static<typeof BrandingSchema>;
export type FindingRef = Static<typeof FindingRefSchema>;
export type WaiverRef = Static<typeof WaiverRefSchema>;
export type WaivedSection = Static<typeof WaivedSectionSchema>;
export type AcceptedSection = Static<typeof AcceptedSectionSchema>;
export type SettingChange = Static<typeof SettingChangeSchema>;
export type ChangesSection = Static<typeof ChangesSectionSchema>;
