import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { toMinutes } from './opening-hours.validator';

export interface TimeSlotRules {
  /** Slots start and end on multiples of this many minutes (e.g. 30). */
  stepMinutes: number;
  /** Longest single booking, e.g. 120. */
  maxMinutes: number;
  /** Bookable window of the room, "HH:mm". */
  opensAt: string;
  closesAt: string;
}

export interface BusyInterval {
  startsAt: string;
  endsAt: string;
}

/**
 * Group validator for a room booking slot: start/end controls holding "HH:mm".
 * Errors: { slotOrder }, { slotStep: { stepMinutes } }, { slotTooLong: { maxMinutes } }, { slotOutsideHours }.
 * The rules are read on every run so they can follow the selected room.
 */
export function timeSlotValidator(rules: () => TimeSlotRules | undefined, startKey = 'start', endKey = 'end'): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const start = group.get(startKey)?.value as string;
    const end = group.get(endKey)?.value as string;
    const current = rules();
    if (!start || !end || !current) {
      return null;
    }

    const from = toMinutes(start);
    const to = toMinutes(end);
    if (to <= from) {
      return { slotOrder: true };
    }
    if (from % current.stepMinutes !== 0 || to % current.stepMinutes !== 0) {
      return { slotStep: { stepMinutes: current.stepMinutes } };
    }
    if (to - from > current.maxMinutes) {
      return { slotTooLong: { maxMinutes: current.maxMinutes } };
    }
    if (from < toMinutes(current.opensAt) || to > toMinutes(current.closesAt)) {
      return { slotOutsideHours: true };
    }
    return null;
  };
}

/**
 * Group validator flagging a slot that overlaps a taken one ({ slotTaken }); the API checks again on save.
 * busy() returns the taken intervals of the selected room and day (ISO timestamps).
 */
export function noOverlapValidator(busy: () => BusyInterval[], dateKey = 'date', startKey = 'start', endKey = 'end'): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const date = group.get(dateKey)?.value as string;
    const start = group.get(startKey)?.value as string;
    const end = group.get(endKey)?.value as string;
    if (!date || !start || !end) {
      return null;
    }

    const from = new Date(`${date}T${start}`).getTime();
    const to = new Date(`${date}T${end}`).getTime();
    const clash = busy().some((b) => from < new Date(b.endsAt).getTime() && new Date(b.startsAt).getTime() < to);
    return clash ? { slotTaken: true } : null;
  };
}
