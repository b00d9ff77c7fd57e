import { describe, expect, it } from 'vitest';
import type { PostOutcome } from '../../../../main/forwarding/httpClient';
import { alibabaProvider, percentEncode, rpcSignature } from '../../../../main/sms/alibaba';

// Alibaba Cloud's published example for SendSms (the SMS API's "HTTP 协议及签名" page): AccessKeyId testId,
// secret testSecret, signed for GET; its Signature is zJDF+Lrzhj/ThnlvIToysFRq6t4=.
const PUBLISHED = {
  AccessKeyId: 'testId',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

describe('Alibaba Cloud SMS signature (RPC, HMAC-SHA1)', () => {
  it('gives the signature of Alibaba Cloud’s published SendSms example', () => {
    expect(rpcSignature('GET', PUBLISHED, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('signs the method too, and any change of a parameter or the secret changes it', () => {
    const base = rpcSignature('GET', PUBLISHED, 'testSecret');
    expect(rpcSignature('POST', PUBLISHED, 'testSecret')).not.toBe(base);
    expect(rpcSignature('GET', { ...PUBLISHED, OutId: '124' }, 'testSecret')).not.toBe(base);
    expect(rpcSignature('GET', PUBLISHED, 'testSecret2')).not.toBe(base);
  });

  it("percent-encodes as Alibaba Cloud does: space %20, and !'()* encoded, ~ kept", () => {
    expect(percentEncode("a b!'()*~")).toBe('a%20b%21%27%28%29%2A~');
    expect(percentEncode('/')).toBe('%2F');
  });
});

describe('Alibaba Cloud SMS provider', () => {
  const message = {
    id: 7,
    phone: '13800138000',
    template: 'resolved' as const,
    language: 'zh-HK',
    ref: '1234566',
    text: '…',
  };
  function provider(answer: PostOutcome, codes: Record<string, string | undefined> = { resolved: 'SMS_9' }) {
    const posts: { url: string; form: URLSearchParams }[] = [];
    const sms = alibabaProvider({
      endpoint: 'http://127.0.0.1:9/',
      accessKeyId: 'LTAI-test',
      secret: 'secret-1234',
      regionId: 'cn-hangzhou',
      signName: '邻里社区',
      templateCode: (_language, template) => codes[template],
      post: async (url, body) => {
        posts.push({ url, form: new URLSearchParams(body.toString('utf8')) });
        return answer;
      },
      now: () => new Date('2026-11-26T01:20:00.000Z'),
      nonce: () => 'nonce-1',
    });
    return { sms, posts };
  }

  it('POSTs a signed SendSms with the template code and only the reference as its parameter', async () => {
    const { sms, posts } = provider({ kind: 'answered', status: 200, body: '{"Code":"OK","BizId":"900^1"}' });
    expect(await sms.send(message)).toEqual({ kind: 'accepted', providerId: '900^1' });
    const form = Object.fromEntries(posts[0]!.form);
    expect(form).toMatchObject({
      Action: 'SendSms',
      PhoneNumbers: '13800138000',
      SignName: '邻里社区',
      TemplateCode: 'SMS_9',
      TemplateParam: '{"ref":"1234566"}',
      Timestamp: '2026-11-26T01:20:00Z',
      OutId: 'linli-sms-7',
    });
    const { Signature, ...signed } = form;
    expect(Signature).toBe(rpcSignature('POST', signed, 'secret-1234'));
    expect(JSON.stringify(form)).not.toContain('secret-1234');
  });

  it('takes a refusal (a Code other than OK) as failed, to be tried again', async () => {
    const { sms } = provider({
      kind: 'answered',
      status: 200,
      body: '{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发流控"}',
    });
    expect(await sms.send(message)).toEqual({
      kind: 'failed',
      reason: 'Alibaba Cloud isv.BUSINESS_LIMIT_CONTROL: 触发流控',
    });
  });

  it('takes a success it cannot read, or no answer, as uncertain; not reached as failed', async () => {
    expect(await provider({ kind: 'answered', status: 200, body: '<html>' }).sms.send(message)).toMatchObject({
      kind: 'uncertain',
    });
    expect(await provider({ kind: 'no-answer', reason: 'timeout' }).sms.send(message)).toMatchObject({
      kind: 'uncertain',
    });
    expect(await provider({ kind: 'not-sent', reason: 'ECONNREFUSED' }).sms.send(message)).toMatchObject({
      kind: 'failed',
    });
  });

  it('does not send a template that has no code, and says which', async () => {
    const { sms, posts } = provider({ kind: 'answered', status: 200, body: '{"Code":"OK"}' }, {});
    expect(await sms.send(message)).toEqual({ kind: 'failed', reason: 'no template code for resolved (zh-HK)' });
    expect(posts).toEqual([]);
  });
});
