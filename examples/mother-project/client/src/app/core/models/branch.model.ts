import { Address } from './member.model';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export const WEEKDAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Mirrors OpeningHoursDto: one open weekday, "HH:mm" in the branch's time zone. A day without an entry is closed. */
export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

/** Mirrors BranchDto. */
export interface Branch {
  id: string;
  code: string;
  name: string;
  address: Address;
  timeZoneId: string;
  openingHours: OpeningHours[];
  closedDates: string[];
  isActive: boolean;
  /** Evaluated by the API in the branch's own time zone. */
  isOpenNow: boolean;
}

/** Mirrors CreateBranchDto. */
export interface CreateBranch {
  code: string;
  name: string;
  address: Address;
  timeZoneId: string;
  openingHours: OpeningHours[];
  closedDates: string[];
}

/** Mirrors BranchAvailabilityDto: copies of one book held at one branch. */
export interface BranchAvailability {
  branchCode: string;
  branchName?: string;
  isOpenNow: boolean;
  totalCopies: number;
  availableCopies: number;
}
