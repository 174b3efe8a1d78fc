import { PageQuery } from './paged-result.model';

export type AnnouncementAudience = 'All' | 'Staff';

/** Where a post stands relative to its publish window, computed by the API. */
export type PublicationState = 'Scheduled' | 'Live' | 'Expired';

/** Mirrors AnnouncementDto. */
export interface Announcement {
  id: string;
  title: string;
  body: string;
  audience: AnnouncementAudience;
  isPinned: boolean;
  publishFrom: string;
  /** Open-ended when absent. */
  publishUntil?: string;
  state: PublicationState;
  authorName: string;
  /** Set when the post was withdrawn before the end of its window. */
  withdrawnAt?: string;
  createdAt: string;
  updatedAt?: string;
}

/** Mirrors CreateAnnouncementDto. */
export interface CreateAnnouncement {
  title: string;
  body: string;
  audience: AnnouncementAudience;
  isPinned: boolean;
  /** Now when absent. */
  publishFrom?: string;
  publishUntil?: string;
}

/** Mirrors AnnouncementQueryDto; staff may include scheduled and expired posts. */
export interface AnnouncementQuery extends PageQuery {
  state?: PublicationState;
  audience?: AnnouncementAudience;
}
