import * as z from 'zod';
import { KINDS } from '../../app/domain/kinds';
import { LANGUAGES } from '../../app/i18n/languages';
import { AddressBookConfig } from './addressBook';
import { ForwardingConfig, RetentionConfig } from './forwarding';
import { KeypadConfig } from './keypad';
import { MeTooConfig, QueueWatchConfig, ResidentLimitsConfig } from './residentLimits';
import { SmsConfig } from './sms';
import { SpeechConfig } from './speech';

export { SPEECH_PROVIDERS } from '../../app/speech/types';

export const DEFAULT_CENTRE_NAME = {
  'zh-CN': '邻里社区服务中心',
  en: 'Linli Community Centre',
  'zh-HK': '鄰里社區服務中心',
} as const;

const Language = z.enum(LANGUAGES);
const Localised = z.partialRecord(Language, z.string().trim().min(1).max(100));

const CatalogueEntry = z
  .object({
    code: z
      .string()
      .max(64)
      .regex(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like svc.name (lowercase letters, digits and dashes)'),
    kind: z.enum(KINDS),
    asksLocation: z.boolean().optional(),
    label: Localised.optional(),
    phrases: z.partialRecord(Language, z.array(z.string().trim().min(1).max(100)).max(20)).optional(),
  })
  .strict();

/** Staff sign-in: the longest wait between tries from one source (README, "Staff"). */
export const DEFAULT_MAX_DELAY_MINUTES = 60;

const seconds = (min: number, max: number, fallback: number) => z.number().int().min(min).max(max).default(fallback);
const minutes = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

// Only a specific address: the Host check (DNS rebinding) needs to know which names the kiosk answers to.
const Bind = z.union([z.literal('localhost'), z.ipv4(), z.ipv6()]).refine((b) => b !== '0.0.0.0' && b !== '::', {
  message: 'must be a specific address, not a wildcard (the Host check needs to know it)',
});

/**
 * Where browsers reach the host when it is behind a TLS-terminating proxy
 * (`https://kiosk.centre.example`): its Host and Origin are then accepted too,
 * and with https the staff cookie is Secure.
 */
const PublicOrigin = z
  .url({ protocol: /^https?$/, error: 'must be an origin such as https://kiosk.centre.example' })
  .refine((text) => URL.canParse(text) && new URL(text).href === `${new URL(text).origin}/`, {
    message: 'must be an origin only (scheme, host and port): no path, query or user',
  })
  .transform((text) => new URL(text).origin);

/**
 * The centre's config file (`config.json`). Every field is optional, so the
 * kiosk runs with none; unknown fields are refused so a typo is not silently
 * ignored. Checks across fields are in consistency.ts.
 */
export const ConfigFile = z
  .object({
    kioskId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores')
      .default('kiosk-1'),
    centreName: Localised.default(DEFAULT_CENTRE_NAME),
    languages: z
      .array(Language)
      .min(1)
      .default([...LANGUAGES]),
    defaultLanguage: Language.optional(),
    catalogue: z.array(CatalogueEntry).min(1).optional(),
    addressBook: AddressBookConfig.optional(),
    timing: z
      .object({
        idleSeconds: seconds(10, 3600, 90),
        // DESIGN.md, "Idle": at least 20 s to answer the warning.
        warningSeconds: seconds(20, 600, 30),
        // A minute by default, time to copy the reference down; the kiosk never waits less than a minute
        // (MIN_RECEIPT_MS in app/dialog/settings.ts), but an older config's shorter time is still accepted.
        receiptSeconds: seconds(5, 600, 60),
        // While staff have been called (DESIGN.md, "Idle"). Ten minutes: time for staff to come from
        // another room or finish with someone else, not so long that the details of a resident nobody
        // came for stay on screen. Bounds as idleSeconds', so any idle time is also a valid wait; the
        // kiosk never waits less than idleSeconds anyway (effectiveTiming in app/dialog/kioskMachine.ts).
        staffWaitSeconds: seconds(10, 3600, 600),
      })
      .strict()
      .prefault({}),
    speech: SpeechConfig.prefault({}),
    printing: z.boolean().default(false),
    keypad: KeypadConfig,
    host: z
      .object({
        bind: Bind.default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        publicOrigin: PublicOrigin.optional(),
      })
      .strict()
      .prefault({}),
    staff: z
      .object({
        // Ends a session after this long without a person's action (a poll by the console's timer does not count).
        sessionIdleMinutes: minutes(240, 5),
        // Ends a session this long after sign-in, however busy: a shift, not a week.
        sessionMaxHours: z.number().int().min(1).max(24).default(8),
        // Wrong PINs one source may enter before it has to wait (signInThrottle.ts).
        maxFailures: z.number().int().min(1).max(100).default(5),
        // The longest wait between two tries from one source; 60 makes a 6-digit PIN take over a century online.
        maxDelayMinutes: z.number().int().min(1).max(1440).optional(),
        // The former name of maxDelayMinutes (it was a lock for every source), still read so older files load.
        lockoutMinutes: z.number().int().min(1).max(1440).optional(),
        // Who the shared PIN (admin CLI set-pin) stands for in the console and the audit log: a one-person centre's admin.
        adminName: z.string().trim().min(1).max(40).default('管理员'),
      })
      .strict()
      .transform(({ lockoutMinutes, maxDelayMinutes, ...staff }) => ({
        ...staff,
        maxDelayMinutes: maxDelayMinutes ?? lockoutMinutes ?? DEFAULT_MAX_DELAY_MINUTES,
      }))
      .prefault({}),
    electron: z
      .object({
        // Linux without a keyring: safeStorage seals the data key with a fixed password ("basic_text"),
        // no better than file permissions. The kiosk refuses to start so unless this says it may.
        allowBasicTextKeyStore: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    forwarding: ForwardingConfig.optional(),
    sms: SmsConfig.optional(),
    retention: RetentionConfig.prefault({}),
    residentLimits: ResidentLimitsConfig.prefault({}),
    queueWatch: QueueWatchConfig.prefault({}),
    meToo: MeTooConfig.prefault({}),
    // Response and resolution times per kind and category, in working days (app/cases/timeLimits.ts checks
    // it against the catalogue, which is known only once the whole file is read).
    caseTimeLimits: z.unknown().optional(),
  })
  .strict();

export type ConfigFileInput = z.input<typeof ConfigFile>;
export type ParsedConfigFile = z.output<typeof ConfigFile>;
