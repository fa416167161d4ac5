import { addressInSubnet, ipv4, prefixLength, subnetText } from '../../../src/snapshot/assemble/kind/ipv4';

describe('IPv4 subnets', () => {
  test.each([
    ['10.0.0.1', 0x0a000001],
    ['255.255.255.255', 0xffffffff],
    ['0.0.0.0', 0],
    ['256.0.0.1', undefined],
    ['10.0.0', undefined],
    ['fe80::1%11', undefined],
    ['10.0.0.1a', undefined],
    [' 10.0.0.1 ', 0x0a000001],
    ['1234.0.0.1', undefined],
    ['10.0.0.1234', undefined],
  ])('ipv4(%s) = %s', (text, value) => expect(ipv4(text)).toBe(value));

  test.each([
    ['255.255.255.0', 24],
    ['255.255.0.0', 16],
    ['255.255.255.255', 32],
    ['0.0.0.0', 0],
    ['255.255.255.128', 25],
    ['255.0.255.0', undefined],
  ])('prefixLength(%s) = %s', (mask, prefix) => expect(prefixLength(mask)).toBe(prefix));

  test('subnet text', () => {
    expect(subnetText('10.10.10.0', '255.255.255.0')).toBe('10.10.10.0/24');
    expect(subnetText('10.10.10.0', '255.0.255.0')).toBe('10.10.10.0/255.0.255.0');
  });

  test.each([
    [['10.10.10.1'], '10.10.10.0', '255.255.255.0', '10.10.10.1'],
    [['10.10.11.1'], '10.10.10.0', '255.255.255.0', undefined],
    [['fe80::1%11', '10.10.10.255'], '10.10.10.0', '255.255.255.0', '10.10.10.255'],
    [['192.168.1.200'], '192.168.1.128', '255.255.255.128', '192.168.1.200'],
    [['192.168.1.100'], '192.168.1.128', '255.255.255.128', undefined],
    [['10.10.10.1'], undefined, '255.255.255.0', undefined],
    [['10.10.10.1'], '10.10.10.0', undefined, undefined],
    [[], '10.10.10.0', '255.255.255.0', undefined],
  ])('addressInSubnet(%j, %s, %s) = %s', (addresses, address, mask, found) => {
    expect(addressInSubnet(addresses, address, mask)).toBe(found);
  });
});
