import { describe, expect, it } from 'vitest';
import { ValueSegment } from './value-segment.js';

describe('ValueSegment', () => {
  it('has the keys of the literal it replaces, in order, and nothing else', () => {
    const segment = new ValueSegment('jane@example.test', { path: 'a.csv', field: 'email' });
    expect(Object.keys(segment)).toEqual(['text', 'syntax', 'location']);
    expect({ ...segment }).toEqual({
      text: 'jane@example.test',
      syntax: 'value',
      location: { path: 'a.csv', field: 'email' },
    });
  });
});
