// One control of a public suggestion form: label, hint, and errors wired with aria-invalid
// and aria-describedby, so a screen reader says what is wrong where (WCAG 3.3.1, 3.3.2).

export type IntakeFieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'email' | 'tel' | 'url' | 'radios' | 'select';
  hint?: string;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  options?: { value: string; label: string }[];
};

const control = 'mt-1 block w-full rounded border border-gray-600 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700';

export function IntakeField({ field, value, errors, requiredLabel }: { field: IntakeFieldSpec; value: string; errors?: string[]; requiredLabel: string }) {
  const id = `f-${field.name}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const aria = { 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined };
  const label = (
    <>
      {field.label}
      {field.required ? <span className="ms-1 text-sm font-normal">({requiredLabel})</span> : null}
    </>
  );
  const hint = field.hint ? <p id={hintId} className="mt-1 text-sm text-gray-700">{field.hint}</p> : null;
  const errorList = errors?.length ? (
    <ul id={errorId} className="mt-1 text-sm font-medium text-red-800">{errors.map((e) => <li key={e}>{e}</li>)}</ul>
  ) : null;

  if (field.kind === 'radios') {
    return (
      <fieldset className="mb-5" {...aria}>
        <legend className="font-medium">{label}</legend>
        {hint}
        {errorList}
        <div className="mt-2 space-y-2">
          {field.options?.map((o) => (
            <label key={o.value} className="flex items-center gap-2">
              <input type="radio" name={field.name} value={o.value} defaultChecked={value === o.value} required={field.required} className="size-5" />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-medium">{label}</label>
      {field.kind === 'textarea' ? (
        <textarea id={id} name={field.name} defaultValue={value} maxLength={field.maxLength} required={field.required} rows={5} className={control} {...aria} />
      ) : field.kind === 'select' ? (
        <select id={id} name={field.name} defaultValue={value} className={control} {...aria}>
          {field.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input
          id={id} name={field.name} type={field.kind} defaultValue={value} maxLength={field.maxLength} required={field.required}
          autoComplete={field.autoComplete ?? 'off'} dir={field.kind === 'email' || field.kind === 'url' || field.kind === 'tel' ? 'ltr' : undefined}
          className={control} {...aria}
        />
      )}
      {hint}
      {errorList}
    </div>
  );
}
