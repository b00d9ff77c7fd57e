// The staff console's components under jsdom, with Testing Library (see ../screens/support.tsx).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { createI18n } from '../../../../renderer/i18n';

export { render } from '@testing-library/react';

afterEach(cleanup);

/** The console's strings in one language, as StaffApp hands them to its parts. */
export const setup = (language: Language) => createI18n(language).getFixedT(language);
