// Name-based UUIDs (RFC 4122 §4.3, version 5: SHA-1 of the namespace's 16 bytes and the name's
// UTF-8 bytes, the version and variant bits set), so the same case exports with the same ids.
import { createHash } from 'node:crypto';

/** STIX 2.1, "Identifier": the namespace for Cyber-observable Objects' deterministic identifiers. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Telltale's own namespace, for the ids of what it produces (STIX SDOs and SROs, MISP events, objects and attributes). */
export const TELLTALE_NAMESPACE = 'ff90dc1f-45b4-4fa2-96b3-b221b88100b5';

export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A flat object of strings serialised as RFC 8785 (JCS) does it: members sorted by key, strings as
 * JSON.stringify writes them (JCS uses ECMAScript's string serialisation). Enough for the ID
 * contributing properties this module hashes, which are all strings.
 */
export function canonicalStrings(props: Record<string, string>): string {
  const keys = Object.keys(props).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(props[k])}`).join(',')}}`;
}
