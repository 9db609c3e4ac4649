// The webhook request as the worker makes it, against loopback servers that misbehave on purpose:
// an endless reply body must be cut after a few KB (the rest never read), and a redirect must never
// carry the bundle to another address.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { REPLY_LIMIT_BYTES, webhookPost } from '../../src/report/webhook-post.ts';

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

function listen(server: Server): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

describe('webhook replies', () => {
  it('reads at most a few KB of an endless reply and stops the rest', async () => {
    let sent = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const url = await listen(
      createServer((req, res) => {
        req.resume();
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.on('close', () => (closed = true));
        const pump = () => {
          while (!closed && sent < 2_000_000_000) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
        };
        pump();
      }),
    );
    const started = Date.now();
    const result = await webhookPost(fetch, `${url}/hook`, '{}', { 'Content-Type': 'application/json' });
    expect(result.status).toBe(500);
    expect(result.text.length).toBeGreaterThan(100);
    expect(new TextEncoder().encode(result.text).length).toBeLessThanOrEqual(REPLY_LIMIT_BYTES);
    expect(result.cut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The connection was dropped: the server stopped long before its 2 GB.
    await expect.poll(() => closed, { timeout: 5_000 }).toBe(true);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('treats a redirect as a failed delivery and posts nothing to where it points', async () => {
    let elsewhere = 0;
    const target = await listen(
      createServer((req, res) => {
        elsewhere++;
        req.resume();
        res.writeHead(200).end('thanks');
      }),
    );
    const url = await listen(
      createServer((req, res) => {
        req.resume();
        res.writeHead(307, { Location: `${target}/collect` }).end();
      }),
    );
    const result = await webhookPost(fetch, `${url}/hook`, '{"secret":"bundle"}', { 'Content-Type': 'application/json', Authorization: 'Bearer s' });
    expect(result.status >= 200 && result.status < 300).toBe(false);
    expect(result.redirected).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(elsewhere).toBe(0);
  });
});
