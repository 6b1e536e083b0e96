// A loopback HTTP proxy that holds each answer back for a while: the platform has acted, the caller has not heard.
import { request as forward } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export interface SlowProxy {
  /** The proxy's address with the target's path (e.g. http://127.0.0.1:PORT/v23.0). */
  url: string;
  /** How long answers are held back; change it at any time. */
  delayMs: number;
  /** Requests whose answer is being held back right now. */
  heldBack: number;
  close(): Promise<void>;
}

export async function startSlowProxy(target: string, delayMs: number): Promise<SlowProxy> {
  const upstream = new URL(target);
  const proxy: SlowProxy = { url: '', delayMs, heldBack: 0, close: () => Promise.resolve() };
  const server = await listenOnLoopback((incoming, outgoing) => {
    const upstreamRequest = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          proxy.heldBack++;
          setTimeout(() => {
            proxy.heldBack--;
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            outgoing.end(Buffer.concat(chunks));
          }, proxy.delayMs);
        });
      },
    );
    upstreamRequest.on('error', () => outgoing.destroy());
    incoming.pipe(upstreamRequest);
  });
  proxy.url = `${server.origin}${upstream.pathname.replace(/\/$/, '')}`;
  proxy.close = () => server.close();
  return proxy;
}
