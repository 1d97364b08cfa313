import type { QueueName } from '../../api/types';
import type { MessageKey } from '../../i18n/dictionary';

export interface QueueKind {
  name: QueueName;
  title: MessageKey;
  intro: MessageKey;
  /** upcoming: deadlines within the next N days. */
  hasDays: boolean;
  /** escalations: acknowledge and resolve in the row, filter by status. */
  handlesEscalations: boolean;
}

export const QUEUE_KINDS: Record<QueueName, QueueKind> = {
  'late-reports': {
    name: 'late-reports',
    title: 'queue.late-reports.title',
    intro: 'queue.late-reports.intro',
    hasDays: false,
    handlesEscalations: false,
  },
  stalled: {
    name: 'stalled',
    title: 'queue.stalled.title',
    intro: 'queue.stalled.intro',
    hasDays: false,
    handlesEscalations: false,
  },
  escalations: {
    name: 'escalations',
    title: 'queue.escalations.title',
    intro: 'queue.escalations.intro',
    hasDays: false,
    handlesEscalations: true,
  },
  upcoming: {
    name: 'upcoming',
    title: 'queue.upcoming.title',
    intro: 'queue.upcoming.intro',
    hasDays: true,
    handlesEscalations: false,
  },
};

export function queueKindOf(name: string): QueueKind | null {
  return name in QUEUE_KINDS ? QUEUE_KINDS[name as QueueName] : null;
}

/** The query filters of the queue endpoints; an empty string means "any". */
export interface QueueFilterValues {
  province: string;
  scope: string;
  category: string;
  officer: string;
  level: string;
  limit: string;
  days: string;
  /** Escalations only: '' for the open ones, or a status, or ALL. */
  status: string;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilterValues = {
  province: '',
  scope: '',
  category: '',
  officer: '',
  level: '',
  limit: '50',
  days: '7',
  status: '',
};

export const LEVELS = ['0', '1', '2', '3'];
export const PAGE_SIZES = ['20', '50', '100', '200'];
export const DAY_CHOICES = ['7', '14', '30', '60', '90'];
export const ESCALATION_STATUS_CHOICES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'AUTO_CLOSED', 'ALL'] as const;

/** The query string for one queue (days and status only where the queue has them). */
export function queueQuery(kind: QueueKind, filters: QueueFilterValues) {
  return {
    ...filters,
    days: kind.hasDays ? filters.days : undefined,
    status: kind.handlesEscalations && filters.status ? filters.status : undefined,
  };
}
