import type { Kind } from './kind-evidence';

/**
 * The words of a connection or network name that say which network it is, in English and German. A name
 * says something only through a WHOLE word: `LAN-Intern`, `LAN intern` and `Internet` contain no word of
 * either list (an "internal LAN" is the company network, the public side of a cluster), `Cluster-LAN` only
 * says that it belongs to the cluster, and `Public Cluster Network` has the word `public`.
 */
export const ROLE_WORDS: Record<Kind, readonly string[]> = {
  private: [
    'heartbeat',
    'heartbeats',
    'hb',
    'private',
    'privat',
    'privates',
    'privater',
    'privaten',
    'interconnect',
    'crossover',
    'taktsignal',
    'herzschlag',
  ],
  public: [
    'public',
    'client',
    'clients',
    'öffentlich',
    'öffentliche',
    'öffentliches',
    'öffentlicher',
    'öffentlichen',
    'oeffentlich',
    'oeffentliche',
    'oeffentliches',
    'offentlich',
  ],
};

/** The words of a name: runs of letters, lower case (`Heartbeat-2` → heartbeat; `HB1` → hb). */
export function wordsOf(name: string): string[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

export interface NameWords {
  /** The words of the name that say private, and those that say public. */
  private: string[];
  public: string[];
}

/** Which role words a name contains, as whole words. */
export function roleWordsIn(name: string): NameWords {
  const words = wordsOf(name);
  return {
    private: words.filter((w) => ROLE_WORDS.private.includes(w)),
    public: words.filter((w) => ROLE_WORDS.public.includes(w)),
  };
}
