import { HttpParams } from '@angular/common/http';

type QueryValue = string | number | boolean | null | undefined;

/**
 * Builds HttpParams from a query object, skipping empty values so the API applies its own defaults
 * (e.g. pageSize=20) instead of receiving "pageSize=undefined".
 */
export function toHttpParams(query: object = {}): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
