import type { Clock } from '../clock';
import { ConfigError } from '../config/config';
import type { SmsConfig } from '../config/sms';
import { postOnce } from '../forwarding/httpClient';
import { alibabaProvider } from './alibaba';
import type { Post, SmsProvider } from './provider';
import { webhookProvider } from './webhook';

/** The environment variable that holds the webhook's shared secret, or Alibaba Cloud's AccessKey secret. */
export const SMS_SECRET_ENV = 'LINLI_SMS_SECRET';

// Printable, no whitespace: it travels in a header or is a signing key; never echoed in a message.
const SECRET_SHAPE = /^[\x21-\x7e]{8,256}$/;

/** The SMS provider the config names, its secret read from the environment on the main side only. */
export function createSmsProvider(
  config: SmsConfig,
  {
    env,
    now,
    post = (url, body, headers) => postOnce(url, body, headers, { timeoutMs: 15_000 }),
  }: {
    env: NodeJS.ProcessEnv;
    now: Clock;
    post?: Post;
  },
): SmsProvider {
  const secret = env[SMS_SECRET_ENV]?.trim();
  if (!secret) throw new ConfigError(SMS_SECRET_ENV, null, 'must be set when the config has `sms`');
  if (!SECRET_SHAPE.test(secret)) {
    throw new ConfigError(SMS_SECRET_ENV, null, 'is not a usable secret (8 to 256 printable characters, no spaces)');
  }
  if (config.provider === 'webhook') return webhookProvider({ url: config.url, secret, post });
  const { templateCodes } = config;
  return alibabaProvider({
    endpoint: config.endpoint,
    accessKeyId: config.accessKeyId,
    secret,
    regionId: config.regionId,
    signName: config.signName,
    templateCode: (language, template) => {
      const codes = (lang: string) => templateCodes[lang as keyof typeof templateCodes];
      const key = template as keyof NonNullable<ReturnType<typeof codes>>;
      return codes(language)?.[key] ?? codes('zh-CN')?.[key];
    },
    post,
    now,
  });
}
