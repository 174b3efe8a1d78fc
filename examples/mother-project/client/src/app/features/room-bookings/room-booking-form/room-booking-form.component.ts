import { DatePipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { combineLatest, filter, startWith, switchMap } from 'rxjs';

import { CreateRoomBooking, RoomSchedule, StudyRoom } from '../../../core/models/room-booking.model';
import { NotificationService } from '../../../core/services/notification.service';
import { RoomBookingService } from '../../../core/services/room-booking.service';
import { toMinutes } from '../../../shared/validators/opening-hours.validator';
import { TimeSlotRules, noOverlapValidator, timeSlotValidator } from '../../../shared/validators/time-slot.validator';

const STEP_MINUTES = 30;
const MAX_SLOT_MINUTES = 120;

/**
 * Books a study room: pick room and day, see the taken slots, choose a half-hour aligned slot.
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
      purpose: ['', Validators.maxLength(120)]
    },
    {
      validators: [
        timeSlotValidator(() => this.rules()),
        noOverlapValidator(() => this.schedule?.busy ?? [])
      ]
    }
  );

  rooms: StudyRoom[] = [];
  schedule?: RoomSchedule;
  saving = false;

  constructor(
    private fb: FormBuilder,
    private roomBookingService: RoomBookingService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get selectedRoom(): StudyRoom | undefined {
    return this.rooms.find((r) => r.id === this.form.controls.roomId.value);
  }

  /** Half-hour marks within the selected room's hours. */
  get timeOptions(): string[] {
    const room = this.selectedRoom;
    if (!room) {
      return [];
    }
    const options: string[] = [];
    for (let m = toMinutes(room.opensAt); m <= toMinutes(room.closesAt); m += STEP_MINUTES) {
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
    return this.schedule ? this.schedule.maxMinutesPerDay - this.schedule.memberMinutesBooked : MAX_SLOT_MINUTES;
  }

  get exceedsDailyLimit(): boolean {
    return this.slotMinutes > this.minutesLeftToday;
  }

  ngOnInit(): void {
    this.roomBookingService.getRooms().subscribe((rooms) => {
      this.rooms = rooms;
      if (this.roomId) {
        this.form.patchValue({ roomId: this.roomId });
      }
    });

    const { roomId, date } = this.form.controls;
    combineLatest([roomId.valueChanges.pipe(startWith(roomId.value)), date.valueChanges.pipe(startWith(date.value))])
      .pipe(
        filter(([room, day]) => !!room && !!day),
        switchMap(([room, day]) => this.roomBookingService.getSchedule(room, day))
      )
      .subscribe((schedule) => {
        this.schedule = schedule;
        this.form.updateValueAndValidity();
      });
  }

  book(): void {
    if (this.form.invalid || this.exceedsDailyLimit) {
      this.form.markAllAsTouched();
      return;
    }

    const { roomId, date, start, end, purpose } = this.form.getRawValue();
    const booking: CreateRoomBooking = {
      roomId,
      startsAt: new Date(`${date}T${start}`).toISOString(),
      endsAt: new Date(`${date}T${end}`).toISOString(),
      purpose: purpose || undefined
    };

    this.saving = true;
    this.roomBookingService.bookRoom(booking).subscribe({
      next: (booked) => {
        this.notifications.success(`${booked.roomName} is yours on ${date} from ${start} to ${end}. Check in at the desk.`);
        this.router.navigate(['/room-bookings']);
      },
      error: () => (this.saving = false)
    });
  }

  private rules(): TimeSlotRules | undefined {
    const room = this.selectedRoom;
    return room
      ? { stepMinutes: STEP_MINUTES, maxMinutes: MAX_SLOT_MINUTES, opensAt: room.opensAt, closesAt: room.closesAt }
      : undefined;
  }
}
