import { createContext, useContext } from 'react';
import type { Countdown } from '../../../app/dialog/countdown';

/** What the receipt shows of the kiosk machine's countdown, and how it asks for more time. */
export interface ReceiptCountdown {
  countdown: Countdown | null;
  moreTime(): void;
}

/**
 * Given by the shell, which has the kiosk machine (a screen has only the dialog's context):
 * the receipt's countdown is the kiosk's, since it is a matter of time, not of the dialog.
 */
export const ReceiptCountdownContext = createContext<ReceiptCountdown>({ countdown: null, moreTime: () => {} });

export const useReceiptCountdown = () => useContext(ReceiptCountdownContext);
