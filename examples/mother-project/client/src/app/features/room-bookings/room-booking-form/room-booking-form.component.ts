import { DatePipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { combineLatest, filter, forkJoin, startWith, switchMap } from 'rxjs';

import { CreateRoomBooking } from '../../../core/models/room-booking.model';
import { RoomAvailability, StudyRoom, TimeSlot } from '../../../core/models/study-room.model';
import { NotificationService } from '../../../core/services/notification.service';
import { RoomBookingService } from '../../../core/services/room-booking.service';
import { StudyRoomService } from '../../../core/services/study-room.service';
import { toMinutes } from '../../../shared/validators/opening-hours.validator';
import { TimeSlotRules, noOverlapValidator, timeSlotValidator } from '../../../shared/validators/time-slot.validator';

const STEP_MINUTES = 30;
const MAX_SLOT_MINUTES = 120;
/** Two hours per member per day across all rooms; the API enforces it as well. */
const MAX_MINUTES_PER_DAY = 120;

/** "HH:mm" in local time of an ISO timestamp. */
function toLocalTime(iso: string): string {
  return new Date(iso).toTimeString().slice(0, 5);
}

/**
 * Books a study room: pick room and day, see the taken slots, choose a slot on the room's slot grid.
 * Overlaps and the two-hours-a-day rule are checked here for quick feedback and again by the API.
 */
@Component({
  selector: 'bn-room-booking-form',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, RouterLink],
  templateUrl: './room-booking-form.component.html',
  styleUrl: './room-booking-form.component.scss'
})
export class RoomBookingFormComponent implements OnInit {
  /** Optional ?roomId= from the room overview. */
  @Input() roomId?: string;

  readonly today = new Date().toISOString().slice(0, 10);

  readonly form = this.fb.nonNullable.group(
    {
      roomId: ['', Validators.required],
      date: [this.today, Validators.required],
      start: ['', Validators.required],
      end: ['', Validators.required],
      attendeeCount: [1, [Validators.required, Validators.min(1), Validators.max(20)]],
      purpose: ['', Validators.maxLength(200)]
    },
    {
      validators: [
        timeSlotValidator(() => this.rules()),
        noOverlapValidator(() => this.availability?.bookedSlots ?? [])
      ]
    }
  );

  rooms: StudyRoom[] = [];
  availability?: RoomAvailability;
  /** Minutes the member has already booked on the chosen day (any room). */
  minutesBooked = 0;
  saving = false;

  constructor(
    private fb: FormBuilder,
    private roomBookingService: RoomBookingService,
    private studyRoomService: StudyRoomService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get selectedRoom(): StudyRoom | undefined {
    return this.rooms.find((r) => r.id === this.form.controls.roomId.value);
  }

  /** The bookable window of the day, from the first to the last slot of the room's grid. */
  get opensAt(): string {
    const slots = this.slots;
    return slots.length ? toLocalTime(slots[0].startsAt) : '';
  }

  get closesAt(): string {
    const slots = this.slots;
    return slots.length ? toLocalTime(slots[slots.length - 1].endsAt) : '';
  }

  /** Marks on the room's slot grid within its bookable window. */
  get timeOptions(): string[] {
    if (!this.availability || !this.opensAt) {
      return [];
    }
    const options: string[] = [];
    for (let m = toMinutes(this.opensAt); m <= toMinutes(this.closesAt); m += this.stepMinutes) {
      options.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    }
    return options;
  }

  get slotMinutes(): number {
    const { start, end } = this.form.getRawValue();
    return start && end ? Math.max(toMinutes(end) - toMinutes(start), 0) : 0;
  }

  /** Minutes the member may still book that day, across all rooms. */
  get minutesLeftToday(): number {
    return MAX_MINUTES_PER_DAY - this.minutesBooked;
  }

  get exceedsDailyLimit(): boolean {
    return this.slotMinutes > this.minutesLeftToday;
  }

  private get stepMinutes(): number {
    return this.availability?.slotMinutes || STEP_MINUTES;
  }

  /** Free and taken slots of the day in time order. */
  private get slots(): TimeSlot[] {
    if (!this.availability) {
      return [];
    }
    const { freeSlots, bookedSlots } = this.availability;
    return [...freeSlots, ...bookedSlots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  ngOnInit(): void {
    this.studyRoomService.getRooms().subscribe((rooms) => (this.rooms = rooms.filter((r) => r.isBookable)));
    if (this.roomId) {
      // The deep link may point at a room that is closed for booking: say so instead of showing an empty choice.
      this.studyRoomService.getRoom(this.roomId).subscribe((room) => {
        if (room.isBookable) {
          this.form.patchValue({ roomId: room.id });
        } else {
          this.notifications.info(`${room.name} cannot be booked at the moment.`);
        }
      });
    }

    const { roomId, date } = this.form.controls;
    combineLatest([roomId.valueChanges.pipe(startWith(roomId.value)), date.valueChanges.pipe(startWith(date.value))])
      .pipe(
        filter(([room, day]) => !!room && !!day),
        switchMap(([room, day]) =>
          forkJoin([
            this.studyRoomService.getAvailability(room, day),
            // For members the API returns their own bookings only.
            this.roomBookingService.getBookings({ date: day, status: 'Booked', pageSize: 50 })
          ])
        )
      )
      .subscribe(([availability, mine]) => {
        this.availability = availability;
        this.minutesBooked = mine.items.reduce((sum, booking) => sum + booking.durationMinutes, 0);
        this.form.updateValueAndValidity();
      });
  }

  book(): void {
    if (this.form.invalid || this.exceedsDailyLimit) {
      this.form.markAllAsTouched();
      return;
    }

    const { roomId, date, start, end, attendeeCount, purpose } = this.form.getRawValue();
    const booking: CreateRoomBooking = {
      roomId,
      startsAt: new Date(`${date}T${start}`).toISOString(),
      endsAt: new Date(`${date}T${end}`).toISOString(),
      attendeeCount,
      purpose: purpose || undefined
    };

    this.saving = true;
    this.roomBookingService.bookRoom(booking).subscribe({
      next: (booked) => {
        this.notifications.success(`${booked.roomName} is yours on ${date} from ${start} to ${end}. Check in at the desk.`);
        this.router.navigate(['/room-bookings'], { queryParams: { booked: booked.id } });
      },
      error: () => (this.saving = false)
    });
  }

  private rules(): TimeSlotRules | undefined {
    return this.availability && this.opensAt
      ? { stepMinutes: this.stepMinutes, maxMinutes: MAX_SLOT_MINUTES, opensAt: this.opensAt, closesAt: this.closesAt }
      : undefined;
  }
}
