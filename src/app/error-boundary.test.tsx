import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { RenderError } from './app.tsx';

let broken = true;

function Fragile() {
  if (broken) throw new Error('render bug');
  return <p>fine</p>;
}

describe('ErrorBoundary', () => {
  it('shows the error state instead of a white frame, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary fallback={(reset) => <RenderError onRetry={reset} />}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(document.querySelector('[data-state="error"]')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
