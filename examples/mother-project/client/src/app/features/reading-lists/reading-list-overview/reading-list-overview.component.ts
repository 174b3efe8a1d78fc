import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { PagedResult } from '../../../core/models/paged-result.model';
import { ReadingList, ReadingListQuery } from '../../../core/models/reading-list.model';
import { AuthService } from '../../../core/services/auth.service';
import { NotificationService } from '../../../core/services/notification.service';
import { ReadingListService } from '../../../core/services/reading-list.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';
import { TruncatePipe } from '../../../shared/pipes/truncate.pipe';

type Tab = 'mine' | 'public';

/** "My lists" for members (with a quick create form) and the public lists of everyone. */
@Component({
  selector: 'bn-reading-list-overview',
  standalone: true,
  imports: [DatePipe, NgTemplateOutlet, ReactiveFormsModule, RouterLink, PaginationComponent, TruncatePipe],
  templateUrl: './reading-list-overview.component.html',
  styleUrl: './reading-list-overview.component.scss'
})
export class ReadingListOverviewComponent implements OnInit {
  readonly searchControl = new FormControl('', { nonNullable: true });
  readonly createForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(80)]],
    isPublic: [false]
  });

  tab: Tab = 'public';
  myLists: ReadingList[] = [];
  publicLists?: PagedResult<ReadingList>;
  private query: ReadingListQuery = { page: 1, pageSize: 12 };

  constructor(
    private fb: FormBuilder,
    private readingListService: ReadingListService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isMember(): boolean {
    return this.authService.hasRole('Member');
  }

  ngOnInit(): void {
    if (this.isMember) {
      this.tab = 'mine';
      const memberId = this.authService.currentUser?.memberId ?? '';
      this.readingListService.getLists({ memberId, pageSize: 100 }).subscribe((page) => (this.myLists = page.items));
    }

    this.searchControl.valueChanges.pipe(debounceTime(300), distinctUntilChanged()).subscribe((search) => {
      this.query = { ...this.query, search, page: 1 };
      this.loadPublic();
    });
    this.loadPublic();
  }

  createList(): void {
    if (this.createForm.invalid) {
      return;
    }

    this.readingListService.createList(this.createForm.getRawValue()).subscribe((list) => {
      this.notifications.success(`"${list.name}" created. Add some books!`);
      this.router.navigate(['/reading-lists', list.id]);
    });
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadPublic();
  }

  private loadPublic(): void {
    this.readingListService.getLists(this.query).subscribe((result) => (this.publicLists = result));
  }
}
