import type { SpeechConfig } from '../config/speech';
import { speechPageOrigins } from '../speech/endpoints';

const BASE: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['img-src', "'self' data:"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
];

/**
 * The page's Content-Security-Policy: only the app's own resources; with the
 * `azure` provider also the speech service's origins (recognition over a
 * websocket, synthesis over https, as the Speech SDK and the Web Speech
 * ponyfill reach them) and audio from `blob:` URLs, which is how synthesized
 * speech is played. The cached prompts are the app's own (`media-src 'self'`).
 */
export function contentSecurityPolicy(speech?: Pick<SpeechConfig, 'provider' | 'azure'>): string {
  const origins = speech === undefined ? [] : speechPageOrigins(speech);
  const directives = BASE.map(([name, value]): [string, string] =>
    name === 'connect-src' && origins.length > 0 ? [name, [value, ...origins].join(' ')] : [name, value],
  );
  if (speech?.provider === 'azure') directives.splice(4, 0, ['media-src', "'self' blob:"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Where a speech service can be, as a static page cannot know the config:
 * any TLS host (Azure's public and sovereign clouds, a speech container behind
 * TLS), and a container on this machine without it. Plain ws:// and http://
 * to another machine are mixed content in the Electron kiosk anyway.
 */
const ANY_SPEECH_SERVICE = [
  'https:',
  'wss:',
  'http://127.0.0.1:*',
  'ws://127.0.0.1:*',
  'http://localhost:*',
  'ws://localhost:*',
];

/**
 * The policy `renderer/index.html` carries in a meta element, wherever the
 * page is loaded from: the header's base policy less frame-ancestors (a meta
 * element cannot carry it), widened only as far as any speech service may
 * need. The browser enforces both, so the header — built from the actual
 * config — is what really limits the page.
 */
export function pageMetaContentSecurityPolicy(): string {
  return BASE.filter(([name]) => name !== 'frame-ancestors')
    .flatMap(([name, value]): [string, string][] => {
      if (name === 'connect-src') return [[name, [value, ...ANY_SPEECH_SERVICE].join(' ')]];
      if (name === 'font-src')
        return [
          [name, value],
          ['media-src', "'self' blob:"],
        ];
      return [[name, value]];
    })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
