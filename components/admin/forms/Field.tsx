import type { ReactNode } from 'react';

// The editors' form kit. Every control gets its label, its hint and its errors wired with
// aria-invalid and aria-describedby, so a screen reader announces what is wrong where.
// Ids derive from the field name: one editor form per page.

const control = 'mt-1 block w-full rounded border border-gray-600 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700';

export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm font-medium text-red-800">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

function described(name: string, hint?: string, errors?: string[]) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { id, hintId, errorId, aria: { 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined } };
}

type Base = { name: string; label: string; hint?: string; errors?: string[]; required?: boolean };

function Wrap({ name, label, hint, errors, required, children }: Base & { children: (ids: ReturnType<typeof described>) => ReactNode }) {
  const ids = described(name, hint, errors);
  return (
    <div className="mb-4">
      <label htmlFor={ids.id} className="block font-medium">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={ids.hintId} className="text-sm text-gray-700">{hint}</p> : null}
      {children(ids)}
      <ErrorList id={ids.errorId} errors={errors} />
    </div>
  );
}

export function TextField(props: Base & { defaultValue?: string | null; type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'number'; dir?: 'ltr' | 'auto'; maxLength?: number }) {
  const { type = 'text', defaultValue, dir, maxLength, ...base } = props;
  return (
    <Wrap {...base}>
      {(ids) => <input id={ids.id} name={base.name} type={type} defaultValue={defaultValue ?? ''} required={base.required} dir={dir ?? (['email', 'url', 'tel'].includes(type) ? 'ltr' : 'auto')} maxLength={maxLength} className={control} {...ids.aria} />}
    </Wrap>
  );
}

export function TextArea(props: Base & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  const { defaultValue, rows = 4, maxLength, ...base } = props;
  return (
    <Wrap {...base}>
      {(ids) => <textarea id={ids.id} name={base.name} rows={rows} defaultValue={defaultValue ?? ''} required={base.required} dir="auto" maxLength={maxLength} className={control} {...ids.aria} />}
    </Wrap>
  );
}

/** `lang`/`translate` on an option: listing content in its own language, or a name never translated. */
export type FieldOption = { value: string; label: string; lang?: string; translate?: 'no' };

export function SelectField(props: Base & { defaultValue?: string | null; options: FieldOption[] }) {
  const { defaultValue, options, ...base } = props;
  return (
    <Wrap {...base}>
      {(ids) => (
        <select id={ids.id} name={base.name} defaultValue={defaultValue ?? ''} required={base.required} className={control} {...ids.aria}>
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang} translate={o.translate}>{o.label}</option>
          ))}
        </select>
      )}
    </Wrap>
  );
}

export function Checkbox({ name, label, defaultChecked, errors }: { name: string; label: string; defaultChecked?: boolean; errors?: string[] }) {
  const ids = described(name, undefined, errors);
  return (
    <div className="mb-2 flex items-center gap-2">
      <input id={ids.id} name={name} type="checkbox" defaultChecked={defaultChecked} className="size-5" {...ids.aria} />
      <label htmlFor={ids.id}>{label}</label>
      <ErrorList id={ids.errorId} errors={errors} />
    </div>
  );
}

/** Several values under one name (read with formData.getAll). */
export function CheckboxGroup({ name, legend, options, selected, errors }: { name: string; legend: string; options: FieldOption[]; selected: string[]; errors?: string[] }) {
  const ids = described(name, undefined, errors);
  return (
    <fieldset className="mb-4" aria-describedby={ids.errorId} aria-invalid={errors?.length ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="size-5" />
            <span lang={o.lang} translate={o.translate}>{o.label}</span>
          </label>
        ))}
      </div>
      <ErrorList id={ids.errorId} errors={errors} />
    </fieldset>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="mb-6 rounded border border-gray-300 p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export const buttonClass = {
  primary: 'rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 disabled:opacity-60',
  secondary: 'rounded border border-gray-700 bg-white px-3 py-1 text-gray-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700',
  danger: 'rounded bg-red-800 px-3 py-1 text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700',
};
