import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Branch, BranchCopyCount, CreateBranch } from '../models/branch.model';
import { InventoryItem } from '../models/inventory-item.model';

/** Library branches, their opening hours and their stock: BranchesController (api/branches). */
@Injectable({ providedIn: 'root' })
export class BranchService {
  private readonly baseUrl = `${environment.apiUrl}/branches`;

  // A handful of branches that rarely change; pickers across the app share one request.
  private branches$?: Observable<Branch[]>;

  constructor(private http: HttpClient) {}

  getBranches(): Observable<Branch[]> {
    this.branches$ ??= this.http.get<Branch[]>(this.baseUrl).pipe(shareReplay(1));
    return this.branches$;
  }

  /** Not cached: "open now" depends on the moment of the request. */
  getOpenBranches(): Observable<Branch[]> {
    return this.http.get<Branch[]>(`${this.baseUrl}/open-now`);
  }

  getBranch(id: string): Observable<Branch> {
    return this.http.get<Branch>(`${this.baseUrl}/${id}`);
  }

  getBranchCopies(id: string): Observable<InventoryItem[]> {
    return this.http.get<InventoryItem[]>(`${this.baseUrl}/${id}/copies`);
  }

  /** Where a title can be found: copies per branch for one book. */
  getCopyCountsForBook(bookId: string): Observable<BranchCopyCount[]> {
    return this.http.get<BranchCopyCount[]>(`${this.baseUrl}/copies/book/${bookId}`);
  }

  createBranch(branch: CreateBranch): Observable<Branch> {
    this.branches$ = undefined;
    return this.http.post<Branch>(this.baseUrl, branch);
  }

  updateBranch(id: string, branch: CreateBranch): Observable<Branch> {
    this.branches$ = undefined;
    return this.http.put<Branch>(`${this.baseUrl}/${id}`, branch);
  }

  deleteBranch(id: string): Observable<void> {
    this.branches$ = undefined;
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
