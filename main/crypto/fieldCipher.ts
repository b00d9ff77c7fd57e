import { createCipheriv, createDecipheriv, type KeyObject, randomBytes } from 'node:crypto';

/** 256 bits: AES-256-GCM. */
export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12; // NIST SP 800-38D, 8.2: 96-bit IVs, random, one per value.
const TAG_BYTES = 16;
/** The first field of a sealed value: the format, so a later one can be told apart. */
const FORMAT = 'g1';

/** A sealed value did not open: another key, another place in the database, or damaged bytes. */
export class SealedValueError extends Error {
  constructor(context: string) {
    super(`${context}: the stored value cannot be decrypted with this data key`);
    this.name = 'SealedValueError';
  }
}

/**
 * Encrypts text for one place in the database. `context` (say
 * `submissions.phone#1234567`) is authenticated with it, so a value copied
 * into another row or column does not open there.
 */
export interface FieldCipher {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** AES-256-GCM with a random IV per value; sealed values are `g1:<base64 of iv | ciphertext | tag>`. */
export function createFieldCipher(key: Buffer | KeyObject): FieldCipher {
  const size = Buffer.isBuffer(key) ? key.length : key.symmetricKeySize;
  if (size !== DATA_KEY_BYTES) throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes, not ${size}`);
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${FORMAT}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    open(sealed, context) {
      const separator = sealed.indexOf(':');
      if (sealed.slice(0, separator) !== FORMAT) throw new SealedValueError(context);
      const bytes = Buffer.from(sealed.slice(separator + 1), 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealedValueError(context);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedValueError(context);
      }
    },
  };
}
