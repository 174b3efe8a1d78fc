import { AsyncPipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { CreateLibraryEvent, EventKind } from '../../../core/models/library-event.model';
import { BranchService } from '../../../core/services/branch.service';
import { LibraryEventService } from '../../../core/services/library-event.service';
import { NotificationService } from '../../../core/services/notification.service';
import { dateRangeValidator, toDateTimeLocal } from '../../../shared/validators/date-range.validator';

const MIN_EVENT_MINUTES = 15;
const MAX_EVENT_MINUTES = 12 * 60;
/** Story hours are for small groups: the reading room seats twenty children and their parents. */
const STORY_HOUR_MAX_CAPACITY = 20;

/** Plan (events/new) and edit (events/:id/edit) an event; validation mirrors CreateLibraryEventDto. */
@Component({
  selector: 'bn-event-form',
  standalone: true,
  imports: [AsyncPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './event-form.component.html',
  styleUrl: './event-form.component.scss'
})
export class EventFormComponent implements OnInit {
  @Input() id?: string;

  readonly kinds: EventKind[] = ['Talk', 'StoryHour', 'Workshop', 'BookClub', 'Exhibition'];
  readonly branches$ = this.branchService.getBranches();
  readonly minStart = toDateTimeLocal(new Date());

  readonly form = this.fb.nonNullable.group(
    {
      title: ['', [Validators.required, Validators.maxLength(140)]],
      description: ['', Validators.maxLength(3000)],
      kind: ['Talk' as EventKind, Validators.required],
      branchCode: ['', Validators.required],
      startsAt: ['', Validators.required],
      endsAt: ['', Validators.required],
      capacity: [30, [Validators.required, Validators.min(1), Validators.max(500)]]
    },
    { validators: dateRangeValidator('startsAt', 'endsAt', { minMinutes: MIN_EVENT_MINUTES, maxMinutes: MAX_EVENT_MINUTES }) }
  );

  saving = false;

  constructor(
    private fb: FormBuilder,
    private eventService: LibraryEventService,
    private branchService: BranchService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    // A story hour caps the capacity; the other kinds keep what staff chose.
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      const capacity = this.form.controls.capacity;
      if (kind === 'StoryHour') {
        this.form.patchValue({ capacity: Math.min(capacity.value, STORY_HOUR_MAX_CAPACITY) });
        capacity.setValidators([Validators.required, Validators.min(1), Validators.max(STORY_HOUR_MAX_CAPACITY)]);
      } else {
        capacity.setValidators([Validators.required, Validators.min(1), Validators.max(500)]);
      }
      capacity.updateValueAndValidity();
    });

    if (this.id) {
      this.eventService.getEvent(this.id).subscribe((event) =>
        this.form.patchValue({
          ...event,
          startsAt: toDateTimeLocal(event.startsAt),
          endsAt: toDateTimeLocal(event.endsAt)
        })
      );
    }
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { startsAt, endsAt, ...rest } = this.form.getRawValue();
    const start = new Date(startsAt);
    const event: CreateLibraryEvent = {
      ...rest,
      // datetime-local has no zone: send UTC so the API stores one unambiguous instant.
      startsAt: start.toISOString(),
      // The API takes the length of the event and derives its end.
      durationMinutes: Math.round((new Date(endsAt).getTime() - start.getTime()) / 60000)
    };

    this.saving = true;
    const request$ = this.id ? this.eventService.updateEvent(this.id, event) : this.eventService.createEvent(event);
    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`"${saved.title}" is on the programme.`);
        this.router.navigate(['/events', saved.id]);
      },
      error: () => (this.saving = false)
    });
  }
}
