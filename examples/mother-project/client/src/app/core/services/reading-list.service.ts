import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { PagedResult } from '../models/paged-result.model';
import {
  AddReadingListBook,
  CreateReadingList,
  ReadingList,
  ReadingListQuery,
  ReorderReadingList
} from '../models/reading-list.model';
import { toHttpParams } from '../utils/http-params';

/** Members' curated reading lists: ReadingListsController (api/readinglists). */
@Injectable({ providedIn: 'root' })
export class ReadingListService {
  private readonly baseUrl = `${environment.apiUrl}/readinglists`;

  constructor(private http: HttpClient) {}

  /** Public lists of all members, or the caller's own lists (public and private) with ?memberId= their card. */
  getLists(query: ReadingListQuery = {}): Observable<PagedResult<ReadingList>> {
    return this.http.get<PagedResult<ReadingList>>(this.baseUrl, { params: toHttpParams(query) });
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

  addBook(id: string, entry: AddReadingListBook): Observable<ReadingList> {
    return this.http.post<ReadingList>(`${this.baseUrl}/${id}/books`, entry);
  }

  removeBook(id: string, bookId: string): Observable<ReadingList> {
    return this.http.delete<ReadingList>(`${this.baseUrl}/${id}/books/${bookId}`);
  }

  /** Saves a new order; bookIds must contain exactly the books already on the list. */
  reorderBooks(id: string, order: ReorderReadingList): Observable<ReadingList> {
    return this.http.put<ReadingList>(`${this.baseUrl}/${id}/books/order`, order);
  }
}
