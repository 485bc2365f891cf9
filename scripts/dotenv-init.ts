// Imported first by every script, before any module reads the environment.
import { loadDotEnv } from "./dotenv";

loadDotEnv();
