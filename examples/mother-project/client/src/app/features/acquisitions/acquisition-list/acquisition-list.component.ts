import { CurrencyPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { PurchaseOrder, PurchaseOrderQuery, PurchaseOrderStatus } from '../../../core/models/acquisition.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { AcquisitionService } from '../../../core/services/acquisition.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

const SUPPLIER_DEBOUNCE_MS = 300;

/** Purchase orders by status tab; the tab counts come from the totalCount of each status. */
@Component({
  selector: 'bn-acquisition-list',
  standalone: true,
  imports: [CurrencyPipe, DatePipe, ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './acquisition-list.component.html',
  styleUrl: './acquisition-list.component.scss'
})
export class AcquisitionListComponent implements OnInit {
  readonly statuses: PurchaseOrderStatus[] = ['Draft', 'Submitted', 'Received', 'Cancelled'];
  readonly supplierControl = new FormControl('', { nonNullable: true });

  result?: PagedResult<PurchaseOrder>;
  counts: Partial<Record<PurchaseOrderStatus, number>> = {};
  private query: PurchaseOrderQuery = { page: 1, pageSize: 20, status: 'Draft' };

  constructor(private acquisitionService: AcquisitionService) {}

  get activeStatus(): PurchaseOrderStatus | undefined {
    return this.query.status;
  }

  ngOnInit(): void {
    this.supplierControl.valueChanges
      .pipe(debounceTime(SUPPLIER_DEBOUNCE_MS), distinctUntilChanged())
      .subscribe((supplierName) => {
        this.query = { ...this.query, search: supplierName, page: 1 };
        this.loadOrders();
      });
    this.loadCounts();
    this.loadOrders();
  }

  selectStatus(status: PurchaseOrderStatus): void {
    this.query = { ...this.query, status, page: 1 };
    this.loadOrders();
  }

  lineCount(order: PurchaseOrder): number {
    return order.lines.reduce((sum, line) => sum + line.quantity, 0);
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadOrders();
  }

  private loadCounts(): void {
    for (const status of this.statuses) {
      this.acquisitionService
        .getOrders({ status, pageSize: 1 })
        .subscribe((page) => (this.counts = { ...this.counts, [status]: page.totalCount }));
    }
  }

  private loadOrders(): void {
    this.acquisitionService.getOrders(this.query).subscribe((result) => (this.result = result));
  }
}
