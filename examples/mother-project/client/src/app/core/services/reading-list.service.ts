import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { PagedResult } from '../models/paged-result.model';
import {
  AddReadingListEntry,
  CreateReadingList,
  ReadingList,
  ReadingListQuery,
  ReadingListSummary
} from '../models/reading-list.model';
import { toHttpParams } from '../utils/http-params';

/** Members' curated reading lists: ReadingListsController (api/reading-lists). */
@Injectable({ providedIn: 'root' })
export class ReadingListService {
  private readonly baseUrl = `${environment.apiUrl}/reading-lists`;

  constructor(private http: HttpClient) {}

  /** Public lists of all members. */
  getPublicLists(query: ReadingListQuery = {}): Observable<PagedResult<ReadingListSummary>> {
    return this.http.get<PagedResult<ReadingListSummary>>(this.baseUrl, { params: toHttpParams(query) });
  }

  /** The signed-in member's own lists, public and private. */
  getMyLists(): Observable<ReadingListSummary[]> {
    return this.http.get<ReadingListSummary[]>(`${this.baseUrl}/mine`);
  }

  /** A private list is only returned to its owner (404 for everyone else). */
  getList(id: string): Observable<ReadingList> {
    return this.http.get<ReadingList>(`${this.baseUrl}/${id}`);
  }

  createList(list: CreateReadingList): Observable<ReadingList> {
    return this.http.post<ReadingList>(this.baseUrl, list);
  }

  updateList(id: string, list: CreateReadingList): Observable<ReadingList> {
    return this.http.put<ReadingList>(`${this.baseUrl}/${id}`, list);
  }

  deleteList(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }

  addBook(id: string, entry: AddReadingListEntry): Observable<ReadingList> {
    return this.http.post<ReadingList>(`${this.baseUrl}/${id}/books`, entry);
  }

  removeBook(id: string, bookId: string): Observable<ReadingList> {
    return this.http.delete<ReadingList>(`${this.baseUrl}/${id}/books/${bookId}`);
  }

  /** Saves a new order; bookIds must contain exactly the books already on the list. */
  reorderBooks(id: string, bookIds: string[]): Observable<ReadingList> {
    return this.http.put<ReadingList>(`${this.baseUrl}/${id}/books/order`, { bookIds });
  }
}
