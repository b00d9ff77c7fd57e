// Run before each renderer test file (vitest.config.ts, project `renderer`): the files share one jsdom
// and module registry per worker, so what one file renders is removed after each of its tests here,
// whichever support module registered Testing Library's cleanup first.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
