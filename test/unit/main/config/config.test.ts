import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import { loadConfig, parseConfig } from '../../../../main/config/config';
import { useTempDir } from '../support';
import { configError } from './support';

describe('parseConfig', () => {
  it('runs with no config at all, on the documented defaults', () => {
    const config = loadConfig(undefined);
    expect(config).toMatchObject({
      kioskId: 'kiosk-1',
      centreName: { 'zh-CN': '邻里社区服务中心', en: 'Linli Community Centre', 'zh-HK': '鄰里社區服務中心' },
      languages: ['zh-CN', 'en', 'zh-HK'],
      defaultLanguage: 'zh-CN',
      timing: { idleSeconds: 90, warningSeconds: 30, receiptSeconds: 60, staffWaitSeconds: 600 },
      speech: { provider: 'off' },
      printing: false,
      host: { bind: '127.0.0.1', port: 8080 },
      staff: { sessionIdleMinutes: 5, sessionMaxHours: 8, maxFailures: 5, maxDelayMinutes: 60 },
      electron: { allowBasicTextKeyStore: false },
    });
    expect(config.catalogue).toEqual(DEFAULT_CATALOGUE);
  });

  it('fills in what a partial section leaves out', () => {
    const config = parseConfig({ timing: { idleSeconds: 120 }, speech: { provider: 'native' } });
    expect(config.timing).toEqual({ idleSeconds: 120, warningSeconds: 30, receiptSeconds: 60, staffWaitSeconds: 600 });
    expect(config.speech.provider).toBe('native');
  });

  it('still accepts an older config’s receipt time under a minute (the kiosk raises it to one)', () => {
    expect(parseConfig({ timing: { receiptSeconds: 30 } }).timing.receiptSeconds).toBe(30);
  });

  it('names the field and the rule when the warning is shorter than 20 s', () => {
    const error = configError({ timing: { warningSeconds: 10 } });
    expect(error.field).toBe('timing.warningSeconds');
    expect(error.message).toBe('config.json: timing.warningSeconds: must be at least 20');
  });

  it.each([
    [{ kioskId: 5 }, 'kioskId', 'must be a string'],
    [{ speech: { provider: 'loud' } }, 'speech.provider', 'must be one of "off", "native", "azure", "scripted"'],
    [{ timing: { idleSecs: 90 } }, 'timing.idleSecs', 'is not a known field'],
    [{ languages: ['fr'] }, 'languages.0', 'must be one of "zh-CN", "en", "zh-HK"'],
    [{ languages: [] }, 'languages', 'must have at least 1 item'],
    [{ staff: { maxFailures: 2.5 } }, 'staff.maxFailures', 'must be a whole number'],
    [{ staff: { sessionMaxHours: 0 } }, 'staff.sessionMaxHours', 'must be at least 1'],
    [{ staff: { sessionMaxHours: 48 } }, 'staff.sessionMaxHours', 'must be at most 24'],
    [
      { staff: { sessionIdleMinutes: 120, sessionMaxHours: 1 } },
      'staff.sessionIdleMinutes',
      'must not be longer than staff.sessionMaxHours (1 hours)',
    ],
    [{ electron: { allowBasicTextKeyStore: 'yes' } }, 'electron.allowBasicTextKeyStore', 'must be'],
    [{ host: { bind: '0.0.0.0' } }, 'host.bind', 'must be a specific address'],
    [{ host: { port: 70000 } }, 'host.port', 'must be at most 65535'],
  ])('names the bad field in %j', (value, field, problem) => {
    const error = configError(value);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`config.json: ${field}: ${problem}`);
  });

  it('needs a centre name in every configured language', () => {
    const error = configError({ centreName: { 'zh-CN': '东湖社区' } });
    expect(error.field).toBe('centreName.en');
  });

  it('accepts a centre with only one language, and defaults to it', () => {
    const config = parseConfig({ languages: ['en'], centreName: { en: 'East Lake' } });
    expect(config.defaultLanguage).toBe('en');
  });

  it('refuses a default language that is not offered', () => {
    expect(configError({ languages: ['en'], defaultLanguage: 'zh-CN' }).field).toBe('defaultLanguage');
  });

  describe('the wait while staff have been called', () => {
    it('is ten minutes unless the centre says otherwise', () => {
      expect(parseConfig({}).timing.staffWaitSeconds).toBe(600);
      expect(parseConfig({ timing: { staffWaitSeconds: 300 } }).timing.staffWaitSeconds).toBe(300);
    });

    it('takes any time from the shortest idle time to an hour', () => {
      expect(parseConfig({ timing: { staffWaitSeconds: 10 } }).timing.staffWaitSeconds).toBe(10);
      expect(parseConfig({ timing: { staffWaitSeconds: 3600 } }).timing.staffWaitSeconds).toBe(3600);
    });

    it.each([
      [9, 'must be at least 10'],
      [3601, 'must be at most 3600'],
      [90.5, 'must be a whole number'],
      ['600', 'must be a number'],
    ])('names the field when it is %j', (value, problem) => {
      const error = configError({ timing: { staffWaitSeconds: value } });
      expect(error.field).toBe('timing.staffWaitSeconds');
      expect(error.message).toBe(`config.json: timing.staffWaitSeconds: ${problem}`);
    });
  });

  describe('catalogue', () => {
    const allKinds = [
      { code: 'svc.health', kind: 'service' },
      { code: 'cmp.noise', kind: 'complaint' },
      { code: 'sug.other', kind: 'suggestion' },
    ];

    it('keeps default categories as they are and takes their location rule', () => {
      const config = parseConfig({ catalogue: [...allKinds, { code: 'sug.safety', kind: 'suggestion' }] });
      expect(config.catalogue.map((c) => c.code)).toEqual(['svc.health', 'cmp.noise', 'sug.other', 'sug.safety']);
      expect(config.catalogue[3]!.asksLocation).toBe(true);
    });

    it('needs a label in every language for a code of its own', () => {
      const error = configError({
        catalogue: [...allKinds, { code: 'svc.pets', kind: 'service', label: { 'zh-CN': '宠物' } }],
      });
      expect(error.field).toBe('catalogue.3.label.en');
    });

    it('accepts a code of its own with its labels', () => {
      const pets = { code: 'svc.pets', kind: 'service', label: { 'zh-CN': '宠物', en: 'Pets', 'zh-HK': '寵物' } };
      expect(parseConfig({ catalogue: [...allKinds, pets] }).catalogue[3]).toEqual({ ...pets, asksLocation: false });
    });

    it('refuses a code whose prefix does not match its kind', () => {
      const error = configError({ catalogue: [...allKinds, { code: 'cmp.lifts', kind: 'service' }] });
      expect(error.field).toBe('catalogue.3.code');
      expect(error.problem).toContain('must start with "svc."');
    });

    it('refuses a repeated code', () => {
      expect(configError({ catalogue: [...allKinds, allKinds[0]] }).field).toBe('catalogue.3.code');
    });

    it('refuses a catalogue with no category for a kind', () => {
      expect(configError({ catalogue: allKinds.slice(0, 2) }).problem).toContain('suggestion');
    });
  });
});

describe('loadConfig', () => {
  const temp = useTempDir();

  it('reads a file, with or without a byte order mark', () => {
    const file = temp.path('config.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ kioskId: 'east-lake-2' })}`);
    expect(loadConfig(file).kioskId).toBe('east-lake-2');
  });

  it('names the file when it is not valid JSON', () => {
    const file = temp.path('config.json');
    writeFileSync(file, '{ "timing": ');
    expect(() => loadConfig(file)).toThrow(`${file}: is not valid JSON`);
  });

  it('names the file in a field error', () => {
    const file = temp.path('config.json');
    writeFileSync(file, JSON.stringify({ timing: { warningSeconds: 5 } }));
    expect(() => loadConfig(file)).toThrow(`${file}: timing.warningSeconds: must be at least 20`);
  });

  it('says when the file is missing', () => {
    expect(() => loadConfig(temp.path('nope.json'))).toThrow(/nope\.json: file not found/);
  });

  it('counts further problems', () => {
    expect(() => parseConfig({ kioskId: 1, printing: 'yes' })).toThrow('(and 1 more problem)');
  });
});
