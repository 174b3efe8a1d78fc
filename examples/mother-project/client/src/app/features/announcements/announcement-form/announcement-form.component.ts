import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AnnouncementAudience, CreateAnnouncement } from '../../../core/models/announcement.model';
import { AnnouncementService } from '../../../core/services/announcement.service';
import { NotificationService } from '../../../core/services/notification.service';
import { RelativeDatePipe } from '../../../shared/pipes/relative-date.pipe';
import { dateRangeValidator, toDateTimeLocal } from '../../../shared/validators/date-range.validator';

const MIN_WINDOW_MINUTES = 60;

/** Write or edit a news post and its publish window; validation mirrors CreateAnnouncementDto. */
@Component({
  selector: 'bn-announcement-form',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink, RelativeDatePipe],
  templateUrl: './announcement-form.component.html',
  styleUrl: './announcement-form.component.scss'
})
export class AnnouncementFormComponent implements OnInit {
  @Input() id?: string;

  readonly audiences: AnnouncementAudience[] = ['All', 'Staff'];

  readonly form = this.fb.nonNullable.group(
    {
      title: ['', [Validators.required, Validators.maxLength(120)]],
      body: ['', [Validators.required, Validators.maxLength(5000)]],
      audience: ['All' as AnnouncementAudience],
      isPinned: [false],
      publishFrom: [toDateTimeLocal(new Date()), Validators.required],
      publishUntil: ['']
    },
    { validators: dateRangeValidator('publishFrom', 'publishUntil', { endOptional: true, minMinutes: MIN_WINDOW_MINUTES }) }
  );

  saving = false;

  constructor(
    private fb: FormBuilder,
    private announcementService: AnnouncementService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  /** Shown as a hint: "publishes in 3 days" or "publishes just now". */
  get publishFromPreview(): string {
    return this.form.controls.publishFrom.value;
  }

  ngOnInit(): void {
    if (this.id) {
      this.announcementService.getAnnouncement(this.id).subscribe((announcement) =>
        this.form.patchValue({
          ...announcement,
          publishFrom: toDateTimeLocal(announcement.publishFrom),
          publishUntil: announcement.publishUntil ? toDateTimeLocal(announcement.publishUntil) : ''
        })
      );
    }
  }

  /** Quick windows used for most posts: a week, a month, or no end. */
  setWindow(days: number | null): void {
    const from = new Date(this.form.controls.publishFrom.value || Date.now());
    const until = days === null ? '' : toDateTimeLocal(new Date(from.getTime() + days * 24 * 60 * 60 * 1000));
    this.form.patchValue({ publishUntil: until });
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { publishFrom, publishUntil, ...rest } = this.form.getRawValue();
    const announcement: CreateAnnouncement = {
      ...rest,
      publishFrom: new Date(publishFrom).toISOString(),
      publishUntil: publishUntil ? new Date(publishUntil).toISOString() : undefined
    };

    this.saving = true;
    const request$ = this.id
      ? this.announcementService.updateAnnouncement(this.id, announcement)
      : this.announcementService.createAnnouncement(announcement);
    request$.subscribe({
      next: (saved) => {
        this.notifications.success(saved.state === 'Scheduled' ? `"${saved.title}" is scheduled.` : `"${saved.title}" is live.`);
        this.router.navigate(['/announcements']);
      },
      error: () => (this.saving = false)
    });
  }
}
