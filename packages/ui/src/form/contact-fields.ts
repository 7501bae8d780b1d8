import type { PrivacyPolicy } from "@community-kit/schema";
import { html, nothing } from "lit";
import { type FormContext, consentField, textField } from "./form-fields.js";

/** The words of the contact fields, under the same keys in every widget's table. */
export interface ContactMessages {
  fieldName: string;
  fieldPhone: string;
  fieldPhoneHint: string;
  consentLabel: string;
  consentNotice: (controller: string, days: number, contact: string) => string;
}

type ContactField = "name" | "phone";

/** Name and mobile number, as every resident's form asks them. */
export function contactFields<Field extends string>(
  form: FormContext<Field | ContactField>,
  values: { name: string; phone: string },
  messages: ContactMessages,
  nameLength: number,
  input: (field: ContactField, value: string) => void,
) {
  return html`${textField(form, "name", { label: messages.fieldName, value: values.name, autocomplete: "name", maxlength: nameLength }, (value) => input("name", value))}
  ${textField(
    form,
    "phone",
    { label: messages.fieldPhone, hint: messages.fieldPhoneHint, value: values.phone, type: "tel", autocomplete: "tel", maxlength: 32 },
    (value) => input("phone", value),
  )}`;
}

/** The community's privacy notice and the resident's consent to it; nothing while the community has given none. */
export function privacyConsent<Field extends string>(
  form: FormContext<Field | "consent">,
  privacy: PrivacyPolicy | undefined,
  checked: boolean,
  messages: ContactMessages,
  change: (checked: boolean) => void,
) {
  if (!privacy) return nothing;
  const notice = messages.consentNotice(privacy.controller, privacy.retentionDays, privacy.contact);
  return consentField(form, "consent", { notice, label: messages.consentLabel, checked }, change);
}
