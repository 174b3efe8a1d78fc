import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Category, CreateCategory } from '../models/category.model';

/** Catalogue categories: CategoriesController (api/categories). */
@Injectable({ providedIn: 'root' })
export class CategoryService {
  private readonly baseUrl = `${environment.apiUrl}/categories`;

  // Categories change rarely; one request per session is enough for filters and forms.
  private categories$?: Observable<Category[]>;

  constructor(private http: HttpClient) {}

  getCategories(): Observable<Category[]> {
    this.categories$ ??= this.http.get<Category[]>(this.baseUrl).pipe(shareReplay(1));
    return this.categories$;
  }

  getCategory(id: string): Observable<Category> {
    return this.http.get<Category>(`${this.baseUrl}/${id}`);
  }

  createCategory(category: CreateCategory): Observable<Category> {
    this.categories$ = undefined;
    return this.http.post<Category>(this.baseUrl, category);
  }

  updateCategory(id: string, category: CreateCategory): Observable<Category> {
    this.categories$ = undefined;
    return this.http.put<Category>(`${this.baseUrl}/${id}`, category);
  }

  deleteCategory(id: string): Observable<void> {
    this.categories$ = undefined;
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
