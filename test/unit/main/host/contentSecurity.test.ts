import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { contentSecurityPolicy } from '../../../../main/host/contentSecurity';
import { SECURITY_HEADERS, securityHeaders } from '../../../../main/host/respond';

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/s, 2) as [string, string]));
const speech = (value: object) => parseConfig({ speech: value }).speech;

describe('the Content-Security-Policy for a centre’s speech settings', () => {
  it('is the app’s own resources only without Azure, exactly as the page’s meta element has it', () => {
    const base =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
      "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
    expect(contentSecurityPolicy()).toBe(base);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(base);
    for (const provider of ['off', 'native', 'scripted']) {
      expect(contentSecurityPolicy(speech({ provider, azure: { region: 'eastasia' } }))).toBe(base);
    }
  });

  it('lets the page reach its Azure region for recognition and synthesis, and play audio from blob: URLs', () => {
    const policy = directives(contentSecurityPolicy(speech({ provider: 'azure', azure: { region: 'eastasia' } })));
    expect(policy.get('connect-src')!.split(' ')).toEqual([
      "'self'",
      'wss://eastasia.stt.speech.microsoft.com',
      'https://eastasia.stt.speech.microsoft.com',
      'https://eastasia.tts.speech.microsoft.com',
      'wss://eastasia.tts.speech.microsoft.com',
    ]);
    expect(policy.get('media-src')).toBe("'self' blob:");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.has('script-src')).toBe(false);
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('follows a region into its sovereign cloud, as the Speech SDK does', () => {
    const china = directives(contentSecurityPolicy(speech({ provider: 'azure', azure: { region: 'chinaeast2' } })));
    expect(china.get('connect-src')).toContain('wss://chinaeast2.stt.speech.azure.cn');
    expect(china.get('connect-src')).toContain('https://chinaeast2.tts.speech.azure.cn');
    const gov = directives(contentSecurityPolicy(speech({ provider: 'azure', azure: { region: 'usgovarizona' } })));
    expect(gov.get('connect-src')).toContain('wss://usgovarizona.stt.speech.azure.us');
  });

  it('names the configured hosts of a sovereign cloud or a speech container instead', () => {
    const container = speech({
      provider: 'azure',
      azure: { recognitionHost: 'ws://speech-box:5000', synthesisHost: 'http://speech-box:5000' },
    });
    expect(directives(contentSecurityPolicy(container)).get('connect-src')).toBe(
      "'self' ws://speech-box:5000 http://speech-box:5000",
    );
    const mixed = speech({ provider: 'azure', azure: { region: 'eastasia', synthesisHost: 'https://tts.example.cn' } });
    const connect = directives(contentSecurityPolicy(mixed)).get('connect-src')!;
    expect(connect).toContain('wss://eastasia.stt.speech.microsoft.com');
    expect(connect).toContain('https://tts.example.cn');
    expect(connect).not.toContain('tts.speech.microsoft.com');
    expect(connect).not.toContain('*');
  });

  it('changes only the CSP among the security headers', () => {
    const headers = securityHeaders(speech({ provider: 'azure', azure: { region: 'eastasia' } }));
    expect({ ...headers, 'Content-Security-Policy': 'x' }).toEqual({
      ...SECURITY_HEADERS,
      'Content-Security-Policy': 'x',
    });
  });
});
