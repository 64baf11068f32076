import { createDecipheriv, createHash } from 'node:crypto';

// Lark's event encryption: AES-256-CBC with key = SHA-256(Encrypt Key), base64(IV ‖ ciphertext), PKCS#7.

const keys = new Map<string, Buffer>();

/** SHA-256 of the Encrypt Key, computed once per key rather than once per request. */
function aesKey(encryptKey: string): Buffer {
  let key = keys.get(encryptKey);
  if (!key) {
    key = createHash('sha256').update(encryptKey, 'utf8').digest();
    if (keys.size > 8) keys.clear();
    keys.set(encryptKey, key);
  }
  return key;
}

/** Decrypts an `encrypt` field to its UTF-8 plaintext; throws on malformed input or a wrong key. */
export function decryptEvent(encrypt: string, encryptKey: string): string {
  const data = Buffer.from(encrypt, 'base64');
  if (data.length < 32 || data.length % 16 !== 0) throw new Error('ciphertext has a wrong length');
  const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}
