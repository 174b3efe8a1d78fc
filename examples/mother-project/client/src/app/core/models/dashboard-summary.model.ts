import { Book } from './book.model';

/** Mirrors DashboardSummaryDto. */
export interface DashboardSummary {
  totalBooks: number;
  totalCopies: number;
  availableCopies: number;
  activeMembers: number;
  activeLoans: number;
  overdueLoans: number;
  pendingReviews: number;
  mostBorrowed: Book[];
}
