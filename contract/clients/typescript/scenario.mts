// The scenario through openapi-fetch, typed by openapi-typescript from the served document
// (generated/lettertracker.ts). Compiled with tsc --strict and run with node by contract/clients/run.sh.
// Every call goes through the typed client: paths, parameters, bodies and answers are the generated types.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/lettertracker.js";

type Schemas = components["schemas"];

const url = process.env.LETTERTRACKER_URL;
const adminKey = process.env.LETTERTRACKER_ADMIN_KEY;
if (!url || !adminKey) throw new Error("Set LETTERTRACKER_URL and LETTERTRACKER_ADMIN_KEY (contract/clients/run.sh does).");
const verbose = process.env.CONTRACT_CLIENTS_VERBOSE === "1";

// X-Api-Key is the document's security scheme (apiKey, in: header): a header on every request.
// The client speaks JSON: lists also answer text/csv (Accept: text/csv), which it never asks for,
// so its response types are those of the JSON media types only (problems are application/problem+json).
const api = createClient<paths, `${string}/${string}json`>({ baseUrl: url.replace(/\/$/, ""), headers: { "X-Api-Key": adminKey } });

// The last request and answer as sent, shown when a step fails (a merge patch's body above all).
// The body is read before the request goes out: once sent, its stream is used up.
let lastExchange: string | undefined;
let lastBody = "";
const recorder: Middleware = {
  async onRequest({ request }) {
    lastBody = request.body ? ` ${request.headers.get("Content-Type")} ${shorten(await request.clone().text())}` : "";
    return request;
  },
  async onResponse({ request, response }) {
    const conditions = ["If-Match", "Idempotency-Key"].filter((h) => request.headers.has(h)).map((h) => `${h}: ${request.headers.get(h)}`);
    const received = shorten(await response.clone().text());
    const { pathname, search } = new URL(request.url);
    lastExchange = `${request.method} ${pathname}${search} ${conditions.join(" ")}${lastBody} -> ${response.status} ${received}`;
    return response;
  },
};
api.use(recorder);
const shorten = (text: string) => (text.length <= 700 ? text : `${text.slice(0, 700)}...`);

// The steps run in order; a failed one does not stop the rest, and a step that needs what a failed
// one should have made fails too, saying so. Exit code 1 when any failed.
let passed = 0;
let failed = 0;
async function step(name: string, body: () => Promise<void>): Promise<void> {
  lastExchange = undefined;
  try {
    await body();
    passed++;
    console.log(`PASS  typescript: ${name}`);
    if (verbose && lastExchange) console.log(`      last exchange: ${lastExchange}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  typescript: ${name}`);
    console.log(`      ${e instanceof CheckFailed ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    if (lastExchange) console.log(`      last exchange: ${lastExchange}`);
  }
}
class CheckFailed extends Error {}
function check(condition: boolean, expectation: string): asserts condition {
  if (!condition) throw new CheckFailed(expectation);
}
function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new CheckFailed(`not run: needs ${what}, which an earlier step did not produce`);
  return value;
}
function checkFields(what: string, fields: [field: string, expected: unknown, actual: unknown][]): void {
  const wrong = fields
    .filter(([, expected, actual]) => JSON.stringify(expected) !== JSON.stringify(actual))
    .map(([field, expected, actual]) => `${field} ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`);
  check(wrong.length === 0, `${what}: ${wrong.join("; ")}`);
}

const run = crypto.randomUUID().replaceAll("-", "").slice(0, 8);
const place = `Outskirts of the district, contract run ${run}`;
const description = "Created by the generated-client contract check.";
const newIncident = (): Schemas["IncidentRequest"] => ({
  title: `Contract check ${run}: mine explosion (typescript)`,
  kind: "landmineExplosion",
  country: "Azerbaijan",
  district: "Aghdam",
  districtAliases: ["Agdam"],
  place,
  occurredFrom: "2025-04-06",
  occurredTo: "2025-04-07",
  civilian: true,
  description,
});
// The media type the document gives PATCH; openapi-fetch would otherwise send application/json.
const mergePatch = { "Content-Type": "application/merge-patch+json" };

let pageTwoCursor: string | undefined;
let pageOneLetter: string | undefined;
let incidentId: string | undefined;
let etag: string | undefined;
let staleEtag: string | undefined;
const idempotencyKey = crypto.randomUUID();
const newTitle = `Contract check ${run}: title changed by merge patch (typescript)`;

await step("create a draft letter with the admin key (so letters span two pages of 1)", async () => {
  const { data, response } = await api.POST("/api/letters", { body: { subject: `Contract check ${run} (typescript)`, status: "draft" } });
  check(response.status === 201 && data !== undefined, `201, got ${response.status}`);
});

await step("list letters with limit=1: one letter and a nextCursor", async () => {
  const { data, response } = await api.GET("/api/letters", { params: { query: { limit: 1 } } });
  check(data !== undefined, `200, got ${response.status}`);
  check(data.items.length === 1, `1 item, got ${data.items.length}`);
  check(typeof data.nextCursor === "string" && data.nextCursor !== "", "a nextCursor on page 1");
  pageOneLetter = data.items[0]!.id;
  pageTwoCursor = data.nextCursor;
});

await step("follow nextCursor to page 2: another letter", async () => {
  const cursor = needs(pageTwoCursor, "page 1's nextCursor");
  const { data, response } = await api.GET("/api/letters", { params: { query: { limit: 1, cursor } } });
  check(data !== undefined, `200, got ${response.status}`);
  check(data.items.length === 1, `1 item on page 2, got ${data.items.length}`);
  check(data.items[0]!.id !== pageOneLetter, "page 2 holds a letter page 1 did not");
});

await step("create an incident with X-Api-Key and Idempotency-Key: 201 with an ETag", async () => {
  const { data, response } = await api.POST("/api/incidents", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    body: newIncident(),
  });
  check(response.status === 201 && data !== undefined, `201, got ${response.status}`);
  check(data.place === place && data.kind === "landmineExplosion", "the record as sent");
  check(response.headers.get("ETag") === `"${data.version}"`, `ETag "${data.version}", got ${response.headers.get("ETag")}`);
  incidentId = data.id;
});

await step("send that create again with the same Idempotency-Key: the same incident, replayed", async () => {
  const id = needs(incidentId, "the created incident");
  const { data, response } = await api.POST("/api/incidents", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    body: newIncident(),
  });
  check(response.status === 201 && data?.id === id, `201 with id ${id}, got ${response.status} with ${data?.id}`);
  check(response.headers.get("Idempotency-Replayed") === "true", "Idempotency-Replayed: true");
});

await step("read the incident back with its ETag", async () => {
  const id = needs(incidentId, "the created incident");
  const { data, response } = await api.GET("/api/incidents/{id}", { params: { path: { id } } });
  check(data?.id === id && data.place === place, `the record created, got ${response.status}`);
  etag = response.headers.get("ETag") ?? undefined;
  check(etag === `"${data.version}"`, `ETag "${data.version}", got ${etag}`);
});

await step("merge patch one field (title) with If-Match: changed, the rest kept, a new ETag", async () => {
  const id = needs(incidentId, "the created incident");
  const ifMatch = needs(etag, "the incident's ETag");
  const { data: r, response } = await api.PATCH("/api/incidents/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch } },
    headers: mergePatch,
    body: { title: newTitle },
  });
  const next = response.headers.get("ETag") ?? undefined;
  [staleEtag, etag] = [ifMatch, next];
  check(r !== undefined, `200, got ${response.status}`);
  check(r.title === newTitle, `title "${newTitle}", got "${r.title}"`);
  checkFields("the fields not in the patch are unchanged", [
    ["place", place, r.place], ["kind", "landmineExplosion", r.kind], ["country", "Azerbaijan", r.country],
    ["district", "Aghdam", r.district], ["districtAliases", ["Agdam"], r.districtAliases],
    ["occurredFrom", "2025-04-06", r.occurredFrom], ["occurredTo", "2025-04-07", r.occurredTo],
    ["civilian", true, r.civilian], ["description", description, r.description],
  ]);
  check(next === `"${r.version}"` && next !== ifMatch, `a new ETag "${r.version}", got ${next}`);
});

await step("merge patch place: null with If-Match: place cleared, the rest kept", async () => {
  const id = needs(incidentId, "the created incident");
  const ifMatch = needs(etag, "the patched incident's ETag");
  const { data: r, response } = await api.PATCH("/api/incidents/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch } },
    headers: mergePatch,
    body: { place: null },
  });
  etag = response.headers.get("ETag") ?? undefined;
  check(r !== undefined, `200, got ${response.status}`);
  check(r.place === null, `place null, got ${JSON.stringify(r.place)}`);
  checkFields("the fields not in the patch are unchanged", [
    ["title", newTitle, r.title], ["kind", "landmineExplosion", r.kind], ["district", "Aghdam", r.district],
    ["occurredFrom", "2025-04-06", r.occurredFrom], ["civilian", true, r.civilian],
  ]);
});

// JSON.parse reads any row; in TypeScript what breaks on a null is code trusting a type that rules it
// out (a guard such as `parent !== undefined` lets the null through). So the generated types must
// admit the nulls the API sends; tsc stops here when one does not ("rules null out").
type AdmitsNull<T> = null extends T ? "admits null" : "rules null out";
const recipientParent: AdmitsNull<Schemas["RecipientSummary"]["parent"]> = "admits null";
const dispatchChannel: AdmitsNull<Schemas["DispatchSummary"]["channel"]> = "admits null";

await step(`list recipients: parent null on some and set on others (its type ${recipientParent})`, async () => {
  const { data, response } = await api.GET("/api/recipients", { params: { query: { limit: 200 } } });
  check(data !== undefined, `200, got ${response.status}`);
  let withParent = 0;
  let withoutParent = 0;
  for (const r of data.items) {
    if (r.parent != null) {
      check(r.parent.id === r.parentId, `${r.name}: parent.id is parentId`);
      withParent++;
    } else {
      check(r.parentId == null, `${r.name}: no parentId without a parent`);
      withoutParent++;
    }
  }
  check(withParent > 0 && withoutParent > 0, `recipients with and without a parent, got ${withParent} and ${withoutParent}`);
});

await step(`list dispatches: channel null where none is known (its type ${dispatchChannel})`, async () => {
  const { data, response } = await api.GET("/api/dispatches", { params: { query: { limit: 200 } } });
  check(data !== undefined, `200, got ${response.status}`);
  check(data.items.length > 0, "some dispatches");
  const channels: readonly NonNullable<Schemas["DispatchSummary"]["channel"]>[] = ["email", "post", "portal", "hand"];
  let unknown = 0;
  for (const d of data.items) {
    if (d.channel != null) check(channels.includes(d.channel), `a channel its type allows (${channels.join(", ")}), got ${JSON.stringify(d.channel)} on ${d.id}`);
    else unknown++;
  }
  check(unknown > 0, "a dispatch without a channel");
});

await step("GET an incident that does not exist: a typed 404 problem", async () => {
  const missing = crypto.randomUUID();
  const { data, error, response } = await api.GET("/api/incidents/{id}", { params: { path: { id: missing } } });
  check(data === undefined && error !== undefined, `a 404, got ${response.status}`);
  check(response.status === 404 && error.status === 404, `status 404, got ${response.status} / ${error.status}`);
  check(!!error.title && error.detail?.includes(missing) === true, "a title, and a detail naming the id");
});

await step("merge patch with a stale If-Match: a typed 412 problem", async () => {
  const id = needs(incidentId, "the created incident");
  const stale = needs(staleEtag, "the ETag from before the first patch");
  const { data, error, response } = await api.PATCH("/api/incidents/{id}", {
    params: { path: { id }, header: { "If-Match": stale } },
    headers: mergePatch,
    body: { title: "never written" },
  });
  check(data === undefined && error !== undefined, `a 412, got ${response.status}`);
  check(response.status === 412 && error.status === 412, `status 412, got ${response.status} / ${error.status}`);
  check(!!error.title && !!error.detail, "a title and a detail");
  check(response.headers.get("ETag") === etag, `the current ETag ${etag}, got ${response.headers.get("ETag")}`);
});

console.log(`typescript scenario: ${passed} of ${passed + failed} steps passed`);
process.exitCode = failed === 0 ? 0 : 1;
