import { z } from "zod";
import { addValidationMessages } from "@shared/i18n/validation.ts";

// The lease agreement's template: an ordered list of sections (printed as § 1, § 2, ...), each a
// heading and paragraphs (printed as 1., 2., ...). Text may hold placeholders like {{tenant.name}},
// filled from the lease record when the agreement is printed; only the names below are allowed.

/** Every placeholder a template may use, with what it is filled with (shown to the admin editing it). */
export const LEASE_PLACEHOLDERS = {
  "lease.number": "numer umowy (ZBK/NL/2026/0007)",
  "lease.startDate": "data wydania lokalu / początku najmu",
  "lease.endDate": "data końca najmu (albo „czas nieoznaczony”)",
  "lease.term": "czas trwania najmu słownie (na czas oznaczony od … do … / na czas nieoznaczony od …)",
  "landlord.name": "wynajmujący (Gmina Miejska Kraków)",
  "landlord.unit": "jednostka działająca w imieniu wynajmującego",
  "landlord.address": "adres wynajmującego",
  "landlord.nip": "NIP wynajmującego",
  "tenant.name": "nazwa najemcy",
  "tenant.address": "adres najemcy",
  "tenant.nip": "NIP najemcy",
  "tenant.regon": "REGON najemcy",
  "tenant.krs": "KRS najemcy (albo „—”)",
  "tenant.representatives": "osoby reprezentujące najemcę",
  "premises.address": "adres lokalu",
  "premises.inventoryCode": "numer inwentarzowy lokalu",
  "premises.district": "dzielnica",
  "premises.area": "powierzchnia użytkowa (42,50 m²)",
  "rent.rate": "stawka czynszu netto za m² (12,50 zł/m²)",
  "rent.net": "czynsz miesięczny netto",
  "rent.vatRate": "stawka VAT (23%)",
  "rent.vat": "VAT od czynszu miesięcznego",
  "rent.gross": "czynsz miesięczny brutto",
  "paymentDay": "dzień miesiąca, do którego płatny jest czynsz",
  "holidays": "zwolnienie z czynszu w dniach (0 = brak)",
  "deposit": "kwota kaucji",
  "depositMultiple": "krotność czynszu brutto, którą stanowi kaucja",
  "permittedUse": "dozwolony sposób używania lokalu",
  "offsetShare": "część czynszu, którą można potrącić na nakłady (50%)",
  "remainder": "co się dzieje z nierozliczoną wartością nakładów po końcu najmu",
} as const;
export type LeasePlaceholder = keyof typeof LEASE_PLACEHOLDERS;

export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a text uses that are not allowed. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? "").filter((name) => !(name in LEASE_PLACEHOLDERS));
}

/** Fills a text's placeholders; an unknown one is left as written (templates are checked on write). */
export function fillPlaceholders(text: string, values: Readonly<Record<LeasePlaceholder, string>>): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => (name in values ? values[name as LeasePlaceholder] : whole));
}

const text = (key: string, max: number) => z.string({ message: key }).trim().min(1, key).max(max, key);

export const LeaseTemplateSection = z.object({
  heading: text("template.heading.invalid", 200),
  paragraphs: z.array(text("template.paragraph.invalid", 4000), { message: "template.paragraphs.invalid" }).min(1, "template.paragraphs.invalid").max(30, "template.paragraphs.invalid"),
}).strict();

/** The stored clauses (LeaseTemplate.clauses), parsed on every read. */
export const LeaseTemplateClauses = z.object({
  sections: z.array(LeaseTemplateSection, { message: "template.sections.invalid" }).min(1, "template.sections.invalid").max(40, "template.sections.invalid"),
}).strict();
export type LeaseTemplateClauses = z.infer<typeof LeaseTemplateClauses>;

/** A new version: its clauses, with only known placeholders (an unknown one is a 400 naming the field). */
export const LeaseTemplateCreate = LeaseTemplateClauses.superRefine((value, ctx) => {
  value.sections.forEach((section, i) => {
    if (unknownPlaceholders(section.heading).length) ctx.addIssue({ code: "custom", path: ["sections", i, "heading"], message: "template.placeholder.unknown" });
    section.paragraphs.forEach((paragraph, j) => {
      if (unknownPlaceholders(paragraph).length) ctx.addIssue({ code: "custom", path: ["sections", i, "paragraphs", j], message: "template.placeholder.unknown" });
    });
  });
}).meta({ id: "LeaseTemplateCreate" });
export type LeaseTemplateCreate = z.infer<typeof LeaseTemplateCreate>;

export const LeaseTemplate = z.object({
  version: z.number().int(),
  isExample: z.boolean(),
  clauses: LeaseTemplateClauses,
  createdAt: z.string(),
  createdBy: z.string(),
}).meta({ id: "LeaseTemplate" });
export type LeaseTemplate = z.infer<typeof LeaseTemplate>;

export const LeaseTemplateList = z.object({ items: z.array(LeaseTemplate) }).meta({ id: "LeaseTemplateList" });
export type LeaseTemplateList = z.infer<typeof LeaseTemplateList>;

/** The version in the path: digits only. */
export const LeaseTemplateVersion = z.object({
  version: z.string().regex(/^\d{1,6}$/, "templateVersion.invalid").transform(Number).pipe(z.number().int().min(1, "templateVersion.invalid")),
});

addValidationMessages({
  "template.heading.invalid": { pl: "Podaj tytuł paragrafu (do 200 znaków).", en: "Give the section's heading (up to 200 characters)." },
  "template.paragraph.invalid": { pl: "Ustęp nie może być pusty (do 4000 znaków).", en: "A paragraph cannot be empty (up to 4000 characters)." },
  "template.paragraphs.invalid": { pl: "Paragraf ma od 1 do 30 ustępów.", en: "A section has 1 to 30 paragraphs." },
  "template.sections.invalid": { pl: "Wzór ma od 1 do 40 paragrafów.", en: "A template has 1 to 40 sections." },
  "template.placeholder.unknown": {
    pl: "Nieznane pole do wypełnienia w {{…}}: dozwolone są tylko pola z listy (np. {{tenant.name}}, {{rent.net}}, {{deposit}}).",
    en: "Unknown placeholder in {{…}}: only the listed ones are allowed (e.g. {{tenant.name}}, {{rent.net}}, {{deposit}}).",
  },
  "templateVersion.taken": { pl: "W tej chwili dodano inną wersję wzoru: odśwież i spróbuj ponownie.", en: "Another version was just added: reload and try again." },
  "templateVersion.invalid": { pl: "Nieprawidłowy numer wersji wzoru.", en: "Invalid template version." },
});
