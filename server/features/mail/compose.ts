export type MailLanguage = "pl" | "en";

/** What a message says: paragraphs of plain text and at most one link, the action it is about. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  link?: { url: string; label: string };
  /** Said after the link, e.g. how long it works and what to do if you did not ask for it. */
  after?: string[];
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE: Record<MailLanguage, string> = {
  pl: "Lokale użytkowe dla ekonomii społecznej — Kraków\nWiadomość wysłana automatycznie; prosimy na nią nie odpowiadać.",
  en: "Municipal premises for the social economy — Kraków\nThis message was sent automatically; please do not reply to it.",
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const paragraph = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;

/** The plain text and a simple HTML version of one message (every value escaped in the HTML). */
export function composeMail(content: MailContent, language: MailLanguage): ComposedMail {
  const after = content.after ?? [];
  const text = [
    ...content.paragraphs,
    ...(content.link ? [`${content.link.label}:\n${content.link.url}`] : []),
    ...after,
    `-- \n${SIGNATURE[language]}`,
  ].join("\n\n");
  const link = content.link
    ? `<p><a href="${escapeHtml(content.link.url)}" style="display:inline-block;padding:10px 16px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.link.label)}</a></p>`
      + `<p style="font-size:90%;color:#444444">${escapeHtml(content.link.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`
    + `<body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5">`
    + content.paragraphs.map(paragraph).join("") + link + after.map(paragraph).join("")
    + `<hr><p style="font-size:90%;color:#444444">${escapeHtml(SIGNATURE[language]).replace(/\n/g, "<br>")}</p></body></html>`;
  return { subject: content.subject, text, html };
}
