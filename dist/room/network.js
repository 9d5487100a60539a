// Which address the room listens on by default: the laptop's own address on
// its Wi-Fi, hotspot or wired network (private IPv4 first), so phones on the
// same network reach it and nothing else is exposed. When there is none, the
// loopback address, and the command says that only this laptop can join.
import { networkInterfaces } from 'node:os';
function isPrivate(ip) {
    return /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);
}
/** Docker and VPN bridges are rarely where the phones are. */
function looksVirtual(name) {
    return /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|zt|utun|lxc|cni|flannel)/i.test(name);
}
export function lanAddresses(ifaces = networkInterfaces()) {
    const found = [];
    for (const [iface, list] of Object.entries(ifaces)) {
        for (const a of list ?? []) {
            if (a.family === 'IPv4' && !a.internal)
                found.push({ address: a.address, iface });
        }
    }
    const rank = (a) => (isPrivate(a.address) ? 0 : 2) + (looksVirtual(a.iface) ? 1 : 0);
    return found.sort((a, b) => rank(a) - rank(b) || a.iface.localeCompare(b.iface));
}
/** How a listening address is written in a URL. */
export function urlHost(address) {
    return address.includes(':') ? `[${address}]` : address;
}
