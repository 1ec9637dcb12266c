// The small arithmetic language of validation rules: terms `<INDICATOR_CODE>.<PERIOD>`,
// numbers, + - * / and parentheses. A hand-written recursive-descent parser, so that a
// rule typed by an admin is never handed to eval; errors carry the 0-based character position.

export const RULE_PERIODS = ['BASELINE', 'CUMULATIVE', 'THIS_YEAR'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];

export type RuleExpr =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; code: string; period: RulePeriod; position: number }
  | { kind: 'neg'; operand: RuleExpr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: RuleExpr; right: RuleExpr };

export const PARSE_ERROR_CODES = ['EMPTY', 'UNEXPECTED_CHAR', 'UNEXPECTED_TOKEN', 'UNEXPECTED_END', 'MISSING_PERIOD', 'UNKNOWN_PERIOD', 'TOO_DEEP'] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export type ParseResult =
  | { ok: true; ast: RuleExpr; refs: { code: string; period: RulePeriod }[] }
  | { ok: false; error: { code: ParseErrorCode; position: number; found: string } };

const OPERATORS = ['+', '-', '*', '/', '(', ')'] as const;
type Operator = (typeof OPERATORS)[number];

type Token =
  | { type: 'num'; value: number; position: number; text: string }
  | { type: 'ref'; code: string; period: RulePeriod; position: number; text: string }
  | { type: 'op'; value: Operator; position: number; text: string };

// Nesting deeper than this is never a real rule, and unbounded recursion would be a way to crash the server.
const MAX_DEPTH = 32;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
// Indicator codes are upper-case letters, digits, '.', '_' and '-' (PR-01, 1.2): the code is the
// shortest prefix followed by '.' and a known period that does not run on into more code characters.
const REFERENCE = /^([A-Za-z0-9][A-Za-z0-9._-]*?)\.(BASELINE|CUMULATIVE|THIS_YEAR)(?![A-Za-z0-9_.])/i;
const WORD = /^[A-Za-z][A-Za-z0-9._-]*/;

class ExpressionError extends Error {
  constructor(readonly code: ParseErrorCode, readonly position: number, readonly found: string) {
    super(code);
  }
}

/** A code with a wrong period or none at all gets an error that says so. */
function wordError(rest: string, position: number): ExpressionError | null {
  const word = WORD.exec(rest)?.[0];
  if (!word) return null;
  const period = /\.([A-Za-z0-9_]*)/.exec(word);
  return period
    ? new ExpressionError('UNKNOWN_PERIOD', position + period.index + 1, period[1]!)
    : new ExpressionError('MISSING_PERIOD', position + word.length, word);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const ch = rest[0]!;
    if ((OPERATORS as readonly string[]).includes(ch)) {
      tokens.push({ type: 'op', value: ch as Operator, position: i, text: ch });
      i += 1;
      continue;
    }
    const ref = REFERENCE.exec(rest);
    if (ref) {
      const period = ref[2]!.toUpperCase() as RulePeriod;
      tokens.push({ type: 'ref', code: ref[1]!.toUpperCase(), period, position: i, text: ref[0] });
      i += ref[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ type: 'num', value: Number(num[0]), position: i, text: num[0] });
      i += num[0].length;
      continue;
    }
    throw wordError(rest, i) ?? new ExpressionError('UNEXPECTED_CHAR', i, ch);
  }
  return tokens;
}

/** Parses one side of a rule. Precedence: unary minus > * / > + -, all left-associative. */
export function parseRuleExpression(text: string): ParseResult {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) throw new ExpressionError('EMPTY', 0, '');
    const refs: { code: string; period: RulePeriod }[] = [];
    let at = 0;
    const isOp = (value: Operator) => {
      const token = tokens[at];
      return token?.type === 'op' && token.value === value;
    };

    const sum = (depth: number): RuleExpr => {
      let left = product(depth);
      while (isOp('+') || isOp('-')) {
        const op = tokens[at++]!.text as '+' | '-';
        left = { kind: 'bin', op, left, right: product(depth) };
      }
      return left;
    };
    const product = (depth: number): RuleExpr => {
      let left = unary(depth);
      while (isOp('*') || isOp('/')) {
        const op = tokens[at++]!.text as '*' | '/';
        left = { kind: 'bin', op, left, right: unary(depth) };
      }
      return left;
    };
    const unary = (depth: number): RuleExpr => {
      if (depth > MAX_DEPTH) throw new ExpressionError('TOO_DEEP', tokens[at]?.position ?? text.length, '');
      if (isOp('-')) {
        at += 1;
        return { kind: 'neg', operand: unary(depth + 1) };
      }
      if (isOp('+')) {
        at += 1;
        return unary(depth + 1);
      }
      return primary(depth);
    };
    const primary = (depth: number): RuleExpr => {
      const token = tokens[at++];
      if (!token) throw new ExpressionError('UNEXPECTED_END', text.length, '');
      if (token.type === 'num') return { kind: 'num', value: token.value };
      if (token.type === 'ref') {
        refs.push({ code: token.code, period: token.period });
        return { kind: 'ref', code: token.code, period: token.period, position: token.position };
      }
      if (token.value === '(') {
        const inner = sum(depth + 1);
        const close = tokens[at++];
        if (!close) throw new ExpressionError('UNEXPECTED_END', text.length, '');
        if (close.type !== 'op' || close.value !== ')') throw new ExpressionError('UNEXPECTED_TOKEN', close.position, close.text);
        return inner;
      }
      throw new ExpressionError('UNEXPECTED_TOKEN', token.position, token.text);
    };

    const ast = sum(0);
    const extra = tokens[at];
    if (extra) throw new ExpressionError('UNEXPECTED_TOKEN', extra.position, extra.text);
    return { ok: true, ast, refs };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error: { code: error.code, position: error.position, found: error.found } };
    throw error;
  }
}

export type EvaluationResult = { ok: true; value: number } | { ok: false; missing: string[]; divisionByZero: boolean };

/** Evaluates an expression over figures keyed `${code}.${period}`; reports every missing term, not just the first. */
export function evaluateRuleExpression(ast: RuleExpr, figures: ReadonlyMap<string, number>): EvaluationResult {
  const missing = new Set<string>();
  let divisionByZero = false;
  const walk = (node: RuleExpr): number => {
    switch (node.kind) {
      case 'num':
        return node.value;
      case 'ref': {
        const value = figures.get(`${node.code}.${node.period}`);
        if (value === undefined || !Number.isFinite(value)) missing.add(`${node.code}.${node.period}`);
        return value ?? Number.NaN;
      }
      case 'neg':
        return -walk(node.operand);
      case 'bin': {
        const left = walk(node.left);
        const right = walk(node.right);
        if (node.op === '+') return left + right;
        if (node.op === '-') return left - right;
        if (node.op === '*') return left * right;
        if (right === 0) divisionByZero = true;
        return left / right;
      }
    }
  };
  const value = walk(ast);
  if (missing.size > 0 || divisionByZero || !Number.isFinite(value)) {
    return { ok: false, missing: [...missing], divisionByZero: divisionByZero || (missing.size === 0 && !Number.isFinite(value)) };
  }
  return { ok: true, value };
}
