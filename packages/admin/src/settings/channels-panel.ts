import { type NoticeChannelsView, NoticeChannelsWrite, fieldErrorsOf } from "@community-kit/schema";
import { Loading, errorSummary, selectField, textField } from "@community-kit/ui";
import { html } from "lit";
import { StaffForm } from "../sign-in/staff-form.js";
import { SettingsPanel } from "./settings-panel.js";

type ChannelField = "webhookUrl" | "webhookVia" | "webhookSecret" | "smtpHost" | "smtpPort" | "smtpSecure" | "smtpUser" | "smtpPassword" | "smtpFrom";
const CHANNEL_FIELDS: readonly ChannelField[] = [
  "webhookUrl",
  "webhookVia",
  "webhookSecret",
  "smtpHost",
  "smtpPort",
  "smtpSecure",
  "smtpUser",
  "smtpPassword",
  "smtpFrom",
];

/** The API's field paths, as its schema names them, for the form's fields. */
const FIELD_OF_PATH: Record<string, ChannelField> = {
  "webhook.url": "webhookUrl",
  "webhook.via": "webhookVia",
  "webhook.secret": "webhookSecret",
  "email.host": "smtpHost",
  "email.port": "smtpPort",
  "email.secure": "smtpSecure",
  "email.user": "smtpUser",
  "email.password": "smtpPassword",
  "email.from": "smtpFrom",
};

const formValues = (view: NoticeChannelsView): Record<ChannelField, string> => ({
  webhookUrl: view.webhook?.url ?? "",
  webhookVia: view.webhook?.via ?? "sms",
  webhookSecret: "",
  smtpHost: view.email?.host ?? "",
  smtpPort: String(view.email?.port ?? 465),
  smtpSecure: view.email?.secure === false ? "starttls" : "tls",
  smtpUser: view.email?.user ?? "",
  smtpPassword: "",
  smtpFrom: view.email?.from ?? "",
});

/**
 * Where residents' notices go: the community's own SMS or WeChat gateway, which the server signs
 * each notice for, and an SMTP server. Secrets are written here, never shown: one left empty stays.
 *
 * @tagname community-admin-channels
 */
export class CommunityAdminChannels extends SettingsPanel {
  private readonly form = new StaffForm<ChannelField>(this, "channels", formValues({ webhook: null, email: null }));

  private readonly current = new Loading<readonly [string, string], NoticeChannelsView>(this, {
    args: () => this.source,
    load: async (_, { signal }) => {
      const view = await (await this.admin()).admin.notices.channels({ signal });
      this.form.values = formValues(view);
      return view;
    },
  });

  protected override renderContent() {
    const t = this.t;
    if (this.current.status === "error") return this.loadFailed(this.current.error, () => this.current.retry());
    const held = this.current.value;
    if (!held) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    const fields = this.form.context(t.t("errorPrefix"));
    const values = this.form.values;
    const text = (field: ChannelField, label: string, options: { hint?: string; type?: "password"; maxlength?: number; inputmode?: "numeric" } = {}) =>
      textField(fields, field, { label, value: values[field], maxlength: options.maxlength ?? 300, ...options }, (value) => this.form.set(field, value));
    const choice = (field: ChannelField, label: string, options: Array<{ value: string; label: string }>) =>
      selectField(fields, field, { label, value: values[field], options }, (value) => this.form.set(field, value));
    return html`${this.toldLine()}
      <form id="channels" class="staff-form" novalidate aria-labelledby="channels-heading" @submit=${this.save}>
        <h3 id="channels-heading">${t.t("tabChannels")}</h3>
        <p>${t.t("channelsIntro")}</p>
        ${errorSummary(fields, CHANNEL_FIELDS, { title: t.t("errorTitle"), problem: this.form.problem, level: 4 }, (field) => this.form.focusField(field))}
        <fieldset>
          <legend>${t.t("webhookHeading")}</legend>
          ${text("webhookUrl", t.t("webhookUrl"), { hint: t.t("webhookUrlHint") })}
          ${choice("webhookVia", t.t("webhookVia"), [
            { value: "sms", label: t.t("viaSms") },
            { value: "wechat", label: t.t("viaWechat") },
          ])}
          ${text("webhookSecret", t.t("webhookSecret"), { hint: held.webhook ? t.t("secretKept") : t.t("secretHint"), type: "password", maxlength: 200 })}
        </fieldset>
        <fieldset>
          <legend>${t.t("smtpHeading")}</legend>
          ${text("smtpHost", t.t("smtpHost"), { hint: t.t("smtpHostHint"), maxlength: 253 })}
          ${text("smtpPort", t.t("smtpPort"), { inputmode: "numeric", maxlength: 5 })}
          ${choice("smtpSecure", t.t("smtpSecure"), [
            { value: "tls", label: t.t("secureTls") },
            { value: "starttls", label: t.t("secureStarttls") },
          ])}
          ${text("smtpUser", t.t("smtpUser"), { maxlength: 200 })}
          ${text("smtpPassword", t.t("smtpPassword"), { hint: held.email?.passwordSet ? t.t("secretKept") : undefined, type: "password", maxlength: 200 })}
          ${text("smtpFrom", t.t("smtpFrom"), { hint: t.t("smtpFromHint") })}
        </fieldset>
        <button type="submit" class="button button--primary">${t.t("save")}</button>
      </form>`;
  }

  /** The form as the API's body: a channel whose address is empty is none; a secret left empty keeps the one held. */
  private request() {
    const values = this.form.values;
    const port = /^\s*\d+\s*$/.test(values.smtpPort) ? Number(values.smtpPort) : Number.NaN;
    return {
      webhook: values.webhookUrl.trim()
        ? { url: values.webhookUrl.trim(), via: values.webhookVia, ...(values.webhookSecret ? { secret: values.webhookSecret } : {}) }
        : null,
      email: values.smtpHost.trim()
        ? {
            host: values.smtpHost.trim(),
            port,
            secure: values.smtpSecure === "tls",
            ...(values.smtpUser.trim() ? { user: values.smtpUser.trim() } : {}),
            ...(values.smtpPassword ? { password: values.smtpPassword } : {}),
            from: values.smtpFrom.trim(),
          }
        : null,
    };
  }

  private messageFor(field: ChannelField): string {
    const t = this.t;
    if (field === "webhookUrl") return t.t("urlInvalid");
    if (field === "webhookSecret") return t.t("secretMissing");
    if (field === "smtpHost") return t.t("hostMissing");
    if (field === "smtpPort") return t.t("portInvalid");
    return t.t("fromMissing");
  }

  private save = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const held = this.current.value;
    const saved = await this.form.submit(
      () => {
        const body = this.request();
        const parsed = NoticeChannelsWrite.safeParse(body);
        const errors: Partial<Record<ChannelField, string>> = {};
        for (const error of parsed.success ? [] : fieldErrorsOf(parsed.error.issues)) {
          const field = FIELD_OF_PATH[error.field];
          if (field) errors[field] ??= this.messageFor(field);
        }
        // A new gateway address needs its secret; the same one keeps the secret held.
        if (body.webhook && !body.webhook.secret && body.webhook.url !== held?.webhook?.url) errors.webhookSecret ??= this.messageFor("webhookSecret");
        return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
      },
      async (request) => {
        const view = await (await this.admin()).admin.notices.setChannels(request);
        this.form.values = formValues(view);
      },
      (error) => (this.sessionEnded(error, "channels") ? undefined : this.describeFailure(error, this.t.t("forbidden"))),
    );
    if (saved) {
      this.told = this.t.t("channelsSaved");
      this.current.retry();
    }
  };
}
