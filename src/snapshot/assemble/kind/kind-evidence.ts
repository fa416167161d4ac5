/**
 * Evidence for the kind of an adapter or cluster network (the private heartbeat network or the public
 * client network), and the decision it allows. Each piece of evidence says private, says public, or says
 * nothing, and carries its text in English and German, so that a finding or a "not evaluated" reason can
 * name what decided the kind, or the conflict that left it unknown.
 */
export type Kind = 'private' | 'public';

export interface Text {
  en: string;
  de: string;
}

export interface KindEvidence {
  /** Absent when this evidence says neither (role 3 without a gateway, a name without role words). */
  says?: Kind;
  text: Text;
}

export interface KindDecision {
  /** Absent when the evidence conflicts or none says anything. */
  kind?: Kind;
  /** `private: …`, `unknown: conflicting evidence – …`, `unknown: no evidence – …`. */
  basis: Text;
  /** The texts of the evidence that decided the kind, without the verdict. */
  because: Text;
  /** Every piece of evidence, in order (a network's adapters weigh it with their own). */
  evidence: KindEvidence[];
}

const KIND_WORD: Record<Kind, Text> = { private: { en: 'private', de: 'privat' }, public: { en: 'public', de: 'öffentlich' } };

/**
 * The kind every piece of evidence that says something agrees on; unknown when two disagree (a conflict
 * is never resolved by precedence) or when none says anything.
 */
export function decideKind(evidence: readonly KindEvidence[]): KindDecision {
  const saying = evidence.filter((e) => e.says !== undefined);
  const of = (kind: Kind) => saying.filter((e) => e.says === kind);
  if (of('private').length > 0 && of('public').length > 0) {
    const because = both(
      (l) => `${KIND_WORD.private[l]}: ${joined(of('private'), l)} – ${KIND_WORD.public[l]}: ${joined(of('public'), l)}`,
    );
    return {
      basis: { en: `unknown: conflicting evidence – ${because.en}`, de: `unbekannt: widersprüchliche Hinweise – ${because.de}` },
      because,
      evidence: [...evidence],
    };
  }
  if (saying.length === 0) {
    const because = both((l) => joined(evidence, l));
    return {
      basis: { en: `unknown: no evidence – ${because.en}`, de: `unbekannt: keine Hinweise – ${because.de}` },
      because,
      evidence: [...evidence],
    };
  }
  const kind = saying[0]!.says!;
  const because = both((l) => joined(saying, l));
  return { kind, basis: both((l) => `${KIND_WORD[kind][l]}: ${because[l]}`), because, evidence: [...evidence] };
}

function joined(evidence: readonly KindEvidence[], lang: keyof Text): string {
  return evidence.map((e) => e.text[lang]).join('; ') || (lang === 'en' ? 'nothing is known' : 'nichts ist bekannt');
}

export function both(render: (lang: keyof Text) => string): Text {
  return { en: render('en'), de: render('de') };
}

/** A name in quotes of the language: 'LAN' and „LAN“. */
export function quoted(name: string, lang: keyof Text): string {
  return lang === 'en' ? `'${name}'` : `„${name}“`;
}
