// npm start: load the database and build the app when needed (see prepare.ts), then serve it.
// One command from a fresh clone.
import { prepare, runNext } from "./prepare";

await prepare();
runNext(["start", "--port", process.env.PORT ?? "3000"]);
