/**
 * The real captures bpa has for each registered source: every file of the three samples, every fixture under
 * `test/fixtures/sources/<stem>/`, and the corpus captures (`test/fixtures/corpus/`), decoded as the bundle
 * reader decodes them (the folder's `chcp.txt` code page for the samples, CP850 for the fixtures). The
 * cross-parser tests mutate and re-lay-out these texts.
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { definitionFor, type SourceDefinition } from '../../collectors/source-definition';
import { decodeCapture } from '../../src/bundle/decode';

export const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sources');
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');

/** The corpus folders and the source each one holds captures of. */
const CORPUS_SOURCES: Record<string, string> = { systeminfo: 'systeminfo.txt', ipconfig: 'ipconfig-all.txt', qfe: 'qfe.txt' };

export interface Seed {
  /** Where it comes from, for test names: `samples/ccr-health-de/EX2007-NODE1/systeminfo.txt`. */
  origin: string;
  /** The file name a parser is given (a sample's own name, else the source's name). */
  file: string;
  text: string;
  definition: SourceDefinition;
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const listDirs = (path: string) => (isDir(path) ? readdirSync(path).filter((n) => isDir(join(path, n))) : []);

/** The name a source's files have: `net-user-<account>.txt` becomes `net-user-clusadmin.txt`. */
export function concreteFileName(definition: SourceDefinition): string {
  return definition.file.replace('<account>', 'clusadmin');
}

/** Every file of every sample bundle, with the parser that reads it. */
export function sampleSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const bundle of listDirs(SAMPLES)) {
    for (const folder of listDirs(join(SAMPLES, bundle))) {
      const dir = join(SAMPLES, bundle, folder);
      const names = readdirSync(dir).sort();
      const chcp = names.includes('chcp.txt') ? /(\d{3,5})/.exec(readFileSync(join(dir, 'chcp.txt'), 'latin1'))?.[1] : undefined;
      for (const name of names) {
        const definition = definitionFor(SOURCES, name);
        if (!definition) continue;
        const text = decodeCapture(readFileSync(join(dir, name)), chcp ? Number(chcp) : undefined).text;
        seeds.push({ origin: `samples/${bundle}/${folder}/${name}`, file: name, text, definition });
      }
    }
  }
  return seeds;
}

/** Every fixture of `test/fixtures/sources/` and of the corpus, with the parser that reads it. */
export function fixtureSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const definition of SOURCES) {
    const stem = definition.file.replace(/(-<account>)?\.txt$/, '');
    const dir = join(FIXTURES, stem);
    if (!isDir(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const text = decodeCapture(readFileSync(join(dir, name)), 850).text;
      seeds.push({ origin: `fixtures/sources/${stem}/${name}`, file: concreteFileName(definition), text, definition });
    }
  }
  for (const [folder, file] of Object.entries(CORPUS_SOURCES)) {
    const definition = definitionFor(SOURCES, file)!;
    for (const name of readdirSync(join(CORPUS, folder)).sort()) {
      const text = decodeCapture(readFileSync(join(CORPUS, folder, name)), 437).text;
      seeds.push({ origin: `fixtures/corpus/${folder}/${name}`, file, text, definition });
    }
  }
  return seeds;
}

/** Every seed, grouped by the source it belongs to (in the order of `SOURCES`). */
export function seedsBySource(): Map<SourceDefinition, Seed[]> {
  const all = [...sampleSeeds(), ...fixtureSeeds()];
  return new Map(SOURCES.map((d) => [d, all.filter((s) => s.definition === d)]));
}
