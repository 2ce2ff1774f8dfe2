import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import type { Middleware } from 'openapi-fetch';

/**
 * An independent check of every request and answer against Webex's published wholesale description
 * (packages/contract/reference/, OpenAPI 3.0), with ajv over the reference's own schemas: nothing of
 * Onramp's contract is used, so a mistake there cannot hide a mismatch here.
 */
type Schema = Record<string, unknown>;
interface ReferenceOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<
    string,
    { headers?: Record<string, unknown>; content?: Record<string, { schema?: Schema }> }
  >;
}
interface ReferenceDocument {
  paths: Record<string, Record<string, ReferenceOperation>>;
}

const contractRoot = dirname(createRequire(import.meta.url).resolve('@onramp/contract/package.json'));
export const reference: ReferenceDocument = JSON.parse(
  readFileSync(join(contractRoot, 'reference', 'webex-wholesale.subset.json'), 'utf8'),
);

export interface Finding {
  /** `POST /wholesale/customers/validate` */
  operation: string;
  /** `request body`, `200 body`, `status`, `header trackingid`, … */
  where: string;
  problem: string;
}

/**
 * Onramp's documented deviations from the reference's schemas (packages/mock-server/README.md,
 * decisions/0033), matched exactly: anything else is a violation.
 */
export const DOCUMENTED_DEVIATIONS: readonly Finding[] = [
  // The reference's schema says object; its description says "a list" and its own example is a list.
  {
    operation: 'POST /wholesale/customers/validate',
    where: '200 body',
    problem: '/info must be object',
  },
  {
    operation: 'POST /wholesale/subscribers/validate',
    where: '200 body',
    problem: '/info must be object',
  },
];

const ID = 'https://webexapis.com/reference.json';
const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`.replace(/^\/ /, ''));

/** The statuses in which a field is "only presented" according to the reference's descriptions. */
const PRESENTED_ONLY_WHEN: Record<string, { field: string; statuses: readonly string[] }> = {
  // "Only presented when status is `provisioned`": read as "once provisioning has produced the
  // org", so also while a provisioned customer is updated or deleted (decisions/0031).
  customer: { field: 'orgId', statuses: ['provisioned', 'provisioned_with_errors', 'updating', 'deleting'] },
  // "Only presented when status is `provisioned`."
  subscriber: { field: 'personId', statuses: ['provisioned'] },
};

export function createReferenceValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema({ ...reference, $id: ID });
  const findings: Finding[] = [];
  let checkedRequests = 0;
  let checkedAnswers = 0;

  const operationOf = (method: string, schemaPath: string) =>
    reference.paths[schemaPath]?.[method.toLowerCase()];
  const schemaAt = (base: string) => ajv.getSchema(`${ID}#${base}`);

  function record(operation: string, where: string, problems: string[]) {
    for (const problem of problems) findings.push({ operation, where, problem });
  }

  function checkPresence(label: string, kind: 'customer' | 'subscriber', value: unknown, where: string) {
    const rule = PRESENTED_ONLY_WHEN[kind] as { field: string; statuses: readonly string[] };
    const record_ = value as Record<string, unknown> | undefined;
    if (!record_ || typeof record_ !== 'object') return;
    if (record_[rule.field] !== undefined && !rule.statuses.includes(String(record_.status)))
      record(label, where, [`${rule.field} presented while status is ${String(record_.status)}`]);
  }

  const middleware: Middleware = {
    async onRequest({ request, schemaPath }) {
      const label = `${request.method} ${schemaPath}`;
      const operation = operationOf(request.method, schemaPath);
      if (!operation) {
        record(label, 'operation', ['not in the reference']);
        return request;
      }
      checkedRequests++;
      const url = new URL(request.url);
      const declared = new Map((operation.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
      for (const name of new Set(url.searchParams.keys())) {
        const parameter = declared.get(`query:${name}`);
        if (!parameter) record(label, `query ${name}`, ['not a parameter of the reference']);
      }
      const body = await request.clone().text();
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (body && schema) {
        const validate = schemaAt(
          `/paths/${pointer(schemaPath)}/${request.method.toLowerCase()}/requestBody/content/application~1json/schema`,
        );
        if (validate && !validate(JSON.parse(body)))
          record(label, 'request body', describeErrors(validate.errors));
      }
      return request;
    },
    async onResponse({ request, response, schemaPath }) {
      const label = `${request.method} ${schemaPath}`;
      const operation = operationOf(request.method, schemaPath);
      if (!operation) return response;
      checkedAnswers++;
      const status = String(response.status);
      const documented = operation.responses[status];
      if (!documented) {
        record(label, 'status', [`${status} is not a status the reference declares`]);
        return response;
      }
      // The real service sends a tracking id on every answer (and Onramp's contract documents it).
      if (!response.headers.get('trackingid')) record(label, 'header trackingid', ['missing']);
      for (const name of Object.keys(documented.headers ?? {}))
        if (!response.headers.get(name)) record(label, `${status} header ${name}`, ['missing']);
      const text = await response.clone().text();
      if (response.status >= 400) {
        // The reference gives errors no schema; Webex's error body (message, errors, trackingId) is
        // what its clients read: check it, and that the header names the same tracking id.
        const body = text ? JSON.parse(text) : undefined;
        if (typeof body?.message !== 'string' || !Array.isArray(body?.errors))
          record(label, `${status} body`, ['not the Webex error body (message, errors[])']);
        else if (body.trackingId !== response.headers.get('trackingid'))
          record(label, `${status} body`, ['trackingId differs from the trackingid header']);
        return response;
      }
      if (!documented.content?.['application/json']) {
        if (text) record(label, `${status} body`, ['a body where the reference declares none']);
        return response;
      }
      const body = JSON.parse(text);
      const validate = schemaAt(
        `/paths/${pointer(schemaPath)}/${request.method.toLowerCase()}/responses/${status}/content/application~1json/schema`,
      );
      if (validate && !validate(body)) record(label, `${status} body`, describeErrors(validate.errors));
      const kind = schemaPath.startsWith('/wholesale/customers') ? 'customer' : 'subscriber';
      if (!schemaPath.endsWith('/validate') && schemaPath !== '/wholesale/subPartners') {
        const items: unknown[] = Array.isArray(body?.items) ? body.items : [body];
        for (const item of items) checkPresence(label, kind, item, `${status} body`);
      }
      return response;
    },
  };

  const key = (finding: Finding) => `${finding.operation} | ${finding.where} | ${finding.problem}`;
  const documented = new Set(DOCUMENTED_DEVIATIONS.map(key));
  return {
    middleware,
    /** Findings that are not documented deviations: the test requires none. */
    violations: () => findings.filter((finding) => !documented.has(key(finding))),
    /** The documented deviations actually seen (each one once). */
    deviations: () => [...new Set(findings.filter((finding) => documented.has(key(finding))).map(key))],
    counts: () => ({ requests: checkedRequests, answers: checkedAnswers }),
  };
}
