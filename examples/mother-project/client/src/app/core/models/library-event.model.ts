import { PageQuery } from './paged-result.model';

export type EventKind = 'Talk' | 'StoryHour' | 'Workshop' | 'BookClub' | 'Exhibition';
export type EventAudience = 'Everyone' | 'Children' | 'Teens' | 'Adults';
export type RegistrationStatus = 'Confirmed' | 'Waitlisted' | 'Cancelled';

/** Mirrors LibraryEventDto. */
export interface LibraryEvent {
  id: string;
  title: string;
  description?: string;
  kind: EventKind;
  audience: EventAudience;
  branchCode: string;
  room?: string;
  speaker?: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registeredCount: number;
  waitlistCount: number;
  isFull: boolean;
  isCancelled: boolean;
}

/** Mirrors CreateLibraryEventDto. */
export interface CreateLibraryEvent {
  title: string;
  description?: string;
  kind: EventKind;
  audience: EventAudience;
  branchCode: string;
  room?: string;
  speaker?: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** Mirrors LibraryEventQueryDto. */
export interface LibraryEventQuery extends PageQuery {
  kind?: EventKind;
  branchCode?: string;
  from?: string;
  to?: string;
}

/** Mirrors EventRegistrationDto: a seat, or a place on the waitlist when the event is full. */
export interface EventRegistration {
  id: string;
  eventId: string;
  memberId: string;
  memberName?: string;
  status: RegistrationStatus;
  /** 1-based; present only while waitlisted. */
  waitlistPosition?: number;
  registeredAt: string;
}
