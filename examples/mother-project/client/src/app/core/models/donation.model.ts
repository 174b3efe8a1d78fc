import { CopyCondition } from './inventory-item.model';
import { PageQuery } from './paged-result.model';

/** Received → Assessed → Accepted (shelved as a copy) or Declined (returned, recycled or sold). */
export type DonationStatus = 'Received' | 'Assessed' | 'Accepted' | 'Declined';
export type DonationDisposal = 'BookSale' | 'PassedOn' | 'Recycled' | 'ReturnedToDonor';

/** Mirrors DonationDto: one donated book; a gift without donor member or name is anonymous. */
export interface Donation {
  id: string;
  donorMemberId?: string;
  donorName?: string;
  isbn?: string;
  title: string;
  authorName?: string;
  /** The branch it was handed in at. */
  branchCode: string;
  status: DonationStatus;
  condition?: CopyCondition;
  assessmentNotes?: string;
  /** Set on accept: the catalogue title and the new physical copy. */
  bookId?: string;
  inventoryItemId?: string;
  declineReason?: string;
  disposal?: DonationDisposal;
  receivedAt: string;
  assessedAt?: string;
  decidedAt?: string;
}

/** Mirrors CreateDonationDto: recorded at the desk; leave both donor fields empty for an anonymous gift. */
export interface CreateDonation {
  donorMemberId?: string;
  donorName?: string;
  isbn?: string;
  title: string;
  authorName?: string;
  branchCode: string;
}

/** Mirrors AssessDonationDto. */
export interface AssessDonation {
  condition: CopyCondition;
  notes?: string;
}

/** Mirrors AcceptDonationDto: the catalogue title (optional when the ISBN matched one) and where the copy is shelved. */
export interface AcceptDonation {
  bookId?: string;
  barcode: string;
  floor: number;
  aisle: string;
  shelf: string;
}

/** Mirrors DeclineDonationDto. */
export interface DeclineDonation {
  reason: string;
  disposal: DonationDisposal;
}

/** Mirrors DonationQueryDto; search matches title, author or ISBN. */
export interface DonationQuery extends PageQuery {
  status?: DonationStatus;
  branchCode?: string;
  donorMemberId?: string;
  receivedFrom?: string;
}
