import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/server/import/safe-fetch";

// URL import and source lookup fetch only from public addresses. Every IPv6 form that carries an
// IPv4 address is judged by that address: `[::127.0.0.1]` becomes `::7f00:1` after URL parsing.
describe("the private-address check", () => {
  it.each([
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "255.255.255.255",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
    "::127.0.0.1", "::7f00:1", "::a00:1", "::a9fe:a9fe", // IPv4-compatible
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", // IPv4-mapped
    "::ffff:0:7f00:1", // IPv4-translated
    "64:ff9b::7f00:1", "64:ff9b::127.0.0.1", "64:ff9b::a00:1", "64:ff9b:1::808:808", // NAT64 (the local-use prefix always)
    "2002:7f00:1::1", "2002:a00:1::", "2002:c0a8:101::1", // 6to4
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
    `${new URL("http://[::127.0.0.1]/").hostname.slice(1, -1)}`,
    "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001:81c::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});
