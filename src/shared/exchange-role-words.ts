/**
 * Exchange 2007's server roles (`ServerRole` of Get-ExchangeServer: `Mailbox`, `HubTransport`, …) as a reader
 * reads them, in English and German. One table for both places that show a role: rule messages (the
 * `roleWords` helper, src/rules/messages.ts) and evidence values in the reports (reports/value-words.ts).
 * A role not in the table is shown as Exchange wrote it.
 */
export const EXCHANGE_ROLE_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<string, string>>>> = {
  en: {
    Mailbox: 'Mailbox',
    HubTransport: 'Hub Transport',
    ClientAccess: 'Client Access',
    UnifiedMessaging: 'Unified Messaging',
    Edge: 'Edge Transport',
    EdgeTransport: 'Edge Transport',
  },
  de: {
    Mailbox: 'Postfach',
    HubTransport: 'Hub-Transport',
    ClientAccess: 'Clientzugriff',
    UnifiedMessaging: 'Unified Messaging',
    Edge: 'Edge-Transport',
    EdgeTransport: 'Edge-Transport',
  },
};

/** One role in the reader's language. */
export function exchangeRoleWord(role: string, lang: 'en' | 'de'): string {
  return Object.hasOwn(EXCHANGE_ROLE_WORDS[lang], role) ? EXCHANGE_ROLE_WORDS[lang][role]! : role;
}
