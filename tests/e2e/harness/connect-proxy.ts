import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** `host:port` of every tunnel the browser asked for and was refused, in order. */
  refused: string[];
  close(): Promise<void>;
}

/**
 * An HTTPS proxy for Firefox, which has no `--host-resolver-rules`: a CONNECT to one of `hosts`
 * on port 443 is tunnelled to our fixture server, so the page keeps its real origin (and the
 * manifest's match patterns apply); anything else is refused, so nothing leaves the machine.
 */
export async function startConnectProxy(targetPort: number, hosts: readonly string[]): Promise<ConnectProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((_request, response) => {
    response.writeHead(405, { 'content-type': 'text/plain' }).end('only CONNECT is served here');
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    track(client);
    const target = request.url ?? '';
    const [host, port] = target.split(':');
    if (!host || port !== '443' || !hosts.includes(host)) {
      refused.push(target);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () => new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  };
}
