import * as z from 'zod';
import { FOLLOW_UP_OUTCOMES, RATINGS } from '../cases/lifecycle';
import { INPUT_MODES, ON_BEHALF_CHANNELS } from '../domain/inputModes';
import { KINDS } from '../domain/kinds';
import { LIMITS } from '../domain/limits';
import { STAFF_ROLES } from '../domain/staffRoles';
import { STATUSES } from '../domain/status';
import { Draft, plainText, requiredText, StaffDraft, Submission } from '../domain/submission';
import { LANGUAGES } from '../i18n/languages';
import { SMS_TEMPLATES } from '../sms/templates';
import type { MethodName } from './methodNames';

const Empty = z.object({}).strict();
const Localised = z.record(z.string(), z.string());

/** What the renderer needs of the centre's config: nothing secret. */
export const KioskConfigView = z.object({
  kioskId: z.string(),
  centreName: Localised,
  languages: z.array(z.enum(LANGUAGES)).min(1),
  defaultLanguage: z.enum(LANGUAGES),
  catalogue: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(KINDS),
      asksLocation: z.boolean(),
      label: Localised.optional(),
      phrases: z.record(z.string(), z.array(z.string())).optional(),
    }),
  ),
  /** Idle timing in milliseconds (DESIGN.md, "Idle"). */
  timing: z.object({
    idleMs: z.number().int().positive(),
    warningMs: z.number().int().positive(),
    receiptMs: z.number().int().positive(),
    /** Extension: the time before the warning while staff have been called; absent, the idle time. */
    staffWaitMs: z.number().int().positive().optional(),
  }),
  /** Speech (DESIGN.md, "Speech"); never a key or token, those come from `speechToken`. */
  speech: z.object({
    provider: z.enum(['off', 'native', 'azure', 'scripted']),
    /** Extension: an explicit voice per language (Azure voice names; for `native`, a voice name to prefer). */
    voices: z.record(z.string(), z.string()).optional(),
    /** Extension: how long a turn of listening waits for speech before it counts as no input. */
    noInputMs: z.number().int().positive().optional(),
    /** Extension: below this recogniser confidence the kiosk asks "did you say …?". */
    confidenceThreshold: z.number().min(0).max(1).optional(),
    /** Extension: how often the idle welcome screen says how to start (0: never). */
    welcomeHintMs: z.number().int().min(0).optional(),
  }),
  /** Whether the centre prints receipts. */
  printing: z.boolean(),
  /** Extension: the keypad's keys per command (app/dialog/keymap.ts), the centre's over the defaults. */
  keypad: z.record(z.string(), z.array(z.string())).optional(),
  /** Extension: whether the kiosk offers "me too" (已经有人反映过这个问题) before a complaint is submitted (config `meToo.days` > 0). */
  meToo: z.boolean().optional(),
  /** Extension: the centre's buildings (with their units) and landmarks, names per language, offered on the location screen. */
  addressBook: z
    .object({
      buildings: z.array(z.object({ name: Localised, units: z.array(Localised) })),
      landmarks: z.array(Localised),
    })
    .optional(),
});
export type KioskConfigView = z.infer<typeof KioskConfigView>;

export const SubmitResult = z.object({ id: z.number().int(), ref: z.string(), createdAt: z.string() });
export type SubmitResult = z.infer<typeof SubmitResult>;

export const SpeechToken = z.object({
  provider: z.enum(['off', 'native', 'azure', 'scripted']),
  /** A short-lived Azure authorization token (Bearer), or null where none is needed (a speech container, other providers). */
  token: z.string().nullable(),
  /** The Azure region, when the service is addressed by region. */
  region: z.string().nullable(),
  /** When the token stops working (ISO 8601); the renderer asks again before then. */
  expiresAt: z.string().nullable(),
  /** Extension: the recognition websocket base (`wss://…` sovereign cloud, `ws://host:port` speech container), when not by region. */
  recognitionHost: z.string().nullable().optional(),
  /** Extension: the synthesis base URL (`https://…`, `http://host:port` speech container), when not by region. */
  synthesisHost: z.string().nullable().optional(),
});
export type SpeechToken = z.infer<typeof SpeechToken>;

export const Filters = z
  .object({
    status: z.enum(STATUSES).optional(),
    kind: z.enum(KINDS).optional(),
    category: z.string().max(64).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    // Not stored nor shown to anyone: a search for any text is answered, even one a field would refuse.
    text: z.string().max(200).optional(),
    /** Extension: cases assigned to this staff member (their id; 0 is the shared PIN's admin). */
    assignee: z.number().int().min(0).optional(),
    /** Extension: only open cases past a deadline (`overdue`), or whose deadline is today (`today`). */
    due: z.enum(['overdue', 'today']).optional(),
    /** Extension: `urgency` puts overdue cases first, then those due today, by deadline; default newest first. */
    sort: z.enum(['newest', 'urgency']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type Filters = z.infer<typeof Filters>;

export const SubmissionSummary = Submission.omit({ history: true });
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** A member of staff as the console shows them: never a PIN. */
export const StaffMember = z.object({
  /** The account's id; 0 is the admin the centre's shared PIN stands for. */
  id: z.number().int().min(0),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
});
export type StaffMember = z.infer<typeof StaffMember>;

/**
 * What case handling adds to a submission as staff see it (extensions, always
 * given by this version): who handles it, and its deadlines in the centre's
 * working days (the last local day, "YYYY-MM-DD"). `urgency` is that of the
 * deadline still to be met (answering while queued, resolving while open),
 * null once resolved or closed.
 */
export const CaseFields = z.object({
  assignee: StaffMember.pick({ id: true, name: true }).nullable().optional(),
  respondBy: z.string().optional(),
  resolveBy: z.string().optional(),
  urgency: z.enum(['overdue', 'due-today', 'upcoming']).nullable().optional(),
  overdue: z.boolean().optional(),
  /** Extension ("me too"): how many residents reported the case — its own, those who added their support, and merged cases'. */
  residents: z.number().int().min(1).optional(),
  /** Extension: the reference of the case this one was merged into (its lookups show that case); null when not merged. */
  mergedInto: z.string().nullable().optional(),
});
export type CaseFields = z.infer<typeof CaseFields>;

export const CaseSummary = SubmissionSummary.extend(CaseFields.shape);
export type CaseSummary = z.infer<typeof CaseSummary>;

/** Extensions of a case in full: the resident's verdicts and staff's follow-up calls, oldest first. */
export const VerdictFields = z.object({
  verdicts: z
    .array(
      z.object({
        rating: z.enum(RATINGS),
        reason: z.string().nullable(),
        /** `kiosk`, a browser-host address (`ip:…`), or `follow-up` when heard on a call. */
        source: z.string(),
        at: z.string(),
      }),
    )
    .optional(),
  followUps: z
    .array(
      z.object({ outcome: z.enum(FOLLOW_UP_OUTCOMES), note: z.string().nullable(), by: z.string(), at: z.string() }),
    )
    .optional(),
});

/**
 * What every export adds to a submission (the JSON export writes them as they are; CSV and Open311 the
 * latest verdict and call): the case fields as of the export, who entered it for a resident (null: the
 * kiosk), and the key times of its history (the first answer, the last resolution, closing, reopening).
 */
export const CaseExportFields = CaseFields.required().extend(VerdictFields.required().shape).extend({
  enteredBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
});
export type CaseExportFields = z.infer<typeof CaseExportFields>;

/** A case as the JSON export writes it: parsing the export with this gives back the same objects. */
export const ExportedCase = Submission.extend(CaseExportFields.shape);
export type ExportedCase = z.infer<typeof ExportedCase>;

/** `count` of `of`, and the rate (null when there is nothing to count: never shown as 0 % or 100 %). */
const Ratio = z.object({ count: z.number().int(), of: z.number().int(), rate: z.number().min(0).max(1).nullable() });

/** The three rates of one category, or of all, over a range (app/cases/rates.ts says how each is counted). */
export const CaseRatesView = z.object({
  /** 响应率: answered within the response time. */
  response: Ratio,
  /** 解决率: closed and never reopened. */
  resolution: Ratio,
  /** 满意率: satisfied or basically satisfied, of the verdicts given. */
  satisfaction: Ratio,
  /** Cases whose response or resolution is not decided yet. */
  pending: z.object({ response: z.number().int(), resolution: z.number().int() }),
  cases: z.number().int(),
});
export type CaseRatesView = z.infer<typeof CaseRatesView>;

export const EXPORT_FORMATS = ['csv', 'json', 'open311'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  detail: z.string().nullable(),
  /** Extension: the staff account that acted (0: the shared PIN's admin); null for the kiosk, the CLI and older rows. */
  actorId: z.number().int().nullable().optional(),
});

/** An opaque name for one resident's visit, made by the page (letters, digits, dots, dashes). */
/** What names a resident's own case: its reference, and the phone's last four digits where a phone was left. */
const CaseKey = {
  ref: z.string().min(1).max(20),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, 'must be 4 digits')
    .optional(),
};

const VisitId = z.string().regex(/^[A-Za-z0-9.-]{1,80}$/, 'must be 1 to 80 letters, digits, dots or dashes');

/** The queue's disk is running low, or the database is large: staff are warned in time. */
export const SpaceWarning = z.object({
  /** Free space on the data folder's disk, in megabytes (null where it cannot be read). */
  freeMegabytes: z.number().nullable(),
  /** The database with its write-ahead log, in megabytes. */
  databaseMegabytes: z.number(),
  /** Which threshold was crossed. */
  reason: z.enum(['disk', 'database']),
});
export type SpaceWarning = z.infer<typeof SpaceWarning>;

/** An opaque name `findSimilar` gives a case, good for a while for `supportCase`: never its id or reference. */
const SimilarHandle = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be a handle given by findSimilar');

/** An open case a complaint may join ("me too"), as any resident may see it: no personal data. */
export const SimilarCase = z.object({
  handle: SimilarHandle,
  category: z.string(),
  /** The place as the first resident stated it, or null. */
  location: z.string().nullable(),
  /** When the case was first reported (ISO 8601 with offset). */
  firstReportedAt: z.string(),
  /** How many residents have reported it so far. */
  residents: z.number().int().min(1),
});
export type SimilarCase = z.infer<typeof SimilarCase>;

/** Who may call a method: anyone, anyone signed in as staff, or only a signed-in admin (403 `forbidden` for staff). */
export type Access = 'resident' | 'staff' | 'admin';

const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R, access: Access) => ({
  args,
  result,
  access,
});

/**
 * The KioskApi: one contract, two transports (Electron IPC and `POST /api/<method>`).
 * Names and shapes are public (DESIGN.md, "Contracts"): extend, never change.
 */
export const kioskApi = {
  /** The centre's kiosk settings the screens need. */
  getKioskConfig: method(Empty, KioskConfigView, 'resident'),
  /**
   * Commits a submission; answers only after the row is durable. Extension:
   * `visit` names the resident's visit (welcome to reset) so a repeated
   * submit within one visit can be limited; refused calls answer 'rate-limited'.
   */
  submit: method(Draft.extend({ visit: VisitId.optional() }), SubmitResult, 'resident'),
  /** A short-lived speech token (the key never leaves the main side). */
  speechToken: method(Empty, SpeechToken, 'resident'),
  /** Asks staff to come to the kiosk. */
  callStaff: method(
    z.object({ language: z.enum(LANGUAGES), visit: VisitId.optional() }).strict(),
    z.object({ id: z.number().int(), createdAt: z.string() }),
    'resident',
  ),
  /**
   * The status of a submission by its reference number. The staff's public
   * note is given only with the last four digits of the phone number left
   * with it (`verified`); an anonymous submission only ever shows its status.
   */
  lookupStatus: method(
    z
      .object({
        ...CaseKey,
      })
      .strict(),
    z.object({
      ref: z.string(),
      status: z.enum(STATUSES),
      updatedAt: z.string(),
      verified: z.boolean(),
      publicNote: z.string().nullable(),
      /**
       * Extension: the resident is asked 满意 / 基本满意 / 不满意 (`rateOutcome`):
       * the case is resolved with a public note, and the phone's last four digits
       * were given where a phone was left.
       */
      verdictDue: z.boolean().optional(),
    }),
    'resident',
  ),
  /** Starts a staff session (HTTP: sets an HttpOnly, SameSite=Strict cookie). */
  staffLogin: method(
    z.object({ pin: z.string().regex(/^\d{4,12}$/, 'must be 4 to 12 digits') }).strict(),
    z.object({
      expiresAt: z.string(),
      /** Extension: who the PIN says is signing in, with their role. */
      staff: StaffMember.optional(),
    }),
    'resident',
  ),
  /** Ends the staff session. */
  staffLogout: method(Empty, z.object({ ok: z.literal(true) }), 'staff'),
  /** Submissions, newest first, with filters. */
  listSubmissions: method(
    Filters,
    z.object({
      items: z.array(CaseSummary),
      total: z.number().int(),
      counts: z.record(z.string(), z.number().int()),
      /**
       * Extension: set when a text search matched more than 1,000 submissions and counting stopped there
       * (at 1,001): `total` and each of `counts` are then at least what they say. Absent, they are exact.
       */
      countsCapped: z.literal(true).optional(),
      /** Extension: open cases past a deadline, and due today, whatever the filter (the console's marker). */
      overdue: z.number().int().optional(),
      dueToday: z.number().int().optional(),
      /** Extension: set while the queue's disk runs low or the database is large (staff should act). */
      spaceWarning: SpaceWarning.optional(),
    }),
    'staff',
  ),
  /** One submission in full, with its history. */
  getSubmission: method(
    z.object({ id: z.number().int().positive() }).strict(),
    Submission.extend(CaseFields.shape).extend(VerdictFields.shape),
    'staff',
  ),
  /**
   * Moves submissions to a status, with a note kept in their history. A
   * `publicNote` is what the resident is told on looking the reference up
   * (with the phone's last four digits); given, it is recorded even for a
   * submission whose status stays the same.
   */
  setStatus: method(
    z
      .object({
        ids: z.array(z.number().int().positive()).min(1).max(1000),
        status: z.enum(STATUSES),
        note: plainText(1000).optional(),
        publicNote: plainText(1000).optional(),
      })
      .strict(),
    z.object({ updated: z.number().int() }),
    'staff',
  ),
  /** An export of the (filtered) queue as a file. */
  exportSubmissions: method(
    Filters.omit({ limit: true, offset: true })
      .extend({ format: z.enum(EXPORT_FORMATS) })
      .strict(),
    z.object({ filename: z.string(), contentType: z.string(), body: z.string() }),
    'staff',
  ),
  /** Counts per kind and category over a range of days. */
  stats: method(
    z.object({ days: z.number().int().min(1).max(366) }).strict(),
    z.object({
      from: z.string(),
      to: z.string(),
      byKind: z.record(z.string(), z.number().int()),
      byCategory: z.record(z.string(), z.number().int()),
      /** Extension: open cases past a deadline now, whatever the range. */
      overdue: z.number().int().optional(),
      /** Extension: 响应率, 解决率 and 满意率 of the cases received in the range, over all and per category code. */
      rates: z.object({ total: CaseRatesView, byCategory: z.record(z.string(), CaseRatesView) }).optional(),
    }),
    'staff',
  ),
  /** The audit log, newest first. */
  auditLog: method(
    z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    z.object({ items: z.array(AuditEntry) }),
    'staff',
  ),
  /**
   * The retention purge: removes name, phone, description and location of
   * submissions closed more than `days` days ago (default: the config's
   * `retention.closedDays`), keeping the rest for the dashboard's counts.
   */
  purgeClosed: method(
    z.object({ days: z.number().int().min(1).max(3650).optional() }).strict(),
    z.object({ purged: z.number().int() }),
    'admin',
  ),
  /** Residents' calls for staff that no one has acknowledged yet, oldest first. */
  pendingStaffCalls: method(
    Empty,
    z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          language: z.string(),
          createdAt: z.string(),
          /** Extension: how many times it was called from its kiosk before anyone acknowledged it. */
          count: z.number().int().min(1).optional(),
          /** Extension: which kiosk called (its id, or a browser-host client's address). */
          kiosk: z.string().optional(),
          /** Extension: whether `kiosk` is the kiosk's own window or a browser-host client (a web terminal). */
          source: z.enum(['kiosk', 'browser']).optional(),
          /** Extension: when it was last called. */
          lastAt: z.string().optional(),
        }),
      ),
    }),
    'staff',
  ),
  /** A member of staff is on the way: the call stops showing. */
  acknowledgeStaffCall: method(
    z.object({ id: z.number().int().positive() }).strict(),
    z.object({ acknowledged: z.boolean() }),
    'staff',
  ),
  /**
   * What staff should know about the kiosk itself, as codes the console words
   * (`staff.notices.*`): `key-store-basic-text`, the data key sealed with a
   * fixed password because Linux has no keyring (config `electron.allowBasicTextKeyStore`).
   */
  staffNotices: method(
    Empty,
    z.object({
      items: z.array(
        z.object({
          code: z.string(),
          /** Extension, for `case-reopened` (a resident's 不满意): the case, and the reason in the resident's words. */
          id: z.number().int().optional(),
          ref: z.string().optional(),
          reason: z.string().nullable().optional(),
          at: z.string().optional(),
        }),
      ),
    }),
    'staff',
  ),
  /**
   * Assigns cases to a member of staff (`staffId`), or to the caller when it
   * is left out ("我来处理"): each becomes `assigned`. A case resolved or
   * closed is refused (reopen it first), naming its reference.
   */
  assign: method(
    z
      .object({
        ids: z.array(z.number().int().positive()).min(1).max(1000),
        staffId: z.number().int().min(0).optional(),
        note: plainText(1000).optional(),
      })
      .strict(),
    z.object({ updated: z.number().int(), assignee: StaffMember.pick({ id: true, name: true }) }),
    'staff',
  ),
  /** Everyone who may sign in, by name and role (never a PIN), and who is calling (`self`). */
  listStaff: method(Empty, z.object({ items: z.array(StaffMember), self: StaffMember }), 'staff'),
  /**
   * The resident's verdict on a resolved case: 满意 and 基本满意 close it, 不满意
   * reopens it with the reason in the resident's words and tells staff. Where a
   * phone was left, its last four digits are needed (counted like lookupStatus's
   * guesses); throttled with the residents' lookups. A case not awaiting a
   * verdict is refused ('invalid', field `ref`).
   */
  rateOutcome: method(
    z
      .object({
        ...CaseKey,
        rating: z.enum(RATINGS),
        reason: plainText(1000).optional(),
      })
      .strict(),
    z.object({ ref: z.string(), status: z.enum(STATUSES) }),
    'resident',
  ),
  /**
   * A follow-up call (回访) to a resident who left a phone: reached and 满意 /
   * 基本满意 / 不满意, or not reached. A verdict heard on the call counts like
   * one given at the kiosk (and closes or reopens a resolved case).
   */
  recordFollowUp: method(
    z
      .object({
        id: z.number().int().positive(),
        outcome: z.enum(FOLLOW_UP_OUTCOMES),
        note: plainText(1000).optional(),
      })
      .strict(),
    z.object({ id: z.number().int(), status: z.enum(STATUSES) }),
    'staff',
  ),
  /**
   * A request staff enter for a resident who phoned or came to the desk (代办): the same catalogue and checks as
   * `submit`, stored with the input mode `staff`, this kiosk's id, and who entered it (the history's first entry,
   * and the audit log with the channel). The residents' limits do not apply. `note` is kept in the history,
   * sealed like every staff note. Answers the reference to read to the resident.
   */
  submitOnBehalf: method(
    z
      .object({
        draft: StaffDraft,
        channel: z.enum(ON_BEHALF_CHANNELS),
        note: plainText(1000).optional(),
      })
      .strict(),
    SubmitResult,
    'staff',
  ),
  /**
   * "Me too": open cases of the complaint's category, reported in the last
   * `meToo.days` days (config), that match what the resident is about to
   * submit (app/cases/similarity.ts), best first. Never another resident's
   * personal data: no name, phone or description, only an opaque `handle`
   * for `supportCase`, the category, the place as stated, the date first
   * reported and how many residents reported it. None when the centre has
   * turned "me too" off. Throttled per source.
   */
  findSimilar: method(
    z
      .object({
        category: z.string().min(1).max(64),
        location: plainText(LIMITS.location).optional(),
        description: requiredText(LIMITS.description),
      })
      .strict(),
    z.object({ items: z.array(SimilarCase) }),
    'resident',
  ),
  /**
   * Adds the resident's support to a case `findSimilar` offered (its `handle`;
   * an unknown or expired one is 'not-found'). The supporter gets a reference
   * of their own that `lookupStatus` answers with the supported case's status
   * (and its public note, with the last four digits of the supporter's own
   * phone where they left one). Throttled like `submit`.
   */
  supportCase: method(
    z
      .object({
        handle: SimilarHandle,
        contact: z
          .object({
            name: plainText(LIMITS.name).optional(),
            phone: z.string().max(LIMITS.phone).optional(),
            /** Whether the supporter wants to be told of changes (needs a phone). */
            notify: z.boolean().optional(),
          })
          .strict()
          .optional(),
        language: z.enum(LANGUAGES),
        inputModes: z.array(z.enum(INPUT_MODES)).min(1).max(INPUT_MODES.length),
        visit: VisitId.optional(),
      })
      .strict(),
    z.object({
      /** The supporter's own reference number. */
      ref: z.string(),
      createdAt: z.string(),
      /** How many residents have now reported the case, this one included. */
      residents: z.number().int().min(2),
    }),
    'resident',
  ),
  /**
   * Merges case `from` into case `into` (ids): `from` is closed as part of
   * `into`, its reference (and its supporters') look `into` up from then on,
   * and its residents are counted with `into`'s. A case cannot be merged into
   * itself, nor into one that is itself merged, nor twice.
   */
  mergeCases: method(
    z
      .object({
        into: z.number().int().positive(),
        from: z.number().int().positive(),
        note: plainText(1000).optional(),
      })
      .strict(),
    z.object({
      into: z.object({ id: z.number().int(), ref: z.string() }),
      from: z.object({ id: z.number().int(), ref: z.string() }),
      /** How many residents the merged case now counts. */
      residents: z.number().int().min(2),
    }),
    'staff',
  ),
  /**
   * What a case's resident was told by SMS: whether they agreed to be, and each
   * message (when queued and last tried, template, state, attempts, why it
   * failed) with the phone masked to its last four digits; also those sent to
   * "me too" supporters who asked to be told (`recipient: 'supporter'`).
   */
  smsMessages: method(
    z.object({ id: z.number().int().positive() }).strict(),
    z.object({
      consent: z.boolean(),
      items: z.array(
        z.object({
          /** The message's own number (a supporter's shares the time and news of the resident's). */
          id: z.number().int(),
          createdAt: z.string(),
          updatedAt: z.string(),
          template: z.enum(SMS_TEMPLATES),
          state: z.enum(['pending', 'sending', 'sent', 'uncertain', 'failed', 'cancelled']),
          attempts: z.number().int(),
          lastError: z.string().nullable(),
          phone: z.string(),
          /** Who it was for: the case's own resident, or a supporter ("me too"). */
          recipient: z.enum(['resident', 'supporter']),
        }),
      ),
    }),
    'staff',
  ),
  // `satisfies` with an object literal: a method missing from METHOD_NAMES, or one listed there and missing here, does not compile.
} as const satisfies Record<MethodName, unknown>;

export type KioskApiContract = typeof kioskApi;

export type ArgsOf<M extends MethodName> = z.input<KioskApiContract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<KioskApiContract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<KioskApiContract[M]['result']>;

/** What a renderer calls: every method, async, on either transport. */
export type KioskApi = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

/**
 * What the main side implements: every method, given parsed args and the
 * caller's staff session (null for a resident). Typed by the contract, so a
 * missing handler does not compile.
 */
export interface CallContext {
  /** The caller's staff session token, or null for a resident. */
  staffSession: string | null;
  /**
   * Who is calling, for throttling: `kiosk` for the kiosk's own Electron window,
   * `ip:<address>` for an HTTP caller. Counters are kept per source, so one
   * source can never slow down or lock out another.
   */
  source: string;
  /**
   * The client marked the call as made by a timer (the console's poll), not
   * by a person: it does not restart the staff session's idle timer. It can
   * only make a call count for less, never keep a session alive.
   */
  background?: boolean;
  /** staffLogin and staffLogout call this so the transport can keep or drop the session (cookie, or per window over IPC). */
  setStaffSession(token: string | null, expiresAt?: string): void;
}
export type KioskApiHandlers = {
  [M in MethodName]: (args: ParsedArgsOf<M>, ctx: CallContext) => ResultOf<M> | Promise<ResultOf<M>>;
};
