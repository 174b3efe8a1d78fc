import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Branch, BranchAvailability, CreateBranch, OpeningHours } from '../models/branch.model';
import { InventoryItem } from '../models/inventory-item.model';
import { PagedResult, PageQuery } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

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

  getBranch(id: string): Observable<Branch> {
    return this.http.get<Branch>(`${this.baseUrl}/${id}`);
  }

  getBranchCopies(id: string, query: PageQuery = {}): Observable<PagedResult<InventoryItem>> {
    return this.http.get<PagedResult<InventoryItem>>(`${this.baseUrl}/${id}/copies`, { params: toHttpParams(query) });
  }

  /** Where a title can be picked up: copies per branch for one book, and whether the branch is open now. */
  getBookAvailability(bookId: string): Observable<BranchAvailability[]> {
    return this.http.get<BranchAvailability[]>(`${this.baseUrl}/availability/${bookId}`);
  }

  createBranch(branch: CreateBranch): Observable<Branch> {
    this.branches$ = undefined;
    return this.http.post<Branch>(this.baseUrl, branch);
  }

  updateBranch(id: string, branch: CreateBranch): Observable<Branch> {
    this.branches$ = undefined;
    return this.http.put<Branch>(`${this.baseUrl}/${id}`, branch);
  }

  /** Replaces the weekly timetable only, e.g. for the summer schedule; staff may do this, not just admins. */
  setOpeningHours(id: string, hours: OpeningHours[]): Observable<Branch> {
    this.branches$ = undefined;
    return this.http.put<Branch>(`${this.baseUrl}/${id}/hours`, hours);
  }
}
