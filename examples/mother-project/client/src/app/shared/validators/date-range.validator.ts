import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export interface DateRangeOptions {
  /** The "until" control may stay empty (open-ended), as for announcements without an end. */
  endOptional?: boolean;
  /** Shortest allowed range, e.g. 15 minutes for an event. */
  minMinutes?: number;
  /** Longest allowed range, e.g. 12 hours for an event. */
  maxMinutes?: number;
}

const MINUTE_MS = 60 * 1000;

/**
 * Group validator for a start/end pair of date or datetime-local controls.
 * Errors (on the group): { endRequired }, { endBeforeStart }, { rangeTooShort: { minMinutes } },
 * { rangeTooLong: { maxMinutes } }.
 * Usage: fb.group({ startsAt, endsAt }, { validators: dateRangeValidator('startsAt', 'endsAt', { minMinutes: 15 }) })
 */
export function dateRangeValidator(startKey: string, endKey: string, options: DateRangeOptions = {}): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const start = group.get(startKey)?.value as string | null;
    const end = group.get(endKey)?.value as string | null;

    if (!start) {
      return null; // the start control's own "required" reports this
    }
    if (!end) {
      return options.endOptional ? null : { endRequired: true };
    }

    const minutes = (new Date(end).getTime() - new Date(start).getTime()) / MINUTE_MS;
    if (minutes <= 0) {
      return { endBeforeStart: true };
    }
    if (options.minMinutes !== undefined && minutes < options.minMinutes) {
      return { rangeTooShort: { minMinutes: options.minMinutes } };
    }
    if (options.maxMinutes !== undefined && minutes > options.maxMinutes) {
      return { rangeTooLong: { maxMinutes: options.maxMinutes } };
    }
    return null;
  };
}

/** Formats a Date for a datetime-local input ("2024-05-01T18:30") in local time. */
export function toDateTimeLocal(value: string | Date): string {
  const date = new Date(value);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * MINUTE_MS);
  return local.toISOString().slice(0, 16);
}
