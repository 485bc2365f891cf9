// npm start: load the database and build the app when needed (see prepare.ts), then serve it.
// One command from a fresh clone.
import { prepare } from "./prepare";
import { serve } from "./serve";

await prepare();
await serve(Number(process.env.PORT ?? "3000"));
