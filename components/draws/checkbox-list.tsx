// A fieldset of checkboxes sharing one form name (unchecked by the user as they like: the inputs
// are uncontrolled, so a failed draw keeps the choice).
import { useId } from 'react';

type Item = { id: string; label: string; detail?: string; checked: boolean };

export function CheckboxList({ name, legend, hint, empty, items }: { name: string; legend: string; hint?: string; empty?: string; items: Item[] }) {
  const hintId = useId();
  return (
    <fieldset aria-describedby={hint ? hintId : undefined} className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.id}>
              <label className="flex min-h-10 cursor-pointer items-start gap-2 py-1 text-sm text-slate-900">
                <input type="checkbox" name={name} value={item.id} defaultChecked={item.checked} className="mt-0.5 size-4 shrink-0 accent-blue-700" />
                <span className="min-w-0 break-words">
                  {item.label}
                  {item.detail ? <span className="block text-xs text-slate-500">{item.detail}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
