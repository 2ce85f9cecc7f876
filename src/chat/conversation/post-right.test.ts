import { describe, expect, it } from 'vitest';
import { mayPost } from './post-right.ts';

describe('mayPost', () => {
  it('follows can_post against the person’s role', () => {
    expect(mayPost({ role: 'member', permissions: { can_post: 'member' } })).toBe(true);
    expect(mayPost({ role: 'member', permissions: { can_post: 'manager' } })).toBe(false);
    expect(mayPost({ role: 'manager', permissions: { can_post: 'manager' } })).toBe(true);
    expect(mayPost({ role: 'owner', permissions: { can_post: 'manager' } })).toBe(true);
    expect(mayPost({ role: 'owner', permissions: { can_post: 'none' } })).toBe(false);
  });

  it('reads manage_messages where can_post is missing', () => {
    expect(mayPost({ role: 'member', permissions: { manage_messages: 'owner' } })).toBe(false);
  });

  it('refuses when the chat type forbids sending', () => {
    expect(mayPost({ role: 'owner', restrictions: { send: false } })).toBe(false);
  });

  it('leaves it to the portal when the details say nothing it knows', () => {
    expect(mayPost({})).toBe(true);
    expect(mayPost({ permissions: 'member', restrictions: null })).toBe(true);
    expect(mayPost({ role: 'member', permissions: { can_post: 'someone' } })).toBe(true);
  });
});
