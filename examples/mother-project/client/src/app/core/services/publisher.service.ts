import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Book } from '../models/book.model';
import { PagedResult } from '../models/paged-result.model';
import { CreatePublisher, MergePublishers, Publisher, PublisherQuery } from '../models/publisher.model';
import { toHttpParams } from '../utils/http-params';

/** Publisher catalogue, a publisher's books and merging duplicates: PublishersController (api/publishers). */
@Injectable({ providedIn: 'root' })
export class PublisherService {
  private readonly baseUrl = `${environment.apiUrl}/publishers`;

  constructor(private http: HttpClient) {}

  getPublishers(query: PublisherQuery = {}): Observable<PagedResult<Publisher>> {
    return this.http.get<PagedResult<Publisher>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getPublisher(id: string): Observable<Publisher> {
    return this.http.get<Publisher>(`${this.baseUrl}/${id}`);
  }

  getPublisherBooks(id: string): Observable<Book[]> {
    return this.http.get<Book[]>(`${this.baseUrl}/${id}/books`);
  }

  createPublisher(publisher: CreatePublisher): Observable<Publisher> {
    return this.http.post<Publisher>(this.baseUrl, publisher);
  }

  updatePublisher(id: string, publisher: CreatePublisher): Observable<Publisher> {
    return this.http.put<Publisher>(`${this.baseUrl}/${id}`, publisher);
  }

  /** Moves the books of the source publisher onto the publisher {id} and deletes the source; answers the target. */
  mergePublishers(targetId: string, merge: MergePublishers): Observable<Publisher> {
    return this.http.post<Publisher>(`${this.baseUrl}/${targetId}/merge`, merge);
  }

  deletePublisher(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
