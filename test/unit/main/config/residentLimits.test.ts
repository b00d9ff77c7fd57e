import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { configError } from './support';

describe('residentLimits and queueWatch in config.json', () => {
  it('have defaults no resident meets and a script does (README, "Limits for residents\' channels")', () => {
    const config = parseConfig({});
    expect(config.residentLimits).toEqual({
      submitsPerMinute: 20,
      submitsPerHour: 200,
      submitsPerVisit: 3,
      staffCallsPerMinute: 30,
      staffCallsPerVisit: 10,
      similarSearchesPerMinute: 20,
      lookupsPerMinute: 10,
      lookupMaxDelaySeconds: 600,
      lookupGuessesPerSource: 5,
      lookupGuessesPerReference: 30,
    });
    expect(config.queueWatch).toEqual({ minFreeMegabytes: 1024, maxDatabaseMegabytes: 4096 });
    expect(config.meToo).toEqual({ days: 14 });
  });

  it('turns "me too" off with meToo.days 0', () => {
    expect(parseConfig({ meToo: { days: 0 } }).meToo).toEqual({ days: 0 });
  });

  it('take a centre’s own figures, keeping the defaults of the rest', () => {
    const config = parseConfig({ residentLimits: { submitsPerMinute: 60, submitsPerHour: 1200 } });
    expect(config.residentLimits).toMatchObject({ submitsPerMinute: 60, submitsPerHour: 1200, submitsPerVisit: 3 });
  });

  it.each([
    [{ residentLimits: { submitsPerMinute: 0 } }, 'residentLimits.submitsPerMinute', 'must be at least 1'],
    [{ residentLimits: { lookupsPerMinute: 2.5 } }, 'residentLimits.lookupsPerMinute', 'must be a whole number'],
    [{ residentLimits: { submitsPerMinit: 5 } }, 'residentLimits.submitsPerMinit', 'is not a known field'],
    [
      { residentLimits: { submitsPerMinute: 500 } },
      'residentLimits.submitsPerHour',
      'submitsPerHour must be at least submitsPerMinute',
    ],
    [
      { residentLimits: { lookupGuessesPerSource: 50 } },
      'residentLimits.lookupGuessesPerReference',
      'lookupGuessesPerReference must be at least lookupGuessesPerSource',
    ],
    [{ queueWatch: { minFreeMegabytes: -1 } }, 'queueWatch.minFreeMegabytes', 'must be at least 1'],
    [{ queueWatch: { maxDatabaseMegabytes: '4G' } }, 'queueWatch.maxDatabaseMegabytes', 'must be a number'],
    [{ meToo: { days: -1 } }, 'meToo.days', 'must be 0 (off) or more'],
    [{ meToo: { days: 1.5 } }, 'meToo.days', 'must be a whole number of days'],
    [{ meToo: { days: 365 } }, 'meToo.days', 'must be at most 90'],
    [{ meToo: { on: true } }, 'meToo.on', 'is not a known field'],
  ])('names the bad field in %j', (value, field, problem) => {
    const error = configError(value);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`config.json: ${field}: ${problem}`);
  });
});
