// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionGroup } from '../../../../renderer/components/OptionGroup';

afterEach(cleanup);

const SIZES = ['标准', '大', '特大'] as const;

function group(props: { toggles?: boolean; large?: boolean; chosen: readonly string[] }) {
  const chosenNow: string[] = [];
  render(
    <OptionGroup
      className="choices"
      values={SIZES}
      isChosen={(size) => props.chosen.includes(size)}
      label={(size) => size}
      onChoose={(size) => chosenNow.push(size)}
      toggles={props.toggles}
      large={props.large}
    />,
  );
  return chosenNow;
}

describe('a group of choices', () => {
  it('names each button by its label and says which is chosen; a touch sends that choice', async () => {
    const chosenNow = group({ chosen: ['大'] });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([...SIZES]);
    expect(screen.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
    // An answer not chosen says nothing of being pressed, as the kinds and categories do.
    expect(screen.getByRole('button', { name: '特大' })).not.toHaveAttribute('aria-pressed');
    await userEvent.click(screen.getByRole('button', { name: '特大' }));
    expect(chosenNow).toEqual(['特大']);
  });

  it('as toggles (a setting, a phrase) every button says whether it is pressed', () => {
    group({ toggles: true, chosen: ['标准', '特大'] });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'true']);
  });

  it('marks large options as a screen’s options, and ordinary buttons not', () => {
    group({ large: true, chosen: [] });
    expect(screen.getAllByRole('button').every((b) => b.matches('.btn.option[data-option]'))).toBe(true);
  });

  it('without large, draws ordinary buttons', () => {
    group({ chosen: [] });
    expect(screen.getAllByRole('button').some((b) => b.matches('.option, [data-option]'))).toBe(false);
  });
});
