import { Address } from './member.model';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export const WEEKDAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Mirrors OpeningHoursDto: one weekday; times are "HH:mm" in the branch's local time. */
export interface OpeningHours {
  day: Weekday;
  isClosed: boolean;
  opensAt?: string;
  closesAt?: string;
}

/** Mirrors BranchDto. */
export interface Branch {
  id: string;
  code: string;
  name: string;
  address: Address;
  openingHours: OpeningHours[];
  isOpenNow: boolean;
  /** Next opening time (ISO) when closed now; absent while open. */
  nextOpensAt?: string;
  copyCount: number;
  availableCopyCount: number;
}

/** Mirrors CreateBranchDto. */
export interface CreateBranch {
  code: string;
  name: string;
  address: Address;
  openingHours: OpeningHours[];
}

/** Mirrors BranchCopyCountDto: copies of one book held at one branch. */
export interface BranchCopyCount {
  branchId: string;
  branchCode: string;
  branchName: string;
  total: number;
  available: number;
  isOpenNow: boolean;
}
