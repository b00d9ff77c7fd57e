import type { MeTooStage } from '../../../app/dialog/types';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';
import { offerText } from './offerText';
import './MeToo.css';

/**
 * "已经有人反映过这个问题，是否加上您的一票？": the open case like the
 * complaint (never who reported it, nor their words), and two big choices.
 * While the kiosk asks or adds the support there is nothing to press.
 */
export function MeToo(props: ScreenProps & { stage: MeTooStage }) {
  const { ctx, send, t, stage } = props;
  const offer = offerText(ctx, t);
  if (stage !== 'offer' || offer === null) {
    return (
      <p className="note" role="status">
        {t(`steps.meToo.${stage}.help`)}
      </p>
    );
  }
  return (
    <ScreenLayout>
      <dl className="metoo-case">
        <dt>{t('meToo.category')}</dt>
        <dd>{offer.category}</dd>
        <dt>{t('meToo.place')}</dt>
        <dd>{offer.place}</dd>
        <dt>{t('meToo.firstReported')}</dt>
        <dd>{offer.date}</dd>
        <dt>{t('meToo.residents')}</dt>
        <dd data-testid="metoo-count">{t('meToo.count', { count: offer.count })}</dd>
      </dl>
      <div className="options big-choice">
        <button type="button" className="btn option" data-option onClick={() => send({ type: 'user.support' })}>
          {t('meToo.support')}
        </button>
        <button type="button" className="btn option" data-option onClick={() => send({ type: 'user.submitOwn' })}>
          {t('meToo.submitOwn')}
        </button>
      </div>
    </ScreenLayout>
  );
}
