import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pg speaks to the database from the server only; keep it out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'exceljs', 'exifr'],
  // Excel uploads go through server actions and may be up to 5 MB (modules/reports/excel-layout.ts).
  // Equal to SERVER_ACTION_BODY_LIMIT_MB in lib/body-limits.ts: proxy.ts answers a larger body first.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

export default withNextIntl(config);
