// Reported figures: what officials type (or an Excel cell holds) becomes a canonical decimal
// string in the indicator's type, or a message key saying what is wrong. Pure; shared by the
// form (instant feedback), the draft mutation and the Excel import.

export type ValueType = 'MONEY' | 'COUNT' | 'PERCENT' | 'DECIMAL';

export type ValuePeriod = 'BASELINE' | 'CUMULATIVE' | 'THIS_YEAR';

export type FigureKey = `${string}.${ValuePeriod}`;

export type ParsedValue =
  | { ok: true; value: string | null }
  | { ok: false; messageKey: string; params?: Record<string, string | number> };

/** The key of a figure in rule expressions and warnings: `<indicator code>.<period>`. */
export function figureKey(indicatorCode: string, period: ValuePeriod): FigureKey {
  return `${indicatorCode}.${period}`;
}

// The database column is Decimal(20, 4): 16 integer digits and 4 decimals.
const MAX_DECIMALS = 4;
const MAX_INTEGER_DIGITS = 16;
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/** Full-width ASCII (０-９, ．, ，, －, ％ …) typed with a Chinese input method → ASCII. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function fail(messageKey: string, params?: Record<string, string | number>): ParsedValue {
  return params ? { ok: false, messageKey: `reports.valueErrors.${messageKey}`, params } : { ok: false, messageKey: `reports.valueErrors.${messageKey}` };
}

/** A number from a spreadsheet cell as plain decimal text (never exponent form), or an error. */
function numberToText(value: number): string | ParsedValue {
  if (!Number.isFinite(value)) return fail('notNumber');
  if (Math.abs(value) >= 10 ** MAX_INTEGER_DIGITS) return fail('tooLarge');
  const text = String(value);
  // Tiny numbers print as 1e-7; toFixed(20) spells them out so the decimals check sees them.
  return text.includes('e') ? value.toFixed(20) : text;
}

export function parseIndicatorValue(valueType: ValueType, raw: string | number | null | undefined): ParsedValue {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  let text = typeof raw === 'number' ? numberToText(raw) : toHalfWidth(raw).replace(/\s+/g, '');
  if (typeof text !== 'string') return text;
  if (text === '') return { ok: true, value: null };
  if (valueType === 'PERCENT' && text.endsWith('%')) text = text.slice(0, -1);

  const match = NUMBER_PATTERN.exec(text);
  if (!match || (match[2] === undefined && !match[3])) return fail('notNumber');
  const negative = match[1] === '-';
  const integer = (match[2] ?? '0').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const decimals = (match[3] ?? '').replace(/0+$/, '');

  if (decimals.length > MAX_DECIMALS) return fail('tooManyDecimals', { max: MAX_DECIMALS });
  if (integer.length > MAX_INTEGER_DIGITS) return fail('tooLarge');
  const isZero = /^0$/.test(integer) && decimals === '';
  const value = `${negative && !isZero ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}`;

  if (valueType === 'DECIMAL') return { ok: true, value };
  if (negative && !isZero) return fail('negative');
  if (valueType === 'COUNT' && decimals !== '') return fail('notWhole');
  if (valueType === 'PERCENT' && Number(value) > 100) return fail('percentRange');
  return { ok: true, value };
}
