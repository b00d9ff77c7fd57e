import * as z from 'zod';
import { SPEECH_PROVIDERS } from '../../app/speech/types';
import type { ConfigProblem } from './consistency';
import type { ParsedConfigFile } from './schema';

/**
 * An explicit voice per language: Azure's default voice is an English one
 * whatever the language asked for, so a Chinese prompt would be read badly.
 */
export const DEFAULT_VOICES = {
  'zh-CN': 'zh-CN-XiaoxiaoNeural',
  en: 'en-GB-SoniaNeural',
  'zh-HK': 'zh-HK-HiuMaanNeural',
} as const;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

const Voice = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** A URL that is an origin only (scheme, host, port) with one of `schemes`; kept as its origin. */
const originOf = (schemes: readonly string[], example: string) =>
  z
    .string()
    .refine((text) => URL.canParse(text) && schemes.includes(new URL(text).protocol), {
      message: `must be a ${schemes.map((s) => `${s}//`).join(' or ')} address such as ${example}`,
    })
    .refine((text) => !URL.canParse(text) || new URL(text).href === `${new URL(text).origin}/`, {
      message: 'must be scheme, host and port only: no path, query or user',
    })
    .transform((text) => new URL(text).origin);

/**
 * It carries the subscription key: https only, or http to this computer (a
 * test server, or a proxy on the kiosk itself).
 */
const TokenUrl = z
  .string()
  .refine((text) => URL.canParse(text), {
    message: 'must be a URL such as https://eastasia.api.cognitive.microsoft.com/sts/v1.0/issueToken',
  })
  .refine(
    (text) => {
      if (!URL.canParse(text)) return true;
      const url = new URL(text);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
    },
    { message: 'must be an https:// address (http:// only to 127.0.0.1 or localhost): it carries the key' },
  )
  .refine((text) => !URL.canParse(text) || (new URL(text).username === '' && new URL(text).hash === ''), {
    message: 'must not have a user or a fragment',
  });

/**
 * `speech.azure`: the Azure Speech service by region, or by the hosts of a
 * sovereign cloud or an on-premises speech container. The subscription key
 * is never in the config: it comes from `LINLI_AZURE_SPEECH_KEY` or `keyFile`.
 */
export const AzureSpeechConfig = z
  .object({
    region: z
      .string()
      .regex(/^[a-z][a-z0-9]{1,39}$/, 'must be an Azure region name such as "eastasia" (lowercase letters and digits)')
      .optional(),
    recognitionHost: originOf(
      ['wss:', 'ws:'],
      'wss://chinaeast2.stt.speech.azure.cn or ws://speech-host:5000',
    ).optional(),
    synthesisHost: originOf(
      ['https:', 'http:'],
      'https://chinaeast2.tts.speech.azure.cn or http://speech-host:5000',
    ).optional(),
    tokenUrl: TokenUrl.optional(),
    /** A file holding only the subscription key, readable by the kiosk's user alone; relative to the config file. */
    keyFile: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
export type AzureSpeechConfig = z.output<typeof AzureSpeechConfig>;

/** `speech` in config.json. */
export const SpeechConfig = z
  .object({
    provider: z.enum(SPEECH_PROVIDERS).default('off'),
    voices: z
      .object({
        'zh-CN': Voice.default(DEFAULT_VOICES['zh-CN']),
        en: Voice.default(DEFAULT_VOICES.en),
        'zh-HK': Voice.default(DEFAULT_VOICES['zh-HK']),
      })
      .strict()
      .prefault({}),
    /** How long one turn of listening waits for the resident to start speaking. */
    noInputSeconds: z.number().int().min(3).max(60).default(8),
    /** Below this recogniser confidence the kiosk asks "did you say …?" instead of going on. */
    confidenceThreshold: z.number().min(0).max(1).default(0.6),
    /**
     * While nobody uses the kiosk, the welcome screen says quietly how to start it,
     * this often (seconds); 0 turns it off.
     */
    welcomeHintSeconds: z.union([z.literal(0), z.number().int().min(20).max(3600)]).default(90),
    azure: AzureSpeechConfig.optional(),
  })
  .strict();
export type SpeechConfig = z.output<typeof SpeechConfig>;

/** Azure needs somewhere to send the audio: a region, or both hosts. */
export function speechProblems(file: ParsedConfigFile): ConfigProblem[] {
  const { provider, azure } = file.speech;
  if (provider !== 'azure') return [];
  if (azure?.region !== undefined) return [];
  if (azure?.recognitionHost === undefined && azure?.synthesisHost === undefined) {
    return [
      {
        path: ['speech', 'azure'],
        message:
          'provider "azure" needs a region (e.g. "region": "eastasia"), or recognitionHost and synthesisHost ' +
          '(a sovereign cloud or a speech container)',
      },
    ];
  }
  const missing = azure.recognitionHost === undefined ? 'recognitionHost' : 'synthesisHost';
  if (azure[missing] !== undefined) return [];
  return [{ path: ['speech', 'azure', missing], message: 'is needed as well when there is no region' }];
}
