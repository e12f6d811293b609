import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIL_HOSTS, OTHER_HOST } from './hosts';

export interface Certificate {
  key: string;
  cert: string;
}

/** A throw-away self-signed certificate for the mail hosts, made fresh for each run. */
export function makeCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'rp-cert-'));
  try {
    const names = [...MAIL_HOSTS, OTHER_HOST].map((host) => `DNS:${host}`).join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-subj', '/CN=mail.google.com', '-addext', `subjectAltName=${names}`,
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
