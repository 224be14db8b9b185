import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  it('lets scripts run only with the nonce in production, and forbids framing', () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: 'abc123', dev: false }));
    expect(policy.get('script-src')).toContain("'nonce-abc123'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('allows map tiles only from the configured tile host', () => {
    const policy = directives(
      buildContentSecurityPolicy({
        nonce: 'n',
        dev: false,
        tileUrl: 'https://{s}.tiles.example.go.id/{z}/{x}/{y}.png',
      }),
    );
    expect(policy.get('img-src')).toContain('https://*.tiles.example.go.id');
  });
});
