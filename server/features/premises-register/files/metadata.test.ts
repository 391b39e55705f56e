import { describe, expect, it } from "vitest";
import { stripImageMetadata } from "./metadata.ts";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle, "latin1"));

// A JPEG skeleton: SOI, APP0 (JFIF, 16 bytes), APP1 (Exif with a GPS tag name), SOS with "image data", EOI.
const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
const exifPayload = "Exif\0\0GPSLatitude 50.0614";
const app1 = [0xff, 0xe1, 0x00, exifPayload.length + 2, ...Buffer.from(exifPayload, "latin1")];
const sos = [0xff, 0xda, 0x00, 0x04, 0x01, 0x00, ...Buffer.from("image data"), 0xff, 0xd9];

describe("photo metadata is removed before a photo is stored", () => {
  it("a JPEG loses its EXIF segment (and the GPS position in it) but keeps JFIF and the image data", () => {
    const original = bytes([0xff, 0xd8], app0, app1, sos);
    const stripped = stripImageMetadata(original, "image/jpeg");
    expect(contains(original, "GPSLatitude")).toBe(true);
    expect(contains(stripped, "GPSLatitude")).toBe(false);
    expect(Array.from(stripped)).toEqual([0xff, 0xd8, ...app0, ...sos]);
  });

  it("a PNG loses its eXIf and text chunks but keeps IHDR, IDAT and IEND", () => {
    const chunk = (type: string, data: string) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      return [...length, ...Buffer.from(type + data, "latin1"), 0, 0, 0, 0];
    };
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const kept = [...chunk("IHDR", "0123456789abc"), ...chunk("IDAT", "pixels")];
    const original = bytes(signature, kept.slice(0, 25), chunk("tEXt", "Author\0Jan Kowalski"), chunk("eXIf", "GPS"), kept.slice(25), chunk("IEND", ""));
    const stripped = stripImageMetadata(original, "image/png");
    expect(contains(stripped, "Kowalski")).toBe(false);
    expect(contains(stripped, "eXIf")).toBe(false);
    expect(Array.from(stripped)).toEqual([...signature, ...kept, ...chunk("IEND", "")]);
  });

  it("a file whose segments cannot be walked is left as it is", () => {
    const truncated = bytes([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 0x01]);
    expect(stripImageMetadata(truncated, "image/jpeg")).toBe(truncated);
  });
});
