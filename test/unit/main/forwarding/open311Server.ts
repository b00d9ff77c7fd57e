import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the test city answers the next request. */
export type Answer =
  | 'id' // 201 with a service_request_id
  | 'token' // 201 with only a token (the city assigns the id later)
  | 'error500' // 500 with a GeoReport v2 error body
  | 'hang' // reads the request, never answers
  | 'badJson' // 200 with a body that is not JSON
  | 'badJson500' // 500 with a body that is not JSON
  | 'echo422' // 422 quoting the request's description, address, name and phone back, as some cities do
  | 'echo200'; // 200 without an id, quoting the request back

export interface TestCity {
  /** The endpoint for the config (without /requests.json). */
  endpoint: string;
  /** Every request that reached the city, as its form fields, in order (whatever the city answered). */
  received: Record<string, string>[];
  /** Requests the city refused as malformed (400), with why. */
  malformed: string[];
  /** The answers to give next, in order; after them, 'id'. */
  answerNext(...answers: Answer[]): void;
  close(): Promise<void>;
}

const PATH = '/open311/v2/requests.json';
/** What GeoReport v2 requires of every POST Service Request, and what this city requires besides. */
const REQUIRED = ['api_key', 'jurisdiction_id', 'service_code', 'description', 'attribute[ref]'];

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * A city's Open311 GeoReport v2 endpoint on 127.0.0.1 (a free port): checks
 * each request as a strict city would — the path, form encoding, api_key,
 * jurisdiction_id, a known service code, the required fields — and answers as
 * told, so a test can make it fail in each way a real one does.
 */
export async function startTestCity(expected: {
  apiKey: string;
  jurisdictionId: string;
  serviceCodes: string[];
}): Promise<TestCity> {
  const received: Record<string, string>[] = [];
  const malformed: string[] = [];
  const queue: Answer[] = [];
  let nextId = 1001;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const refuse = (why: string) => {
        malformed.push(why);
        json(res, 400, [{ code: 400, description: why }]);
      };
      if (req.method !== 'POST' || req.url !== PATH) return refuse(`${req.method} ${req.url}`);
      if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
        return refuse(`content-type ${req.headers['content-type']}`);
      }
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const fields = Object.fromEntries(form);
      if ([...form.keys()].length !== Object.keys(fields).length) return refuse('a field given twice');
      const missing = REQUIRED.find((name) => !fields[name]);
      if (missing !== undefined) return refuse(`${missing} is required`);
      if (fields.api_key !== expected.apiKey) return refuse('api_key is not valid');
      if (fields.jurisdiction_id !== expected.jurisdictionId) return refuse('jurisdiction_id is not valid');
      if (!expected.serviceCodes.includes(fields.service_code!)) return refuse(`service_code ${fields.service_code}`);
      received.push(fields);
      const answer = queue.shift() ?? 'id';
      if (answer === 'id')
        json(res, 201, [{ service_request_id: String(nextId++), service_notice: '', account_id: null }]);
      else if (answer === 'token') json(res, 201, [{ token: `tok-${nextId++}` }]);
      else if (answer === 'error500') json(res, 500, [{ code: 500, description: 'the city system is down' }]);
      else if (answer === 'badJson') res.writeHead(200, { 'Content-Type': 'application/json' }).end('[{"service_requ');
      else if (answer === 'badJson500') res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>');
      else if (answer === 'echo422' || answer === 'echo200') {
        const quoted = `${fields.first_name} (${fields.phone}) at ${fields.address_string}: ${fields.description}`;
        if (answer === 'echo422')
          json(res, 422, [{ code: 422, description: `address_string not found for ${quoted}` }]);
        else res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`Received from ${quoted}`);
      }
      // 'hang': the request is in, the answer never comes (close() drops the connection).
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/open311/v2`,
    received,
    malformed,
    answerNext: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (taken, then let go). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
