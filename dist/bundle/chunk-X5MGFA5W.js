import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/network.js
import { networkInterfaces } from "node:os";
function isPrivate(ip) {
  return /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);
}
__name(isPrivate, "isPrivate");
function looksVirtual(name) {
  return /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|zt|utun|lxc|cni|flannel)/i.test(name);
}
__name(looksVirtual, "looksVirtual");
function lanAddresses(ifaces = networkInterfaces()) {
  const found = [];
  for (const [iface, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) {
      if (a.family === "IPv4" && !a.internal)
        found.push({ address: a.address, iface });
    }
  }
  const rank = /* @__PURE__ */ __name((a) => (isPrivate(a.address) ? 0 : 2) + (looksVirtual(a.iface) ? 1 : 0), "rank");
  return found.sort((a, b) => rank(a) - rank(b) || a.iface.localeCompare(b.iface));
}
__name(lanAddresses, "lanAddresses");
function urlHost(address) {
  return address.includes(":") ? `[${address}]` : address;
}
__name(urlHost, "urlHost");
export {
  lanAddresses,
  urlHost
};
