import { type FieldError, type Partner, type PartnerType, PartnerWrite, fieldErrorsOf } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import type { PartnersMessages } from "../locales/partners.js";

export type PartnerField =
  | "name"
  | "id"
  | "type"
  | "address"
  | "location"
  | "phone"
  | "email"
  | "office"
  | "description"
  | "services"
  | "partnerSince"
  | "logoUrl"
  | "website";
export const PARTNER_FIELDS: readonly PartnerField[] = [
  "name",
  "id",
  "type",
  "address",
  "location",
  "phone",
  "email",
  "office",
  "description",
  "services",
  "partnerSince",
  "logoUrl",
  "website",
];

/** A partner as the form holds it: every field as typed. */
export type PartnerValues = Record<Exclude<PartnerField, "type" | "location">, string> & { type: PartnerType; lat: string; lng: string };

export function newPartnerValues(center: { lat: number; lng: number }): PartnerValues {
  return {
    name: "",
    id: "",
    type: "school",
    address: "",
    lat: center.lat.toFixed(6),
    lng: center.lng.toFixed(6),
    phone: "",
    email: "",
    office: "",
    description: "",
    services: "",
    partnerSince: "",
    logoUrl: "",
    website: "",
  };
}

export function partnerValues(partner: Partner): PartnerValues {
  return {
    name: partner.name,
    id: partner.id,
    type: partner.type,
    address: partner.address,
    lat: String(partner.location.lat),
    lng: String(partner.location.lng),
    phone: partner.contact.phone ?? "",
    email: partner.contact.email ?? "",
    office: partner.contact.office ?? "",
    description: partner.description,
    services: partner.services.join("\n"),
    partnerSince: partner.partnerSince ?? "",
    logoUrl: partner.logoUrl ?? "",
    website: partner.website ?? "",
  };
}

/** The form field an API field error names. */
function formFieldOf(apiField: string): PartnerField | undefined {
  const [head, tail] = apiField.split(".");
  if (head === "contact") return tail as PartnerField;
  return (PARTNER_FIELDS as readonly string[]).includes(head!) ? (head as PartnerField) : undefined;
}

function messageFor(field: PartnerField, code: string, t: Localizer<PartnersMessages>): string {
  if (code === "too_big" && field !== "location") return t.t("tooLong");
  switch (field) {
    case "name":
      return t.t("nameMissing");
    case "id":
      return code === "partner_exists" ? t.t("idTaken") : t.t("idInvalid");
    case "address":
      return t.t("addressMissing");
    case "location":
      return t.t("locationInvalid");
    case "email":
      return t.t("emailInvalid");
    case "phone":
      return t.t("phoneInvalid");
    case "partnerSince":
      return t.t("dateInvalid");
    case "logoUrl":
    case "website":
      return t.t("urlInvalid");
    default:
      return t.t("tooLong");
  }
}

/** The API's field errors as the form's messages. */
export function partnerFieldMessages(errors: readonly FieldError[], t: Localizer<PartnersMessages>): Partial<Record<PartnerField, string>> {
  const messages: Partial<Record<PartnerField, string>> = {};
  for (const error of errors) {
    const field = formFieldOf(error.field);
    if (field && !messages[field]) messages[field] = messageFor(field, error.code, t);
  }
  return messages;
}

/** The form checked with the API's own schema, as a partner to create (its `id` left out when changing one). */
export function validatePartner(values: PartnerValues, t: Localizer<PartnersMessages>) {
  const number = (text: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN);
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const contact = { phone: optional(values.phone), email: optional(values.email), office: optional(values.office) };
  const body = {
    id: values.id.trim(),
    name: values.name.trim(),
    type: values.type,
    address: values.address,
    location: { lat: number(values.lat), lng: number(values.lng) },
    contact: Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)),
    description: values.description,
    services: values.services
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    ...(optional(values.partnerSince) ? { partnerSince: values.partnerSince.trim() } : {}),
    ...(optional(values.logoUrl) ? { logoUrl: values.logoUrl.trim() } : {}),
    ...(optional(values.website) ? { website: values.website.trim() } : {}),
  };
  const parsed = PartnerWrite.safeParse(body);
  const errors = partnerFieldMessages(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), t);
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}
