// Which address the room offers by default: the laptop's private LAN address
// before a public or virtual one, never an internal (loopback) one.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses, urlHost } from '../../src/room/network.js';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24`,
});

describe('lanAddresses', () => {
  it('puts the Wi-Fi’s private address before Docker bridges and public addresses, and leaves loopback out', () => {
    const found = lanAddresses({
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      eth1: [v4('203.0.113.9')],
      wlan0: [v4('192.168.43.20')],
    });
    expect(found.map((a) => a.iface)).toEqual(['wlan0', 'docker0', 'eth1']);
  });

  it('finds nothing on a laptop without a network', () => {
    expect(lanAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([]);
  });

  it('writes IPv6 addresses in brackets in a URL', () => {
    expect(urlHost('fe80::1')).toBe('[fe80::1]');
    expect(urlHost('192.168.1.2')).toBe('192.168.1.2');
  });
});
