import { CopyCondition } from './inventory-item.model';
import { PageQuery } from './paged-result.model';

/** Received → Assessed → Accepted (shelved as a copy) or Declined (returned, recycled or sold). */
export type DonationStatus = 'Received' | 'Assessed' | 'Accepted' | 'Declined';
export type DeclineOutcome = 'ReturnedToDonor' | 'BookSale' | 'Recycled';

/** Mirrors DonationDto: one donated book. */
export interface Donation {
  id: string;
  donorName?: string;
  isAnonymous: boolean;
  title: string;
  authorName?: string;
  isbn?: string;
  receivedAt: string;
  receivedAtBranchCode: string;
  status: DonationStatus;
  condition?: CopyCondition;
  assessmentNotes?: string;
  assessedAt?: string;
  /** Set on accept: the catalogue title and the new physical copy. */
  bookId?: string;
  inventoryItemId?: string;
  declineOutcome?: DeclineOutcome;
  declineReason?: string;
}

/** Mirrors CreateDonationDto: recorded at the desk when the book is handed in. */
export interface CreateDonation {
  donorName?: string;
  isAnonymous: boolean;
  title: string;
  authorName?: string;
  isbn?: string;
  receivedAtBranchCode: string;
}

/** Mirrors AssessDonationDto. */
export interface AssessDonation {
  condition: CopyCondition;
  notes?: string;
}

/** Mirrors AcceptDonationDto: links to an existing catalogue title (by id or ISBN) and labels a new copy. */
export interface AcceptDonation {
  bookId: string;
  barcode: string;
  branchCode: string;
}

/** Mirrors DeclineDonationDto. */
export interface DeclineDonation {
  outcome: DeclineOutcome;
  reason: string;
}

/** Mirrors DonationQueryDto. */
export interface DonationQuery extends PageQuery {
  status?: DonationStatus;
  branchCode?: string;
}
