// A small SVG bar chart (stacked or grouped columns, or labelled horizontal bars), with the same numbers as a table for screen readers.
import type { Ref } from 'react';
import { niceScale, type Scale } from '../../electron/api/reports';

export interface BarSeries {
  name: string;
  colour: string;
  values: number[];
}

export interface HorizontalBar {
  label: string;
  value: number | null;
  colour: string;
  /** Written at the end of the bar, e.g. "2.5 hours · 26 answered". */
  text: string;
}

interface ChartText {
  /** Drawn at the top of the picture, so a saved PNG says what it shows. */
  title: string;
  /** What a screen reader announces for the picture: the numbers in a sentence or two. */
  summary: string;
  valueLabel: string;
  categoryLabel: string;
  /** Shown instead of bars when there is nothing to draw. */
  empty: string;
  /** A line under the chart, inside the picture. */
  note?: string;
}

export type ChartSpec = ChartText &
  (
    | { layout: 'stacked' | 'grouped'; categories: string[]; series: BarSeries[] }
    | { layout: 'horizontal'; bars: HorizontalBar[] }
  );

/** `ref` reaches the <svg>, for saving the picture. */
export type BarChartProps = ChartSpec & { ref?: Ref<SVGSVGElement> };

const width = 760;
const ink = '#1f2328';
const faint = '#57606a';
const rule = '#d0d7de';

export function BarChart({ ref, ...props }: BarChartProps) {
  const nothing = props.layout === 'horizontal' ? props.bars.length === 0 : props.series.length === 0;
  const body = nothing
    ? null
    : props.layout === 'horizontal'
      ? horizontal(props.bars, props)
      : columns(props.categories, props.series, props.layout, props);
  const height = body ? body.height : 90;
  return (
    <figure className="report-chart">
      <svg
        ref={ref}
        role="img"
        aria-label={props.summary}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        fontFamily="system-ui, 'Segoe UI', Helvetica, Arial, sans-serif"
        fontSize={12}
      >
        <rect width={width} height={height} fill="#ffffff" />
        <text x={8} y={20} fontSize={15} fontWeight="bold" fill={ink}>
          {props.title}
        </text>
        {body ? (
          body.drawing
        ) : (
          <text x={8} y={56} fill={faint}>
            {props.empty}
          </text>
        )}
        {props.note ? (
          <text x={8} y={height - 8} fill={faint}>
            {props.note}
          </text>
        ) : null}
      </svg>
      {nothing ? null : <NumbersTable spec={props} />}
    </figure>
  );
}

/** Columns per category: stacked (one column, a segment per series) or grouped (a column per series). */
function columns(categories: string[], series: BarSeries[], layout: 'stacked' | 'grouped', text: ChartText) {
  const height = 360;
  const plot = { left: 64, right: width - 12, top: 70, bottom: height - (text.note ? 70 : 50) };
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  const largest = layout === 'stacked' ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((one) => one.values));
  const scale = niceScale(largest);
  const y = (value: number) => plot.bottom - (value / scale.max) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, categories.length);
  const columnWidth = Math.min(layout === 'stacked' ? 44 : 60, slot * 0.72);
  const barWidth = layout === 'stacked' ? columnWidth : columnWidth / series.length;
  const labelEvery = Math.ceil(categories.length / 12);

  const drawing = (
    <>
      <Legend series={series} />
      {ticks(scale).map((value) => (
        <g key={value}>
          <line x1={plot.left} x2={plot.right} y1={y(value)} y2={y(value)} stroke={rule} />
          <text x={plot.left - 6} y={y(value) + 4} textAnchor="end" fill={faint} fontSize={11}>
            {value}
          </text>
        </g>
      ))}
      {categories.map((category, index) => {
        const left = plot.left + index * slot + (slot - columnWidth) / 2;
        const starts = stackStarts(series.map((one) => one.values[index] ?? 0));
        return (
          <g key={category}>
            {series.map((one, seriesIndex) => {
              const value = one.values[index] ?? 0;
              if (value === 0) return null;
              const x = layout === 'stacked' ? left : left + seriesIndex * barWidth;
              const from = layout === 'stacked' ? (starts[seriesIndex] ?? 0) : 0;
              const top = y(from + value);
              const tall = y(from) - top;
              const inside = layout === 'stacked' && tall >= 16 && barWidth >= 18;
              return (
                <g key={one.name}>
                  <rect x={x} y={top} width={barWidth} height={tall} fill={one.colour} />
                  {inside || layout === 'grouped' ? (
                    <text
                      x={x + barWidth / 2}
                      y={inside ? top + tall / 2 + 4 : top - 4}
                      textAnchor="middle"
                      fill={inside ? '#ffffff' : ink}
                      fontSize={10}
                    >
                      {value}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {layout === 'stacked' ? (
              <text
                x={left + columnWidth / 2}
                y={y(totals[index] ?? 0) - 5}
                textAnchor="middle"
                fill={ink}
                fontSize={11}
                fontWeight="bold"
              >
                {totals[index] ?? 0}
              </text>
            ) : null}
            {index % labelEvery === 0 ? (
              <text x={left + columnWidth / 2} y={plot.bottom + 16} textAnchor="middle" fill={ink} fontSize={11}>
                {category}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={ink} />
      <text x={(plot.left + plot.right) / 2} y={plot.bottom + 36} textAnchor="middle" fill={faint}>
        {text.categoryLabel}
      </text>
      <text transform={`translate(16 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" fill={faint}>
        {text.valueLabel}
      </text>
    </>
  );
  return { height, drawing };
}

/** One bar per row, its label on the left and its text at its end. */
function horizontal(bars: HorizontalBar[], text: ChartText) {
  const rowHeight = 30;
  const plot = { left: 200, right: width - 190, top: 40 };
  const bottom = plot.top + bars.length * rowHeight;
  const height = bottom + (text.note ? 64 : 44);
  const scale = niceScale(Math.max(0, ...bars.map((bar) => bar.value ?? 0)));
  const x = (value: number) => plot.left + (value / scale.max) * (plot.right - plot.left);
  const drawing = (
    <>
      {ticks(scale).map((value) => (
        <g key={value}>
          <line x1={x(value)} x2={x(value)} y1={plot.top} y2={bottom} stroke={rule} />
          <text x={x(value)} y={bottom + 14} textAnchor="middle" fill={faint} fontSize={11}>
            {value}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const top = plot.top + index * rowHeight;
        const end = x(bar.value ?? 0);
        return (
          <g key={bar.label}>
            <text x={plot.left - 10} y={top + 19} textAnchor="end" fill={ink}>
              {bar.label}
            </text>
            <rect x={plot.left} y={top + 5} width={end - plot.left} height={rowHeight - 10} fill={bar.colour} />
            <text x={end + 6} y={top + 19} fill={ink} fontWeight="bold">
              {bar.text}
            </text>
          </g>
        );
      })}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} stroke={ink} />
      <text x={(plot.left + plot.right) / 2} y={bottom + 32} textAnchor="middle" fill={faint}>
        {text.valueLabel}
      </text>
    </>
  );
  return { height, drawing };
}

/** Where each segment of a stacked column starts: the sum of the ones below it. */
function stackStarts(values: number[]): number[] {
  return values.map((_, index) => values.slice(0, index).reduce((sum, value) => sum + value, 0));
}

function Legend({ series }: { series: BarSeries[] }) {
  // Each entry is as wide as its swatch, its name (about 7px a letter) and a gap.
  const starts = stackStarts(series.map((one) => 34 + one.name.length * 7));
  return (
    <g>
      {series.map((one, index) => {
        const at = 8 + (starts[index] ?? 0);
        return (
          <g key={one.name}>
            <rect x={at} y={34} width={12} height={12} fill={one.colour} />
            <text x={at + 17} y={45} fill={ink}>
              {one.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function ticks(scale: Scale): number[] {
  return Array.from({ length: Math.round(scale.max / scale.step) + 1 }, (_, index) => index * scale.step);
}

/** The chart's numbers as rows, for the table screen readers read. */
function numbers(spec: ChartSpec): { headers: string[]; rows: string[][] } {
  if (spec.layout === 'horizontal')
    return { headers: [spec.categoryLabel, spec.valueLabel], rows: spec.bars.map((bar) => [bar.label, bar.text]) };
  const stacked = spec.layout === 'stacked';
  return {
    headers: [spec.categoryLabel, ...spec.series.map((one) => one.name), ...(stacked ? ['Total'] : [])],
    rows: spec.categories.map((category, index) => {
      const values = spec.series.map((one) => one.values[index] ?? 0);
      return [
        category,
        ...values.map(String),
        ...(stacked ? [String(values.reduce((sum, value) => sum + value, 0))] : []),
      ];
    }),
  };
}

function NumbersTable({ spec }: { spec: ChartSpec }) {
  const { headers, rows } = numbers(spec);
  return (
    <table className="visually-hidden">
      <caption>{spec.title}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...cells]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {cells.map((cell, index) => (
              <td key={headers[index + 1]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
