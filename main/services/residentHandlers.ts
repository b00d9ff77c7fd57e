import { ApiError } from '../../app/contract/errors';
import type { KioskApiHandlers, ParsedArgsOf } from '../../app/contract/kioskApi';
import { findCategory } from '../../app/domain/catalogue';
import { checkPhone } from '../../app/domain/phone';
import { toKioskConfigView } from '../config/view';
import type { NewSubmission } from '../store/submissions';
import type { ServiceDeps } from './deps';
import { createProgressLookup } from './progressLookup';

type ResidentMethod = 'getKioskConfig' | 'submit' | 'speechToken' | 'callStaff' | 'lookupStatus' | 'staffLogin';

/** Checks what the Draft schema cannot know (this centre's catalogue and languages) and normalises. */
function toNewSubmission(draft: ParsedArgsOf<'submit'>, { config }: ServiceDeps): NewSubmission {
  const category = findCategory(config.catalogue, draft.category);
  if (category === undefined) throw new ApiError('invalid', 'category: is not offered at this kiosk', 'category');
  if (category.kind !== draft.kind) {
    throw new ApiError('invalid', `category: belongs to "${category.kind}", not "${draft.kind}"`, 'category');
  }
  if (!config.languages.includes(draft.language)) {
    throw new ApiError('invalid', 'language: is not offered at this kiosk', 'language');
  }
  const { contact } = draft;
  const phone = contact.phone === undefined ? null : checkPhone(contact.phone);
  const location = draft.location?.trim();
  return {
    kind: draft.kind,
    category: category.code,
    description: draft.description.trim(),
    location: location ? location : null,
    anonymous: contact.anonymous,
    name: contact.name?.trim() || null,
    phone: phone?.ok ? phone.digits : null,
    language: draft.language,
    inputModes: draft.inputModes,
    kioskId: config.kioskId,
  };
}

export function residentHandlers(deps: ServiceDeps): Pick<KioskApiHandlers, ResidentMethod> {
  const { store, config, staffAuth, speechTokens } = deps;
  const view = toKioskConfigView(config);
  const progress = createProgressLookup(deps);
  return {
    getKioskConfig: () => view,

    // better-sqlite3 is synchronous and the database runs with synchronous=FULL: when submit returns, the row is on disk.
    submit: (draft) => store.submissions.submit(toNewSubmission(draft, deps)),

    speechToken: () => speechTokens.current(),

    callStaff: ({ language }) => store.staffCalls.create(language),

    lookupStatus: (args) => progress.lookupStatus(args),

    staffLogin: async ({ pin }, ctx) => {
      const { token, expiresAt } = await staffAuth.login(pin, ctx.source);
      ctx.setStaffSession(token, expiresAt);
      return { expiresAt };
    },
  };
}
