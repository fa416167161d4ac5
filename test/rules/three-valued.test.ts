import { supportingLeaves, truthOf, unknownLeaves, type EvaluatedNode } from '../../src/rules/three-valued';

const T: EvaluatedNode = { fact: 'f', path: '$.t', factResult: 1, result: true };
const F: EvaluatedNode = { fact: 'f', path: '$.f', factResult: 1, result: false };
const U: EvaluatedNode = { fact: 'f', path: '$.u', factResult: undefined, result: false };
const UV: EvaluatedNode = { fact: 'f', path: '$.v', factResult: 1, value: { fact: 'g' }, valueResult: undefined, result: false };

test.each([
  ['all true', { all: [T, T] }, true],
  ['all with a false decides false, unknown or not', { all: [U, F] }, false],
  ['all with an unknown', { all: [T, U] }, 'unknown'],
  ['any with a true decides true', { any: [U, T] }, true],
  ['any with an unknown', { any: [F, U] }, 'unknown'],
  ['any false', { any: [F, F] }, false],
  ['not unknown stays unknown', { not: U }, 'unknown'],
  ['not false', { not: F }, true],
  ['an absent comparison fact is unknown', { all: [UV] }, 'unknown'],
  ['an absent fact is unknown even when the operator said false', U, 'unknown'],
  ['all with a false before an unknown decides false', { all: [F, U] }, false],
  ['any with a true before an unknown decides true', { any: [T, U] }, true],
  ['any of a false, an unknown and a true decides true', { any: [F, U, T] }, true],
  ['nested: all of (any unknown) and false decides false', { all: [{ any: [U] }, F] }, false],
  ['an empty all is true', { all: [] }, true],
  ['an empty any is false', { any: [] }, false],
] as [string, EvaluatedNode, boolean | 'unknown'][])('%s', (_name, node, expected) => {
  expect(truthOf(node)).toBe(expected);
});

test('evidence: the leaves that make the verdict', () => {
  expect(supportingLeaves({ any: [F, T, U] }, true)).toEqual([T]);
  expect(supportingLeaves({ all: [T, T] }, true)).toEqual([T, T]);
  expect(supportingLeaves({ not: F }, true)).toEqual([F]);
});

test('the reason names only the absent facts that leave the verdict open', () => {
  expect(unknownLeaves({ any: [{ all: [F, U] }, UV] })).toEqual([UV]);
  expect(unknownLeaves({ all: [T, U, { any: [T, UV] }] })).toEqual([U]);
});
