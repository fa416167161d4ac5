import { hb } from '../../src/rules/messages';
import { EXCHANGE_ROLE_WORDS, exchangeRoleWord } from '../../src/shared/exchange-role-words';
import { VALUE_WORDS } from '../../reports/value-words';

/** Exchange's server roles in rule messages (the `roleWords` helper) and in the reports: one table, both languages. */
describe('Exchange role words', () => {
  test.each([
    ['Mailbox', 'Mailbox', 'Postfach'],
    ['HubTransport', 'Hub Transport', 'Hub-Transport'],
    ['ClientAccess', 'Client Access', 'Clientzugriff'],
    ['UnifiedMessaging', 'Unified Messaging', 'Unified Messaging'],
    ['Edge', 'Edge Transport', 'Edge-Transport'],
    ['EdgeTransport', 'Edge Transport', 'Edge-Transport'],
    ['ProvisionedServer', 'ProvisionedServer', 'ProvisionedServer'],
    ['constructor', 'constructor', 'constructor'],
  ])('%s: %s / %s', (role, en, de) => {
    expect(exchangeRoleWord(role, 'en')).toBe(en);
    expect(exchangeRoleWord(role, 'de')).toBe(de);
  });

  test.each([
    [['ClientAccess', 'HubTransport'], 'de', 'Clientzugriff, Hub-Transport'],
    [['ClientAccess', 'HubTransport'], 'en', 'Client Access, Hub Transport'],
    [['UnifiedMessaging'], 'de', 'Unified Messaging'],
    [[], 'de', ''],
    ['Mailbox', 'de', ''],
  ])('{{roleWords %j %s}} → %p', (roles, lang, text) => {
    expect(hb.compile(`{{roleWords roles '${lang}'}}`)({ roles })).toBe(text);
  });

  it('the reports show the same words as the messages', () => {
    expect(VALUE_WORDS.en.exchangeRoles).toEqual(EXCHANGE_ROLE_WORDS.en);
    expect(VALUE_WORDS.de.exchangeRoles).toEqual(EXCHANGE_ROLE_WORDS.de);
  });
});
