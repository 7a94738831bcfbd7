/**
 * A small Node service around the library: GET /entitlements answers what a care leaver gets.
 *
 *   npx tsx examples/http-service.ts            # listens on http://localhost:3000 (or $PORT)
 *   curl 'http://localhost:3000/entitlements?born=2004-06-15&responsible=Bolton&livesIn=Manchester&on=2026-11-23'
 *
 * In your own project, import from 'care-leaver-entitlements' instead of '../src/index.js'.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { InvalidInputError, describeValue, embeddedDataset, evaluate, resolveArea } from '../src/index.js';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Resolves a name or GSS code, or answers 400 naming the parameter and the closest names. */
function area(res: ServerResponse, parameter: string, value: string | null): string | undefined {
  if (value === null) return void send(res, 400, { error: `${parameter} is required (a council name or GSS code)` });
  const found = resolveArea(value);
  if (found.ok) return found.area.code;
  const near = found.issue.code === 'unknown-area' ? found.issue.suggestions : found.issue.candidates;
  send(res, 400, { error: `${parameter}: ${found.issue.message}`, suggestions: near.map((a) => a.name) });
  return undefined;
}

/** The request handler: plain `node:http`, no framework. */
export function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' || url.pathname !== '/entitlements') return send(res, 404, { error: 'try GET /entitlements' });
  const q = url.searchParams;
  const responsibleAuthority = area(res, 'responsible', q.get('responsible'));
  if (responsibleAuthority === undefined) return;
  const residence = area(res, 'livesIn', q.get('livesIn'));
  if (residence === undefined) return;
  // The engine never reads the clock: pass today's date yourself (in UK time, as a YYYY-MM-DD string).
  const on = q.get('on') ?? new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  try {
    const person = { dateOfBirth: q.get('born') ?? '', category: q.get('status') ?? 'former-relevant', responsibleAuthority, residence };
    // evaluate validates the person and the date; bad input throws InvalidInputError with every issue.
    const result = evaluate(person as Parameters<typeof evaluate>[0], on, embeddedDataset);
    send(res, 200, {
      on: result.on,
      entitlements: result.entitlements.map((e) => ({
        kind: e.kind,
        outcome: e.outcome,
        value: e.value === null ? null : describeValue(e.value),
        provider: e.provider?.name ?? null,
        endsOn: e.endsOn,
        why: e.reasons.map((r) => r.message),
      })),
    });
  } catch (error) {
    if (error instanceof InvalidInputError) return send(res, 400, { error: error.message, issues: error.issues });
    throw error;
  }
}

// Run directly: listen (PORT=0 picks a free port; the line below tells you which).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createServer(handler);
  server.listen(Number(process.env.PORT ?? 3000), () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : address;
    console.log(`listening on http://localhost:${port}`);
  });
}
