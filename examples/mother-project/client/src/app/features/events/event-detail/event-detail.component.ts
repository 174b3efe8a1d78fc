import { DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';

import { EventRegistration, LibraryEvent } from '../../../core/models/library-event.model';
import { AuthService } from '../../../core/services/auth.service';
import { LibraryEventService } from '../../../core/services/library-event.service';
import { NotificationService } from '../../../core/services/notification.service';

/**
 * An event with its seats. Members register (or join the waitlist when it is full) and unregister;
 * staff also see who holds a seat, remove a registration and cancel the event.
 */
@Component({
  selector: 'bn-event-detail',
  standalone: true,
  imports: [DatePipe, RouterLink],
  templateUrl: './event-detail.component.html',
  styleUrl: './event-detail.component.scss'
})
export class EventDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  event?: LibraryEvent;
  /** The registration made on this page; the API answers it when registering. */
  myRegistration?: EventRegistration;
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
        this.myRegistration = registration;
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

  /** Without a memberId the API cancels the signed-in member's own registration. */
  unregister(memberId?: string): void {
    const who = memberId ? `member ${memberId}'s` : 'your';
    if (!confirm(`Cancel ${who} registration?`)) {
      return;
    }

    this.busy = true;
    this.eventService.unregister(this.id, memberId).subscribe({
      next: () => {
        if (!memberId) {
          this.myRegistration = undefined;
        }
        this.notifications.info('Registration cancelled.');
        this.load();
      },
      error: () => (this.busy = false)
    });
  }

  cancelEvent(): void {
    const reason = prompt('Why is this event cancelled? Registered members are told.')?.trim();
    if (reason === undefined) {
      return;
    }

    this.busy = true;
    this.eventService.cancelEvent(this.id, reason || undefined).subscribe({
      next: (event) => {
        this.event = event;
        this.busy = false;
        this.notifications.info(`"${event.title}" cancelled.`);
      },
      error: () => (this.busy = false)
    });
  }

  /** Staff get the attendee list with the event. */
  private load(): void {
    this.eventService.getEvent(this.id).subscribe((event) => {
      this.event = event;
      this.busy = false;
    });
  }
}
