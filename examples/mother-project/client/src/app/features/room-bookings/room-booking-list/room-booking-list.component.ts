import { AsyncPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, of } from 'rxjs';

import { RoomBooking } from '../../../core/models/room-booking.model';
import { AuthService } from '../../../core/services/auth.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';
import { RoomBookingService } from '../../../core/services/room-booking.service';

const MINUTE_MS = 60 * 1000;
const CHECK_IN_OPENS_BEFORE_MS = 10 * MINUTE_MS;
const CHECK_IN_CLOSES_AFTER_MS = 15 * MINUTE_MS;

/**
 * Members: their room bookings (cancel, check in when the slot starts).
 * Staff: the day sheet of one branch, to check people in at the desk.
 */
@Component({
  selector: 'bn-room-booking-list',
  standalone: true,
  imports: [AsyncPipe, DatePipe, ReactiveFormsModule, RouterLink],
  templateUrl: './room-booking-list.component.html',
  styleUrl: './room-booking-list.component.scss'
})
export class RoomBookingListComponent implements OnInit {
  readonly branches$ = this.branchService.getBranches();
  readonly filters = this.fb.nonNullable.group({
    branchCode: [''],
    date: [new Date().toISOString().slice(0, 10)],
    includePast: [false]
  });

  bookings: RoomBooking[] = [];

  constructor(
    private fb: FormBuilder,
    private roomBookingService: RoomBookingService,
    private branchService: BranchService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.filters.valueChanges.subscribe(() => this.load());
    this.load();
  }

  /** Check-in is possible from 10 minutes before the start until 15 minutes after it. */
  canCheckIn(booking: RoomBooking, now = Date.now()): boolean {
    const start = new Date(booking.startsAt).getTime();
    return booking.status === 'Booked' && now >= start - CHECK_IN_OPENS_BEFORE_MS && now <= start + CHECK_IN_CLOSES_AFTER_MS;
  }

  canCancel(booking: RoomBooking): boolean {
    return booking.status === 'Booked' && new Date(booking.startsAt).getTime() > Date.now();
  }

  durationMinutes(booking: RoomBooking): number {
    return (new Date(booking.endsAt).getTime() - new Date(booking.startsAt).getTime()) / MINUTE_MS;
  }

  checkIn(booking: RoomBooking): void {
    this.roomBookingService.checkIn(booking.id).subscribe((updated) => {
      this.notifications.success(`Checked in to ${updated.roomName}.`);
      this.replace(updated);
    });
  }

  cancel(booking: RoomBooking): void {
    if (confirm(`Cancel ${booking.roomName} on ${new Date(booking.startsAt).toLocaleString()}?`)) {
      this.roomBookingService.cancelBooking(booking.id).subscribe((updated) => this.replace(updated));
    }
  }

  private replace(updated: RoomBooking): void {
    this.bookings = this.bookings.map((b) => (b.id === updated.id ? updated : b));
  }

  private load(): void {
    this.select().subscribe((bookings) => {
      this.bookings = [...bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    });
  }

  private select(): Observable<RoomBooking[]> {
    const { branchCode, date, includePast } = this.filters.getRawValue();
    if (!this.isStaff) {
      return this.roomBookingService.getMyBookings(includePast);
    }
    return branchCode && date ? this.roomBookingService.getBranchDay(branchCode, date) : of([]);
  }
}
