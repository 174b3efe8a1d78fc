import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Author, CreateAuthor } from '../models/author.model';
import { Book } from '../models/book.model';
import { PagedResult, PageQuery } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Authors and their bibliographies: AuthorsController (api/authors). */
@Injectable({ providedIn: 'root' })
export class AuthorService {
  private readonly baseUrl = `${environment.apiUrl}/authors`;

  constructor(private http: HttpClient) {}

  getAuthors(query: PageQuery = {}): Observable<PagedResult<Author>> {
    return this.http.get<PagedResult<Author>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getAuthor(id: string): Observable<Author> {
    return this.http.get<Author>(`${this.baseUrl}/${id}`);
  }

  getAuthorBooks(id: string): Observable<Book[]> {
    return this.http.get<Book[]>(`${this.baseUrl}/${id}/books`);
  }

  createAuthor(author: CreateAuthor): Observable<Author> {
    return this.http.post<Author>(this.baseUrl, author);
  }

  updateAuthor(id: string, author: CreateAuthor): Observable<Author> {
    return this.http.put<Author>(`${this.baseUrl}/${id}`, author);
  }

  deleteAuthor(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
