import { describe, expect, it } from 'vitest';
import { currentNode } from './currentNode.js';
import { getFlow } from './getFlow.js';
import { outcomeOf } from './outcomeOf.js';
import { startFlow } from './startFlow.js';

describe('startFlow, currentNode, outcomeOf, getFlow', () => {
  it('starts at the first question with no answers', () => {
    const state = startFlow('after-mediation', { today: '2026-11-28' });
    expect(state).toEqual({ flowId: 'after-mediation', answers: {}, today: '2026-11-28' });
    expect(currentNode(state).id).toBe('meeting-type');
    expect(outcomeOf(state)).toBeUndefined();
  });

  it('accepts a flow object', () => {
    const flow = getFlow('after-mediation');
    expect(currentNode(startFlow(flow), flow).id).toBe('meeting-type');
  });

  it('refuses an unknown flow, a bad today, and a flow that does not match the state', () => {
    expect(() => startFlow('after-mediaton')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
    expect(() => startFlow('after-mediation', { today: '28/11/2026' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => currentNode(startFlow('after-mediation'), { ...getFlow('after-mediation'), id: 'other' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'flow' }));
    expect(() => getFlow('nope' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });
});
