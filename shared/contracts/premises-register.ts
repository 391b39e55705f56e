import { z } from "zod";
import "@shared/i18n/premises-register.ts";
import { booleanParam, hundredthsFromString } from "./common.ts";
import { PremisesInput } from "./premises.ts";

// Upper bounds keep amounts inside the database's 32-bit integers of minor units.
const LIMITS = {
  usableArea: { min: 1, max: 100_000_00, message: "usableArea.range" },
  baseRent: { min: 0, max: 10_000_00, message: "baseRent.range" },
  worksCost: { min: 0, max: 20_000_000_00, message: "worksCost.range" },
} as const;

/**
 * What an officer saves: the full premises record plus the rules between its fields. The form,
 * the API and the CSV import all validate with this one schema.
 */
export const PremisesWrite = PremisesInput.superRefine((p, ctx) => {
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, (typeof LIMITS)[keyof typeof LIMITS]][]) {
    const raw = p[field];
    if (raw === null) continue;
    const value = hundredthsFromString(raw);
    if (value === null || value < limit.min || value > limit.max) {
      ctx.addIssue({ code: "custom", message: limit.message, path: [field] });
    }
  }
  if (p.worksCost !== null && !p.worksNeeded) {
    ctx.addIssue({ code: "custom", message: "worksCost.requiresWorks", path: ["worksCost"] });
  }
});
export type PremisesWrite = z.infer<typeof PremisesWrite>;

export const WithdrawPremises = z.object({
  reason: z.string({ message: "reason.required" }).trim().min(3, "reason.required").max(1000),
}).meta({ id: "WithdrawPremises" });
export type WithdrawPremises = z.infer<typeof WithdrawPremises>;

export const FILE_KINDS = ["photo", "plan"] as const;
export const FileKind = z.enum(FILE_KINDS, { message: "file.kind" });
export type FileKind = z.infer<typeof FileKind>;

/** The limits the server enforces on uploads, shown by the client before sending. */
export const FILE_LIMITS = {
  photo: { maxBytes: 10 * 1024 * 1024, maxCount: 10, accept: ["image/jpeg", "image/png", "image/webp"] },
  plan: { maxBytes: 20 * 1024 * 1024, maxCount: 3, accept: ["application/pdf", "image/jpeg", "image/png", "image/webp"] },
} as const satisfies Record<FileKind, { maxBytes: number; maxCount: number; accept: readonly string[] }>;

/** What a photo or plan shows, in the officer's words: its alt text on the public page. */
export const FileAlt = z.string({ message: "alt.tooLong" }).trim().max(300, "alt.tooLong");

export const UploadFields = z.object({ kind: FileKind, alt: FileAlt.default("") });

export const FileAltUpdate = z.object({ alt: FileAlt }).meta({ id: "FileAltUpdate" });
export type FileAltUpdate = z.infer<typeof FileAltUpdate>;

export const PremisesFileInfo = z.object({
  id: z.string(),
  premisesId: z.string(),
  kind: FileKind,
  mime: z.string(),
  size: z.number().int(),
  originalName: z.string(),
  /** Empty until the officer describes it. */
  alt: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
  url: z.string(),
}).meta({ id: "PremisesFile" });
export type PremisesFileInfo = z.infer<typeof PremisesFileInfo>;

export const PremisesFileList = z.object({ items: z.array(PremisesFileInfo) });
export type PremisesFileList = z.infer<typeof PremisesFileList>;

export const FileId = z.object({ fileId: z.string().uuid({ message: "id.invalid" }) });

/**
 * What an import does with a row whose inventory code the register already has: "add" (the default)
 * refuses it; "add-and-update" replaces that premises' record with the row, as an edit would.
 */
export const IMPORT_MODES = ["add", "add-and-update"] as const;
export const ImportMode = z.enum(IMPORT_MODES, { message: "import.mode" }).meta({
  id: "ImportMode",
  description: "add: only new inventory codes, a code already in the register is an error (default); add-and-update: new codes are added and the premises of a code already in the register is updated to the row, field by field",
});
export type ImportMode = z.infer<typeof ImportMode>;

export const ImportQuery = z.object({ dryRun: booleanParam.default(true), mode: ImportMode.default("add") });

export const ImportError = z.object({
  /** 1-based line in the file; the header is line 1. */
  line: z.number().int(),
  /** The field of the premises record ("usableArea", "utilities.heating"), or "file". */
  field: z.string(),
  /** The column as named in the file, when the error belongs to one. */
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  value: z.string().nullable(),
});
export type ImportError = z.infer<typeof ImportError>;

/** One field an update would change (or changed), written as the spreadsheet writes it: "42,50", "tak", "14.09.2025". */
export const ImportFieldChange = z.object({
  /** The field of the premises record ("usableArea", "utilities.heating"). */
  field: z.string(),
  /** The column's header in the register's spreadsheet (Polish). */
  column: z.string(),
  /** "" for an empty cell. */
  before: z.string(),
  after: z.string(),
});
export type ImportFieldChange = z.infer<typeof ImportFieldChange>;

/** A row of the file that updates a premises of the register (mode add-and-update). */
export const ImportChange = z.object({
  line: z.number().int(),
  inventoryCode: z.string(),
  premisesId: z.string(),
  fields: z.array(ImportFieldChange),
}).meta({ id: "ImportChange" });
export type ImportChange = z.infer<typeof ImportChange>;

export const ImportReport = z.object({
  dryRun: z.boolean(),
  mode: ImportMode,
  encoding: z.enum(["utf-8", "windows-1250"]),
  /** Premises rows in the file (the header not counted). */
  rows: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int(),
  /** At most 1000 errors are listed; errorCount says how many there were. */
  errors: z.array(ImportError),
  errorCount: z.number().int(),
  /** Rows with a new inventory code: added (or, in a dry run, to be added). */
  added: z.number().int(),
  /** Rows that change a premises of the register (add-and-update). */
  updated: z.number().int(),
  /** Rows identical to the premises of the register they name (add-and-update). */
  unchanged: z.number().int(),
  /** The rows of `updated`, field by field, at most 1000. */
  changes: z.array(ImportChange),
  notices: z.array(z.string()),
}).meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof ImportReport>;
