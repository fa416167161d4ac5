import { nameEvidence } from '../../../src/snapshot/assemble/kind/name-evidence';
import { roleWordsIn, wordsOf } from '../../../src/snapshot/assemble/kind/role-words';

/** What a connection name says, by whole words only: never by a part of a word. */
describe('connection names, by whole words in English and German', () => {
  test.each([
    // private words
    ['Heartbeat', 'private'],
    ['HEARTBEAT', 'private'],
    ['Heartbeat-2', 'private'],
    ['HB', 'private'],
    ['HB1', 'private'],
    ['Private', 'private'],
    ['Privat', 'private'],
    ['Privates Netz', 'private'],
    ['Cluster Interconnect', 'private'],
    ['cluster interconnect', 'private'],
    ['Interconnect', 'private'],
    ['Taktsignal', 'private'],
    ['Crossover', 'private'],
    // public words
    ['Public', 'public'],
    ['Public Cluster Network', 'public'],
    ['Öffentlich', 'public'],
    ['Öffentliches Netzwerk', 'public'],
    ['Oeffentlich', 'public'],
    ['Client', 'public'],
    ['Clients', 'public'],
    // no decision: no role word as a whole word
    ['LAN-Intern', undefined],
    ['LAN intern', undefined],
    ['LAN Intern', undefined],
    ['Intern', undefined],
    ['Internet', undefined],
    ['Cluster-LAN', undefined],
    ['Cluster', undefined],
    ['LAN', undefined],
    ['LAN-Verbindung 2', undefined],
    ['Local Area Connection 3', undefined],
    ['Publication', undefined],
    ['HBA-Netz', undefined],
    ['Privatisierung', undefined],
    ['Heartbeats', 'private'],
    // no decision: words of both kinds contradict each other
    ['Private Public', undefined],
    ['Öffentlich-Privat', undefined],
  ] as const)('%s → %s', (name, says) => {
    expect(nameEvidence(name, 'connection').says).toBe(says);
  });

  test('words are runs of letters, case and accents kept apart only by case folding', () => {
    expect(wordsOf('LAN-Intern (2)')).toEqual(['lan', 'intern']);
    expect(wordsOf('HB1_Knoten')).toEqual(['hb', 'knoten']);
    expect(wordsOf('Öffentlich')).toEqual(['öffentlich']);
    expect(roleWordsIn('Public Cluster Network')).toEqual({ private: [], public: ['public'] });
  });

  test('the evidence names the word in both languages', () => {
    expect(nameEvidence('Cluster Interconnect', 'connection').text).toEqual({
      en: "the connection name 'Cluster Interconnect' has the word 'interconnect'",
      de: 'der Verbindungsname „Cluster Interconnect“ enthält das Wort „interconnect“',
    });
    expect(nameEvidence('LAN-Intern', 'network').text).toEqual({
      en: "the network name 'LAN-Intern' has no word that names a role",
      de: 'der Netzwerkname „LAN-Intern“ enthält kein Wort, das eine Rolle nennt',
    });
    expect(nameEvidence('Private Public', 'connection').text.en).toBe(
      "the connection name 'Private Public' has words of both kinds ('private', 'public')",
    );
  });
});
