// Tests for parseBackend: file: paths, defaults, and clear refusals of other schemes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKEND, parseBackend } from './backend-url.js';
import { InvalidBackendError, UnsupportedBackendError } from './errors.js';

describe('parseBackend', () => {
  it('defaults to file:.secwire/hub.db under cwd', () => {
    expect(parseBackend(undefined, '/repo')).toEqual({ scheme: 'file', path: '/repo/.secwire/hub.db', location: DEFAULT_BACKEND });
    expect(parseBackend('  ', '/repo').path).toBe('/repo/.secwire/hub.db');
  });

  it('resolves relative file: paths against cwd and keeps absolute ones', () => {
    expect(parseBackend('file:state/hub.db', '/repo').path).toBe('/repo/state/hub.db');
    expect(parseBackend('file:../hub.db', '/repo/sub').path).toBe('/repo/hub.db');
    expect(parseBackend('file:/var/lib/secwire/hub.db', '/repo').path).toBe('/var/lib/secwire/hub.db');
    expect(parseBackend('FILE:hub.db', '/repo').path).toBe('/repo/hub.db');
  });

  it('accepts file:///absolute URLs and file::memory:', () => {
    expect(parseBackend('file:///tmp/x%20y/hub.db', '/repo').path).toBe('/tmp/x y/hub.db');
    expect(parseBackend('file::memory:', '/repo').path).toBe(':memory:');
  });

  it('keeps the backend as written for messages', () => {
    expect(parseBackend('file:state/hub.db', '/repo').location).toBe('file:state/hub.db');
  });

  it.each(['https://hub.example.com', 'http://localhost:8080', 'postgres://db/secwire', 'postgresql://db/x', 's3://bucket/key'])(
    'refuses %s as not supported yet',
    (backend) => {
      const err = catchError(() => parseBackend(backend, '/repo'));
      expect(err).toBeInstanceOf(UnsupportedBackendError);
      expect(err.message).toMatch(/^backend scheme [a-z0-9]+: is not supported yet; use file:PATH$/);
    },
  );

  it('refuses strings without a scheme, empty paths and directories with a hint', () => {
    const noScheme = catchError(() => parseBackend('.secwire/hub.db', '/repo'));
    expect(noScheme).toBeInstanceOf(InvalidBackendError);
    expect((noScheme as InvalidBackendError).hint).toBe('write it as file:.secwire/hub.db');
    expect(catchError(() => parseBackend('file:', '/repo'))).toBeInstanceOf(InvalidBackendError);
    expect(catchError(() => parseBackend('file:state/', '/repo')).message).toContain('names a directory');
    expect(catchError(() => parseBackend('file://remotehost/x.db', '/repo'))).toBeInstanceOf(InvalidBackendError);
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}
