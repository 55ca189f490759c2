import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/files/describeError';

describe('describeError', () => {
  const system = Object.assign(new Error("ELOOP: too many symbolic links encountered, open '/w/.huashu.yaml'"), {
    code: 'ELOOP',
  });

  it('briefly: the code of a system error, else the name and message', () => {
    expect(describeError(system, 'brief')).toBe('ELOOP');
    expect(describeError(new RangeError('Maximum call stack size exceeded'), 'brief')).toBe(
      'RangeError: Maximum call stack size exceeded',
    );
    expect(describeError(Object.assign(new Error('x'), { code: 42 }), 'brief')).toBe('Error: x');
    expect(describeError('a string', 'brief')).toBe('a string');
  });

  it('for logs: the stack trace', () => {
    const error = new TypeError('bad');
    expect(describeError(error)).toBe(error.stack);
    expect(describeError(Object.assign(new Error('no stack'), { stack: undefined }))).toBe('Error: no stack');
    expect(describeError(undefined)).toBe('undefined');
  });
});
