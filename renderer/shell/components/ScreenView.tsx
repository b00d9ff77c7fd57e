import type { ContactStage, LookupStage, MeTooStage, Step } from '../../../app/dialog/types';
import { ChooseCategory } from '../../screens/ChooseCategory/ChooseCategory';
import { ChooseKind } from '../../screens/ChooseKind/ChooseKind';
import { Contact } from '../../screens/Contact/Contact';
import { Describe } from '../../screens/Describe/Describe';
import { Location } from '../../screens/Location/Location';
import { Lookup } from '../../screens/Lookup/Lookup';
import { MeToo } from '../../screens/MeToo/MeToo';
import { Receipt } from '../../screens/Receipt/Receipt';
import { Review } from '../../screens/Review/Review';
import { SubmitFailed, Submitting } from '../../screens/Submit/Submit';
import { Welcome } from '../../screens/Welcome/Welcome';
import type { ScreenProps } from '../screenProps';

interface Props extends ScreenProps {
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
  /** Why the kiosk says nothing: voice is off, or there is no voice for this language. */
  speechOff: 'off' | 'no-voice' | null;
  onCallStaff(): void;
}

/** The machine's state decides which screen shows; screens never import each other's state. */
export function ScreenView({ step, stage, speechOff, onCallStaff, ...props }: Props) {
  switch (step) {
    case 'welcome':
      return <Welcome {...props} speechOff={speechOff} />;
    case 'chooseKind':
      return <ChooseKind {...props} />;
    case 'chooseCategory':
      return <ChooseCategory {...props} />;
    case 'describe':
      return <Describe {...props} />;
    case 'location':
      return <Location {...props} />;
    case 'contact':
      return <Contact {...props} stage={(stage as ContactStage | null) ?? 'name'} />;
    case 'review':
      return <Review {...props} />;
    case 'submitting':
      return <Submitting {...props} />;
    case 'submitFailed':
      return <SubmitFailed {...props} onCallStaff={onCallStaff} />;
    case 'receipt':
      return <Receipt {...props} />;
    case 'lookup':
      return <Lookup {...props} stage={(stage as LookupStage | null) ?? 'ref'} />;
    case 'meToo':
      return <MeToo {...props} stage={(stage as MeTooStage | null) ?? 'checking'} />;
  }
}
