import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import {
  CreatePurchaseOrder,
  PurchaseOrder,
  PurchaseOrderQuery,
  ReceivePurchaseOrderLine
} from '../models/acquisition.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Purchase orders to suppliers and their life cycle: AcquisitionsController (api/acquisitions). */
@Injectable({ providedIn: 'root' })
export class AcquisitionService {
  private readonly baseUrl = `${environment.apiUrl}/acquisitions`;

  constructor(private http: HttpClient) {}

  getOrders(query: PurchaseOrderQuery = {}): Observable<PagedResult<PurchaseOrder>> {
    return this.http.get<PagedResult<PurchaseOrder>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getOrder(id: string): Observable<PurchaseOrder> {
    return this.http.get<PurchaseOrder>(`${this.baseUrl}/${id}`);
  }

  createOrder(order: CreatePurchaseOrder): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(this.baseUrl, order);
  }

  /** Drafts only; the API answers 409 once the order was submitted. */
  updateOrder(id: string, order: CreatePurchaseOrder): Observable<PurchaseOrder> {
    return this.http.put<PurchaseOrder>(`${this.baseUrl}/${id}`, order);
  }

  submitOrder(id: string): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`${this.baseUrl}/${id}/submit`, {});
  }

  /** Books the delivery in at the order's branch; lines left out of the list count as delivered in full. */
  receiveOrder(id: string, delivered: ReceivePurchaseOrderLine[] = []): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`${this.baseUrl}/${id}/receive`, delivered);
  }

  cancelOrder(id: string, reason: string): Observable<PurchaseOrder> {
    // The action binds a bare JSON string ([FromBody] string reason).
    return this.http.post<PurchaseOrder>(`${this.baseUrl}/${id}/cancel`, JSON.stringify(reason), {
      headers: { 'Content-Type': 'application/json' }
    });
  }
}
