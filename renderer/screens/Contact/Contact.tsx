import './Contact.css';
import { useId } from 'react';
import type { ContactStage } from '../../../app/dialog/types';
import { LIMITS } from '../../../app/domain/limits';
import { groupDigits } from '../../../app/domain/phone';
import { FieldError } from '../../components/FieldError';
import { NumericKeypad } from '../../components/NumericKeypad';
import { OptionGroup } from '../../components/OptionGroup';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** Contact details: anonymous or not (complaints and suggestions), a name, a phone number on a keypad. */
export function Contact(props: ScreenProps & { stage: ContactStage }) {
  if (props.stage === 'anonymity') return <Anonymity {...props} />;
  if (props.stage === 'name') return <Name {...props} />;
  if (props.stage === 'sms') return <Sms {...props} />;
  return <Phone {...props} />;
}

function Anonymity({ ctx, send, t }: ScreenProps) {
  return (
    <ScreenLayout>
      <p>{t('contact.who')}</p>
      <OptionGroup
        className="options big-choice"
        large
        values={[false, true]}
        isChosen={(anonymous) => ctx.anonymous === anonymous}
        label={(anonymous) => t(anonymous ? 'contact.anonymous' : 'contact.leaveContact')}
        onChoose={(anonymous) => send({ type: 'user.chooseAnonymous', anonymous })}
      />
      <p className="note">{t('contact.anonymousNote')}</p>
    </ScreenLayout>
  );
}

/** "案件有进展时，用短信告诉您吗？": yes or no, each a big option (a digit on the keypad chooses it); no until yes. */
function Sms({ ctx, send, t }: ScreenProps) {
  const choose = (consent: boolean) => send({ type: 'user.chooseSms', consent });
  return (
    <ScreenLayout>
      <p>{t('contact.sms.note')}</p>
      <div className="options big-choice">
        <button
          type="button"
          className="btn option"
          data-option
          aria-pressed={ctx.smsConsent ? true : undefined}
          onClick={() => choose(true)}
        >
          {t('contact.sms.yes')}
        </button>
        <button
          type="button"
          className="btn option"
          data-option
          aria-pressed={ctx.smsConsent ? undefined : true}
          onClick={() => choose(false)}
        >
          {t('contact.sms.no')}
        </button>
      </div>
    </ScreenLayout>
  );
}

function Name({ ctx, send, t }: ScreenProps) {
  const id = useId();
  const next = () => send({ type: 'user.next' });
  // Skipping is offered while the name is empty, as an ordinary button: the main one is always Next.
  const skip = ctx.name.trim() === '' && (
    <button type="button" className="btn" onClick={next}>
      {t('common.skip')}
    </button>
  );
  return (
    <ScreenLayout primary={{ label: t('common.next'), onClick: next }} secondary={skip || undefined}>
      <p>{t('contact.who')}</p>
      <div className="field">
        <label htmlFor={id}>{t('contact.name.label')}</label>
        <input
          id={id}
          type="text"
          value={ctx.name}
          autoComplete="off"
          onChange={(e) => send({ type: 'user.setName', name: e.target.value })}
        />
      </div>
      <FieldError ctx={ctx} t={t} values={{ max: LIMITS.name }} />
    </ScreenLayout>
  );
}

function Phone({ ctx, send, t }: ScreenProps) {
  const displayId = useId();
  const setPhone = (phone: string) => send({ type: 'user.setPhone', phone });
  const digits = ctx.phone.replace(/\D/g, '');
  return (
    <ScreenLayout primary={{ label: t('common.next'), onClick: () => send({ type: 'user.next' }) }}>
      <div className="phone-layout">
        <div className="field">
          <span id={displayId}>{t('contact.phone.label')}</span>
          <output className="phone-display" aria-labelledby={displayId} aria-live="polite">
            {ctx.phone === '' ? t('contact.phone.empty') : groupDigits(ctx.phone)}
          </output>
          <FieldError ctx={ctx} t={t} values={{ count: digits.length }} />
        </div>
        <NumericKeypad
          t={t}
          onDigit={(d) => setPhone(ctx.phone.length < LIMITS.phone ? ctx.phone + d : ctx.phone)}
          onDelete={() => setPhone(ctx.phone.slice(0, -1))}
          onClear={() => setPhone('')}
        />
      </div>
    </ScreenLayout>
  );
}
