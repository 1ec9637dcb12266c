'use client';

// Replaces the root layout when it fails, so no translations or styles are available:
// a bilingual, self-styled page is all that can be shown.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <h1>出错了 · Something went wrong</h1>
        <p>请稍后重试。 Please try again.</p>
        <button type="button" onClick={() => retry()} style={{ padding: '0.5rem 1rem', marginTop: '1rem' }}>
          重试 · Try again
        </button>
      </body>
    </html>
  );
}
