import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../catalog/types.js';
import { fieldSchema, URL_PATTERN } from './field-schema.js';

const field = (f: Partial<FieldDescriptor> & Pick<FieldDescriptor, 'kind'>): FieldDescriptor => ({ name: 'f', required: false, description: 'A field.', ...f });

describe('fieldSchema', () => {
  it('makes a secret a reference to the secret_ref definition', () => {
    expect(fieldSchema(field({ kind: 'secret' }))).toEqual({ description: 'A field.', $ref: '#/$defs/secret_ref' });
  });

  it('makes strings non-empty, with the pattern, default and example', () => {
    expect(fieldSchema(field({ kind: 'string', pattern: '^[A-Z]+$', default: 'SEC', example: 'OPS' }))).toEqual({
      description: 'A field.',
      type: 'string',
      minLength: 1,
      pattern: '^[A-Z]+$',
      default: 'SEC',
      examples: ['OPS'],
    });
  });

  it('makes urls http(s) unless the descriptor has its own pattern', () => {
    expect(fieldSchema(field({ kind: 'url' }))).toEqual({ description: 'A field.', type: 'string', pattern: URL_PATTERN });
    expect(fieldSchema(field({ kind: 'url', pattern: '^https://' })).pattern).toBe('^https://');
    const re = new RegExp(URL_PATTERN, 'u');
    expect(['https://a.example', 'http://10.0.0.1:8834/x?y#z'].every((u) => re.test(u))).toBe(true);
    expect(['ftp://a', 'https://', 'https:///x', 'https://a b', 'acme.atlassian.net'].some((u) => re.test(u))).toBe(false);
  });

  it('lists enum values', () => {
    expect(fieldSchema(field({ kind: 'enum', enum: ['cloud', 'datacenter'], default: 'cloud' }))).toEqual({
      description: 'A field.',
      type: 'string',
      enum: ['cloud', 'datacenter'],
      default: 'cloud',
    });
  });

  it('bounds integers only where the descriptor does', () => {
    expect(fieldSchema(field({ kind: 'integer', minimum: 1 }))).toEqual({ description: 'A field.', type: 'integer', minimum: 1 });
    expect(fieldSchema(field({ kind: 'integer', minimum: 0, maximum: 10 }))).toMatchObject({ minimum: 0, maximum: 10 });
    expect(fieldSchema(field({ kind: 'integer' }))).toEqual({ description: 'A field.', type: 'integer' });
  });

  it('makes booleans booleans', () => {
    expect(fieldSchema(field({ kind: 'boolean', default: false }))).toEqual({ description: 'A field.', type: 'boolean', default: false });
  });

  it('makes string lists unique lists of non-empty strings, items matching the pattern, default copied', () => {
    const labels = ['secwire'] as const;
    const schema = fieldSchema(field({ kind: 'string_list', pattern: '^[a-z]+$', default: labels }));
    expect(schema).toEqual({
      description: 'A field.',
      type: 'array',
      items: { type: 'string', minLength: 1, pattern: '^[a-z]+$' },
      uniqueItems: true,
      default: ['secwire'],
    });
    expect(schema.default).not.toBe(labels);
  });
});
