import { PageLink } from "@/components/page-link";
import { SITE_NAME } from "@/lib/site/site";
import { routes } from "@/lib/site/routes";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <p>
        <PageLink href={routes.home()}>{SITE_NAME}</PageLink>
      </p>
      <h1 className="mt-4 text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        There is no page at this address. The figures are listed on the{" "}
        <PageLink href={routes.home()}>overview</PageLink>, and the articles under{" "}
        <PageLink href={routes.sources()}>Sources</PageLink>.
      </p>
    </main>
  );
}
