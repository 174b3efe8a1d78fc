import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CopyStatus, CreateInventoryItem, InventoryItem } from '../models/inventory-item.model';

/** Physical copies per branch: InventoryController (api/inventory). */
@Injectable({ providedIn: 'root' })
export class InventoryService {
  private readonly baseUrl = `${environment.apiUrl}/inventory`;

  constructor(private http: HttpClient) {}

  getCopiesForBook(bookId: string): Observable<InventoryItem[]> {
    return this.http.get<InventoryItem[]>(`${this.baseUrl}/book/${bookId}`);
  }

  getCopy(id: string): Observable<InventoryItem> {
    return this.http.get<InventoryItem>(`${this.baseUrl}/${id}`);
  }

  addCopy(copy: CreateInventoryItem): Observable<InventoryItem> {
    return this.http.post<InventoryItem>(this.baseUrl, copy);
  }

  updateCopyStatus(id: string, status: CopyStatus): Observable<InventoryItem> {
    // The action binds a bare JSON string ([FromBody] string status).
    return this.http.put<InventoryItem>(`${this.baseUrl}/${id}/status`, JSON.stringify(status), {
      headers: { 'Content-Type': 'application/json' }
    });
  }

  removeCopy(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
