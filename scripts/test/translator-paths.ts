// Which message paths a client module's translators ask for, read from its source: a namespace
// given to useTranslations, or for useTranslations() each key its calls name. A key built at run time
// from nothing fixed cannot be checked, and must be listed here by hand with the namespaces it reaches.
// Used by the tests of the messages handed to the browser (lib/i18n/client-messages.test.ts).

/** Client code whose root translator takes keys made at run time, and the namespaces those keys lie in. */
const RUN_TIME_KEYS: Record<string, string[]> = {
  // An action's refusal, by its AppError message key (lib/app-error.ts).
  'components/findings/bulk-bar.tsx': ['errors'],
  // Hands its translator to the report's field labels (components/reports/field-label.ts).
  'components/reports/report-editor.tsx': ['reports'],
};

/** The fixed start of a key or namespace written as a literal: whole segments only. */
function fixedPath(literal: string): string {
  const quote = literal[0];
  const body = literal.slice(1, -1);
  if (quote !== '`' || !body.includes('${')) return body;
  const fixed = body.slice(0, body.indexOf('${'));
  return fixed.includes('.') ? fixed.slice(0, fixed.lastIndexOf('.')) : '';
}

const LITERAL = String.raw`('[^']*'|"[^"]*"|\`[^\`]*\`)`;

/** The message paths one client module's translators reach; `problems` for what cannot be read. */
export function messagePaths(file: string, code: string): { paths: string[]; problems: string[] } {
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  const paths: string[] = [];
  const problems: string[] = [];
  if (/\buseMessages\s*\(/.test(source)) problems.push(`${file}: useMessages() reads every message`);
  for (const m of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*([^)]*)\)/g)) {
    const [, name, arg] = m;
    if (arg) {
      const literal = new RegExp(`^${LITERAL}$`).exec(arg.trim());
      const fixed = literal ? fixedPath(literal[1]!) : '';
      if (fixed) paths.push(fixed);
      else problems.push(`${file}: useTranslations(${arg}) has no fixed namespace`);
      continue;
    }
    // The root translator: each call names a whole key.
    const allowed = RUN_TIME_KEYS[file];
    if (!allowed && new RegExp(String.raw`[(,=:{]\s*${name}\s*(?:[),};]|as\b)`).test(source)) {
      problems.push(`${file}: the root translator ${name} is passed on; its keys cannot be read here`);
    }
    for (const use of source.matchAll(new RegExp(String.raw`(?<![\w.$])${name}(\.(?:rich|markup|raw|has))?\(`, 'g'))) {
      const rest = source.slice(use.index! + use[0].length);
      const literal = new RegExp(`^\\s*${LITERAL}`).exec(rest);
      const fixed = literal ? fixedPath(literal[1]!) : '';
      if (fixed) paths.push(literal![1]![0] === '`' ? fixed : fixed.split('.').slice(0, -1).join('.') || fixed);
      else if (!allowed) problems.push(`${file}: ${name}(…) with a key made at run time`);
    }
    if (allowed) paths.push(...allowed);
  }
  const calls = source.match(/\buseTranslations\(/g)?.length ?? 0;
  if (calls > [...source.matchAll(/(?:const|let)\s+\w+\s*=\s*useTranslations\(/g)].length) {
    problems.push(`${file}: useTranslations() not assigned to a name`);
  }
  return { paths, problems };
}
