import type { Readable } from "node:stream";
import sharp from "sharp";

/** The catalogue list and the map's popup show a photo at most this size (twice their CSS size, for sharp screens). */
const WIDTH = 480;
const HEIGHT = 360;
/** About 20 KB each: the thumbnails of the photos looked at most recently stay in memory. */
const CACHED = 300;

const cache = new Map<string, Promise<Buffer>>();

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A photo made small (WebP, cropped to 4:3): a list of twenty premises then loads a few hundred
 * kilobytes, not twenty photos of several megabytes. Stored photos were re-encoded at upload, so
 * sharp reads only pixels it has written itself. Keyed by the photo's hash: its bytes never change.
 */
export function thumbnailOf(sha256: string, read: () => Promise<Readable | null>): Promise<Buffer | null> {
  const cached = cache.get(sha256);
  if (cached) {
    cache.delete(sha256);
    cache.set(sha256, cached);
    return cached;
  }
  return (async () => {
    const stream = await read();
    if (!stream) return null;
    const made = bytesOf(stream).then((bytes) => sharp(bytes).resize(WIDTH, HEIGHT, { fit: "cover" }).webp({ quality: 72 }).toBuffer());
    cache.set(sha256, made);
    made.catch(() => cache.delete(sha256));
    while (cache.size > CACHED) cache.delete(cache.keys().next().value!);
    return made;
  })();
}
