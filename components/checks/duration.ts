// "12 分 5 秒": a duration in the reader's language, shared by the form and the summaries.
type DurationTranslator = (key: 'duration.minutes' | 'duration.seconds', values: { minutes: number; seconds: number }) => string;

export function formatDuration(t: DurationTranslator, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return minutes > 0 ? t('duration.minutes', { minutes, seconds }) : t('duration.seconds', { minutes, seconds });
}
