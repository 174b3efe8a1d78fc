import { PageQuery } from './paged-result.model';

/** Mirrors ReadingListEntryDto: one book on a list, in the owner's order. */
export interface ReadingListEntry {
  bookId: string;
  title: string;
  authorName?: string;
  coverImageUrl?: string;
  note?: string;
  position: number;
  addedAt: string;
}

/** Mirrors ReadingListDto. */
export interface ReadingList {
  id: string;
  ownerMemberId: string;
  ownerName?: string;
  name: string;
  description?: string;
  isPublic: boolean;
  entries: ReadingListEntry[];
  createdAt: string;
  updatedAt: string;
}

/** Mirrors ReadingListSummaryDto, used by list pages (no entries, just the count and first covers). */
export interface ReadingListSummary {
  id: string;
  ownerName?: string;
  name: string;
  description?: string;
  isPublic: boolean;
  bookCount: number;
  coverImageUrls: string[];
  updatedAt: string;
}

/** Mirrors CreateReadingListDto (create and rename/re-describe). */
export interface CreateReadingList {
  name: string;
  description?: string;
  isPublic: boolean;
}

/** Mirrors AddReadingListEntryDto. */
export interface AddReadingListEntry {
  bookId: string;
  note?: string;
}

/** Mirrors ReadingListQueryDto for browsing public lists. */
export interface ReadingListQuery extends PageQuery {
  containsBookId?: string;
}
