// The web app manifest (/manifest.webmanifest): installs the field app on a phone's home screen under
// its Chinese name. The manifest is one file for everyone, so it carries the default language's names.
import type { MetadataRoute } from 'next';
import zhCN from '@/lib/i18n/messages/zh-CN.json';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: zhCN.app.name,
    short_name: zhCN.app.shortName,
    description: zhCN.app.description,
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
