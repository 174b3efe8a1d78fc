import { PageQuery } from './paged-result.model';

/** Mirrors BookDto. */
export interface Book {
  id: string;
  title: string;
  isbn: string;
  authorId: string;
  authorName?: string;
  categoryIds: string[];
  publisher?: string;
  publishedYear: number;
  pageCount: number;
  language: string;
  summary?: string;
  coverImageUrl?: string;
  price: number;
  averageRating: number;
  reviewCount: number;
}

/** Mirrors CreateBookDto (used for both create and update). */
export interface CreateBook {
  title: string;
  isbn: string;
  authorId: string;
  categoryIds: string[];
  publisher?: string;
  publishedYear: number;
  pageCount: number;
  language: string;
  summary?: string;
  coverImageUrl?: string;
  price: number;
}

/** Mirrors BookQueryDto. */
export interface BookQuery extends PageQuery {
  authorId?: string;
  categoryId?: string;
  availableOnly?: boolean;
}
