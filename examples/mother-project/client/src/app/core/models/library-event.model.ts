import { PageQuery } from './paged-result.model';

export type EventKind = 'Talk' | 'StoryHour' | 'Workshop' | 'BookClub' | 'Exhibition';
export type RegistrationStatus = 'Registered' | 'Waitlisted';

/** Mirrors LibraryEventDto. */
export interface LibraryEvent {
  id: string;
  title: string;
  description?: string;
  kind: EventKind;
  branchCode: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registeredCount: number;
  waitlistCount: number;
  seatsLeft: number;
  isFull: boolean;
  isCancelled: boolean;
  cancellationReason?: string;
  /** Staff only: the members holding a seat. */
  attendeeMemberIds?: string[];
}

/** Mirrors CreateLibraryEventDto; the end is derived from the duration on the server. */
export interface CreateLibraryEvent {
  title: string;
  description?: string;
  kind: EventKind;
  branchCode: string;
  startsAt: string;
  durationMinutes: number;
  capacity: number;
}

/** Mirrors LibraryEventQueryDto. */
export interface LibraryEventQuery extends PageQuery {
  kind?: EventKind;
  branchCode?: string;
  from?: string;
  to?: string;
  includeCancelled?: boolean;
  withSeatsOnly?: boolean;
}

/** Mirrors EventRegistrationDto: a seat, or a place on the waitlist when the event is full. */
export interface EventRegistration {
  eventId: string;
  eventTitle: string;
  memberId: string;
  status: RegistrationStatus;
  /** 1-based; present only while waitlisted. */
  waitlistPosition?: number;
  registeredAt: string;
}
