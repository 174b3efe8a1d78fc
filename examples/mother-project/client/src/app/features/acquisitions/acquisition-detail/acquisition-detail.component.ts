import { CurrencyPipe, DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';

import { PurchaseOrder, PurchaseOrderStatus } from '../../../core/models/acquisition.model';
import { AcquisitionService } from '../../../core/services/acquisition.service';
import { NotificationService } from '../../../core/services/notification.service';

interface TimelineStep {
  status: PurchaseOrderStatus;
  at?: string;
}

/**
 * One purchase order and the transitions allowed from its status:
 * a draft is edited or submitted; a submitted order is received at its branch or cancelled.
 */
@Component({
  selector: 'bn-acquisition-detail',
  standalone: true,
  imports: [CurrencyPipe, DatePipe, RouterLink],
  templateUrl: './acquisition-detail.component.html',
  styleUrl: './acquisition-detail.component.scss'
})
export class AcquisitionDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  order?: PurchaseOrder;
  busy = false;

  constructor(
    private acquisitionService: AcquisitionService,
    private notifications: NotificationService
  ) {}

  get timeline(): TimelineStep[] {
    if (!this.order) {
      return [];
    }
    const { createdAt, submittedAt, receivedAt, cancelledAt } = this.order;
    const last: TimelineStep = cancelledAt ? { status: 'Cancelled', at: cancelledAt } : { status: 'Received', at: receivedAt };
    return [{ status: 'Draft', at: createdAt }, { status: 'Submitted', at: submittedAt }, last];
  }

  ngOnChanges(): void {
    this.acquisitionService.getOrder(this.id).subscribe((order) => (this.order = order));
  }

  submit(): void {
    if (confirm(`Send order ${this.order?.orderNumber} to ${this.order?.supplierName}? It cannot be edited afterwards.`)) {
      this.run(this.acquisitionService.submitOrder(this.id), 'Order submitted.');
    }
  }

  /** Books the delivery in full; the API creates the copies at the order's branch. */
  receive(): void {
    this.run(
      this.acquisitionService.receiveOrder(this.id),
      `Delivery received; new copies are waiting for labels at ${this.order?.branchCode}.`
    );
  }

  cancel(): void {
    const reason = prompt('Why is this order cancelled?')?.trim();
    if (reason) {
      this.run(this.acquisitionService.cancelOrder(this.id, reason), 'Order cancelled.');
    }
  }

  private run(request$: Observable<PurchaseOrder>, message: string): void {
    this.busy = true;
    request$.subscribe({
      next: (order) => {
        this.order = order;
        this.busy = false;
        this.notifications.success(message);
      },
      error: () => (this.busy = false)
    });
  }
}
