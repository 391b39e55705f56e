import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signedInStaff } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// A broken multipart body is the sender's fault: a 400 problem document, never a 500 (issue 10).

let t: TestApp;
let officer: SignedIn;
let url: string;

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const BOUNDARY = "----fuzzboundary7MA4YWxkTrZu0gW";

/** A multipart body written by hand, `filename` byte for byte. */
function multipart(filename: string, bytes = PNG): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nphoto\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

const post = (contentType: string, body: Buffer) =>
  officer.call("post", url).set("Content-Type", contentType).send(body);

function expectProblem(res: { status: number; type: string; body: { status?: number } }, status = 400): void {
  expect(res.status).toBe(status);
  expect(res.type).toBe("application/problem+json");
  expect(res.body.status).toBe(status);
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedInStaff(t);
  url = `/api/premises/${await createPremisesId(t.db)}/files`;
});
afterAll(() => t.close());

describe("an upload", () => {
  it("with a well-formed hand-written body is stored (the baseline of the cases below)", async () => {
    const res = await post(`multipart/form-data; boundary=${BOUNDARY}`, multipart("plan.png"));
    expect(res.status).toBe(201);
  });

  it("declared multipart without a boundary is a 400", async () => {
    expectProblem(await post("multipart/form-data", multipart("a.png")));
  });

  it("cut off in the middle of the file is a 400", async () => {
    const whole = multipart("a.png", Buffer.concat([PNG, Buffer.alloc(4096, 7)]));
    expectProblem(await post(`multipart/form-data; boundary=${BOUNDARY}`, whole.subarray(0, whole.length - 2000)));
  });

  it("cut off inside the part headers is a 400", async () => {
    const whole = multipart("a.png");
    expectProblem(await post(`multipart/form-data; boundary=${BOUNDARY}`, whole.subarray(0, 120)));
  });

  it("with a NUL byte or other control characters in the file name is a 400 naming the file", async () => {
    for (const name of ["a\u0000.png", "plan\u0007.png", "\u0000"]) {
      const res = await post(`multipart/form-data; boundary=${BOUNDARY}`, multipart(name));
      expectProblem(res);
      expect(res.body).toMatchObject({ errors: [expect.objectContaining({ field: "file" })] });
    }
  });

  it("with a body that is not multipart at all, or another content type, is a 4xx problem", async () => {
    expectProblem(await post(`multipart/form-data; boundary=${BOUNDARY}`, Buffer.from("not multipart at all")));
    const json = await officer.call("post", url).send({ kind: "photo", file: "iVBOR" });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(500);
    expect(json.type).toBe("application/problem+json");
  });

  it("with more parts or fields than a form has is a 400", async () => {
    const extra = Buffer.concat([...Array.from({ length: 12 }, (_, i) =>
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="x${i}"\r\n\r\nv\r\n`)), multipart("a.png")]);
    expectProblem(await post(`multipart/form-data; boundary=${BOUNDARY}`, extra));
  });
});
