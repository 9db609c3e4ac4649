// The team hub as the extension's worker reaches it in the e2e tests: through a relay on 127.0.0.1
// that allows the extension's cross-origin requests (the headers a browser asks for before a POST
// with a bearer token; headless Chromium cannot answer the host-permission prompt, see
// tests/e2e/team-join.test.ts) and records each request with the headers it forwards and its body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function relayTo(hub: string): Promise<{ server: Server; origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const FORWARDED = ['authorization', 'content-type', 'accept', 'idempotency-key', 'telltale-profile-key', 'cookie', 'x-csrf-token', 'origin'];
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, accept, content-type, idempotency-key, telltale-profile-key');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, PATCH');
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const h of FORWARDED) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h];
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers, body: body.toString('utf8') });
      void fetch(`${hub}${req.url}`, { method: req.method, headers, body: body.length > 0 ? body : undefined, redirect: 'manual' })
        .then(async (r) => res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/plain' }).end(await r.text()))
        .catch(() => res.writeHead(502).end());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen })));
}
