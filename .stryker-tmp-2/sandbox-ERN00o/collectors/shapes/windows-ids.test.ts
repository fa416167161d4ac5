// @ts-nocheck
import { exactGuid, normalizeGuid, normalizeKb, normalizeMac } from './windows-ids';

describe('normalizeKb', () => {
  it.each([
    ['KB893803v2 - Update', 'KB893803'],
    ['KB2536276-v2 - Update', 'KB2536276'],
    ['kb2510531-IE8', 'KB2510531'],
    ['KB975558_WM8', 'KB975558'],
    ['Q147222', 'Q147222'],
    ['  KB921181', 'KB921181'],
    ['File 1', undefined],
    ['SP4', undefined],
    ['', undefined],
    ['KB', undefined],
  ])('%j → %s', (text, kb) => {
    expect(normalizeKb(text)).toBe(kb);
  });
});

describe('GUIDs', () => {
  it('normalises to upper case with braces', () => {
    expect(normalizeGuid('\\Device\\{8a5b1f2c-0d3e-4f5a-9b6c-7d8e9f0a1b2c}')).toBe('{8A5B1F2C-0D3E-4F5A-9B6C-7D8E9F0A1B2C}');
    expect(normalizeGuid('Tcpip_8a5b1f2c-0d3e-4f5a-9b6c-7d8e9f0a1b2c')).toBe('{8A5B1F2C-0D3E-4F5A-9B6C-7D8E9F0A1B2C}');
    expect(normalizeGuid('NdisWanIp')).toBeUndefined();
  });

  it('exactGuid accepts a GUID and nothing else', () => {
    expect(exactGuid('{8a5b1f2c-0d3e-4f5a-9b6c-7d8e9f0a1b2c}')).toBe('{8A5B1F2C-0D3E-4F5A-9B6C-7D8E9F0A1B2C}');
    expect(exactGuid('Tcpip_{8a5b1f2c-0d3e-4f5a-9b6c-7d8e9f0a1b2c}')).toBeUndefined();
  });
});

describe('normalizeMac', () => {
  it.each([
    ['00-0c-29-76-c8-d0', '00-0C-29-76-C8-D0'],
    ['00:0C:29:76:C8:D0', '00-0C-29-76-C8-D0'],
    ['00-00-00-00-00-00-00-E0', '00-00-00-00-00-00-00-E0'],
    ['00-0C-29-76-C8', undefined],
    ['Media disconnected', undefined],
  ])('%j → %s', (text, mac) => {
    expect(normalizeMac(text)).toBe(mac);
  });
});
