import { both, quoted, type KindEvidence } from './kind-evidence';
import { roleWordsIn } from './role-words';

/**
 * What a connection name (or a cluster network's name) says, by whole words only: private words, public
 * words, both (then nothing: the name contradicts itself) or neither.
 */
export function nameEvidence(name: string, what: 'connection' | 'network'): KindEvidence {
  const words = roleWordsIn(name);
  const label = both(
    (l) =>
      (what === 'connection'
        ? { en: 'the connection name', de: 'der Verbindungsname' }
        : { en: 'the network name', de: 'der Netzwerkname' })[l],
  );
  const list = (w: string[], l: 'en' | 'de') => w.map((x) => quoted(x, l)).join(', ');
  const has = (w: string[]) =>
    both((l) => `${label[l]} ${quoted(name, l)} ${l === 'en' ? `has the word ${list(w, l)}` : `enthält das Wort ${list(w, l)}`}`);
  if (words.private.length > 0 && words.public.length > 0) {
    return {
      text: both((l) =>
        l === 'en'
          ? `${label.en} ${quoted(name, l)} has words of both kinds (${list(words.private, l)}, ${list(words.public, l)})`
          : `${label.de} ${quoted(name, l)} enthält Wörter beider Arten (${list(words.private, l)}, ${list(words.public, l)})`,
      ),
    };
  }
  if (words.private.length > 0) return { says: 'private', text: has(words.private) };
  if (words.public.length > 0) return { says: 'public', text: has(words.public) };
  return {
    text: both((l) =>
      l === 'en'
        ? `${label.en} ${quoted(name, l)} has no word that names a role`
        : `${label.de} ${quoted(name, l)} enthält kein Wort, das eine Rolle nennt`,
    ),
  };
}
