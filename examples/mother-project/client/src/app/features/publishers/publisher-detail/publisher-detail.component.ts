import { Component, Input, OnChanges } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, map } from 'rxjs';

import { Book } from '../../../core/models/book.model';
import { Publisher } from '../../../core/models/publisher.model';
import { AuthService } from '../../../core/services/auth.service';
import { NotificationService } from '../../../core/services/notification.service';
import { PublisherService } from '../../../core/services/publisher.service';

const MERGE_PICKER_PAGE_SIZE = 200;

/**
 * A publisher with its books. Staff can merge a duplicate entry (e.g. "Penguin" and "Penguin Books")
 * into this one: the duplicate's books move here and the duplicate is removed.
 */
@Component({
  selector: 'bn-publisher-detail',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './publisher-detail.component.html',
  styleUrl: './publisher-detail.component.scss'
})
export class PublisherDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  readonly mergeSourceControl = new FormControl('', { nonNullable: true, validators: Validators.required });

  publisher?: Publisher;
  books: Book[] = [];
  mergeCandidates: Publisher[] = [];
  merging = false;

  constructor(
    private publisherService: PublisherService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get selectedSource(): Publisher | undefined {
    return this.mergeCandidates.find((p) => p.id === this.mergeSourceControl.value);
  }

  ngOnChanges(): void {
    this.load();
    if (this.isStaff) {
      this.publisherService
        .getPublishers({ pageSize: MERGE_PICKER_PAGE_SIZE })
        .pipe(map((page) => page.items.filter((p) => p.id !== this.id)))
        .subscribe((candidates) => (this.mergeCandidates = candidates));
    }
  }

  merge(): void {
    const source = this.selectedSource;
    if (!this.publisher || !source) {
      return;
    }
    if (!confirm(`Move ${source.bookCount} books of "${source.name}" to "${this.publisher.name}" and remove "${source.name}"?`)) {
      return;
    }

    this.merging = true;
    const merge = { sourcePublisherId: source.id, keepSourceNameAsAlias: true };
    this.publisherService.mergePublishers(this.publisher.id, merge).subscribe({
      next: (target) => {
        this.notifications.success(`${source.bookCount} books moved to ${target.name}; "${source.name}" is now an alias.`);
        this.mergeCandidates = this.mergeCandidates.filter((p) => p.id !== source.id);
        this.mergeSourceControl.reset();
        this.merging = false;
        this.load();
      },
      error: () => (this.merging = false)
    });
  }

  deletePublisher(): void {
    if (!this.publisher || !confirm(`Delete ${this.publisher.name}?`)) {
      return;
    }

    // Refused (409) while books still name this publisher; merge it into another one instead.
    this.publisherService.deletePublisher(this.publisher.id).subscribe(() => {
      this.notifications.success('Publisher deleted.');
      this.router.navigate(['/publishers']);
    });
  }

  private load(): void {
    forkJoin({
      publisher: this.publisherService.getPublisher(this.id),
      books: this.publisherService.getPublisherBooks(this.id)
    }).subscribe(({ publisher, books }) => {
      this.publisher = publisher;
      this.books = [...books].sort((a, b) => b.publishedYear - a.publishedYear);
    });
  }
}
