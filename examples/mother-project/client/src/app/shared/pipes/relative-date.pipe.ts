import { Pipe, PipeTransform } from '@angular/core';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS]
];

/**
 * A timestamp relative to now, in the browser's language: "3 hours ago", "in 2 days", "yesterday".
 * Beyond maxDays it falls back to a plain date, since "41 days ago" reads worse than "12 Mar".
 * Usage: {{ announcement.publishFrom | relativeDate }} or {{ reservation.expiresAt | relativeDate: 14 }}
 */
@Pipe({ name: 'relativeDate', standalone: true })
export class RelativeDatePipe implements PipeTransform {
  private readonly format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

  transform(value: string | Date | null | undefined, maxDays = 7, now: Date = new Date()): string {
    if (!value) {
      return '';
    }

    const date = value instanceof Date ? value : new Date(value);
    const diff = date.getTime() - now.getTime();

    if (Math.abs(diff) < MINUTE_MS) {
      return 'just now';
    }
    if (Math.abs(diff) > maxDays * DAY_MS) {
      return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: sameYear(date, now) ? undefined : 'numeric' });
    }

    const [unit, size] = UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? UNITS[UNITS.length - 1];
    return this.format.format(Math.round(diff / size), unit);
  }
}

function sameYear(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear();
}
