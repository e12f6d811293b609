import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate';
import { buildEditorBundles } from './editor-bundle';
import { fixturePath } from './fixture-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/ over HTTPS on 127.0.0.1: the Host header picks the folder
 * (gmail/, outlook/, other/), `/` is index.html, `/x` is x.html, `/_shared/…` is common to all.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  await buildEditorBundles();
  const server: Server = createServer(makeCertificate(), (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
      if (url.pathname === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      const file = fixturePath(url.hostname, url.pathname);
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${url.hostname}${url.pathname}`);
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
