import type { Community, Locale, PrivacyPolicy } from "@community-kit/schema";
import { html, nothing } from "lit";
import { type FormContext, checkboxField, consentField, textField } from "./form-fields.js";

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

/** The words of the choice to be told, under the same keys in every widget's form table. */
export interface NoticeChoiceMessages {
  /** The box's label, naming the ways ("短信或电子邮件"). */
  notifyLabel: (ways: string) => string;
  waySms: string;
  wayWechat: string;
  wayEmail: string;
  /** What joins two ways: "或", " or ". */
  noticeOr: string;
  fieldEmail: string;
  errorEmail: string;
}

type NoticeWay = NonNullable<Community["notices"]>[number];

/**
 * The unticked box "tell me of changes, by …", where the community sends notices; ticked, and where
 * it sends e-mail, a field for an address, never required. Nothing where the community sends none.
 */
export function noticeChoice<Field extends string>(
  form: FormContext<Field | "notify" | "email">,
  ways: readonly NoticeWay[] | undefined,
  values: { notify: boolean; email: string },
  messages: NoticeChoiceMessages,
  input: (field: "notify" | "email", value: string | boolean) => void,
) {
  if (!ways?.length) return nothing;
  const names: Record<NoticeWay, string> = { sms: messages.waySms, wechat: messages.wayWechat, email: messages.wayEmail };
  const label = messages.notifyLabel(ways.map((way) => names[way]).join(messages.noticeOr));
  return html`${checkboxField(form, "notify", { label, checked: values.notify }, (checked) => input("notify", checked))}
  ${
    values.notify && ways.includes("email")
      ? textField(form, "email", { label: messages.fieldEmail, value: values.email, type: "email", autocomplete: "email", maxlength: 254 }, (value) =>
          input("email", value),
        )
      : nothing
  }`;
}

/** What a request carries of the choice: nothing unless the resident asked, then the address if given and the language they used. */
export const noticeRequest = (values: { notify: boolean; email: string }, locale: Locale) =>
  values.notify ? { notify: true, email: values.email.trim() || undefined, locale } : {};
