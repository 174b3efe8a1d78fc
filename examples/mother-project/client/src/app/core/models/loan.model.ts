import { PageQuery } from './paged-result.model';

export type LoanStatus = 'Active' | 'Overdue' | 'Returned' | 'Lost';

/** Mirrors LoanDto. */
export interface Loan {
  id: string;
  bookId: string;
  bookTitle?: string;
  memberId: string;
  memberName?: string;
  inventoryItemId: string;
  borrowedAt: string;
  dueAt: string;
  returnedAt?: string;
  status: LoanStatus;
  renewalCount: number;
  lateFee: number;
}

/** Mirrors CreateLoanDto: a checkout at the desk. */
export interface CreateLoan {
  bookId: string;
  memberId: string;
  inventoryItemId?: string;
  loanPeriodDays?: number;
}

/** Mirrors LoanQueryDto. */
export interface LoanQuery extends PageQuery {
  status?: LoanStatus;
  memberId?: string;
}
