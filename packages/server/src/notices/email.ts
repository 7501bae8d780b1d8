import type { EmailChannel, NoticeMessage } from "@community-kit/schema";
import { createTransport } from "nodemailer";

/** An SMTP server slower than this is taken as down for this try. */
const TIMEOUT_MS = 10_000;

/** Sends one notice by e-mail through the community's SMTP server; a refusal throws, to be tried again. */
export async function sendByEmail(channel: EmailChannel, message: NoticeMessage, to: string): Promise<void> {
  const transporter = createTransport({
    host: channel.host,
    port: channel.port,
    secure: channel.secure,
    auth: channel.user ? { user: channel.user, pass: channel.password ?? "" } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transporter.sendMail({
      from: channel.from,
      to,
      subject: message.title,
      text: message.text,
      // The same on every try, for a mail system that drops what it has seen.
      messageId: `<${message.id}@community-kit>`,
    });
  } finally {
    transporter.close();
  }
}
