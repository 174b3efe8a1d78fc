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
  /** Other spellings the catalogue matches, e.g. the name of a merged publisher. */
  aliases: string[];
  bookCount: number;
  createdAt: string;
}

/** Mirrors CreatePublisherDto (used for both create and update). */
export interface CreatePublisher {
  name: string;
  city?: string;
  country?: string;
  website?: string;
  foundedYear?: number;
  parentPublisherId?: string;
  aliases: string[];
}

/** Mirrors PublisherQueryDto. */
export interface PublisherQuery extends PageQuery {
  country?: string;
  imprintsOnly?: boolean;
}

/** Mirrors MergePublishersDto: every book of the source publisher moves to the target, then the source is deleted. */
export interface MergePublishers {
  sourcePublisherId: string;
  /** Keeps the source's name as an alias of the target (the API's default). */
  keepSourceNameAsAlias: boolean;
}
