import { BarChart, type BarChartSeries, DonutChart } from '@mantine/charts';
import { DONUT_SIZE, LABEL_LINE_HEIGHT } from './chart-sizes';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** An organisation's label on the chart's axis: a few short lines, the full name as the SVG title (on hover). */
function OrganisationTick({ x, y, payload, labels, names }: TickProps & { labels: Map<string, string[]>; names: Map<string, string> }) {
  const id = String(payload?.value ?? '');
  const lines = labels.get(id) ?? [id];
  const top = (-(lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <title>{names.get(id) ?? id}</title>
      <text textAnchor="end" fontSize={12} fill="currentColor">
        {lines.map((line, index) => (
          <tspan key={index} x={-8} y={top + index * LABEL_LINE_HEIGHT} dy="0.35em">
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The items by status as a donut, the total in its middle; a slice opens the items of its status (`onSlice(name)`). */
export function StatusDonut({
  data,
  total,
  onSlice,
}: {
  data: { name: string; value: number; color: string }[];
  total: string;
  onSlice: (name: string) => void;
}) {
  return (
    <DonutChart
      data={data}
      size={DONUT_SIZE}
      thickness={28}
      withTooltip={false}
      chartLabel={total}
      cellProps={(cell) => ({
        onClick: () => onSlice(cell.name),
        style: { cursor: 'pointer' },
      })}
    />
  );
}

/**
 * Each organisation's items as a bar stacked by status, the organisations down the axis (`labels`: their lines,
 * `names`: their full names); a bar's part opens that organisation's items of that status (`onBar`).
 */
export function OrganisationBars({
  height,
  data,
  series,
  axisWidth,
  labels,
  names,
  onBar,
}: {
  height: number;
  data: Record<string, string | number>[];
  series: BarChartSeries[];
  axisWidth: number;
  labels: Map<string, string[]>;
  names: Map<string, string>;
  onBar: (organisationId: string, series: string) => void;
}) {
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="organisationId"
      series={series}
      type="stacked"
      orientation="vertical"
      yAxisProps={{
        width: axisWidth,
        interval: 0,
        tick: (props: TickProps) => <OrganisationTick {...props} labels={labels} names={names} />,
      }}
      tooltipProps={{ labelFormatter: (label) => names.get(String(label)) ?? String(label) }}
      barProps={(bar) => ({
        onClick: (clicked) => {
          const organisationId: unknown = clicked.payload?.organisationId;
          if (typeof organisationId === 'string') onBar(organisationId, bar.name);
        },
        style: { cursor: 'pointer' },
      })}
      withLegend
      gridAxis="x"
      // The chart is a picture; the list below is what the keyboard and screen readers use.
      accessibilityLayer={false}
    />
  );
}
