// npm start: check the port, load the embedded database or check the server's, build when the code
// changed, then serve. One command from a fresh clone; on a replica, start-up takes seconds.
import { getEnv } from "@/lib/site/env";
import { ensurePortFree, prepare } from "./prepare";
import { serve } from "./serve";

const port = getEnv().PORT;
// Before any build: a busy port found after two minutes of building is two minutes lost.
await ensurePortFree(port);
await prepare();
await serve(port);
