import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Avatar } from './avatar.tsx';

describe('Avatar', () => {
  it('falls back to initials when its image is refused, and tries a new image again', () => {
    const { rerender } = render(
      <Avatar name="Anna Admin" url="https://cdn.example/anna.png" color="#1eb4aa" size="sm" />,
    );
    const image = screen.getByRole('img', { name: 'Anna Admin' });
    expect(image.tagName).toBe('IMG');

    fireEvent.error(image);
    const initials = screen.getByRole('img', { name: 'Anna Admin' });
    expect(initials.tagName).toBe('SPAN');
    expect(initials).toHaveTextContent('AA');

    rerender(
      <Avatar name="Anna Admin" url="https://cdn.example/anna-2.png" color={null} size="sm" />,
    );
    expect(screen.getByRole('img', { name: 'Anna Admin' }).tagName).toBe('IMG');
  });
});
