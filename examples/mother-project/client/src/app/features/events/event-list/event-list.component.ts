import { AsyncPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { EventKind, LibraryEvent, LibraryEventQuery } from '../../../core/models/library-event.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { AuthService } from '../../../core/services/auth.service';
import { BranchService } from '../../../core/services/branch.service';
import { LibraryEventService } from '../../../core/services/library-event.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

interface EventDay {
  date: string;
  events: LibraryEvent[];
}

/** Upcoming events grouped by day, filterable by kind and branch. */
@Component({
  selector: 'bn-event-list',
  standalone: true,
  imports: [AsyncPipe, DatePipe, ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './event-list.component.html',
  styleUrl: './event-list.component.scss'
})
export class EventListComponent implements OnInit {
  readonly kinds: EventKind[] = ['Talk', 'StoryHour', 'Workshop', 'BookClub', 'Exhibition'];
  readonly branches$ = this.branchService.getBranches();
  readonly filters = this.fb.nonNullable.group({
    kind: ['' as EventKind | ''],
    branchCode: ['']
  });

  result?: PagedResult<LibraryEvent>;
  days: EventDay[] = [];
  private query: LibraryEventQuery = { page: 1, pageSize: 30, from: new Date().toISOString() };

  constructor(
    private fb: FormBuilder,
    private eventService: LibraryEventService,
    private branchService: BranchService,
    private authService: AuthService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.filters.valueChanges.subscribe(({ kind, branchCode }) => {
      this.query = { ...this.query, kind: kind || undefined, branchCode: branchCode || undefined, page: 1 };
      this.loadEvents();
    });
    this.loadEvents();
  }

  seatsLeft(event: LibraryEvent): number {
    return Math.max(event.capacity - event.registeredCount, 0);
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadEvents();
  }

  private loadEvents(): void {
    this.eventService.getEvents(this.query).subscribe((result) => {
      this.result = result;
      this.days = groupByDay(result.items);
    });
  }
}

/** Groups events (already sorted by start on the server) under their local calendar day. */
function groupByDay(events: LibraryEvent[]): EventDay[] {
  const days = new Map<string, LibraryEvent[]>();
  for (const event of events) {
    const day = new Date(event.startsAt).toDateString();
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()].map(([date, dayEvents]) => ({ date, events: dayEvents }));
}
