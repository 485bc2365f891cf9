import { layoutChart } from "@/lib/chart/scene";
import type { ChartSpec } from "@/lib/chart/types";
import { unnumbered } from "@/lib/chart/unnumbered";
import type { Story } from "@/lib/registry/stories";
import { ChartSvg } from "./charts/chart-svg";
import { PageLink } from "./page-link";
import { routes } from "@/lib/site/routes";

export function StoryCard({ story, spec }: { story: Story; spec: ChartSpec }) {
  const id = `card-${story.slug}`;
  return (
    <li className="flex flex-col rounded border border-[var(--rule)] p-3">
      <h3 id={`${id}-title`} className="font-semibold leading-snug">
        <PageLink href={routes.story(story.slug)}>{story.title}</PageLink>
      </h3>
      <p className="mt-1 text-sm text-[var(--muted)]">{story.dek}</p>
      <p id={`${id}-desc`} className="sr-only">
        {spec.summary}
      </p>
      <div className="mt-auto pt-2">
        <ChartSvg
          scene={layoutChart(unnumbered(spec), { width: 340, standalone: false })}
          chartId={spec.id}
          labelledBy={`${id}-title`}
          describedBy={`${id}-desc`}
          interactive={false}
        />
      </div>
    </li>
  );
}
