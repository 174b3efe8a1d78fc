import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight for an "HH:mm" string. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Validates one weekday row of a branch's opening hours (a group with isClosed, opensAt, closesAt):
 * a closed day needs no times; an open day needs both, in "HH:mm", closing at least an hour after opening.
 * Errors: { hoursRequired }, { hoursFormat }, { closesBeforeOpens }, { tooShort: { minutes } }.
 */
export function openingHoursValidator(minimumOpenMinutes = 60): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const isClosed = group.get('isClosed')?.value as boolean;
    const opensAt = group.get('opensAt')?.value as string;
    const closesAt = group.get('closesAt')?.value as string;

    if (isClosed) {
      return null;
    }
    if (!opensAt || !closesAt) {
      return { hoursRequired: true };
    }
    if (!TIME_PATTERN.test(opensAt) || !TIME_PATTERN.test(closesAt)) {
      return { hoursFormat: true };
    }

    const openMinutes = toMinutes(closesAt) - toMinutes(opensAt);
    if (openMinutes <= 0) {
      return { closesBeforeOpens: true };
    }
    if (openMinutes < minimumOpenMinutes) {
      return { tooShort: { minutes: openMinutes } };
    }
    return null;
  };
}
