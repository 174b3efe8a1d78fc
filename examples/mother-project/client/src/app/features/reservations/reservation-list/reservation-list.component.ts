import { DatePipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, map } from 'rxjs';

import { Reservation, ReservationStatus } from '../../../core/models/reservation.model';
import { AuthService } from '../../../core/services/auth.service';
import { InventoryService } from '../../../core/services/inventory.service';
import { NotificationService } from '../../../core/services/notification.service';
import { ReservationService } from '../../../core/services/reservation.service';
import { RelativeDatePipe } from '../../../shared/pipes/relative-date.pipe';

type ReservationFilter = ReservationStatus | 'Open';

const OPEN_STATUSES: ReservationStatus[] = ['Waiting', 'ReadyForPickup'];

/**
 * Members see their holds with their place in the queue; staff work the pickup shelf:
 * set a copy aside for the next member and expire holds that were not collected.
 */
@Component({
  selector: 'bn-reservation-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, RouterLink, RelativeDatePipe],
  templateUrl: './reservation-list.component.html',
  styleUrl: './reservation-list.component.scss'
})
export class ReservationListComponent implements OnInit {
  /** Optional ?placed=<id> after placing a hold: that hold is shown on top. */
  @Input() placed?: string;

  readonly filterControl = new FormControl<ReservationFilter>('Open', { nonNullable: true });
  readonly filters: ReservationFilter[] = ['Open', 'Waiting', 'ReadyForPickup', 'Fulfilled', 'Expired', 'Cancelled'];

  reservations: Reservation[] = [];
  placedReservation?: Reservation;
  loading = false;

  constructor(
    private reservationService: ReservationService,
    private inventoryService: InventoryService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.filterControl.valueChanges.subscribe(() => this.load());
    this.load();
    if (this.placed) {
      this.reservationService.getReservation(this.placed).subscribe((placed) => (this.placedReservation = placed));
    }
  }

  isOpen(reservation: Reservation): boolean {
    return OPEN_STATUSES.includes(reservation.status);
  }

  cancel(reservation: Reservation): void {
    if (!confirm(`Cancel the hold on "${reservation.bookTitle}"?`)) {
      return;
    }

    this.reservationService.cancelReservation(reservation.id).subscribe(() => {
      this.notifications.success('Reservation cancelled; the next member in line moves up.');
      this.load();
    });
  }

  /** Puts the first available copy on the pickup shelf; the API gives it to the member first in line. */
  markReady(reservation: Reservation): void {
    this.inventoryService.getCopiesForBook(reservation.bookId).subscribe((copies) => {
      const copy = copies.find((c) => c.status === 'Available' && c.branchCode === reservation.pickupBranchCode)
        ?? copies.find((c) => c.status === 'Available');
      if (!copy) {
        this.notifications.error(`No copy of "${reservation.bookTitle}" is on the shelf.`);
        return;
      }

      this.reservationService.markNextReady(reservation.bookId, { inventoryItemId: copy.id }).subscribe((updated) => {
        this.notifications.success(`Copy ${copy.barcode} set aside for ${updated.memberName}.`);
        this.load();
      });
    });
  }

  /** The member collected the copy at the desk; the loan is checked out separately. */
  fulfil(reservation: Reservation): void {
    this.reservationService.fulfilReservation(reservation.id).subscribe(() => {
      this.notifications.success(`"${reservation.bookTitle}" collected by ${reservation.memberName}.`);
      this.load();
    });
  }

  expireOverdue(): void {
    this.reservationService.expireOverdue().subscribe((expired) => {
      this.notifications.info(`${expired.length} uncollected ${expired.length === 1 ? 'hold' : 'holds'} expired.`);
      this.load();
    });
  }

  private load(): void {
    this.loading = true;
    this.select().subscribe({
      next: (reservations) => {
        this.reservations = reservations;
        this.loading = false;
      },
      error: () => (this.loading = false)
    });
  }

  private select(): Observable<Reservation[]> {
    const filter = this.filterControl.value;
    const keep = (r: Reservation) => (filter === 'Open' ? this.isOpen(r) : r.status === filter);

    // For members the API narrows the list to their own holds.
    const status = filter === 'Open' ? undefined : filter;
    return this.reservationService
      .getReservations({ status, pageSize: 100 })
      .pipe(map((page) => page.items.filter(keep)));
  }
}
