/**
 * `npm run bench [-- --servers N]`: builds a synthetic fleet from the samples and measures
 * - floorMs: parsing and schema-validating the fleet's snapshots (JSON.parse + ajv),
 * - analyzeMs: bpa's rule evaluation of them (three-valued, with evidence and messages),
 * - referenceMs: the same rules through one reused stock json-rules-engine Engine per scope and entity,
 * and prints, last, one JSON line. It measures only; there is no target yet.
 */
// @ts-nocheck

import { join } from 'path';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { createAnalyzer } from '../src/rules/evaluate';
import { entitiesOf, type Entity } from '../src/rules/entities';
import { renderTemplate } from '../src/rules/messages';
import { loadRules } from '../src/rules/load-rules';
import { SCOPES } from '../src/rules/rule-schema';
import { validateSnapshot } from '../src/snapshot/validate';
import { packageRoot } from '../src/shared/package-root';
import type { Snapshot } from '../src/snapshot/schema';
import { buildFleet } from './fleet';
import { referenceEngine } from './reference';

const SAMPLES = ['ccr-health-de', 'ccr-health-en', 'readiness-de'];

async function main(): Promise<void> {
  const servers = Number(argValue('--servers') ?? 10000);
  const root = packageRoot();
  const rules = loadRules([join(root, 'rules')]).filter((r) => r.profiles.includes('health'));
  const samples = SAMPLES.map((s) => collectBundle(readBundle(join(root, 'samples', s))));
  const fleetTexts = buildFleet(samples, servers);

  let t = performance.now();
  const fleet: Snapshot[] = fleetTexts.map((text, i) => {
    const snapshot = JSON.parse(text) as Snapshot;
    validateSnapshot(snapshot, `fleet snapshot ${i}`);
    return snapshot;
  });
  const floorMs = performance.now() - t;

  const analyzer = createAnalyzer(rules, { profile: 'health', lang: 'en' });
  const bpaFindings = new Set<string>();
  t = performance.now();
  for (const snapshot of fleet) {
    const { findings } = await analyzer(snapshot);
    for (const f of findings) bpaFindings.add(`${f.ruleId}|${f.server ?? ''}|${f.target ?? ''}`);
  }
  const analyzeMs = performance.now() - t;

  // The reference loop runs over entity facts listed beforehand, so no bpa code runs inside it.
  const work = SCOPES.map((scope) => {
    const scoped = rules.filter((r) => r.scope === scope);
    const entities = fleet.flatMap((s) => entitiesOf(s, scope)).filter((e) => !e.unlisted);
    return { engine: scoped.length ? referenceEngine(scoped) : undefined, entities };
  });
  const hits: { ruleId: string; entity: Entity }[] = [];
  t = performance.now();
  for (const { engine, entities } of work) {
    if (!engine) continue;
    for (const entity of entities) {
      const facts = Object.fromEntries(Object.entries(entity.facts).filter(([, v]) => v !== undefined));
      const { events } = await engine.run(facts);
      for (const e of events) hits.push({ ruleId: e.type, entity });
    }
  }
  const referenceMs = performance.now() - t;
  // Outside the timed loop: name each hit's target the way the rule does, to compare like with like.
  const referenceFindings = new Set(
    hits.map(({ ruleId, entity }) => {
      const template = rules.find((r) => r.id === ruleId)!.target;
      const target = template ? renderTemplate(template, entity.facts) : entity.target;
      return `${ruleId}|${entity.server ?? ''}|${target ?? ''}`;
    }),
  );

  const identicalFindings =
    bpaFindings.size === referenceFindings.size && [...bpaFindings].every((k) => referenceFindings.has(k));
  const line = {
    servers: fleet.reduce((n, s) => n + s.servers.length, 0),
    rules: rules.length,
    floorMs: Math.round(floorMs),
    analyzeMs: Math.round(analyzeMs),
    referenceMs: Math.round(referenceMs),
    identicalFindings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (!identicalFindings) {
    process.stderr.write(
      `bpa findings ${bpaFindings.size}, reference ${referenceFindings.size}: they differ where a fact is absent (bpa: not evaluated; stock engine: false)\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
