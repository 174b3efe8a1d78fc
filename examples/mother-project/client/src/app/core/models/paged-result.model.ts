/** Mirrors PagedResultDto<T> returned by every paged endpoint of the API. */
export interface PagedResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  totalPages: number;
}

/** Query-string parameters shared by paged endpoints (PageQueryDto on the server). */
export interface PageQuery {
  page?: number;
  pageSize?: number;
  search?: string;
}
