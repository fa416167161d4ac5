import { decideKind, quoted } from '../../../src/snapshot/assemble/kind/kind-evidence';
import { nameEvidence } from '../../../src/snapshot/assemble/kind/name-evidence';
import { roleWordsIn, wordsOf } from '../../../src/snapshot/assemble/kind/role-words';

/** The decision rule itself (agreement decides, any disagreement or silence leaves the kind unknown) and the name's texts. */
const says = (kind: 'private' | 'public' | undefined, en: string) => ({
  ...(kind ? { says: kind } : {}),
  text: { en, de: `${en} (de)` },
});

describe('decideKind', () => {
  test.each([
    [
      'nothing at all',
      [],
      undefined,
      'unknown: no evidence – nothing is known',
      'unbekannt: keine Hinweise – nichts ist bekannt',
    ],
    [
      'only silent evidence',
      [says(undefined, 'a'), says(undefined, 'b')],
      undefined,
      'unknown: no evidence – a; b',
      'unbekannt: keine Hinweise – a (de); b (de)',
    ],
    ['one private', [says(undefined, 'a'), says('private', 'b')], 'private', 'private: b', 'privat: b (de)'],
    [
      'two public agree',
      [says('public', 'a'), says(undefined, 'b'), says('public', 'c')],
      'public',
      'public: a; c',
      'öffentlich: a (de); c (de)',
    ],
    [
      'private and public disagree, whatever their order',
      [says('public', 'a'), says('private', 'b'), says('private', 'c')],
      undefined,
      'unknown: conflicting evidence – private: b; c – public: a',
      'unbekannt: widersprüchliche Hinweise – privat: b (de); c (de) – öffentlich: a (de)',
    ],
  ] as const)('%s', (_name, evidence, kind, en, de) => {
    const decision = decideKind(evidence);
    expect(decision.kind).toBe(kind);
    expect(decision.basis).toEqual({ en, de });
    expect(decision.evidence).toEqual(evidence);
    expect(decision.evidence).not.toBe(evidence);
  });

  test('because is the basis without the verdict', () => {
    expect(decideKind([says('private', 'b')]).because).toEqual({ en: 'b', de: 'b (de)' });
    expect(decideKind([says('public', 'a'), says('private', 'b')]).because).toEqual({
      en: 'private: b – public: a',
      de: 'privat: b (de) – öffentlich: a (de)',
    });
    expect(decideKind([says(undefined, 'a')]).because).toEqual({ en: 'a', de: 'a (de)' });
  });

  test('quotes in the manner of each language', () => {
    expect([quoted('LAN', 'en'), quoted('LAN', 'de')]).toEqual(["'LAN'", '„LAN“']);
  });
});

describe('the words of a name', () => {
  test('decomposed umlauts are composed first', () => {
    expect(wordsOf('O\u0308ffentlich')).toEqual(['öffentlich']);
    expect(nameEvidence('O\u0308ffentliches Netz', 'network').says).toBe('public');
  });

  test('every role word of a name is named, in the order of the name', () => {
    expect(roleWordsIn('Heartbeat Privat')).toEqual({ private: ['heartbeat', 'privat'], public: [] });
    expect(nameEvidence('Heartbeat Privat', 'connection').text).toEqual({
      en: "the connection name 'Heartbeat Privat' has the word 'heartbeat', 'privat'",
      de: 'der Verbindungsname „Heartbeat Privat“ enthält das Wort „heartbeat“, „privat“',
    });
  });

  test('a name with words of both kinds says nothing, and says why in both languages', () => {
    const evidence = nameEvidence('Privat / Öffentlich', 'network');
    expect(evidence).not.toHaveProperty('says');
    expect(evidence.text).toEqual({
      en: "the network name 'Privat / Öffentlich' has words of both kinds ('privat', 'öffentlich')",
      de: 'der Netzwerkname „Privat / Öffentlich“ enthält Wörter beider Arten („privat“, „öffentlich“)',
    });
  });
});
