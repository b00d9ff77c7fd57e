import * as z from 'zod';
import { LANGUAGES } from '../../app/i18n/languages';
import { SMS_TEMPLATES } from '../../app/sms/templates';

/** Loopback names: plain http is allowed only to these (a test double, or a gateway on the kiosk itself). */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** A provider's address: it carries residents' phone numbers, so https — or http to this computer. */
const Endpoint = z.url().refine(
  (text) => {
    if (!URL.canParse(text)) return true; // z.url() has said so already
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  },
  { message: 'must be an https:// address (http:// only to 127.0.0.1 or localhost)' },
);

const TemplateCodes = z.partialRecord(z.enum(SMS_TEMPLATES), z.string().trim().min(1).max(100));

/**
 * `sms` in config.json: absent, no SMS is sent (and none is queued). The
 * secret (the webhook's shared secret, or Alibaba Cloud's AccessKey secret)
 * is never in this file: it comes from `LINLI_SMS_SECRET` (main/sms/smsKey.ts).
 */
export const SmsConfig = z.discriminatedUnion('provider', [
  z
    .object({
      /** A gateway of the centre's own: each message is POSTed to `url` as JSON with the secret in a header. */
      provider: z.literal('webhook'),
      url: Endpoint,
      maxAttempts: z.number().int().min(1).max(20).default(5),
    })
    .strict(),
  z
    .object({
      /** Alibaba Cloud SMS (Dysmsapi SendSms, API version 2017-05-25). */
      provider: z.literal('alibaba'),
      endpoint: Endpoint.default('https://dysmsapi.aliyuncs.com/'),
      accessKeyId: z.string().trim().min(1).max(200),
      regionId: z.string().trim().min(1).max(50).default('cn-hangzhou'),
      /** The 短信签名 registered with Alibaba Cloud. */
      signName: z.string().trim().min(1).max(100),
      /**
       * Template codes (SMS_…) per language of the submission, each registered with Alibaba Cloud with a
       * `${ref}` variable; a language without its own falls back to zh-CN's.
       */
      templateCodes: z.partialRecord(z.enum(LANGUAGES), TemplateCodes),
      maxAttempts: z.number().int().min(1).max(20).default(5),
    })
    .strict(),
]);
export type SmsConfig = z.output<typeof SmsConfig>;
