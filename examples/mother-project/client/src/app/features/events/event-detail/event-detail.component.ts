import { DatePipe, LowerCasePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { EventRegistration, LibraryEvent } from '../../../core/models/library-event.model';
import { AuthService } from '../../../core/services/auth.service';
import { LibraryEventService } from '../../../core/services/library-event.service';
import { NotificationService } from '../../../core/services/notification.service';

/**
 * An event with its seats. Members register (or join the waitlist when it is full) and unregister;
 * staff also see who is coming and who is waiting.
 */
@Component({
  selector: 'bn-event-detail',
  standalone: true,
  imports: [DatePipe, LowerCasePipe, RouterLink],
  templateUrl: './event-detail.component.html',
  styleUrl: './event-detail.component.scss'
})
export class EventDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  event?: LibraryEvent;
  myRegistration?: EventRegistration;
  confirmed: EventRegistration[] = [];
  waitlist: EventRegistration[] = [];
  busy = false;

  constructor(
    private eventService: LibraryEventService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get isMember(): boolean {
    return this.authService.hasRole('Member');
  }

  get hasStarted(): boolean {
    return !!this.event && new Date(this.event.startsAt).getTime() <= Date.now();
  }

  ngOnChanges(): void {
    this.load();
  }

  register(): void {
    this.busy = true;
    this.eventService.register(this.id).subscribe({
      next: (registration) => {
        this.notifications.success(
          registration.status === 'Waitlisted'
            ? `The event is full; you are number ${registration.waitlistPosition} on the waitlist.`
            : 'You are registered. See you there!'
        );
        this.load();
      },
      error: () => (this.busy = false)
    });
  }

  unregister(registration: EventRegistration): void {
    const who = registration.memberId === this.myRegistration?.memberId ? 'your' : `${registration.memberName}'s`;
    if (!confirm(`Cancel ${who} registration?`)) {
      return;
    }

    this.busy = true;
    this.eventService.unregister(this.id, registration.id).subscribe({
      next: () => {
        this.notifications.info('Registration cancelled.');
        this.load();
      },
      error: () => (this.busy = false)
    });
  }

  private load(): void {
    this.eventService.getEvent(this.id).subscribe((event) => {
      this.event = event;
      this.busy = false;
    });

    if (this.isMember) {
      this.eventService
        .getMyRegistrations()
        .pipe(map((all) => all.find((r) => r.eventId === this.id && r.status !== 'Cancelled')))
        .subscribe((registration) => (this.myRegistration = registration));
    }

    if (this.isStaff) {
      this.eventService.getRegistrations(this.id).subscribe((registrations) => {
        this.confirmed = registrations.filter((r) => r.status === 'Confirmed');
        this.waitlist = registrations
          .filter((r) => r.status === 'Waitlisted')
          .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
      });
    }
  }
}
