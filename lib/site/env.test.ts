import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database and this server's address", () => {
    expect(parseEnv({})).toEqual({
      DATABASE_URL: "file:.data/dashboard.db",
      PORT: 3000,
      SITE_URL: "http://localhost:3000",
      DATA_POLL_MS: 2000,
      DATA_BUDGET_MS: 5000,
    });
    expect(parseEnv({ PORT: "3600" }).SITE_URL).toBe("http://localhost:3600");
    expect(parseEnv({ SITE_URL: "https://flows.example.org/", PORT: "80" }).SITE_URL).toBe("https://flows.example.org");
  });
  it("accepts remote libSQL servers with a token", () => {
    expect(parseEnv({ DATABASE_URL: "http://127.0.0.1:8080", DATABASE_AUTH_TOKEN: "t" })).toMatchObject({
      DATABASE_URL: "http://127.0.0.1:8080",
      DATABASE_AUTH_TOKEN: "t",
    });
  });
  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://x" })).toThrow("DATABASE_URL: must start with file:");
    expect(() => parseEnv({ SITE_URL: "javascript:alert(1)" })).toThrow("SITE_URL: must be an http(s) URL");
    expect(() => parseEnv({ PORT: "http" })).toThrow("PORT");
    expect(() => parseEnv({ DATA_POLL_MS: "5" })).toThrow("DATA_POLL_MS");
  });
  it("takes a replica file only for a database server", () => {
    const server = { DATABASE_URL: "http://127.0.0.1:8080", DATABASE_REPLICA: ".data/replica.db" };
    expect(parseEnv(server).DATABASE_REPLICA).toBe(".data/replica.db");
    expect(() => parseEnv({ DATABASE_REPLICA: ".data/replica.db" })).toThrow(
      "DATABASE_REPLICA: is a replica of a database server",
    );
  });
});
