import type { ReactNode } from 'react';

// The form kit: a label, the control wired to its errors with aria-invalid and
// aria-describedby, a hint, and the error list right under it.

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

export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'select';
  autoComplete?: string;
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  options?: { value: string; label: string }[];
};

export function Field({ field, errors, defaultValue, formId }: { field: FieldSpec; errors?: string[]; defaultValue?: string; formId: string }): ReactNode {
  const id = `${formId}-${field.name}`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: field.type === 'password' ? undefined : defaultValue,
    className: 'mt-1 block w-full rounded border border-gray-500 px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700',
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {field.label}
      </label>
      {field.type === 'select' ? (
        <select {...common}>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={field.type ?? 'text'} autoComplete={field.autoComplete} inputMode={field.inputMode} dir={field.type === 'email' ? 'ltr' : undefined} />
      )}
      {field.hint ? (
        <p id={hintId} className="mt-1 text-sm text-gray-700">
          {field.hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
