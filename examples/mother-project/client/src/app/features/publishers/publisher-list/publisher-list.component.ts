import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { PagedResult } from '../../../core/models/paged-result.model';
import { Publisher, PublisherQuery } from '../../../core/models/publisher.model';
import { AuthService } from '../../../core/services/auth.service';
import { PublisherService } from '../../../core/services/publisher.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

const SEARCH_DEBOUNCE_MS = 300;

/** Publisher catalogue; imprints are shown under the name of their parent house. */
@Component({
  selector: 'bn-publisher-list',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './publisher-list.component.html',
  styleUrl: './publisher-list.component.scss'
})
export class PublisherListComponent implements OnInit {
  readonly searchControl = new FormControl('', { nonNullable: true });
  readonly imprintsOnlyControl = new FormControl(false, { nonNullable: true });

  result?: PagedResult<Publisher>;
  private query: PublisherQuery = { page: 1, pageSize: 25 };

  constructor(
    private publisherService: PublisherService,
    private authService: AuthService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.searchControl.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged())
      .subscribe((search) => this.applyFilters({ search }));
    this.imprintsOnlyControl.valueChanges.subscribe((imprintsOnly) => this.applyFilters({ imprintsOnly }));
    this.loadPublishers();
  }

  /** Name of the parent house of an imprint, when it is on the current page. */
  parentName(publisher: Publisher): string | undefined {
    return this.result?.items.find((p) => p.id === publisher.parentPublisherId)?.name;
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadPublishers();
  }

  private applyFilters(change: Partial<PublisherQuery>): void {
    this.query = { ...this.query, ...change, page: 1 };
    this.loadPublishers();
  }

  private loadPublishers(): void {
    this.publisherService.getPublishers(this.query).subscribe((result) => (this.result = result));
  }
}
