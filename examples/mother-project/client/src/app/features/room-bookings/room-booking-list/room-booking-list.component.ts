import { AsyncPipe, DatePipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, forkJoin, map, of, tap } from 'rxjs';

import { RoomBooking } from '../../../core/models/room-booking.model';
import { StudyRoom } from '../../../core/models/study-room.model';
import { AuthService } from '../../../core/services/auth.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';
import { RoomBookingService } from '../../../core/services/room-booking.service';
import { StudyRoomService } from '../../../core/services/study-room.service';

const MINUTE_MS = 60 * 1000;
const CHECK_IN_OPENS_BEFORE_MS = 10 * MINUTE_MS;
const CHECK_IN_CLOSES_AFTER_MS = 15 * MINUTE_MS;

/**
 * Members: their room bookings (cancel, check in when the slot starts).
 * Staff: the day sheet of one branch, to check people in at the desk, and its rooms (open or close them for booking;
 * admins add rooms).
 */
@Component({
  selector: 'bn-room-booking-list',
  standalone: true,
  imports: [AsyncPipe, DatePipe, ReactiveFormsModule, RouterLink],
  templateUrl: './room-booking-list.component.html',
  styleUrl: './room-booking-list.component.scss'
})
export class RoomBookingListComponent implements OnInit {
  /** Optional ?booked=<id> after booking: that booking is shown on top. */
  @Input() booked?: string;

  readonly branches$ = this.branchService.getBranches();
  readonly filters = this.fb.nonNullable.group({
    branchCode: [''],
    date: [new Date().toISOString().slice(0, 10)],
    includePast: [false]
  });
  readonly roomForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
    floor: [0, [Validators.min(0), Validators.max(10)]],
    capacity: [4, [Validators.required, Validators.min(1), Validators.max(20)]],
    features: ['']
  });

  bookings: RoomBooking[] = [];
  rooms: StudyRoom[] = [];
  bookedBooking?: RoomBooking;

  constructor(
    private fb: FormBuilder,
    private roomBookingService: RoomBookingService,
    private studyRoomService: StudyRoomService,
    private branchService: BranchService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get isAdmin(): boolean {
    return this.authService.hasRole('Admin');
  }

  ngOnInit(): void {
    this.filters.valueChanges.subscribe(() => this.load());
    this.load();
    if (this.booked) {
      this.roomBookingService.getBooking(this.booked).subscribe((booking) => (this.bookedBooking = booking));
    }
  }

  /** Check-in is possible from 10 minutes before the start until 15 minutes after it. */
  canCheckIn(booking: RoomBooking, now = Date.now()): boolean {
    const start = new Date(booking.startsAt).getTime();
    return booking.status === 'Booked' && now >= start - CHECK_IN_OPENS_BEFORE_MS && now <= start + CHECK_IN_CLOSES_AFTER_MS;
  }

  canCancel(booking: RoomBooking): boolean {
    return booking.status === 'Booked' && new Date(booking.startsAt).getTime() > Date.now();
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

  /** Closing a room fails while upcoming bookings remain; the API says so. */
  toggleBookable(room: StudyRoom): void {
    this.studyRoomService.setBookable(room.id, !room.isBookable).subscribe((updated) => {
      this.notifications.success(`${updated.name} is ${updated.isBookable ? 'open' : 'closed'} for booking.`);
      this.rooms = this.rooms.map((r) => (r.id === updated.id ? updated : r));
    });
  }

  addRoom(): void {
    const branchCode = this.filters.controls.branchCode.value;
    if (this.roomForm.invalid || !branchCode) {
      this.roomForm.markAllAsTouched();
      return;
    }

    const { features, ...rest } = this.roomForm.getRawValue();
    const room = { ...rest, branchCode, features: features.split(',').map((f) => f.trim()).filter((f) => !!f) };
    this.studyRoomService.createRoom(room).subscribe((created) => {
      this.notifications.success(`${created.name} added to ${created.branchCode}.`);
      this.roomForm.reset();
      this.load();
    });
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
      // The API returns the member's own bookings.
      const now = Date.now();
      return this.roomBookingService
        .getBookings({ pageSize: 50 })
        .pipe(map((page) => page.items.filter((b) => includePast || new Date(b.endsAt).getTime() > now)));
    }
    if (!branchCode || !date) {
      return of([]);
    }
    // Bookings carry the room, not the branch: keep those of the branch's rooms.
    return forkJoin([
      this.studyRoomService.getRooms({ branchCode }),
      this.roomBookingService.getBookings({ date, pageSize: 100 })
    ]).pipe(
      tap(([rooms]) => (this.rooms = rooms)),
      map(([rooms, page]) => page.items.filter((b) => rooms.some((r) => r.id === b.roomId)))
    );
  }
}
