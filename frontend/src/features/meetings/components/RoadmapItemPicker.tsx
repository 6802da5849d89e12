import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedRoadmapItem } from '@/lib/api/types';
import { useRoadmapChoices, useRoadmapItemChoices } from '../api/meetings';

function itemLabel(item: { number: string; activity: string }): string {
  const activity = item.activity.length > 90 ? `${item.activity.slice(0, 90)}…` : item.activity;
  return `${item.number}. ${activity}`;
}

/** The roadmaps to choose from: a Select of them. */
function RoadmapSelect({ label, value, onChange }: { label: string; value: string | null; onChange: (roadmapId: string | null) => void }) {
  const { t } = useTranslation();
  const roadmaps = useRoadmapChoices();
  return (
    <Select
      label={label}
      data={(roadmaps.data ?? []).map((roadmap) => ({ value: roadmap.id, label: roadmap.title }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={roadmaps.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Roadmap items an agenda question is about: first a roadmap, then any of its items; those linked before stay listed. */
export function RoadmapItemsPicker({
  value,
  onChange,
  linked,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  linked: readonly LinkedRoadmapItem[];
}) {
  const { t } = useTranslation();
  const [roadmapId, setRoadmapId] = useState<string | null>(linked[0]?.roadmapId ?? null);
  const items = useRoadmapItemChoices(roadmapId);
  const options = (items.data ?? []).map((item) => ({ value: item.id, label: itemLabel(item) }));
  for (const item of linked) {
    if (!options.some((option) => option.value === item.id)) options.push({ value: item.id, label: itemLabel(item) });
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <RoadmapSelect label={t('meetings.roadmap.roadmap')} value={roadmapId} onChange={setRoadmapId} />
      <MultiSelect
        label={t('meetings.roadmap.items')}
        data={options}
        value={value}
        onChange={onChange}
        searchable
        clearable
        nothingFoundMessage={roadmapId ? t('common.nothingFound') : t('meetings.roadmap.chooseRoadmap')}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}

/** One roadmap item (a decision's link): a roadmap, then one of its items. */
export function RoadmapItemPicker({
  value,
  onChange,
  roadmapId,
  onRoadmapChange,
  withItem = true,
  roadmapLabel,
}: {
  value: string | null;
  onChange: (itemId: string | null) => void;
  roadmapId: string | null;
  onRoadmapChange: (roadmapId: string | null) => void;
  withItem?: boolean;
  roadmapLabel?: string;
}) {
  const { t } = useTranslation();
  const items = useRoadmapItemChoices(withItem ? roadmapId : null);
  return (
    <SimpleGrid cols={{ base: 1, sm: withItem ? 2 : 1 }} spacing="sm">
      <RoadmapSelect
        label={roadmapLabel ?? t('meetings.roadmap.roadmap')}
        value={roadmapId}
        onChange={(next) => {
          onRoadmapChange(next);
          onChange(null);
        }}
      />
      {withItem && (
        <Select
          label={t('meetings.roadmap.item')}
          data={(items.data ?? []).map((item) => ({ value: item.id, label: itemLabel(item) }))}
          value={value}
          onChange={onChange}
          searchable
          clearable
          disabled={!roadmapId}
          nothingFoundMessage={t('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </SimpleGrid>
  );
}
