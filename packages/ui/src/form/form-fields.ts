import { type TemplateResult, html, nothing } from "lit";

/**
 * The fields of a resident's form, in the GOV.UK pattern every widget
 * follows: a label, a hint, the message beside the field at fault (with a
 * hidden "Error:" for screen readers), a summary that takes focus and links
 * to each field, and nothing typed ever cleared.
 */
export interface FormContext<Field extends string> {
  /** Prefix of the ids, unique within the widget: `${id}-${field}`. */
  id: string;
  errors: Partial<Record<Field, string>>;
  /** Read before each field's message, e.g. 错误： */
  errorPrefix: string;
}

export const fieldId = <Field extends string>(form: FormContext<Field>, field: Field) => `${form.id}-${field}`;
const errorId = <Field extends string>(form: FormContext<Field>, field: Field) => `${form.id}-${field}-error`;
const hintId = <Field extends string>(form: FormContext<Field>, field: Field) => `${form.id}-${field}-hint`;

function fieldError<Field extends string>(form: FormContext<Field>, field: Field) {
  const message = form.errors[field];
  return message ? html`<p class="field__error" id=${errorId(form, field)}><span class="visually-hidden">${form.errorPrefix}</span>${message}</p>` : nothing;
}

function describedBy<Field extends string>(form: FormContext<Field>, field: Field, hint: boolean) {
  return [hint ? hintId(form, field) : "", form.errors[field] ? errorId(form, field) : ""].filter(Boolean).join(" ") || nothing;
}

const fieldClass = <Field extends string>(form: FormContext<Field>, field: Field, extra = "") => `field ${extra} ${form.errors[field] ? "field--error" : ""}`;

export interface TextFieldOptions {
  label: string;
  hint?: string;
  value: string;
  type?: "text" | "tel" | "email" | "password" | "date" | "time" | "number" | "search";
  /** The keyboard a phone shows; tel fields get the phone pad. */
  inputmode?: "numeric";
  autocomplete?: string;
  maxlength: number;
}

export function textField<Field extends string>(form: FormContext<Field>, field: Field, options: TextFieldOptions, onInput: (value: string) => void) {
  const tel = options.type === "tel";
  return html`<div class=${fieldClass(form, field)}>
    <label for=${fieldId(form, field)}>${options.label}</label>
    ${options.hint ? html`<p class="field__hint" id=${hintId(form, field)}>${options.hint}</p>` : nothing} ${fieldError(form, field)}
    <input
      id=${fieldId(form, field)}
      name=${field}
      type=${options.type ?? "text"}
      inputmode=${tel ? "tel" : (options.inputmode ?? nothing)}
      autocomplete=${options.autocomplete ?? nothing}
      maxlength=${options.maxlength}
      .value=${options.value}
      aria-invalid=${form.errors[field] ? "true" : "false"}
      aria-describedby=${describedBy(form, field, Boolean(options.hint))}
      @input=${(input: Event) => onInput((input.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface SelectFieldOptions {
  label: string;
  hint?: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export function selectField<Field extends string>(form: FormContext<Field>, field: Field, options: SelectFieldOptions, onChange: (value: string) => void) {
  return html`<div class=${fieldClass(form, field)}>
    <label for=${fieldId(form, field)}>${options.label}</label>
    ${options.hint ? html`<p class="field__hint" id=${hintId(form, field)}>${options.hint}</p>` : nothing} ${fieldError(form, field)}
    <select
      id=${fieldId(form, field)}
      name=${field}
      .value=${options.value}
      aria-invalid=${form.errors[field] ? "true" : "false"}
      aria-describedby=${describedBy(form, field, Boolean(options.hint))}
      @change=${(change: Event) => onChange((change.target as HTMLSelectElement).value)}
    >
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
    </select>
  </div>`;
}

export interface CheckboxFieldOptions {
  label: string;
  hint?: string;
  checked: boolean;
}

/** A box and its label beside it; `hint` says whether a hint describes it too. */
function checkbox<Field extends string>(
  form: FormContext<Field>,
  field: Field,
  label: string,
  checked: boolean,
  hint: boolean,
  onChange: (checked: boolean) => void,
) {
  return html`<div class="consent__box">
    <input
      id=${fieldId(form, field)}
      name=${field}
      type="checkbox"
      .checked=${checked}
      aria-invalid=${form.errors[field] ? "true" : "false"}
      aria-describedby=${describedBy(form, field, hint)}
      @change=${(change: Event) => onChange((change.target as HTMLInputElement).checked)}
    />
    <label for=${fieldId(form, field)}>${label}</label>
  </div>`;
}

/** One box to tick, its label beside it. */
export function checkboxField<Field extends string>(
  form: FormContext<Field>,
  field: Field,
  options: CheckboxFieldOptions,
  onChange: (checked: boolean) => void,
) {
  return html`<div class=${fieldClass(form, field, "field--checkbox")}>
    ${fieldError(form, field)} ${checkbox(form, field, options.label, options.checked, Boolean(options.hint), onChange)}
    ${options.hint ? html`<p class="field__hint" id=${hintId(form, field)}>${options.hint}</p>` : nothing}
  </div>`;
}

export interface CheckboxGroupOptions {
  legend: string;
  choices: readonly string[];
  chosen: readonly string[];
}

/** Several boxes under one legend (skills, say); the first box is where an error links to. */
export function checkboxGroup<Field extends string>(
  form: FormContext<Field>,
  field: Field,
  options: CheckboxGroupOptions,
  onChange: (chosen: string[]) => void,
) {
  const toggle = (choice: string, checked: boolean) => onChange(checked ? [...options.chosen, choice] : options.chosen.filter((value) => value !== choice));
  return html`<fieldset class=${fieldClass(form, field, "field--group")} aria-describedby=${describedBy(form, field, false)}>
    <legend>${options.legend}</legend>
    ${fieldError(form, field)}
    ${options.choices.map(
      (choice, index) => html`<div class="consent__box">
        <input
          id=${index === 0 ? fieldId(form, field) : `${fieldId(form, field)}-${index}`}
          type="checkbox"
          name=${field}
          .value=${choice}
          .checked=${options.chosen.includes(choice)}
          @change=${(change: Event) => toggle(choice, (change.target as HTMLInputElement).checked)}
        />
        <label for=${index === 0 ? fieldId(form, field) : `${fieldId(form, field)}-${index}`}>${choice}</label>
      </div>`,
    )}
  </fieldset>`;
}

export interface ConsentFieldOptions {
  /** Who keeps the data, for how long, whom to ask: what the law asks a notice to say. */
  notice: string;
  label: string;
  checked: boolean;
}

/** The privacy notice and its box, never ticked for the resident. */
export function consentField<Field extends string>(form: FormContext<Field>, field: Field, options: ConsentFieldOptions, onChange: (checked: boolean) => void) {
  return html`<div class=${fieldClass(form, field, "field--consent")}>
    <p class="consent__notice" id=${hintId(form, field)}>${options.notice}</p>
    ${fieldError(form, field)} ${checkbox(form, field, options.label, options.checked, true, onChange)}
  </div>`;
}

/**
 * What to fix, in the order of the fields, each a link to its field; a
 * `problem` with the whole submission (offline, closed) comes first.
 * The caller focuses `.error-summary` once it shows.
 */
export function errorSummary<Field extends string>(
  form: FormContext<Field>,
  fields: readonly Field[],
  /** `level`: the title's heading level, one below the form's own heading (default 4, under a dialog's h3). */
  summary: { title: string; problem?: string | TemplateResult; level?: 2 | 3 | 4 },
  focusField: (field: Field) => void,
) {
  const wrong = fields.filter((field) => form.errors[field]);
  if (!wrong.length && !summary.problem) return nothing;
  const titleId = `${form.id}-error-summary-title`;
  const title =
    summary.level === 2
      ? html`<h2 class="error-summary__title" id=${titleId}>${summary.title}</h2>`
      : summary.level === 3
        ? html`<h3 class="error-summary__title" id=${titleId}>${summary.title}</h3>`
        : html`<h4 class="error-summary__title" id=${titleId}>${summary.title}</h4>`;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${titleId}>
    ${title}
    <ul>
      ${summary.problem ? html`<li>${summary.problem}</li>` : nothing}
      ${wrong.map(
        (field) => html`<li>
          <a
            href=${`#${fieldId(form, field)}`}
            @click=${(click: Event) => {
              click.preventDefault();
              focusField(field);
            }}
            >${form.errors[field]}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
