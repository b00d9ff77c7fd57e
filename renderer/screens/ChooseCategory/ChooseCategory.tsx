import { useState } from 'react';
import { CATEGORIES_PER_PAGE, pageCount } from '../../../app/domain/catalogue';
import { CategoryIcon } from '../../components/Icon';
import { ScreenLayout } from '../../components/ScreenLayout';
import { categoryLabel } from '../../shell/catalogueText';
import type { ScreenProps } from '../../shell/screenProps';

/** The kind's categories, each with its icon, all on one screen (paged only beyond twelve). */
export function ChooseCategory({ ctx, send, config, t }: ScreenProps) {
  const entries = config.catalogue.filter((c) => c.kind === ctx.kind);
  const pages = pageCount(entries.length);
  const chosenIndex = entries.findIndex((c) => c.code === ctx.category);
  const [page, setPage] = useState(chosenIndex >= 0 ? Math.floor(chosenIndex / CATEGORIES_PER_PAGE) : 0);
  const shown = entries.slice(page * CATEGORIES_PER_PAGE, (page + 1) * CATEGORIES_PER_PAGE);
  const pager = pages > 1 && (
    <div className="row pager">
      <button type="button" className="btn" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('common.prevPage')}
      </button>
      <p aria-live="polite">{t('common.page', { page: page + 1, total: pages })}</p>
      <button type="button" className="btn" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('common.nextPage')}
      </button>
    </div>
  );
  return (
    <ScreenLayout secondary={pager || undefined}>
      <div className="options category-options" data-count={shown.length}>
        {shown.map((entry) => (
          <button
            key={entry.code}
            type="button"
            className="btn option"
            data-option
            aria-pressed={ctx.category === entry.code ? true : undefined}
            onClick={() => send({ type: 'user.chooseCategory', category: entry.code })}
          >
            <CategoryIcon code={entry.code} />
            <span>{categoryLabel(entry, entry.code, ctx.language, t)}</span>
          </button>
        ))}
      </div>
    </ScreenLayout>
  );
}
