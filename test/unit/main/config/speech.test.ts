import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { configError } from './support';

describe('speech in config.json', () => {
  it('defaults to an explicit voice per language, 8 s to start speaking and confidence 0.6', () => {
    expect(parseConfig({}).speech).toEqual({
      provider: 'off',
      voices: { 'zh-CN': 'zh-CN-XiaoxiaoNeural', en: 'en-GB-SoniaNeural', 'zh-HK': 'zh-HK-HiuMaanNeural' },
      noInputSeconds: 8,
      confidenceThreshold: 0.6,
      welcomeHintSeconds: 90,
    });
  });

  it('says how often the idle welcome screen speaks, or 0 for never; anything in between is refused by name', () => {
    expect(parseConfig({ speech: { welcomeHintSeconds: 0 } }).speech.welcomeHintSeconds).toBe(0);
    expect(parseConfig({ speech: { welcomeHintSeconds: 300 } }).speech.welcomeHintSeconds).toBe(300);
    expect(() => parseConfig({ speech: { welcomeHintSeconds: 5 } })).toThrow(/speech\.welcomeHintSeconds/);
  });

  it('keeps the default voices of the languages a centre does not name', () => {
    const { speech } = parseConfig({ speech: { voices: { en: 'en-US-AvaMultilingualNeural' } } });
    expect(speech.voices).toEqual({
      'zh-CN': 'zh-CN-XiaoxiaoNeural',
      en: 'en-US-AvaMultilingualNeural',
      'zh-HK': 'zh-HK-HiuMaanNeural',
    });
  });

  it('takes Azure by region', () => {
    const { speech } = parseConfig({ speech: { provider: 'azure', azure: { region: 'eastasia' } } });
    expect(speech.azure).toEqual({ region: 'eastasia' });
  });

  it('takes a sovereign cloud or a speech container by its hosts, kept as origins', () => {
    const { speech } = parseConfig({
      speech: {
        provider: 'azure',
        azure: {
          recognitionHost: 'wss://chinaeast2.stt.speech.azure.cn/',
          synthesisHost: 'https://chinaeast2.tts.speech.azure.cn:443',
          tokenUrl: 'https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken',
          keyFile: 'azure-speech.key',
        },
      },
    });
    expect(speech.azure).toEqual({
      recognitionHost: 'wss://chinaeast2.stt.speech.azure.cn',
      synthesisHost: 'https://chinaeast2.tts.speech.azure.cn',
      tokenUrl: 'https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken',
      keyFile: 'azure-speech.key',
    });
    const container = parseConfig({
      speech: {
        provider: 'azure',
        azure: { recognitionHost: 'ws://speech-box:5000', synthesisHost: 'http://speech-box:5000' },
      },
    });
    expect(container.speech.azure).toEqual({
      recognitionHost: 'ws://speech-box:5000',
      synthesisHost: 'http://speech-box:5000',
    });
  });

  it('says that provider "azure" needs a region or hosts', () => {
    for (const speech of [{ provider: 'azure' }, { provider: 'azure', azure: {} }]) {
      const error = configError({ speech });
      expect(error.field).toBe('speech.azure');
      expect(error.message).toContain('provider "azure" needs a region');
      expect(error.message).toContain('recognitionHost and synthesisHost');
    }
  });

  it('names the missing host when only one is given and there is no region', () => {
    const error = configError({ speech: { provider: 'azure', azure: { recognitionHost: 'ws://speech-box:5000' } } });
    expect(error.message).toBe('config.json: speech.azure.synthesisHost: is needed as well when there is no region');
    expect(
      parseConfig({ speech: { provider: 'azure', azure: { region: 'eastasia', synthesisHost: 'http://tts:5000' } } }),
    ).toBeTruthy();
  });

  it('lets a centre keep its azure settings while speech is off', () => {
    expect(parseConfig({ speech: { provider: 'off', azure: {} } }).speech.provider).toBe('off');
  });

  it.each([
    [{ voices: { fr: 'fr-FR-DeniseNeural' } }, 'speech.voices.fr', 'is not a known field'],
    [{ voices: { en: '' } }, 'speech.voices.en', 'must not be empty'],
    [{ voices: { en: 'en-GB\nSonia' } }, 'speech.voices.en', 'must not contain control characters'],
    [{ noInputSeconds: 2 }, 'speech.noInputSeconds', 'must be at least 3'],
    [{ noInputSeconds: 8.5 }, 'speech.noInputSeconds', 'must be a whole number'],
    [{ confidenceThreshold: 1.5 }, 'speech.confidenceThreshold', 'must be at most 1'],
    [{ key: 'abc' }, 'speech.key', 'is not a known field'],
    [{ azure: { region: 'East Asia' } }, 'speech.azure.region', 'must be an Azure region name such as "eastasia"'],
    [{ azure: { region: 'eastasia', key: 'abc' } }, 'speech.azure.key', 'is not a known field'],
    [{ azure: { subscriptionKey: 'abc' } }, 'speech.azure.subscriptionKey', 'is not a known field'],
    [{ azure: { recognitionHost: 'https://x.example' } }, 'speech.azure.recognitionHost', 'must be a wss:// or ws://'],
    [{ azure: { synthesisHost: 'wss://x.example' } }, 'speech.azure.synthesisHost', 'must be a https:// or http://'],
    [
      { azure: { synthesisHost: 'https://x.example/tts' } },
      'speech.azure.synthesisHost',
      'must be scheme, host and port only',
    ],
    [{ azure: { tokenUrl: 'http://sts.example/issueToken' } }, 'speech.azure.tokenUrl', 'must be an https:// address'],
    [{ azure: { tokenUrl: 'not a url' } }, 'speech.azure.tokenUrl', 'must be a URL'],
  ])('names the bad field in speech: %j', (speech, field, problem) => {
    const error = configError({ speech: { provider: 'azure', azure: { region: 'eastasia' }, ...speech } });
    expect(error.field).toBe(field);
    expect(error.message).toContain(`config.json: ${field}: ${problem}`);
  });
});
