import { Router, type Request, type Response } from "express";
import type { z } from "zod";
import { parseInput } from "./validate.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** One API operation: what Express serves and what the OpenAPI document says, from one definition. */
export interface Operation<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: Method;
  /** OpenAPI style, relative to /api: "/premises/{id}". */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it, for the document; enforcement lives in the authorization module. */
  security?: "public" | "session";
  query?: Q;
  params?: P;
  body?: B;
  responses: Record<number, ResponseSpec>;
}

export interface Input<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
}

type Handler<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> =
  (input: Input<Q, P, B>, req: Request, res: Response) => unknown | Promise<unknown>;

export class ApiRouter {
  readonly router = Router();
  readonly operations: Operation[] = [];

  /** Registers an operation: validates query, params and body with its schemas, then calls the handler;
   *  a returned value is sent as JSON unless the handler already answered. */
  route<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
    op: Operation<Q, P, B>,
    handler: Handler<Q, P, B>,
  ): void {
    this.operations.push(op as unknown as Operation);
    const expressPath = op.path.replace(/\{(\w+)\}/g, ":$1");
    this.router[op.method](expressPath, async (req, res) => {
      const input = {
        query: op.query ? parseInput(op.query, req.query) : {},
        params: op.params ? parseInput(op.params, req.params) : {},
        body: op.body ? parseInput(op.body, req.body ?? {}) : {},
      } as Input<Q, P, B>;
      const result = await handler(input, req, res);
      if (!res.headersSent && result !== undefined) res.json(result);
    });
  }
}
