import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FieldDescriptor } from '../catalog/types.js';
import { blockSchema, isBlockRequired } from './block-schema.js';

const f = (name: string, rest: Partial<FieldDescriptor> = {}): FieldDescriptor => ({ name, kind: 'string', required: false, description: `${name}.`, ...rest });

// Shaped like Jira's auth: deployment defaults to cloud; email is needed on cloud, pat on datacenter.
const jiraLike = [
  f('deployment', { kind: 'enum', enum: ['cloud', 'datacenter'], default: 'cloud' }),
  f('base_url', { kind: 'url', required: true }),
  f('email', { requiredWhen: { field: 'deployment', equals: 'cloud' } }),
  f('pat', { requiredWhen: { field: 'deployment', equals: 'datacenter' } }),
];

describe('blockSchema', () => {
  const schema = blockSchema(jiraLike, 'Auth.');
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

  it('closes the block and lists the always-required fields', () => {
    expect(schema).toMatchObject({ type: 'object', description: 'Auth.', additionalProperties: false, required: ['base_url'] });
    expect(Object.keys(schema.properties as object)).toEqual(['deployment', 'base_url', 'email', 'pat']);
  });

  it('requires a field when its controller has the value, counting the default as that value', () => {
    expect(validate({ base_url: 'https://x', email: 'a' })).toBe(true); // deployment defaults to cloud
    expect(validate({ base_url: 'https://x' })).toBe(false); // cloud by default: email missing
    expect(validate({ base_url: 'https://x', deployment: 'datacenter', pat: 'p' })).toBe(true);
    expect(validate({ base_url: 'https://x', deployment: 'datacenter' })).toBe(false);
    expect(validate.errors?.find((e) => e.keyword === 'required')?.params).toEqual({ missingProperty: 'pat' });
  });

  it('has no required list or conditions when nothing is required', () => {
    const plain = blockSchema([f('a'), f('b')], 'Plain.');
    expect(plain.required).toBeUndefined();
    expect(plain.allOf).toBeUndefined();
  });
});

describe('isBlockRequired', () => {
  it('is true when a field is required, or required under the default', () => {
    expect(isBlockRequired(jiraLike)).toBe(true);
    expect(isBlockRequired([jiraLike[0]!, jiraLike[2]!])).toBe(true); // email under the default (cloud)
    expect(isBlockRequired([jiraLike[0]!, jiraLike[3]!])).toBe(false); // pat only on datacenter
    expect(isBlockRequired([f('a'), f('b')])).toBe(false);
    expect(isBlockRequired([])).toBe(false);
  });
});
