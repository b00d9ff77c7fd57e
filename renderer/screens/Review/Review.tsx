import type { ReactNode } from 'react';
import { composeDescription } from '../../../app/dialog/draft';
import type { Section } from '../../../app/dialog/types';
import { findCategory, needsLocation } from '../../../app/domain/catalogue';
import { groupDigits } from '../../../app/domain/phone';
import { charCount } from '../../../app/domain/text';
import { ScreenLayout } from '../../components/ScreenLayout';
import { categoryLabel, findEntry } from '../../shell/catalogueText';
import type { ScreenProps } from '../../shell/screenProps';
import './Review.css';

const PREVIEW_CHARS = 80;
/**
 * Above the standard text size the preview stops sooner (Review.css shows only this much), so even a long
 * description leaves the five rows in sight without scrolling: Chinese characters take twice an English
 * letter's width.
 */
const LARGE_PREVIEW_CHARS = { 'zh-CN': 24, 'zh-HK': 24, en: 48 } as const;

/**
 * Everything entered, each part with its own change button; 确认提交 in the
 * action bar, first in reading order so a keypad user meets it before the changes.
 */
export function Review({ ctx, send, config, t, speak }: ScreenProps) {
  const entry = findEntry(config, ctx.category);
  const description = composeDescription(ctx.phrases, ctx.freeText, ctx.language);
  const length = charCount(description);
  const chars = [...description];
  const large = LARGE_PREVIEW_CHARS[ctx.language];
  const head = chars.slice(0, large).join('');
  const rest = chars.slice(large, PREVIEW_CHARS).join('') + (length > PREVIEW_CHARS ? '…' : '');
  const category = ctx.category ? findCategory(config.catalogue, ctx.category) : undefined;
  const showLocation = category ? needsLocation(category) : false;
  const contact = ctx.anonymous
    ? t('review.anonymous')
    : [ctx.name.trim(), groupDigits(ctx.phone)].filter(Boolean).join(' · ');

  const row = (section: Section, label: string, value: ReactNode) => (
    <div className="review-row" key={section}>
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className="review-change">
        <button type="button" className="btn" onClick={() => send({ type: 'user.edit', section })}>
          {t(`review.change.${section}`)}
        </button>
      </dd>
    </div>
  );

  // Name and phone are said only when the resident asks (EN 301 549 5.1.3.9, private data).
  const readContact = speak && ctx.anonymous === false && (
    <button
      type="button"
      className="btn"
      onClick={() =>
        speak([ctx.name.trim(), t('review.phoneSpoken', { digits: [...ctx.phone].join(' ') })].filter(Boolean))
      }
    >
      {t('review.readContact')}
    </button>
  );

  return (
    <ScreenLayout
      primary={{ label: t('review.submit'), onClick: () => send({ type: 'user.submit' }) }}
      secondary={readContact || undefined}
      actionsFirst
    >
      <dl className="review">
        {row('kind', t('review.kind'), ctx.kind ? t(`kinds.${ctx.kind}.label`) : '')}
        {row('category', t('review.category'), categoryLabel(entry, ctx.category ?? '', ctx.language, t))}
        {row(
          'describe',
          t('review.description'),
          <>
            {head}
            {rest && <span className="review-rest">{rest}</span>}
            {length > large && <span className="review-cut">…</span>}
            {length > large && (
              <span className={length > PREVIEW_CHARS ? undefined : 'review-count-large'}>
                {' '}
                {t('review.moreChars', { count: length })}
              </span>
            )}
          </>,
        )}
        {showLocation && row('location', t('review.location'), ctx.location.trim() || t('review.notGiven'))}
        {row(
          'contact',
          t('review.contact'),
          <>
            {contact || t('review.notGiven')}
            {ctx.anonymous === false && (
              <span className="review-sms">{t(ctx.smsConsent ? 'review.smsYes' : 'review.smsNo')}</span>
            )}
          </>,
        )}
      </dl>
    </ScreenLayout>
  );
}
