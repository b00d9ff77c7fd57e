import { createHmac, randomUUID } from 'node:crypto';
import { excerpt, type Post, type SmsOutcome, type SmsProvider, unanswered } from './provider';

/**
 * Alibaba Cloud's percent-encoding for RPC signatures: RFC 3986 unreserved
 * characters stay, everything else (UTF-8) is %XX in upper case — so also
 * `!'()*`, which encodeURIComponent leaves alone, and a space is %20, not +.
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The RPC signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): the
 * parameters sorted by name, encoded as `k=v&…`; the string to sign is
 * `METHOD&%2F&` + that string percent-encoded again; the key is the
 * AccessKey secret followed by `&`; the result is base64.
 */
export function rpcSignature(method: 'GET' | 'POST', params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join('&');
  const toSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign, 'utf8').digest('base64');
}

export interface AlibabaOptions {
  endpoint: string;
  accessKeyId: string;
  secret: string;
  regionId: string;
  signName: string;
  /** The template code for this language and template, or undefined when none is configured. */
  templateCode(language: string, template: string): string | undefined;
  post: Post;
  now: () => Date;
  nonce?: () => string;
}

/** `2017-07-12T02:42:19Z`: Alibaba Cloud wants UTC to the second. */
const utcSeconds = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/**
 * Alibaba Cloud SMS: Dysmsapi `SendSms` (version 2017-05-25), POSTed as a
 * signed form. The registered template gets the reference as `${ref}`; the
 * message's text is Alibaba's own template, so nothing the resident wrote can
 * reach it. `Code: "OK"` is taken (with its BizId); any other Code is a
 * refusal, safe to try again (SendSms does not send when it refuses).
 */
export function alibabaProvider(options: AlibabaOptions): SmsProvider {
  const { endpoint, accessKeyId, secret, regionId, signName, post, now, nonce = randomUUID } = options;
  return {
    name: 'alibaba',
    async send(message) {
      const templateCode = options.templateCode(message.language, message.template);
      if (templateCode === undefined) {
        return { kind: 'failed', reason: `no template code for ${message.template} (${message.language})` };
      }
      const params: Record<string, string> = {
        AccessKeyId: accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        RegionId: regionId,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: nonce(),
        SignatureVersion: '1.0',
        Timestamp: utcSeconds(now()),
        Version: '2017-05-25',
        PhoneNumbers: message.phone,
        SignName: signName,
        TemplateCode: templateCode,
        TemplateParam: JSON.stringify({ ref: message.ref }),
        OutId: `linli-sms-${message.id}`,
      };
      const form = new URLSearchParams({ ...params, Signature: rpcSignature('POST', params, secret) });
      const outcome = await post(endpoint, Buffer.from(form.toString(), 'utf8'), {
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
        Accept: 'application/json',
      });
      if (outcome.kind !== 'answered') return unanswered(outcome);
      return judge(outcome.status, outcome.body);
    },
  };
}

function judge(status: number, body: string): SmsOutcome {
  const answer = parseAnswer(body);
  const code = typeof answer?.Code === 'string' ? answer.Code : null;
  if (status >= 200 && status < 300 && code === 'OK') {
    return { kind: 'accepted', providerId: typeof answer?.BizId === 'string' ? answer.BizId : null };
  }
  if (code !== null && code !== 'OK') {
    const text = typeof answer?.Message === 'string' ? answer.Message : '';
    return { kind: 'failed', reason: `Alibaba Cloud ${code}: ${excerpt(text)}` };
  }
  if (status < 200 || status >= 300) return { kind: 'failed', reason: `HTTP ${status}: ${excerpt(body)}` };
  // A success without a Code we can read: it may have been sent.
  return { kind: 'uncertain', reason: `an answer without a Code: ${excerpt(body)}` };
}

function parseAnswer(body: string): { Code?: unknown; Message?: unknown; BizId?: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? parsed : null;
  } catch {
    return null;
  }
}
