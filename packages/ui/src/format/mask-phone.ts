/**
 * A phone number as it may be shown back: the first three and last four
 * digits, the rest hidden (138****5678; +44 2****0958). PIPL asks that
 * personal data shown again be no more than needed.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.length < 8) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}
