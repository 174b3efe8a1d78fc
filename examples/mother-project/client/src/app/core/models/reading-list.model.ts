import { PageQuery } from './paged-result.model';

/** Mirrors ReadingListEntryDto: one book on a list, in the owner's order. */
export interface ReadingListEntry {
  position: number;
  bookId: string;
  bookTitle?: string;
  coverImageUrl?: string;
  note?: string;
  addedAt: string;
}

/** Mirrors ReadingListDto. */
export interface ReadingList {
  id: string;
  memberId: string;
  name: string;
  description?: string;
  isPublic: boolean;
  bookCount: number;
  entries: ReadingListEntry[];
  createdAt: string;
  updatedAt?: string;
}

/** Mirrors CreateReadingListDto (create and rename/re-describe). */
export interface CreateReadingList {
  name: string;
  description?: string;
  isPublic: boolean;
}

/** Mirrors AddReadingListBookDto; without a position the book goes to the end. */
export interface AddReadingListBook {
  bookId: string;
  note?: string;
  position?: number;
}

/** Mirrors ReorderReadingListDto: exactly the books already on the list, in the new order. */
export interface ReorderReadingList {
  bookIds: string[];
}

/** Mirrors ReadingListQueryDto: public lists, or all of the caller's own lists with their memberId. */
export interface ReadingListQuery extends PageQuery {
  memberId?: string;
  bookId?: string;
}
