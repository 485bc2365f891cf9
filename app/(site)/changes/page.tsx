import type { Metadata } from "next";
import { ChangeLog } from "@/components/change-log";
import { routes } from "@/lib/site/routes";
import { getChangeLog } from "@/server/changes";

export const metadata: Metadata = {
  title: "Changes to the data",
  alternates: {
    types: { "application/atom+xml": [{ url: routes.changesFeed(), title: "Added and corrected figures" }] },
  },
};

export default async function ChangesPage() {
  const { publishes, changes } = await getChangeLog();
  return <ChangeLog publishes={publishes} changes={changes} />;
}
