import { PageQuery } from './paged-result.model';

/** Mirrors PublisherDto. */
export interface Publisher {
  id: string;
  name: string;
  slug: string;
  city?: string;
  country?: string;
  website?: string;
  foundedYear?: number;
  isImprint: boolean;
  parentPublisherId?: string;
  bookCount: number;
}

/** Mirrors CreatePublisherDto (used for both create and update). */
export interface CreatePublisher {
  name: string;
  city?: string;
  country?: string;
  website?: string;
  foundedYear?: number;
  parentPublisherId?: string;
}

/** Mirrors PublisherQueryDto. */
export interface PublisherQuery extends PageQuery {
  country?: string;
  imprintsOnly?: boolean;
}

/** Mirrors MergePublishersDto: every book of the source publisher moves to the target, then the source is deleted. */
export interface MergePublishers {
  sourcePublisherId: string;
}

/** Mirrors PublisherMergeResultDto. */
export interface PublisherMergeResult {
  target: Publisher;
  movedBookCount: number;
  removedPublisherName: string;
}
