import type { ReactNode } from 'react';
import { type Countdown as CountdownState, secondsLeft } from '../../app/dialog/countdown';
import './Countdown.css';

interface Props {
  countdown: CountdownState;
  /** "秒": shown under the number. */
  unit: string;
  /** The whole sentence, with the seconds in it: what a screen reader reads, and a reader who wants words. */
  children: ReactNode;
}

/**
 * A countdown a resident can read from a step back: the seconds as one large
 * number, a bar that drains from full, and the sentence that says what
 * happens at zero. The number and the bar are drawn only (aria-hidden): the
 * sentence says the same, and a number read out every second would drown
 * everything else. The seconds come from the kiosk machine's countdown.
 */
export function Countdown({ countdown, unit, children }: Props) {
  const seconds = secondsLeft(countdown);
  const fraction = countdown.totalMs > 0 ? countdown.leftMs / countdown.totalMs : 0;
  return (
    <div className="countdown" data-testid="countdown" data-seconds={seconds}>
      <div className="countdown-figure" aria-hidden="true">
        <span className="countdown-number">{seconds}</span>
        <span className="countdown-unit">{unit}</span>
      </div>
      <div className="countdown-words">
        <div className="countdown-bar" aria-hidden="true">
          <div className="countdown-fill" style={{ inlineSize: `${Math.round(fraction * 1000) / 10}%` }} />
        </div>
        <p className="countdown-sentence">{children}</p>
      </div>
    </div>
  );
}
