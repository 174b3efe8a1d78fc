import { PageQuery } from './paged-result.model';

export type FineStatus = 'Outstanding' | 'Paid' | 'Waived';

/** Mirrors FineDto: the late fee of one loan, daysLate × dailyRate up to the cap. */
export interface Fine {
  id: string;
  loanId: string;
  memberId: string;
  bookId: string;
  bookTitle?: string;
  daysLate: number;
  dailyRate: number;
  amount: number;
  /** True when amount was limited by the cap rather than daysLate × dailyRate. */
  isCapped: boolean;
  status: FineStatus;
  assessedAt: string;
  paidAt?: string;
  waivedBy?: string;
  waiverReason?: string;
  waivedAt?: string;
}

/** Mirrors AssessFineDto: staff assess the fee of an overdue or late-returned loan. */
export interface AssessFine {
  loanId: string;
}

/** Mirrors WaiveFineDto; the staff member comes from the token on the server. */
export interface WaiveFine {
  reason: string;
}

/** Mirrors FineQueryDto. */
export interface FineQuery extends PageQuery {
  status?: FineStatus;
  memberId?: string;
  assessedFrom?: string;
}

/** Mirrors MemberFinesDto: a member's fines with the amount still to pay. */
export interface MemberFines {
  memberId: string;
  outstandingTotal: number;
  outstandingCount: number;
  fines: Fine[];
}
