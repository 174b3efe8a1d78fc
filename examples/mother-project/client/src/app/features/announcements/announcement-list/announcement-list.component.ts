import { DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, map } from 'rxjs';

import { Announcement, PublicationState } from '../../../core/models/announcement.model';
import { AnnouncementService } from '../../../core/services/announcement.service';
import { AuthService } from '../../../core/services/auth.service';
import { NotificationService } from '../../../core/services/notification.service';
import { RelativeDatePipe } from '../../../shared/pipes/relative-date.pipe';
import { TruncatePipe } from '../../../shared/pipes/truncate.pipe';

type StaffView = PublicationState | 'Feed';

/**
 * News from the library: readers see the live feed (pinned posts first); staff can switch to
 * scheduled or expired posts and pin, withdraw or edit them.
 */
@Component({
  selector: 'bn-announcement-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, RouterLink, RelativeDatePipe, TruncatePipe],
  templateUrl: './announcement-list.component.html',
  styleUrl: './announcement-list.component.scss'
})
export class AnnouncementListComponent implements OnInit {
  readonly viewControl = new FormControl<StaffView>('Feed', { nonNullable: true });
  readonly views: StaffView[] = ['Feed', 'Scheduled', 'Expired'];

  announcements: Announcement[] = [];
  expanded = new Set<string>();

  constructor(
    private announcementService: AnnouncementService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.viewControl.valueChanges.subscribe(() => this.load());
    this.load();
  }

  toggle(announcement: Announcement): void {
    if (!this.expanded.delete(announcement.id)) {
      this.expanded.add(announcement.id);
    }
  }

  togglePin(announcement: Announcement): void {
    this.announcementService.setPinned(announcement.id, !announcement.isPinned).subscribe(() => this.load());
  }

  withdraw(announcement: Announcement): void {
    if (confirm(`Take "${announcement.title}" off the site now?`)) {
      this.announcementService.withdraw(announcement.id).subscribe(() => {
        this.notifications.info('Announcement withdrawn.');
        this.load();
      });
    }
  }

  private load(): void {
    this.select().subscribe((announcements) => (this.announcements = pinnedFirst(announcements)));
  }

  private select(): Observable<Announcement[]> {
    const view = this.viewControl.value;
    if (view === 'Feed') {
      return this.announcementService.getFeed();
    }
    return this.announcementService.getAnnouncements({ state: view, pageSize: 50 }).pipe(map((page) => page.items));
  }
}

/** Pinned posts on top, then the most recently published; the feed is sorted server-side too. */
function pinnedFirst(announcements: Announcement[]): Announcement[] {
  return [...announcements].sort(
    (a, b) => Number(b.isPinned) - Number(a.isPinned) || b.publishFrom.localeCompare(a.publishFrom)
  );
}
