import { PageQuery } from './paged-result.model';

/**
 * Waiting → ReadyForPickup (a copy was set aside) → Fulfilled (lent out);
 * Cancelled by the member or staff; Expired when not picked up within the hold period.
 */
export type ReservationStatus = 'Waiting' | 'ReadyForPickup' | 'Fulfilled' | 'Cancelled' | 'Expired';

/** Mirrors ReservationDto. */
export interface Reservation {
  id: string;
  bookId: string;
  bookTitle?: string;
  memberId: string;
  memberName?: string;
  pickupBranchCode: string;
  status: ReservationStatus;
  /** 1 = next in line; 0 once a copy is waiting; absent for closed holds. */
  queuePosition?: number;
  placedAt: string;
  readyAt?: string;
  /** Set when ready: the copy goes back to the shelf after this moment. */
  pickupDeadline?: string;
  closedAt?: string;
  closeReason?: string;
}

/** Mirrors CreateReservationDto; staff may place a hold for a member, members for themselves. */
export interface CreateReservation {
  bookId: string;
  pickupBranchCode: string;
  memberId?: string;
}

/** Mirrors ReservationQueryDto. */
export interface ReservationQuery extends PageQuery {
  status?: ReservationStatus;
  bookId?: string;
  memberId?: string;
  pickupBranchCode?: string;
}

/** Mirrors ReadyForPickupDto: the returned copy put on the hold shelf. */
export interface ReadyForPickup {
  inventoryItemId: string;
}
