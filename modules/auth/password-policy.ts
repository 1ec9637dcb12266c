// Password rules after NIST SP 800-63B: at least 8 characters, long passphrases welcome (up to
// 128), no composition rules, and refused when it is a commonly used password (a list of about
// 49,000 from @zxcvbn-ts/language-common, plus ones common in China) or the person's own name.
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Common in Chinese-speaking users' password lists and missing from the English-centred list.
const COMMON_IN_CHINA = ['woaini1314', 'woaini520', 'woaini123', 'aini1314', 'a5201314', '5201314520', 'qq123456', 'qq5201314', 'zhang123', 'wang123456', 'li123456', 'abc123456', 'a123456789', 'password123', 'admin123', 'admin888', '1qaz2wsx', '1q2w3e4r', 'qwe123456', 'asd123456', 'zxc123456', '147258369', '123456789a', 'z123456789', 'aa123456', 'wangyut2', 'demo-2019'];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary['passwords-common'] as string[]), ...COMMON_IN_CHINA]);
  return common;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsUsername';

export function findPasswordProblem(password: string, person: { username: string }): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  if (person.username.length >= 3 && lower.includes(person.username.toLowerCase())) return 'containsUsername';
  return null;
}
