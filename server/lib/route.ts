import { json, Router, type Request, type RequestHandler, type Response } from "express";
import type { z } from "zod";
import { actorOf } from "./auth/actor.ts";
import { authorizeCaller, type ActorFor, type Authorization } from "./authorization.ts";
import { parseInput } from "./validate.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";

/** A JSON body is read only for an operation that takes one, and only once its caller is authorized. */
const readJson = json({ limit: "1mb" });

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** A request body that is not JSON: read by its own middleware, after authorization and before validation. */
export interface BodyReader {
  /** "multipart/form-data", "text/csv"... */
  contentType: string;
  /** Reads the body (into req.body, req.file); a large upload is never read for a caller who may not send it. */
  read: RequestHandler;
  /** Multipart parts that carry files, for the document (the other fields come from `body`). */
  files?: string[];
}

/** One API operation: what Express serves and what the OpenAPI document says, from one definition. */
export interface Operation<
  Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType,
  A extends Authorization = Authorization,
> {
  method: Method;
  /** OpenAPI style, relative to /api: "/premises/{id}". */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it (server/lib/authorization.ts); checked before any input is read, and the document's `security`. */
  authorize: A;
  query?: Q;
  params?: P;
  /** The JSON body, or the fields of a `receive`d multipart body. */
  body?: B;
  receive?: BodyReader;
  /** Success and the problems particular to this operation; 400, 401 and 403 are derived. */
  responses: Record<number, ResponseSpec>;
}

export interface Input<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, A extends Authorization> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
  /** Who calls: never null on an operation that needs a session. */
  actor: ActorFor<A>;
}

type Handler<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, A extends Authorization> =
  (input: Input<Q, P, B, A>, req: Request, res: Response) => unknown;

export class ApiRouter {
  readonly router = Router();
  readonly operations: Operation[] = [];

  /**
   * Registers an operation. Every request goes the same way: the caller (set by the session
   * middleware) is authorized for `authorize` (401, 403), a non-JSON body is read, query, params and
   * body are validated with the operation's schemas (400), and the handler gets them with the actor;
   * a returned value is sent as JSON unless the handler already answered.
   */
  route<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, const A extends Authorization>(
    op: Operation<Q, P, B, A>,
    handler: Handler<Q, P, B, A>,
  ): void {
    this.operations.push(op);
    const expressPath = op.path.replace(/\{(\w+)\}/g, ":$1");
    const authorizeRequest: RequestHandler = (req, _res, next) => {
      authorizeCaller(actorOf(req), op.authorize);
      next();
    };
    const readers = op.receive ? [op.receive.read] : op.body ? [readJson] : [];
    this.router[op.method](expressPath, authorizeRequest, ...readers, async (req: Request, res: Response) => {
      const input = {
        query: op.query ? parseInput(op.query, req.query) : {},
        params: op.params ? parseInput(op.params, req.params) : {},
        body: op.body ? parseInput(op.body, req.body ?? {}) : {},
        actor: actorOf(req),
      } as Input<Q, P, B, A>;
      const result = await handler(input, req, res);
      if (!res.headersSent && result !== undefined) res.json(result);
    });
  }
}
