import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['jira', 'jira', 0],
    ['jria', 'jira', 1], // one swap of neighbours
    ['api_tokn', 'api_token', 1], // one insertion
    ['kitten', 'sitting', 3],
    ['nesus', 'nessus', 1],
    ['ca', 'abc', 3], // OSA, not full Damerau: no edit of a transposed pair
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggest', () => {
  const fields = ['base_url', 'email', 'api_token', 'pat', 'deployment'];

  it('proposes the closest candidate', () => {
    expect(suggest('api_tokn', fields)).toBe('api_token');
    expect(suggest('deploymnet', fields)).toBe('deployment');
    expect(suggest('jria', ['jira', 'github', 'nessus'])).toBe('jira');
  });

  it('compares case-insensitively but answers with the candidate as written', () => {
    expect(suggest('BASE_URL', fields)).toBe('base_url');
    expect(suggest('Intergration', ['Integration'])).toBe('Integration');
  });

  it('proposes nothing when nothing is close', () => {
    expect(suggest('proxy', fields)).toBeUndefined();
    expect(suggest('snyk-acme', ['github-acme', 'checkmarx-one'])).toBeUndefined();
  });

  it('allows two edits for short words and a third of the length for long ones', () => {
    expect(suggest('pa', ['pat'])).toBe('pat');
    expect(suggest('xy', ['pat'])).toBeUndefined(); // 3 edits
    expect(suggest('auto_close_on_resolv', ['auto_close_on_resolve'])).toBe('auto_close_on_resolve');
    expect(suggest('close_on_resolve', ['auto_close_on_resolve'])).toBe('auto_close_on_resolve'); // 5 ≤ 21 / 3
    expect(suggest('auto_close', ['auto_close_on_resolve'])).toBeUndefined(); // 11 > 7
  });

  it('takes any iterable and answers undefined for none', () => {
    expect(suggest('a', [])).toBeUndefined();
    expect(suggest('jira-prd', new Map([['jira-prod', 1]]).keys())).toBe('jira-prod');
  });

  it('keeps the first of equally close candidates', () => {
    expect(suggest('cat', ['bat', 'hat'])).toBe('bat');
  });
});
