// Every /api/v1 address, read-only: the server's API front door validates, routes and answers.
import { handleApi } from "@/server/api/handle";

export const dynamic = "force-dynamic";

export const GET = handleApi;
export const HEAD = handleApi;
export const OPTIONS = handleApi;
export const POST = handleApi;
export const PUT = handleApi;
export const PATCH = handleApi;
export const DELETE = handleApi;
