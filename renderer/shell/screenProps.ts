import type { TFunction } from 'i18next';
import type { KioskConfigView } from '../../app/contract/kioskApi';
import type { DialogContext, UserEvent } from '../../app/dialog/types';

/** Events a screen sends; the shell adds how they were made (touch or keypad). */
export type SendUser = (event: DistributiveOmit<UserEvent, 'mode'>) => void;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** What every screen is given: the dialog's context, a way to act, the centre's config. */
export interface ScreenProps {
  ctx: DialogContext;
  send: SendUser;
  config: KioskConfigView;
  t: TFunction;
  /** Says these now, when the kiosk has a voice (e.g. personal details, read only when asked for). */
  speak?: (texts: string[]) => void;
}
