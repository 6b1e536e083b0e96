// Servers that only listen: an HTTP one and pretend IMAP/SMTP ones (no STARTTLS), keeping everything sent to
// them, so a test can prove that no password or token reached them.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { listenOnLoopback } from './loopback-server';

export interface HttpListeningPost {
  origin: string;
  /** Method, address, headers and body of every request, as one text each. */
  requests: string[];
  close(): Promise<void>;
}

/** Answers every request with a 404 in JSON, in WordPress's error shape, with words that must not be repeated. */
export async function httpListeningPost(): Promise<HttpListeningPost> {
  const requests: string[] = [];
  const server = await listenOnLoopback((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push(`${request.method ?? ''} ${request.url ?? ''}\n${JSON.stringify(request.headers)}\n${body}`);
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"code":"rest_forbidden","message":"internal service: not for you","data":{"status":404}}');
    });
  });
  return { origin: server.origin, requests, close: () => server.close() };
}

export interface MailListeningPost {
  host: string;
  port: number;
  /** How many connections were made to it. */
  connections(): number;
  /** Everything the clients sent, all connections together. */
  received(): string;
  close(): Promise<void>;
}

/**
 * A mail server that offers no STARTTLS and turns every login down, on `host` (loopback by default;
 * `nonLoopbackAddress()` for one the console treats as another computer).
 */
export async function mailListeningPost(protocol: 'IMAP' | 'SMTP', host = '127.0.0.1'): Promise<MailListeningPost> {
  let received = '';
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    socket.write(protocol === 'IMAP' ? '* OK IMAP4rev1 ready\r\n' : '220 mail.example.net ESMTP\r\n');
    let buffer = '';
    socket.on('data', (chunk: string) => {
      received += chunk;
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        socket.write(protocol === 'IMAP' ? imapAnswer(line) : smtpAnswer(line));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    host,
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    received: () => received,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function imapAnswer(line: string): string {
  const [tag = '*', command = ''] = line.split(' ');
  switch (command.toUpperCase()) {
    case 'CAPABILITY':
      return `* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`;
    case 'LOGIN':
    case 'AUTHENTICATE':
      return `${tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n`;
    case 'LOGOUT':
      return `* BYE\r\n${tag} OK done\r\n`;
    default:
      return `${tag} OK done\r\n`;
  }
}

function smtpAnswer(line: string): string {
  const command = line.split(' ')[0]?.toUpperCase() ?? '';
  if (command === 'EHLO') return '250-mail.example.net\r\n250 AUTH PLAIN LOGIN\r\n';
  if (command === 'STARTTLS') return '502 5.5.1 STARTTLS not available\r\n';
  if (command === 'AUTH') return '535 5.7.8 Authentication failed\r\n';
  if (command === 'QUIT') return '221 bye\r\n';
  return '250 ok\r\n';
}

/** An address of this computer that is not loopback (a network card's), or null when it has none. */
export function nonLoopbackAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (found) return found.address;
  }
  return null;
}

/** The forms a password takes on the wire: as typed, and base64 inside SASL PLAIN or LOGIN. */
export function credentialForms(user: string, password: string): string[] {
  return [
    password,
    Buffer.from(password).toString('base64'),
    Buffer.from(`\0${user}\0${password}`).toString('base64'),
    Buffer.from(`${user}:${password}`).toString('base64'),
  ];
}
