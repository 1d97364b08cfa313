import type { QueueItem } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { QueueRow } from './queue-row';

const COLUMNS = [
  'queue.col.project',
  'queue.col.province',
  'queue.col.officer',
  'queue.col.what',
  'queue.col.due',
  'queue.col.overdue',
  'queue.col.escalation',
  'queue.col.lastAction',
] as const;

interface Props {
  items: QueueItem[];
  handlesEscalations: boolean;
  onChanged(): void;
}

export function QueueTable({ items, handlesEscalations, onChanged }: Props) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table queue-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column}>{t(column)}</th>
            ))}
            {handlesEscalations && <th>{t('queue.col.handle')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow
              key={`${item.projectId}:${item.what.kind === 'REPORT' ? item.what.period : item.what.state}:${item.escalation?.id ?? ''}`}
              item={item}
              handlesEscalations={handlesEscalations}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
