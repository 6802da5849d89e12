import { Badge, type BadgeProps } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, ReportStatus, RoadmapStatus } from '@/lib/api/types';

// Filled badges in dark shades: white text on them keeps a contrast of at least 4.5:1.
const itemStatusColors: Record<ItemStatus, string> = {
  NOT_STARTED: 'gray.7',
  IN_PROGRESS: 'blue.8',
  DONE: 'green.9',
  CANCELLED: 'grape.9',
};

const roadmapStatusColors: Record<RoadmapStatus, string> = {
  DRAFT: 'gray.7',
  APPROVED: 'green.9',
  ARCHIVED: 'indigo.9',
};

const reportStatusColors: Record<ReportStatus, string> = {
  DRAFT: 'gray.7',
  SUBMITTED: 'blue.8',
  ACCEPTED: 'green.9',
  RETURNED: 'red.9',
};

/**
 * A badge is never cut ("Утв…"): it does not shrink below its text in a row, and its label never ends in an
 * ellipsis. A row too narrow for it wraps instead (the rows around badges wrap).
 */
export const BADGE_NEVER_CUT: { root: CSSProperties; label: CSSProperties } = {
  root: { flexShrink: 0, minWidth: 'max-content', maxWidth: 'none' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};

export function itemStatusColor(status: ItemStatus): string {
  return itemStatusColors[status];
}

export function ItemStatusBadge({ status, ...props }: { status: ItemStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={itemStatusColors[status]} variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t(`status.item.${status}`)}
    </Badge>
  );
}

export function RoadmapStatusBadge({ status, ...props }: { status: RoadmapStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={roadmapStatusColors[status]} variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t(`status.roadmap.${status}`)}
    </Badge>
  );
}

export function OverdueBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t('items.overdue')}
    </Badge>
  );
}

export function ReportStatusBadge({ status, ...props }: { status: ReportStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={reportStatusColors[status]} variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t(`reports.status.${status}`)}
    </Badge>
  );
}
