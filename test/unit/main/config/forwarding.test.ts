import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { requestsUrl } from '../../../../main/config/forwarding';
import { toKioskConfigView } from '../../../../main/config/view';
import { configError } from './support';

const forwarding = {
  endpoint: 'https://city.example.gov/open311/v2',
  apiKey: 'k-3f9a',
  jurisdictionId: 'city.example.gov',
  serviceCodes: { 'cmp.noise': 'NOISE-01' },
};

describe('config: forwarding and retention', () => {
  it('has forwarding off and a retention of 180 days by default', () => {
    const config = parseConfig({});
    expect(config.forwarding).toBeUndefined();
    expect(config.retention).toEqual({ closedDays: 180 });
  });

  it('takes a forwarding section, and a retention of its own', () => {
    const config = parseConfig({ forwarding, retention: { closedDays: 30 } });
    expect(config.forwarding).toEqual(forwarding);
    expect(config.retention.closedDays).toBe(30);
  });

  it('takes plain http only to this computer', () => {
    for (const endpoint of ['http://127.0.0.1:8311/open311', 'http://localhost/x', 'http://[::1]:9/']) {
      expect(parseConfig({ forwarding: { ...forwarding, endpoint } }).forwarding!.endpoint).toBe(endpoint);
    }
  });

  it.each([
    [{ forwarding: { ...forwarding, endpoint: 'http://city.example.gov/open311' } }, 'forwarding.endpoint', 'https://'],
    [{ forwarding: { ...forwarding, endpoint: 'ftp://city.example.gov/' } }, 'forwarding.endpoint', 'https://'],
    [{ forwarding: { ...forwarding, endpoint: 'city.example.gov' } }, 'forwarding.endpoint', 'expected format'],
    [{ forwarding: { ...forwarding, endpoint: 'https://c.example/v2?k=1' } }, 'forwarding.endpoint', 'query'],
    [{ forwarding: { ...forwarding, apiKey: undefined } }, 'forwarding.apiKey', 'is required'],
    [{ forwarding: { ...forwarding, apiKey: '  ' } }, 'forwarding.apiKey', 'must not be empty'],
    [{ forwarding: { ...forwarding, serviceCodes: {} } }, 'forwarding.serviceCodes', 'at least one'],
    [
      { forwarding: { ...forwarding, serviceCodes: { 'cmp.noise': '' } } },
      'forwarding.serviceCodes.cmp.noise',
      'empty',
    ],
    [
      { forwarding: { ...forwarding, serviceCodes: { 'cmp.dragons': 'D' } } },
      'forwarding.serviceCodes.cmp.dragons',
      'is not a code in the catalogue',
    ],
    [{ forwarding: { ...forwarding, apikey: 'x' } }, 'forwarding.apikey', 'is not a known field'],
    [{ retention: { closedDays: 0 } }, 'retention.closedDays', 'must be at least 1'],
    [{ retention: { days: 30 } }, 'retention.days', 'is not a known field'],
  ])('names the bad field in %j', (value, field, problem) => {
    const error = configError(value);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`config.json: ${field}: `);
    expect(error.problem).toContain(problem);
  });

  it('checks mapped codes against the centre’s own catalogue', () => {
    const catalogue = [
      { code: 'svc.pets', kind: 'service', label: { 'zh-CN': '宠物', en: 'Pets', 'zh-HK': '寵物' } },
      { code: 'cmp.noise', kind: 'complaint' },
      { code: 'sug.other', kind: 'suggestion' },
    ];
    expect(parseConfig({ catalogue, forwarding: { ...forwarding, serviceCodes: { 'svc.pets': 'P' } } })).toBeDefined();
    expect(configError({ catalogue, forwarding: { ...forwarding, serviceCodes: { 'svc.health': 'H' } } }).field).toBe(
      'forwarding.serviceCodes.svc.health',
    );
  });

  it('never shows the renderer anything of forwarding', () => {
    const view = JSON.stringify(toKioskConfigView(parseConfig({ forwarding })));
    expect(view).not.toContain('k-3f9a');
    expect(view).not.toContain('city.example.gov');
  });

  it('adds /requests.json to the endpoint, with or without a trailing slash', () => {
    expect(requestsUrl('https://c.example/open311/v2')).toBe('https://c.example/open311/v2/requests.json');
    expect(requestsUrl('https://c.example/open311/v2/')).toBe('https://c.example/open311/v2/requests.json');
  });
});
