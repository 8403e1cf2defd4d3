export function pct(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${(value * 100).toFixed(digits)} %`;
}

export function pctRange(low, high) {
  if (low == null || high == null) return '–';
  return `${(low * 100).toFixed(0)}–${(high * 100).toFixed(0)} %`;
}

export function number(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toFixed(digits);
}

export function date(iso) {
  if (!iso) return '–';
  const d = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function weekday(iso) {
  return new Date(`${iso}T00:00:00`).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
}

export function dateTime(iso) {
  if (!iso) return '–';
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

export function clock(totalSeconds) {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** '2026-11-27' in the browser's own time zone, for date inputs. */
/** 'today', 'tomorrow', 'in 6 days': calendar days from now, in the browser's time zone. */
export function inDays(when, now = new Date()) {
  const day = d => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((day(when) - day(now)) / 86400000);
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

export function isoDay(d) {
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

export function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

/** At most max characters, an ellipsis standing for the rest. */
export function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

export function humanize(code) {
  if (!code) return '';
  const text = String(code).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const MODE_NAMES = {
  PRACTICE: 'Practice',
  DRILL: 'Drill',
  ADAPTIVE: 'Adaptive',
  EXAM: 'Exam simulation',
  REVIEW_MISSED: 'Review missed',
  REVIEW_DUE: 'Due reviews',
};

export const TYPE_NAMES = {
  MULTIPLE_CHOICE: 'Multiple choice',
  MULTIPLE_RESPONSE: 'Multiple response',
  ORDERING: 'Ordering',
  MATCHING: 'Matching',
};
