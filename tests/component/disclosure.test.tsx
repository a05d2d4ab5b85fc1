import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../src/components/disclosure';

describe('Disclosure', () => {
  it('renders its content only while open, as the user opens and closes it', async () => {
    render(
      <Disclosure summary="Operators">
        <ul>
          <li>Item</li>
        </ul>
      </Disclosure>,
    );
    const details = screen.getByText('Operators').closest('details');
    expect(details?.open).toBe(false);
    expect(screen.queryByRole('listitem')).toBeNull();
    await userEvent.click(screen.getByText('Operators'));
    await waitFor(() => expect(screen.getByRole('listitem')).toHaveTextContent('Item'));
    await userEvent.click(screen.getByText('Operators'));
    await waitFor(() => expect(screen.queryByRole('listitem')).toBeNull());
    expect(details?.open).toBe(false);
  });
});
