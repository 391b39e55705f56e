import sharp from "sharp";
import { AppError } from "@server/lib/errors.ts";
import type { Sniffed } from "./sniff.ts";

/**
 * Every uploaded image is decoded and encoded again by libvips (sharp) before it is stored, never
 * copied: what is stored holds only pixels. That removes every kind of metadata in every format (EXIF
 * with the GPS position, XMP, IPTC, PNG text chunks, WebP EXIF/XMP chunks, ICC profiles: the pixels are
 * converted to sRGB), turns the photo upright by its EXIF orientation first, and leaves nothing of a
 * polyglot (a file that is also HTML, a script or an archive). The size in pixels is read from the
 * header before anything is decoded: a small file that would decode to gigabytes (a "decompression
 * bomb", such as a 10,000 × 10,000 PNG of 300 KB) is refused, as is a file libvips cannot read.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

type ImageMime = Exclude<Sniffed["mime"], "application/pdf">;

const FORMAT: Record<ImageMime, "jpeg" | "png" | "webp"> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

// No libvips operation cache kept between uploads.
sharp.cache(false);

/**
 * Re-encodings run one at a time: each holds a libuv thread-pool thread (shared with file I/O and
 * password hashing) for up to seconds and up to ~0.5 GB for a 40-megapixel photo, so two officers
 * uploading at once wait for each other instead of doubling the memory. The header check runs at once.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

const tooManyPixels = () => new AppError(422, "image-too-large", "Obraz ma za dużo pikseli",
  `Obraz może mieć najwyżej ${MAX_IMAGE_PIXELS / 1_000_000} milionów pikseli (np. 7000 × 5700).`, [{ field: "file", code: "file.tooManyPixels" }]);
const unreadable = () => new AppError(422, "image-unreadable", "Nie można odczytać obrazu", undefined,
  [{ field: "file", code: "file.unreadable" }]);

export function isImage(mime: Sniffed["mime"]): mime is ImageMime {
  return mime !== "application/pdf";
}

/** The image re-encoded in its own format: upright, no metadata, at most MAX_IMAGE_PIXELS. */
export async function reencodeImage(bytes: Buffer, mime: ImageMime): Promise<Buffer> {
  const open = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error", pages: 1 });
  let format: string | undefined;
  try {
    const header = await open().metadata();
    if (header.width * header.height > MAX_IMAGE_PIXELS) throw tooManyPixels();
    format = header.format;
  } catch (error) {
    throw error instanceof AppError ? error : isPixelLimit(error) ? tooManyPixels() : unreadable();
  }
  // The sniffed signature and the decoder must agree on what this is.
  if (format !== FORMAT[mime]) throw unreadable();
  return oneAtATime(async () => {
    const image = open().rotate();
    // WebP at effort 2 (of 0–6): measured a third faster than the default 4 on a 12 MP photo, 2.5 % larger.
    const encoded = mime === "image/jpeg" ? image.jpeg({ quality: 85 })
      : mime === "image/png" ? image.png()
      : image.webp({ quality: 85, effort: 2 });
    try {
      return await encoded.toBuffer();
    } catch (error) {
      throw isPixelLimit(error) ? tooManyPixels() : unreadable();
    }
  });
}

const isPixelLimit = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message);
